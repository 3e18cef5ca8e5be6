import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { programCwd, spawnSyncerror } from "./fakes/run-syncerror.js";

const testFolder = fileURLToPath(new URL(".", import.meta.url));

describe("the program's standard streams", () => {
  it("stops quietly, with exit 0, when the reader closes the pipe early", async () => {
    const child = spawnSyncerror(["classify", "--json"]);
    let stderr = "";
    child.stderr.on("data", (c) => (stderr += c));
    const closed = new Promise<number | null>((resolve) => child.on("close", resolve));
    // As `syncerror classify --json < big.txt | head -c 10`: read 10 bytes, then close the pipe.
    child.stdout.once("data", () => child.stdout.destroy());
    const line = "STRING_TOO_LONG: Last Name: data value too large: Ximenez (max length=80)\n";
    child.stdin.on("error", () => {}); // the program may stop before reading all of it
    child.stdin.end(line.repeat(20_000));
    expect(await closed).toBe(0);
    expect(stderr).toBe("");
  }, 30_000);
});

describe("tests that start the program", () => {
  it("all start it through test/fakes/run-syncerror.ts, in a folder with no .env", () => {
    // The program reads .env from its working folder: started from the repository, a
    // developer's .env (real tokens, say) would reach the tests.
    const starters = readdirSync(testFolder, { recursive: true, encoding: "utf8" })
      .filter((path) => path.endsWith(".ts") && path !== join("fakes", "run-syncerror.ts"))
      .filter((path) =>
        /new URL\(["'][./]*bin\/syncerror\.js/.test(readFileSync(join(testFolder, path), "utf8")),
      );
    expect(starters).toEqual([]);
    expect(readdirSync(programCwd())).toEqual([]);
  });
});

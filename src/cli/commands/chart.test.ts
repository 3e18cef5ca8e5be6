import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { PNG } from "pngjs";
import { afterEach, describe, expect, it } from "vitest";
import { importErrors } from "../../../test/fakes/store-errors.js";
import { createCatalog } from "../../catalog/catalog.js";
import { loadConfig } from "../../config.js";
import { rules } from "../../rules/index.js";
import { openStore } from "../../store/sqlite-store.js";
import type { Store } from "../../store/types.js";
import { EXIT, runCli } from "../run-cli.js";

// `syncerror chart` against a real store: four Invalid email errors and one String too long,
// opened on the 1st and 2nd of December; the PNG written where asked (or under its own name in
// the working directory), its alt text printed; a bad period or name refused with nothing written.

const catalog = createCatalog(rules);
const NOW = new Date("2026-12-04T12:00:00Z");
let store: Store | undefined;
let dir: string | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

async function seeded(): Promise<Store> {
  const opened = await openStore({ path: ":memory:" });
  store = opened;
  const row = (ruleId: string, hubspotId: string, at: string) => ({
    ruleId,
    hubspotId,
    occurredAt: new Date(at),
  });
  // The export covers contacts: as a snapshot import, it resolves open contacts it does not list.
  await importErrors(
    opened,
    catalog,
    [
      ...[0, 1, 2, 3].map((i) => row("invalid-email", `ie${i}`, "2026-12-01T10:00:00Z")),
      row("string-too-long", "stl", "2026-12-02T10:00:00Z"),
    ],
    { at: NOW, objectTypes: ["contact"] },
  );
  return opened;
}

async function run(argv: string[]) {
  const opened = await seeded();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { out: "", err: "" };
  stdout.on("data", (c) => (chunks.out += c));
  stderr.on("data", (c) => (chunks.err += c));
  const code = await runCli(
    argv,
    { stdin: Readable.from([""]), stdout, stderr },
    {
      catalog,
      config: () => loadConfig({ DIGEST_TIMEZONE: "Europe/Copenhagen" }),
      store: async () => opened,
      now: () => NOW,
      replica: { id: "test:1:c11", host: "test", pid: 1 },
      migrateDatabase: () => Promise.reject(new Error("no migration here")),
      clients: {
        slack: async () => undefined,
        hubspot: async () => undefined,
        salesforce: async () => undefined,
      },
    },
  );
  return { code, stdout: chunks.out, stderr: chunks.err };
}

describe("syncerror chart", () => {
  it("writes the trend to --out and prints where, with the numbers it shows", async () => {
    dir = mkdtempSync(join(tmpdir(), "syncerror-chart-"));
    const out = join(dir, "trend.png");
    const { code, stdout } = await run(["chart", "trend", "--days", "14", "--out", out]);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain(`to ${out}`);
    expect(stdout).toContain("5 new errors and 0 resolved");
    const png = PNG.sync.read(readFileSync(out));
    expect(png.width).toBe(1000);
    // Nothing left beside it: the partial file was renamed into place.
    expect(readdirSync(dir)).toEqual(["trend.png"]);
  });

  it("narrows to a category or type, named as in Slack", async () => {
    dir = mkdtempSync(join(tmpdir(), "syncerror-chart-"));
    const out = join(dir, "b.png");
    const { code, stdout } = await run([
      "chart",
      "breakdown",
      "--type",
      "invalid email",
      "-o",
      out,
    ]);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain("Open sync errors by type · Invalid email: 4 open errors of 1 type");
  });

  it("refuses a period or a name it cannot read, and writes nothing", async () => {
    dir = mkdtempSync(join(tmpdir(), "syncerror-chart-"));
    const out = join(dir, "x.png");
    const days = await run(["chart", "trend", "--days", "365", "--out", out]);
    expect(days.code).toBe(EXIT.usage);
    expect(days.stderr).toContain('"365" is not a period');
    const name = await run(["chart", "age", "--type", "flux capacitor", "--out", out]);
    expect(name.code).toBe(EXIT.usage);
    expect(name.stderr).toContain('"flux capacitor"');
    const kind = await run(["chart", "pie", "--out", out]);
    expect(kind.code).toBe(EXIT.usage);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("says plainly when the file cannot be written", async () => {
    const { code, stderr } = await run(["chart", "--out", "/nonexistent-dir/chart.png"]);
    expect(code).not.toBe(EXIT.ok);
    expect(stderr).toContain("/nonexistent-dir/chart.png");
  });
});

import { once } from "node:events";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createCatalog } from "../../catalog/catalog.js";
import { loadConfig } from "../../config.js";
import { writeDemoCsv } from "../../demo/write-demo-csv.js";
import { rules } from "../../rules/index.js";
import { openStore } from "../../store/index.js";
import type { Store } from "../../store/types.js";
import { EXIT, runCli } from "../run-cli.js";

// `syncerror import` in a terminal: a filtered export is asked about on stdin (the spawned tests
// in test/import.e2e.test.ts cover the flags and the refusal without a terminal).

let dir: string;
let store: Store;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "syncerror-import-tty-"));
  store = await openStore({ path: join(dir, "syncerror.db") });
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function run(argv: string[], answer: string) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { out: "", err: "" };
  stdout.on("data", (c) => (chunks.out += c));
  stderr.on("data", (c) => (chunks.err += c));
  const stdin = Object.assign(Readable.from([answer]), { isTTY: true });
  const code = await runCli(
    argv,
    { stdin, stdout, stderr },
    {
      catalog: createCatalog(rules),
      config: () => loadConfig({}),
      store: async () => store,
      now: () => new Date("2026-11-29T09:00:00Z"),
      replica: { id: "test:1:c11", host: "test", pid: 1 },
      migrateDatabase: () => Promise.reject(new Error("import migrates no database")),
      clients: {
        slack: async () => undefined,
        hubspot: async () => undefined,
        salesforce: async () => undefined,
      },
    },
  );
  return { code, stdout: chunks.out, stderr: chunks.err };
}

/** A full demo export and its first three rows, as files. */
async function exports(): Promise<{ full: string; few: string }> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (chunk: Buffer) => chunks.push(chunk));
  await writeDemoCsv(out, { rows: 300, seed: 3, days: 14, now: new Date("2026-11-29T09:00:00Z") });
  out.end();
  await once(out, "end");
  const text = Buffer.concat(chunks).toString("utf8");
  const full = join(dir, "full.csv");
  const few = join(dir, "few.csv");
  writeFileSync(full, text);
  writeFileSync(few, `${text.split(/\r?\n/).slice(0, 4).join("\n")}\n`);
  return { full, few };
}

describe("syncerror import in a terminal", () => {
  it.each([
    ["y\n", "resolved", "Resolved the "],
    ["n\n", "kept", "Kept open the "],
  ])("asks about a filtered export and does as answered (%j)", async (answer, decision, said) => {
    const { full, few } = await exports();
    expect((await run(["import", full], "")).code).toBe(EXIT.ok);
    const open = (await store.openCounts()).total;
    const { code, stdout, stderr } = await run(["import", few], answer);
    expect(code).toBe(EXIT.ok);
    expect(stderr).toContain("A filtered export?");
    expect(stderr).toMatch(/Resolve the [\d,]+ errors not in the export\? \[y\/N\] $/);
    expect(stdout).toContain(said);
    const missing = (await store.lastImport())?.missing;
    expect(missing).toMatchObject({ decision, decidedBy: "cli" });
    expect((await store.openCounts()).total).toBe(
      decision === "resolved" ? open - (missing?.count ?? 0) : open,
    );
  });

  it("asks in Danish with --lang da, and takes a Danish yes", async () => {
    const { full, few } = await exports();
    expect((await run(["import", full], "")).code).toBe(EXIT.ok);
    const { code, stdout, stderr } = await run(["import", "--lang", "da", few], "j\n");
    expect(code).toBe(EXIT.ok);
    expect(stderr).toContain("Er eksporten filtreret?");
    expect(stderr).toMatch(
      /Markér de [\d.]+ fejl, som ikke er med i eksporten, som løst\? \[j\/N\] $/,
    );
    expect(stdout).toContain("few.csv er importeret: 3 rækker.");
    expect(stdout).toMatch(/åbne fejl på kontakter.*er markeret som løst/);
    expect((await store.lastImport())?.missing).toMatchObject({ decision: "resolved" });
  });
});

import { PassThrough, Readable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { createCatalog } from "../../catalog/catalog.js";
import { loadConfig } from "../../config.js";
import { rules } from "../../rules/index.js";
import { openStore } from "../../store/sqlite-store.js";
import type { Store } from "../../store/types.js";
import { EXIT, runCli } from "../run-cli.js";

// `syncerror status` (text and --json) with time to resolution, and `syncerror digest --weekly`,
// against a real store with a small history: two errors of one type resolved on Thursday the
// 26th, after 2 and 30 hours, while U0ANN held the type; one still open since the 20th.

const catalog = createCatalog(rules);
const HOUR = 3_600_000;
const R = Date.parse("2026-11-26T10:00:00Z");
const rule = rules[0] as (typeof rules)[number];
let store: Store | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

async function seeded(): Promise<Store> {
  const opened = await openStore({ path: ":memory:" });
  store = opened;
  await opened.takeClaim(rule.id, "U0ANN", new Date(R - 40 * HOUR));
  const row = (id: string, at: number) => ({
    ruleId: rule.id,
    category: rule.category,
    direction: rule.direction,
    objectType: "contact" as const,
    hubspotId: id,
    salesforceId: null,
    recordName: null,
    message: "m",
    statusCode: null,
    occurredAt: new Date(at),
  });
  for (const [when, rows] of [
    [
      R - HOUR / 2,
      [
        row("1", R - 2 * HOUR),
        row("2", R - 30 * HOUR),
        row("3", Date.parse("2026-11-20T08:00:00Z")),
      ],
    ],
    [R, [row("3", Date.parse("2026-11-20T08:00:00Z"))]],
  ] as const) {
    const tx = await opened.beginImport({
      fileName: "export.csv",
      contentHash: `h${when}`,
      importedBy: "cli",
      importedAt: new Date(when),
    });
    for (const r of rows) await tx.add(r);
    await tx.commit({ rowsRead: rows.length, rejected: 0, objectTypes: ["contact"], columns: {} });
  }
  return opened;
}

async function run(argv: string[], language?: string) {
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
      // Monday 30 November, 09:00 in Copenhagen.
      now: () => new Date("2026-11-30T08:00:00Z"),
      replica: { id: "test:1:c11", host: "test", pid: 1 },
      migrateDatabase: () => Promise.reject(new Error("no migration here")),
      clients: {
        slack: async () => undefined,
        hubspot: async () => undefined,
        salesforce: async () => undefined,
      },
      language,
    },
  );
  return { code, stdout: chunks.out, stderr: chunks.err };
}

describe("time to resolution on the command line", () => {
  it("syncerror status lists median and 90th percentile by type and owner", async () => {
    const { code, stdout } = await run(["status"]);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain("Time to resolution, last 30 days (median, 90% within):");
    expect(stdout).toMatch(new RegExp(`${rule.name}\\s+2 hours\\s+30 hours\\s+2`));
    expect(stdout).toContain("By owner (resolved while on the type):");
    expect(stdout).toMatch(/U0ANN\s+2 hours\s+30 hours\s+2/);
  });

  it("syncerror status --json gives them in milliseconds", async () => {
    const { stdout } = await run(["status", "--json"]);
    const json = JSON.parse(stdout);
    expect(json.timeToResolution).toEqual({
      days: 30,
      byType: [
        { ruleId: rule.id, name: rule.name, resolved: 2, medianMs: 2 * HOUR, p90Ms: 30 * HOUR },
      ],
      byOwner: [{ owner: "U0ANN", resolved: 2, medianMs: 2 * HOUR, p90Ms: 30 * HOUR }],
    });
  });

  it("syncerror digest --weekly prints the past week's summary, in Danish with --lang da", async () => {
    const english = await run(["digest", "--weekly"]);
    expect(english.code).toBe(EXIT.ok);
    expect(english.stdout).toContain("Week of Nov 23, 2026 to Nov 29, 2026");
    expect(english.stdout).toContain("2 opened · 2 resolved · 1 still open");
    expect(english.stdout).toContain("2 hours · 30 hours (2 resolved)");
    const danish = await run(["--lang", "da", "digest", "--weekly"]);
    expect(danish.stdout).toContain("Ugen fra 23. nov. 2026 til 29. nov. 2026");
    expect(danish.stdout).toContain("2 timer · 30 timer (2 løst)");
  });
});

import { PassThrough, Readable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { learntChange } from "../../../test/fakes/learnt-changes.js";
import { importErrors } from "../../../test/fakes/store-errors.js";
import { createCatalog } from "../../catalog/catalog.js";
import { loadConfig } from "../../config.js";
import { rules } from "../../rules/index.js";
import { openStore } from "../../store/sqlite-store.js";
import type { LearntChange, Store } from "../../store/types.js";
import { EXIT, runCli } from "../run-cli.js";

// `syncerror changes` against a real store: Biotech deactivated on Dec 3 at 10:00 UTC (from the
// audit trail, and seen by a scan too), six Restricted picklist value errors from 10:11, and a
// field a scan saw shortened on Nov 30; the text in the terminal's zone, the JSON document, and a
// period it cannot read refused.

const catalog = createCatalog(rules);
const NOW = new Date("2026-12-04T12:00:00Z");
let store: Store | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

const CHANGES: LearntChange[] = [
  learntChange({
    key: "audit:biotech",
    kind: "picklist-value-deactivated",
    option: "Biotech",
    happenedAt: new Date("2026-12-03T10:00:00Z"),
    observedAt: new Date("2026-12-03T11:00:00Z"),
    who: "Ann Admin",
    source: "audit-trail",
    detail: "Deactivated picklist value Biotech for Industry (Lead)",
  }),
  learntChange({
    key: "snapshot:biotech",
    kind: "picklist-value-deactivated",
    option: "Biotech",
    happenedAfter: new Date("2026-12-03T06:00:00Z"),
    observedAt: new Date("2026-12-03T11:00:00Z"),
  }),
  learntChange({
    key: "snapshot:description",
    kind: "field-shortened",
    object: "Account",
    field: "Description__c",
    before: 255,
    after: 80,
    happenedAfter: new Date("2026-11-30T06:00:00Z"),
    observedAt: new Date("2026-11-30T12:00:00Z"),
  }),
];

async function run(argv: string[], language = "en") {
  const opened = await openStore({ path: ":memory:" });
  store = opened;
  await opened.recordChanges(CHANGES);
  await importErrors(
    opened,
    catalog,
    [0, 1, 2, 3, 4, 5].map((i) => ({
      ruleId: "restricted-picklist-value",
      hubspotId: `lead-${i}`,
      message:
        "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST: Industry: bad value for restricted picklist field: Biotech",
      occurredAt: new Date(Date.parse("2026-12-03T10:11:00Z") + i * 60_000),
    })),
    { at: NOW },
  );
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
      config: () => loadConfig({}),
      store: async () => opened,
      now: () => NOW,
      replica: { id: "test:1:c19", host: "test", pid: 1 },
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

describe("syncerror changes", () => {
  it("prints each change once, newest first, in local time, with the wave it started", async () => {
    const { code, stdout } = await run(["changes"]);
    expect(code).toBe(EXIT.ok);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("2 changes in Salesforce and HubSpot in the last 7 days");
    expect(lines[2]).toMatch(
      /^Dec 3, 2026, .+ · The picklist value “Biotech” of Lead\.Industry was deactivated · by Ann Admin · Setup Audit Trail$/,
    );
    expect(lines[3]).toBe(
      "    → likely started 6 Restricted picklist value errors (first 11 minutes later)",
    );
    expect(lines[4]).toMatch(
      /^between Nov 30, 2026, .+ and Nov 30, 2026, .+ · Account\.Description__c was shortened from 255 to 80 characters · seen by a scan of Salesforce$/,
    );
    expect(lines).toHaveLength(5);
  });

  it("prints a stable JSON document with --json, in ISO times", async () => {
    const { code, stdout } = await run(["changes", "--since", "30d", "--json"]);
    expect(code).toBe(EXIT.ok);
    const doc = JSON.parse(stdout);
    expect(doc.days).toBe(30);
    expect(doc.since).toBe("2026-11-04T12:00:00.000Z");
    expect(doc.until).toBe(NOW.toISOString());
    expect(doc.changes).toHaveLength(2);
    const [biotech, shortened] = doc.changes;
    expect(biotech).toMatchObject({
      happenedAt: "2026-12-03T10:00:00.000Z",
      happenedAfter: null,
      observedAt: "2026-12-03T11:00:00.000Z",
      kind: "picklist-value-deactivated",
      system: "salesforce",
      object: "Lead",
      field: "Industry",
      option: "Biotech",
      who: "Ann Admin",
      source: "audit-trail",
      detail: "Deactivated picklist value Biotech for Industry (Lead)",
    });
    expect(biotech.started).toHaveLength(1);
    expect(biotech.started[0]).toMatchObject({
      type: "restricted-picklist-value",
      count: 6,
      firstAt: "2026-12-03T10:11:00.000Z",
    });
    expect(biotech.started[0].confidence).toBeGreaterThan(0.55);
    expect(Object.keys(shortened)).toEqual([
      "happenedAt",
      "happenedAfter",
      "observedAt",
      "kind",
      "system",
      "object",
      "field",
      "option",
      "before",
      "after",
      "who",
      "source",
      "detail",
      "started",
    ]);
    expect(shortened).toMatchObject({ before: 255, after: 80, started: [], who: null });
  });

  it("says so when nothing was learnt in the period", async () => {
    const { code, stdout } = await run(["changes", "--since", "12h"]);
    expect(code).toBe(EXIT.usage);
    const day = await run(["changes", "--since", "1d"]);
    expect(day.code).toBe(EXIT.ok);
    expect(day.stdout).toContain("No changes in Salesforce and HubSpot in the last day");
    expect(day.stdout).toContain('"View Setup and Configuration" permission');
    expect(stdout).toBe("");
  });

  it("speaks Danish with --lang da", async () => {
    const { code, stdout } = await run(["changes"], "da");
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain("2 ændringer i Salesforce og HubSpot de seneste 7 dage");
    expect(stdout).toContain(
      "    → startede sandsynligvis 6 fejl af typen Begrænset picklisteværdi (den første 11 minutter senere)",
    );
    const refused = await run(["changes", "--since", "en uge"], "da");
    expect(refused.code).toBe(EXIT.usage);
    expect(refused.stderr).toContain("“en uge” er ikke en periode");
  });

  it("refuses a period it cannot read, with exit code 2", async () => {
    for (const since of ["fortnight", "0d", "400d", ""]) {
      const { code, stdout, stderr } = await run(["changes", "--since", since]);
      expect(code).toBe(EXIT.usage);
      expect(stdout).toBe("");
      expect(stderr).toContain("is not a period");
      expect(stderr).toContain("syncerror changes [--since 7d] [--json]");
    }
    const extra = await run(["changes", "now"]);
    expect(extra.code).toBe(EXIT.usage);
  });
});

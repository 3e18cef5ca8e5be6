import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { importErrors, observedError } from "../../test/fakes/store-errors.js";
import { createCatalog } from "../catalog/catalog.js";
import { rules } from "../rules/index.js";
import { openStore } from "./index.js";
import type { Store } from "./types.js";

const catalog = createCatalog(rules);
const T0 = new Date("2026-11-29T08:00:00Z");
const T1 = new Date("2026-11-29T09:00:00Z");
const T2 = new Date("2026-11-29T10:00:00Z");
let store: Store;

beforeEach(async () => {
  store = await openStore({ path: ":memory:" });
});
afterEach(() => store.close());

const tooLong = (hubspotId: string) =>
  observedError(catalog, {
    ruleId: "string-too-long",
    hubspotId,
    message: "STRING_TOO_LONG: Title",
  });
const scanned = (...ids: string[]) =>
  ids.map((hubspotId) => ({ objectType: "contact" as const, hubspotId, salesforceId: null }));

describe("scans in the store", () => {
  it("waits for a running import's commit, then stores the scan", async () => {
    const tx = await store.beginImport({
      fileName: "e.csv",
      contentHash: "h",
      importedBy: "test",
      importedAt: T0,
    });
    let stored = false;
    const storing = store
      .recordScan({
        startedAt: T0,
        finishedAt: T1,
        since: null,
        findings: [tooLong("1")],
        scanned: scanned("1"),
        summary: {},
      })
      .then((scan) => {
        stored = true;
        return scan;
      });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(stored).toBe(false);
    await tx.commit({ rowsRead: 0, rejected: 0, objectTypes: [], columns: {} });
    expect((await storing).newCount).toBe(1);
  });

  it("stores findings as open errors from the scan, and remembers the scan", async () => {
    expect(await store.lastScan()).toBeNull();
    const scan = await store.recordScan({
      startedAt: T0,
      finishedAt: T1,
      since: null,
      findings: [tooLong("1"), tooLong("2")],
      scanned: scanned("1", "2", "3"),
      summary: { read: 3 },
    });
    expect(scan).toMatchObject({ newCount: 2, resolved: 0, since: null, summary: { read: 3 } });
    expect((await store.lastScan())?.id).toBe(scan.id);
    expect((await store.openCounts()).byRule.get("string-too-long")).toBe(2);
  });

  it("resolves a record's finding when a later scan reads the record and finds it fine", async () => {
    await store.recordScan({
      startedAt: T0,
      finishedAt: T1,
      since: null,
      findings: [tooLong("1"), tooLong("2")],
      scanned: scanned("1", "2"),
      summary: {},
    });
    // Record 1 was read again and is fine; record 2 was not read this time, so it stays open.
    const second = await store.recordScan({
      startedAt: T1,
      finishedAt: T2,
      since: T0,
      findings: [],
      scanned: scanned("1"),
      summary: {},
    });
    expect(second).toMatchObject({ newCount: 0, resolved: 1 });
    expect((await store.openErrorsOf("string-too-long")).map((e) => e.hubspotId)).toEqual(["2"]);
  });

  it("keeps an error HubSpot reports and the scan finds as one, settled by exports, not scans", async () => {
    await importErrors(store, catalog, [{ ruleId: "string-too-long", hubspotId: "1" }], {
      at: T0,
      objectTypes: ["contact"],
    });
    const scan = await store.recordScan({
      startedAt: T0,
      finishedAt: T1,
      since: null,
      findings: [tooLong("1")],
      scanned: scanned("1"),
      summary: {},
    });
    expect(scan.newCount).toBe(0);
    expect((await store.openCounts()).byRule.get("string-too-long")).toBe(1);
    // A scan that finds it fine leaves HubSpot's error alone…
    await store.recordScan({
      startedAt: T1,
      finishedAt: T2,
      since: T1,
      findings: [],
      scanned: scanned("1"),
      summary: {},
    });
    expect((await store.openCounts()).byRule.get("string-too-long")).toBe(1);
    // …and an export that no longer lists it resolves it, while a scan-only error survives exports.
    await store.recordScan({
      startedAt: T1,
      finishedAt: T2,
      since: T1,
      findings: [tooLong("9")],
      scanned: scanned("9"),
      summary: {},
    });
    await importErrors(store, catalog, [], { at: T2, objectTypes: ["contact"] });
    expect((await store.openErrorsOf("string-too-long")).map((e) => e.hubspotId)).toEqual(["9"]);
  });
});

/**
 * More of the store's contract, run against SQLite and PostgreSQL: scans, the scan lock, column
 * mappings, corrections and the answer to "resolve the errors an import did not list?".
 */
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { openPostgresStore, type PostgresStore } from "../../src/store/postgres/pg-store.js";
import { StoreError } from "../../src/store/store-error.js";
import type {
  ColumnMappingInput,
  CorrectionInput,
  ImportSummaryInput,
  ObservedError,
  Store,
} from "../../src/store/types.js";
import { describePostgres } from "../postgres/database.js";
import { BACKENDS, type ContractDatabase, type ContractStore } from "./backends.js";

/** What these tests use of a store. */
type MoreStore = ContractStore &
  Pick<
    Store,
    | "decideMissing"
    | "tryScanLock"
    | "lastScan"
    | "recordScan"
    | "columnMapping"
    | "columnMappings"
    | "forgetColumnMapping"
    | "forgetColumnMappings"
    | "corrections"
    | "saveCorrection"
    | "removeCorrection"
    | "saveCorrectionOffer"
    | "correctionOffer"
  >;

const isMoreStore = (store: ContractStore): store is MoreStore =>
  "recordScan" in store && "saveCorrection" in store && "decideMissing" in store;

const HOUR = 3_600_000;
const T0 = Date.parse("2026-11-29T08:00:00Z");
const T1 = T0 + HOUR;
const T2 = T1 + HOUR;

const error = (hubspotId: string, ruleId = "r-long", message = `${ruleId} ${hubspotId}`) =>
  ({
    ruleId,
    category: "property-values",
    direction: "hubspot-to-salesforce",
    objectType: "contact",
    hubspotId,
    salesforceId: null,
    recordName: null,
    message,
    statusCode: null,
    occurredAt: new Date(T0),
  }) satisfies ObservedError;

const scanned = (...ids: string[]) =>
  ids.map((hubspotId) => ({ objectType: "contact" as const, hubspotId, salesforceId: null }));

const scan = (at: number, findings: ObservedError[], read: string[], summary: unknown = {}) => ({
  startedAt: new Date(at - 60_000),
  finishedAt: new Date(at),
  since: null,
  findings,
  scanned: scanned(...read),
  summary,
});

async function importRows(
  store: MoreStore,
  at: number,
  rows: readonly ObservedError[],
  more: Partial<ImportSummaryInput> = {},
) {
  const tx = await store.beginImport({
    fileName: "export.csv",
    contentHash: `hash-${at}`,
    importedBy: "U1",
    importedAt: new Date(at),
  });
  for (const row of rows) await tx.add(row);
  return await tx.commit({
    rowsRead: rows.length,
    rejected: 0,
    objectTypes: ["contact"],
    columns: {},
    ...more,
  });
}

const mapping = (headerKey: string, by = "U1", at = T0): ColumnMappingInput => ({
  headerKey,
  headers: headerKey.split("|"),
  columns: { message: { index: 0, header: headerKey.split("|")[0] ?? "" } },
  confirmedBy: by,
  confirmedAt: new Date(at),
});

const correction = (key: string, ruleId: string, by = "U1", at = T0): CorrectionInput => ({
  key,
  message: `${key.toUpperCase()}: as pasted`,
  ruleId,
  correctedBy: by,
  correctedAt: new Date(at),
});

const ticks = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(BACKENDS)("more store contract: %s", (backend, suite) => {
  suite(`more store contract (${backend})`, (fresh) => {
    const opened: MoreStore[] = [];
    let database: ContractDatabase;
    const open = async () => {
      const store = await database.open();
      if (!isMoreStore(store)) throw new Error(`The ${backend} store lacks this contract's parts.`);
      opened.push(store);
      return store;
    };
    const freshStore = async () => {
      database = await fresh();
      return open();
    };
    afterEach(async () => {
      for (const store of opened.splice(0)) await store.close();
    });

    describe("scans", () => {
      it("stores findings as open errors and remembers the scan", async () => {
        const store = await freshStore();
        expect(await store.lastScan()).toBeNull();
        const first = await store.recordScan(
          scan(T1, [error("1"), error("2")], ["1", "2", "3"], { read: 3 }),
        );
        expect(first).toMatchObject({
          newCount: 2,
          resolved: 0,
          since: null,
          startedAt: new Date(T1 - 60_000),
          finishedAt: new Date(T1),
          summary: { read: 3 },
        });
        expect(await store.lastScan()).toEqual(first);
        expect((await store.openCounts()).byRule).toEqual(new Map([["r-long", 2]]));
      });

      it("resolves a finding when a later scan reads its record and finds it fine", async () => {
        const store = await freshStore();
        await store.recordScan(scan(T1, [error("1"), error("2")], ["1", "2"]));
        // 1 read again and fine: resolved. 2 not read: stays open. 3 is new.
        const second = await store.recordScan({
          ...scan(T2, [error("3")], ["1", "3"]),
          since: new Date(T1),
        });
        expect(second).toMatchObject({ newCount: 1, resolved: 1, since: new Date(T1) });
        expect((await store.openCounts()).total).toBe(2);
        // Found again after resolving: new again.
        expect(
          (await store.recordScan(scan(T2 + HOUR, [error("1")], ["1", "2", "3"]))).newCount,
        ).toBe(1);
        expect((await store.openCounts()).total).toBe(1);
      });

      it("keeps an error an export reports and a scan finds as one, settled by exports", async () => {
        const store = await freshStore();
        await importRows(store, T0, [error("1")]);
        expect((await store.recordScan(scan(T1, [error("1")], ["1"]))).newCount).toBe(0);
        expect((await store.openCounts()).total).toBe(1);
        // A scan that finds it fine leaves the export's error alone…
        expect((await store.recordScan(scan(T2, [], ["1"]))).resolved).toBe(0);
        // …an export that no longer lists it resolves it, and a scan-only error survives exports.
        await store.recordScan(scan(T2, [error("9")], ["9"]));
        expect((await importRows(store, T2 + HOUR, [])).resolved).toBe(1);
        expect((await store.openCounts()).total).toBe(1);
        expect((await store.recordScan(scan(T2 + 2 * HOUR, [], ["9"]))).resolved).toBe(1);
      });

      it("waits for a running import's commit, then writes after it", async () => {
        const store = await freshStore();
        const tx = await store.beginImport({
          fileName: "e.csv",
          contentHash: "h",
          importedBy: "U1",
          importedAt: new Date(T0),
        });
        await tx.add(error("1"));
        let stored = false;
        const storing = store.recordScan(scan(T1, [error("1")], ["1"])).then((record) => {
          stored = true;
          return record;
        });
        await ticks(150);
        expect(stored).toBe(false);
        await tx.commit({ rowsRead: 1, rejected: 0, objectTypes: ["contact"], columns: {} });
        // The import's error, committed first, is the one the finding meets: not new.
        expect((await storing).newCount).toBe(0);
        expect((await store.openCounts()).total).toBe(1);
      });
    });

    describe("scan lock", () => {
      it("is held by one at a time, and taken again once released", async () => {
        const store = await freshStore();
        const lock = await store.tryScanLock("replica-a");
        expect(lock).not.toBeNull();
        expect(await store.tryScanLock("replica-b")).toBeNull();
        await lock?.release();
        // A second release does nothing (and does not free someone else's lock).
        const again = await store.tryScanLock("replica-b");
        expect(again).not.toBeNull();
        await lock?.release();
        expect(await store.tryScanLock("replica-a")).toBeNull();
        await again?.release();
        const last = await store.tryScanLock("replica-a");
        expect(last).not.toBeNull();
        await last?.release();
      });
    });

    describe("column mappings", () => {
      it("are remembered by an import, listed oldest first, replaced under their number", async () => {
        const store = await freshStore();
        expect(await store.columnMappings()).toEqual([]);
        await importRows(store, T0, [], { columnMapping: mapping("b|a") });
        await importRows(store, T1, [], { columnMapping: mapping("a|b", "U2", T1) });
        await importRows(store, T2, [], { columnMapping: mapping("b|a", "cli", T2) });
        const all = await store.columnMappings();
        expect(all.map((m) => [m.id, m.headerKey, m.confirmedBy])).toEqual([
          [1, "b|a", "cli"],
          [2, "a|b", "U2"],
        ]);
        expect(await store.columnMapping("b|a")).toEqual({ id: 1, ...mapping("b|a", "cli", T2) });
        expect(await store.columnMapping("c")).toBeNull();
      });

      it("are forgotten one by one or all at once", async () => {
        const store = await freshStore();
        for (const [i, key] of ["a", "b", "c"].entries())
          await importRows(store, T0 + i, [], { columnMapping: mapping(key) });
        expect(await store.forgetColumnMapping(2)).toBe(true);
        expect(await store.forgetColumnMapping(2)).toBe(false);
        expect((await store.columnMappings()).map((m) => m.headerKey)).toEqual(["a", "c"]);
        expect(await store.forgetColumnMappings()).toBe(2);
        expect(await store.forgetColumnMappings()).toBe(0);
        expect(await store.columnMappings()).toEqual([]);
      });
    });

    describe("corrections", () => {
      it("are saved, listed oldest first, and replaced under their number", async () => {
        const store = await freshStore();
        expect(await store.saveCorrection(correction("bad region", "r-a"))).toEqual({
          record: { id: 1, ...correction("bad region", "r-a") },
          previousRuleId: null,
          changed: true,
        });
        await store.saveCorrection(correction("vat", "r-b", "U2", T1));
        const replaced = await store.saveCorrection(correction("bad region", "r-c", "U3", T2));
        expect(replaced).toEqual({
          record: { id: 1, ...correction("bad region", "r-c", "U3", T2) },
          previousRuleId: "r-a",
          changed: true,
        });
        // The same type again changes nothing: the kept record comes back.
        expect(await store.saveCorrection(correction("bad region", "r-c", "U4", T2))).toEqual({
          record: replaced.record,
          previousRuleId: "r-c",
          changed: false,
        });
        expect((await store.corrections()).map((c) => [c.id, c.key, c.ruleId])).toEqual([
          [1, "bad region", "r-c"],
          [2, "vat", "r-b"],
        ]);
      });

      it("change once when two identical saves come at once, from two handles", async () => {
        const store = await freshStore();
        const other = await open();
        // A new key (both may insert) and a kept one (both may update).
        await store.saveCorrection(correction("kept", "r-a"));
        for (const key of ["new", "kept"]) {
          const results = await Promise.all([
            store.saveCorrection(correction(key, "r-b", "U2", T1)),
            other.saveCorrection(correction(key, "r-b", "U3", T2)),
          ]);
          expect(results.filter((r) => r.changed)).toHaveLength(1);
          const [winner, loser] = results[0]?.changed ? results : [results[1], results[0]];
          expect(loser).toEqual({
            record: winner?.record,
            previousRuleId: "r-b",
            changed: false,
          });
          expect(winner?.previousRuleId).toBe(key === "new" ? null : "r-a");
        }
        expect((await store.corrections()).map((c) => [c.key, c.ruleId])).toEqual([
          ["kept", "r-b"],
          ["new", "r-b"],
        ]);
      });

      it("are removed by number, once", async () => {
        const store = await freshStore();
        const other = await open();
        await store.saveCorrection(correction("a", "r-a"));
        await store.saveCorrection(correction("b", "r-b"));
        const removals = await Promise.all([
          store.removeCorrection(1, "U1", new Date(T1)),
          other.removeCorrection(1, "U2", new Date(T1)),
        ]);
        expect(removals.filter((r) => r !== null)).toEqual([{ id: 1, ...correction("a", "r-a") }]);
        expect(await store.removeCorrection(9, "U1", new Date(T1))).toBeNull();
        expect((await store.corrections()).map((c) => c.id)).toEqual([2]);
      });

      it("offers are found by key until they expire, and purged by a later save", async () => {
        const store = await freshStore();
        const offer = (key: string, at: number) => ({
          key,
          message: "bad region",
          shownRuleId: "unknown-error",
          createdAt: new Date(at),
          expiresAt: new Date(at + HOUR),
        });
        await store.saveCorrectionOffer(offer("AAAA", T0));
        expect(await store.correctionOffer("AAAA", new Date(T0 + 1))).toEqual(offer("AAAA", T0));
        expect(await store.correctionOffer("AAAA", new Date(T1))).toBeNull();
        expect(await store.correctionOffer("BBBB", new Date(T0))).toBeNull();
        // Saved again under its key: replaced.
        await store.saveCorrectionOffer({ ...offer("AAAA", T0), message: "other" });
        expect((await store.correctionOffer("AAAA", new Date(T0)))?.message).toBe("other");
        await store.saveCorrectionOffer(offer("CCCC", T2));
        expect(await store.correctionOffer("AAAA", new Date(T0))).toBeNull();
        expect(await store.correctionOffer("CCCC", new Date(T2))).toEqual(offer("CCCC", T2));
      });
    });

    describe("errors an import did not list", () => {
      /** Three open errors, then an import listing one of them that asks about the other two. */
      async function asked(store: MoreStore) {
        await importRows(store, T0, [error("1"), error("2"), error("3")]);
        return await importRows(store, T1, [error("1")], { decideMissing: () => "ask" });
      }

      it("are resolved by the first answer only; the second finds it taken", async () => {
        const store = await freshStore();
        const other = await open();
        const second = await asked(store);
        expect(second.missing).toMatchObject({ count: 2, decision: null });
        expect((await store.openCounts()).total).toBe(3);
        const answers = await Promise.all([
          store.decideMissing(second.id, "resolve", "U2", new Date(T2)),
          other.decideMissing(second.id, "keep", "U3", new Date(T2)),
        ]);
        expect(answers.map((a) => a?.already).sort()).toEqual([false, true]);
        const applied = answers.find((a) => a?.already === false);
        // The one that found it taken reports the decision that won.
        expect(answers.find((a) => a?.already)?.resolution).toEqual(applied?.resolution);
        const resolved = applied?.resolution.decision === "resolved" ? 2 : 0;
        expect(applied?.resolution).toMatchObject({
          importId: second.id,
          count: 2,
          decidedAt: new Date(T2),
          resolved,
        });
        expect((await store.openCounts()).total).toBe(3 - resolved);
        expect((await store.lastImport())?.resolved).toBe(resolved);
        expect(await store.missingResolution(second.id)).toEqual(applied?.resolution);
      });

      it("resolve only what is still open and was not listed since", async () => {
        const store = await freshStore();
        const second = await asked(store);
        // A later import lists 2 again: that one is its to settle.
        await importRows(store, T2, [error("1"), error("2")], { decideMissing: () => "keep" });
        const answer = await store.decideMissing(second.id, "resolve", "cli", new Date(T2 + 1));
        expect(answer).toMatchObject({
          already: false,
          resolution: { decision: "resolved", decidedBy: "cli", resolved: 1 },
        });
        expect((await store.openCounts()).total).toBe(2);
        expect(await store.decideMissing(second.id, "keep", "cli", new Date(T2 + 2))).toEqual({
          resolution: answer?.resolution,
          already: true,
        });
      });

      it("are not answered for an import that asked nothing, nor during an import", async () => {
        const store = await freshStore();
        const first = await importRows(store, T0, [error("1")]);
        expect(await store.decideMissing(first.id, "resolve", "U1", new Date(T1))).toBeNull();
        const second = await asked(store);
        const tx = await store.beginImport({
          fileName: "e.csv",
          contentHash: "h",
          importedBy: "U1",
          importedAt: new Date(T2),
        });
        await expect(store.decideMissing(second.id, "resolve", "U1", new Date(T2))).rejects.toThrow(
          new StoreError("An import is running; answer when it has finished."),
        );
        await tx.rollback();
        expect(
          (await store.decideMissing(second.id, "keep", "U1", new Date(T2)))?.resolution,
        ).toMatchObject({ decision: "kept", decidedBy: "U1", resolved: 0 });
        expect((await store.openCounts()).total).toBe(3);
      });
    });
  });
});

describePostgres("PostgreSQL store across replicas: scans", (databases) => {
  const opened: PostgresStore[] = [];
  const open = async (url: string) => {
    const store = await openPostgresStore({ url });
    opened.push(store);
    return store;
  };
  afterEach(async () => {
    for (const store of opened.splice(0)) await store.close();
  });

  it("gives the scan lock to one replica at a time, and lets it go when its holder's connection dies", async () => {
    const url = await databases.create();
    const [one, two] = await Promise.all([open(url), open(url)]);
    const lock = await one.tryScanLock("replica-one");
    expect(lock).not.toBeNull();
    expect(await two.tryScanLock("replica-two")).toBeNull();
    await lock?.release();
    const taken = await two.tryScanLock("replica-two");
    expect(taken).not.toBeNull();
    expect(await one.tryScanLock("replica-one")).toBeNull();
    // A replica that dies holding it: its connection goes, and the lock with it (the holder
    // hears its connection's error rather than crash, and its late release does not throw).
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      const killed = await admin.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1",
        ["syncerror scan: replica-two"],
      );
      expect(killed.rowCount).toBe(1);
    } finally {
      await admin.end();
    }
    let after = await one.tryScanLock("replica-one");
    for (let i = 0; after === null && i < 50; i++) {
      await ticks(20);
      after = await one.tryScanLock("replica-one");
    }
    expect(after).not.toBeNull();
    await taken?.release();
    await after?.release();
  });

  it("waits for another replica's import to commit before writing a scan", async () => {
    const url = await databases.create();
    const [one, two] = await Promise.all([open(url), open(url)]);
    const tx = await one.beginImport({
      fileName: "e.csv",
      contentHash: "h",
      importedBy: "U1",
      importedAt: new Date(T0),
    });
    await tx.add(error("1"));
    let stored = false;
    const storing = two.recordScan(scan(T1, [error("1"), error("2")], ["1", "2"])).then((r) => {
      stored = true;
      return r;
    });
    await ticks(300);
    expect(stored).toBe(false);
    await tx.commit({ rowsRead: 1, rejected: 0, objectTypes: ["contact"], columns: {} });
    expect((await storing).newCount).toBe(1);
    expect((await one.openCounts()).total).toBe(2);
  });
});

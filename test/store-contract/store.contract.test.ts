/**
 * The store's contract, written once and run against SQLite and PostgreSQL: import snapshots,
 * counts, samples and digests must behave the same whichever database holds them.
 */
import { describe, expect, it } from "vitest";
import { FLUSH_ROWS } from "../../src/store/postgres/pg-import.js";
import { StoreError } from "../../src/store/store-error.js";
import type { ImportMeta, ImportSummaryInput, ObservedError } from "../../src/store/types.js";
import { BACKENDS, type ContractStore, storeHandles } from "./backends.js";

const DAY = 86_400_000;
const T0 = Date.parse("2026-03-01T00:00:00Z");
const T1 = T0 + DAY;
const T2 = T1 + DAY;

/** An error of a test, by object type, HubSpot id and rule; the rest filled in. */
function observed(
  objectType: ObservedError["objectType"],
  hubspotId: string,
  ruleId: string,
  more: Partial<ObservedError> = {},
): ObservedError {
  return {
    ruleId,
    category: "property-values",
    direction: "hubspot-to-salesforce",
    objectType,
    hubspotId,
    salesforceId: null,
    recordName: `Record ${hubspotId}`,
    message: `${ruleId} on ${objectType} ${hubspotId}`,
    statusCode: null,
    occurredAt: null,
    ...more,
  };
}

const meta = (at: number, fileName = "export.csv"): ImportMeta => ({
  fileName,
  contentHash: `hash-${at}`,
  importedBy: "U1",
  importedAt: new Date(at),
});

const summary = (
  rowsRead: number,
  objectTypes: ImportSummaryInput["objectTypes"],
  more: Partial<ImportSummaryInput> = {},
): ImportSummaryInput => ({ rowsRead, rejected: 0, objectTypes, columns: {}, ...more });

/** Imports `rows` in one transaction, as the import command does. */
async function importRows(
  store: ContractStore,
  at: number,
  rows: readonly ObservedError[],
  objectTypes: ImportSummaryInput["objectTypes"],
  more: Partial<ImportSummaryInput> = {},
) {
  const tx = await store.beginImport(meta(at));
  for (const row of rows) await tx.add(row);
  return await tx.commit(summary(rows.length, objectTypes, more));
}

const a = observed("contact", "1", "r-a", { occurredAt: new Date(T0 - 2 * DAY) });
const b = observed("contact", "2", "r-a", { occurredAt: new Date(T0 - DAY) });
const c = observed("company", "10", "r-b");
const d = observed("deal", "20", "r-c", { occurredAt: new Date(T0 - DAY) });
const e = observed("contact", "3", "r-b", { occurredAt: new Date(T1) });

/** Three imports: new errors, a snapshot that resolves, one that reopens (see the tests). */
async function threeImports(store: ContractStore) {
  const first = await importRows(store, T0, [a, b, c, d], ["contact", "company", "deal"]);
  // Contacts and companies only: b and c missing are resolved, the deal d is not theirs.
  const second = await importRows(store, T1, [a, e], ["contact", "company"]);
  // b comes back (reopened), f is new and listed twice: the second row's text wins, the first
  // row's time stays its opening time.
  const third = await importRows(
    store,
    T2,
    [
      { ...b, occurredAt: new Date(T2) },
      a,
      observed("contact", "4", "r-d", {
        message: "f first",
        recordName: null,
        occurredAt: new Date(T2 - 3_600_000),
      }),
      e,
      observed("contact", "4", "r-d", { message: "f second", occurredAt: new Date(T2) }),
    ],
    ["contact"],
  );
  return { first, second, third };
}

describe.each(BACKENDS)("store contract: %s", (backend, suite) => {
  suite(`store contract (${backend})`, (fresh) => {
    const { freshStore, open } = storeHandles(fresh);

    describe("imports", () => {
      it("counts new, still open and resolved errors, snapshot by object type", async () => {
        const store = await freshStore();
        const { first, second, third } = await threeImports(store);
        expect(first).toMatchObject({
          rowsRead: 4,
          newCount: 4,
          stillOpen: 0,
          resolved: 0,
          newByRule: { "r-a": 2, "r-b": 1, "r-c": 1 },
          missing: null,
        });
        expect(second).toMatchObject({ newCount: 1, stillOpen: 1, resolved: 2 });
        expect(second.newByRule).toEqual({ "r-b": 1 });
        // b reopened counts as new; f listed twice is one error.
        expect(third).toMatchObject({ rowsRead: 5, newCount: 2, stillOpen: 2, resolved: 0 });
        expect(third.newByRule).toEqual({ "r-a": 1, "r-d": 1 });
        const counts = await store.openCounts();
        expect(counts.total).toBe(5);
        expect(counts.byRule).toEqual(
          new Map([
            ["r-a", 2],
            ["r-b", 1],
            ["r-c", 1],
            ["r-d", 1],
          ]),
        );
      });

      it("reads the last import back as it was committed", async () => {
        const store = await freshStore();
        expect(await store.lastImport()).toBeNull();
        const { third } = await threeImports(store);
        const last = await store.lastImport();
        expect(last).toEqual(third);
        expect(last).toMatchObject({
          fileName: "export.csv",
          contentHash: `hash-${T2}`,
          importedBy: "U1",
          importedAt: new Date(T2),
          objectTypes: ["contact"],
          columns: {},
        });
      });

      it("samples the first new row of each type, with the latest text of a repeated row", async () => {
        const store = await freshStore();
        const { first, third } = await threeImports(store);
        expect(await store.newErrorSamples(first.id)).toEqual(
          new Map([
            ["r-a", a.message],
            ["r-b", c.message],
            ["r-c", d.message],
          ]),
        );
        expect(await store.newErrorSamples(third.id)).toEqual(
          new Map([
            ["r-a", b.message],
            ["r-d", "f second"],
          ]),
        );
      });

      it("keeps text that COPY's format must escape", async () => {
        const store = await freshStore();
        const odd = [
          "tab\there",
          "line\nbreak\r\nend",
          "back\\slash \\N \\t",
          "quote \" and 'ć 😀",
        ];
        const rows = odd.map((message, i) =>
          observed("contact", String(i), `odd-${i}`, { message }),
        );
        const record = await importRows(store, T0, rows, ["contact"]);
        expect(await store.newErrorSamples(record.id)).toEqual(
          new Map(odd.map((message, i) => [`odd-${i}`, message])),
        );
      });

      it("merges rows over several batches like row-by-row upserts", async () => {
        const store = await freshStore();
        const rows: ObservedError[] = [];
        // More than PostgreSQL's batch, so the repeats below fall in a later batch than the rows
        // they repeat: the batch that meets them cannot be COPYed in as all new.
        const count = FLUSH_ROWS + 2_000;
        for (let i = 0; i < count; i++)
          rows.push(observed("contact", String(i), i >= 7_000 && i % 2 === 0 ? "r-y" : "r-x"));
        // Rows seen again in a later batch of the same import.
        for (let i = 0; i < 20; i++)
          rows.push(observed("contact", String(i), "r-x", { message: "again" }));
        const record = await importRows(store, T0, rows, ["contact"]);
        expect(record).toMatchObject({ rowsRead: count + 20, newCount: count, stillOpen: 0 });
        expect(record.newByRule).toEqual({
          "r-x": 7_000 + (count - 7_000) / 2,
          "r-y": (count - 7_000) / 2,
        });
        expect(await store.newErrorSamples(record.id)).toEqual(
          new Map([
            ["r-x", "again"],
            ["r-y", "r-y on contact 7000"],
          ]),
        );
        const next = await importRows(store, T1, rows.slice(0, 100), ["contact"]);
        expect(next).toMatchObject({ newCount: 0, stillOpen: 100, resolved: count - 100 });
        // The 100 listed again stay open, whichever way their first batch was written.
        const held = await store.openErrorsOf("r-x");
        expect(held).toHaveLength(100);
      });

      it("rollback leaves nothing, and the next import runs", async () => {
        const store = await freshStore();
        const tx = await store.beginImport(meta(T0));
        await tx.add(a);
        await tx.add(b);
        expect(await store.importInProgress()).toBe(true);
        await tx.rollback();
        expect(await store.importInProgress()).toBe(false);
        expect(await store.lastImport()).toBeNull();
        expect((await store.openCounts()).total).toBe(0);
        const record = await importRows(store, T1, [a], ["contact"]);
        expect(record.newCount).toBe(1);
      });

      it("refuses a second import while one runs, and shows nothing of the first meanwhile", async () => {
        const store = await freshStore();
        await importRows(store, T0, [a], ["contact"]);
        const tx = await store.beginImport(meta(T1));
        await tx.add(b);
        await expect(async () => store.beginImport(meta(T1))).rejects.toThrow(StoreError);
        await expect(async () => store.beginImport(meta(T1))).rejects.toThrow(
          "Another import is running",
        );
        expect((await store.openCounts()).total).toBe(1);
        expect((await store.lastImport())?.contentHash).toBe(`hash-${T0}`);
        await tx.commit(summary(1, ["contact"]));
        expect((await store.openCounts()).total).toBe(1);
        expect((await store.lastImport())?.contentHash).toBe(`hash-${T1}`);
      });

      it("leaves missing errors open and records the question when asked to", async () => {
        const store = await freshStore();
        await importRows(store, T0, [a, b, e], ["contact"]);
        const seen: Array<{ missing: number; open: number }> = [];
        const record = await importRows(store, T1, [a], ["contact"], {
          decideMissing: (count) => {
            seen.push({ ...count });
            return "ask";
          },
        });
        expect(seen).toEqual([{ missing: 2, open: 3 }]);
        expect(record).toMatchObject({ resolved: 0, stillOpen: 1 });
        expect(record.missing).toEqual({
          importId: record.id,
          objectTypes: ["contact"],
          snapshotAt: new Date(T1),
          count: 2,
          decision: null,
          decidedBy: null,
          decidedAt: null,
          resolved: 0,
        });
        expect((await store.lastImport())?.missing).toEqual(record.missing);
        expect(await store.missingResolution(record.id)).toEqual(record.missing);
        expect((await store.openCounts()).total).toBe(3);
        const kept = await importRows(store, T2, [a], ["contact"], { decideMissing: () => "keep" });
        expect(kept.missing).toMatchObject({ decision: "kept", decidedBy: "U1", count: 2 });
      });
    });

    describe("digests", () => {
      const slot = new Date("2026-03-02T09:00:00Z");
      const counts = { new: 3, resolved: 1, open: 5 };

      it("claims a slot once", async () => {
        const store = await freshStore();
        const claimed = await store.claimDigest(slot, "C1", false);
        expect(claimed).toEqual({
          id: claimed?.id,
          slot,
          channel: "C1",
          status: "posting",
          late: false,
          messageTs: null,
          postedAt: null,
          counts: null,
          failure: null,
        });
        expect(await store.claimDigest(slot, "C1", true)).toBeNull();
        expect(await store.claimDigest(slot, "C2", true)).toMatchObject({ late: true });
      });

      it("gives a slot claimed at once from two connections to exactly one", async () => {
        const first = await freshStore();
        const second = await open();
        const claims = await Promise.all(
          Array.from({ length: 10 }, (_, i) =>
            (i % 2 === 0 ? first : second).claimDigest(slot, "C1", false),
          ),
        );
        expect(claims.filter((claim) => claim !== null)).toHaveLength(1);
        expect(await second.digestAt(slot, "C1")).toMatchObject({ status: "posting" });
      });

      it("marks posted and failed, and reclaims a failed one once", async () => {
        const store = await freshStore();
        const posted = await store.claimDigest(slot, "C1", false);
        const failed = await store.claimDigest(new Date(slot.getTime() + DAY), "C1", false);
        if (!posted || !failed) throw new Error("both slots were free");
        const postedAt = new Date(slot.getTime() + 5_000);
        await store.markDigestPosted(posted.id, { messageTs: "111.222", postedAt, counts });
        await store.markDigestFailed(failed.id, "not_in_channel");
        expect(await store.digestAt(slot, "C1")).toEqual({
          ...posted,
          status: "posted",
          messageTs: "111.222",
          postedAt,
          counts,
        });
        expect(await store.digestAt(failed.slot, "C1")).toEqual({
          ...failed,
          status: "failed",
          failure: "not_in_channel",
        });
        expect(await store.reclaimDigest(posted.id)).toBe(false);
        const other = await open();
        const reclaims = await Promise.all([
          store.reclaimDigest(failed.id),
          other.reclaimDigest(failed.id),
        ]);
        expect(reclaims.filter(Boolean)).toHaveLength(1);
        expect(await store.digestAt(failed.slot, "C1")).toEqual({
          ...failed,
          status: "posting",
          late: true,
          failure: null,
        });
      });

      it("finds the previous posted, the latest and the earliest slot of a channel", async () => {
        const store = await freshStore();
        expect(await store.latestDigest("C1")).toBeNull();
        expect(await store.earliestDigest("C1")).toBeNull();
        const slots = [0, 1, 2, 3].map((i) => new Date(slot.getTime() + i * DAY));
        const ids: number[] = [];
        for (const s of slots) {
          const claim = await store.claimDigest(s, "C1", false);
          if (!claim) throw new Error("slot was free");
          ids.push(claim.id);
        }
        await store.claimDigest(new Date(slot.getTime() + 9 * DAY), "C2", false);
        const postedAt = new Date(slot.getTime() + 60_000);
        await store.markDigestPosted(ids[0] as number, { messageTs: "1.0", postedAt, counts });
        await store.markDigestPosted(ids[1] as number, { messageTs: "2.0", postedAt, counts });
        await store.markDigestFailed(ids[2] as number, "channel_not_found");
        expect((await store.previousDigest("C1", slots[3] as Date))?.slot).toEqual(slots[1]);
        expect((await store.previousDigest("C1", slots[1] as Date))?.slot).toEqual(slots[0]);
        expect(await store.previousDigest("C1", slots[0] as Date)).toBeNull();
        expect(await store.previousDigest("C3", slots[3] as Date)).toBeNull();
        expect((await store.latestDigest("C1"))?.slot).toEqual(slots[3]);
        expect((await store.earliestDigest("C1"))?.slot).toEqual(slots[0]);
        expect(await store.digestAt(slots[2] as Date, "C2")).toBeNull();
      });

      it("computes the digest's numbers from the imports", async () => {
        const store = await freshStore();
        await threeImports(store);
        const stats = await store.digestStats({
          since: new Date(T1),
          dayBoundaries: [T0 - 2 * DAY, T0 - DAY, T0, T1, T2, T2 + DAY].map((t) => new Date(t)),
        });
        expect(stats).toEqual({
          byRule: new Map([
            ["r-a", { new: 1, records: 1, open: 2, byScan: 0 }],
            ["r-b", { new: 1, records: 1, open: 1, byScan: 0 }],
            ["r-c", { new: 0, records: 0, open: 1, byScan: 0 }],
            ["r-d", { new: 1, records: 1, open: 1, byScan: 0 }],
          ]),
          newTotal: 3,
          resolvedTotal: 1,
          openTotal: 5,
          resolvedByRule: new Map([["r-b", 1]]),
          trendByRule: new Map([
            ["r-a", [1, 0, 0, 0, 1]],
            ["r-b", [0, 0, 1, 1, 0]],
            ["r-c", [0, 1, 0, 0, 0]],
            ["r-d", [0, 0, 0, 1, 0]],
          ]),
        });
        // Map order too: the types with new errors, then the other open ones, each in byte order.
        expect([...stats.byRule.keys()]).toEqual(["r-a", "r-b", "r-d", "r-c"]);
      });

      it("counts distinct records among the new errors, and no trend without days", async () => {
        const store = await freshStore();
        await importRows(
          store,
          T0,
          [
            observed("contact", "1", "r-a"),
            observed("contact", "1", "r-b"),
            observed("company", "1", "r-a"),
            observed("contact", "2", "r-a", { hubspotId: null, salesforceId: "003XYZ" }),
          ],
          ["contact", "company"],
        );
        const stats = await store.digestStats({ since: new Date(T0 - DAY), dayBoundaries: [] });
        expect(stats.byRule.get("r-a")).toEqual({ new: 3, records: 3, open: 3, byScan: 0 });
        expect(stats.trendByRule.size).toBe(0);
      });

      it("gives a one-day trend (two boundaries)", async () => {
        const store = await freshStore();
        await importRows(store, T0, [observed("contact", "1", "r-a")], ["contact"]);
        const stats = await store.digestStats({
          since: new Date(T0 - DAY),
          dayBoundaries: [new Date(T0 - DAY / 2), new Date(T0 + DAY / 2)],
        });
        expect(stats.trendByRule.get("r-a")).toEqual([1]);
      });
    });
  });
});

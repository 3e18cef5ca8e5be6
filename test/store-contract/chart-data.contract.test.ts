/**
 * The charts' reads (issue 18), run against SQLite and PostgreSQL: errors resolved per type per
 * hour (beside hourlyNewErrors), and the open errors per type by age.
 */
import { describe, expect, it } from "vitest";
import type { ObservedError } from "../../src/store/types.js";
import { BACKENDS, type ContractStore, storeHandles } from "./backends.js";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const N = Date.parse("2026-12-04T12:00:00Z");
const at = (ms: number) => new Date(ms);
const EDGES = [DAY, 7 * DAY, 30 * DAY, 90 * DAY];

function observed(id: string, ruleId: string, openedAt: number): ObservedError {
  return {
    ruleId,
    category: "property-values",
    direction: "hubspot-to-salesforce",
    objectType: "contact",
    hubspotId: id,
    salesforceId: null,
    recordName: null,
    message: `${ruleId} on contact ${id}`,
    statusCode: null,
    occurredAt: at(openedAt),
  };
}

/** A contact export at `when`: the open contacts it does not list are resolved then. */
async function importAt(store: ContractStore, when: number, rows: readonly ObservedError[]) {
  const tx = await store.beginImport({
    fileName: "export.csv",
    contentHash: `hash-${when}`,
    importedBy: "U-IMPORT",
    importedAt: at(when),
  });
  for (const row of rows) await tx.add(row);
  await tx.commit({ rowsRead: rows.length, rejected: 0, objectTypes: ["contact"], columns: {} });
}

const a1 = observed("a1", "r-a", N - 200 * DAY);
const a2 = observed("a2", "r-a", N - 40 * DAY);
const a3 = observed("a3", "r-a", N - 10 * DAY);
const a4 = observed("a4", "r-a", N - 3 * DAY);
const a5 = observed("a5", "r-a", N - 2 * HOUR);
const b1 = observed("b1", "r-b", N - 95 * DAY);
const b2 = observed("b2", "r-b", N - 7 * DAY);
const b3 = observed("b3", "r-b", N - DAY);
const c1 = observed("c1", "r-c", N - 5 * DAY);

/**
 * a3 and b1 resolve 5 hours before N, c1 and a4 resolve 2 hours before N (a4 to open again an
 * hour later); the rest stay open. Edges fall exactly on b2 (7 days) and b3 (1 day): an error as
 * old as an edge is in the bucket that starts there.
 */
async function seed(store: ContractStore) {
  await importAt(store, N - 6 * HOUR, [a1, a2, a3, a4, b1, b2, b3, c1]);
  await importAt(store, N - 5 * HOUR, [a1, a2, a4, b2, b3, c1]);
  await importAt(store, N - 2 * HOUR, [a1, a2, a5, b2, b3]);
  await importAt(store, N - HOUR, [a1, a2, a4, a5, b2, b3]);
}

describe.each(BACKENDS)("chart data contract: %s", (backend, suite) => {
  suite(`chart data contract (${backend})`, (fresh) => {
    const { freshStore } = storeHandles(fresh);

    it("counts resolved errors per type per hour over whole hours, zeros where none", async () => {
      const store = await freshStore();
      await seed(store);
      const hours = await store.hourlyResolvedErrors(
        ["r-a", "r-b", "r-c", "r-none"],
        at(N - 6 * HOUR + 30 * 60_000),
        at(N),
      );
      // Hours from N−6h to N−1h: a3 and b1 at N−5h; c1 at N−2h (a4 too, but it opened again and
      // is open now, so it no longer counts as resolved).
      expect(Object.fromEntries(hours)).toEqual({
        "r-a": [0, 1, 0, 0, 0, 0],
        "r-b": [0, 1, 0, 0, 0, 0],
        "r-c": [0, 0, 0, 0, 1, 0],
        "r-none": [0, 0, 0, 0, 0, 0],
      });
      // The hour holding `to` is left out (c1 resolved at N−2h); no types or no hours: no read.
      expect(
        Object.fromEntries(
          await store.hourlyResolvedErrors(["r-c"], at(N - 3 * HOUR), at(N - 2 * HOUR + 1)),
        ),
      ).toEqual({ "r-c": [0] });
      expect(await store.hourlyResolvedErrors([], at(N - DAY), at(N))).toEqual(new Map());
      expect(Object.fromEntries(await store.hourlyResolvedErrors(["r-a"], at(N), at(N)))).toEqual({
        "r-a": [],
      });
    });

    it("counts open errors per type by age, an edge's age in the bucket it starts", async () => {
      const store = await freshStore();
      expect(await store.openAgeCounts(at(N), EDGES)).toEqual(new Map());
      await seed(store);
      const ages = await store.openAgeCounts(at(N), EDGES);
      // r-a open: a1 (200 d), a2 (40 d), a4 (3 d), a5 (2 h); r-b: b3 (1 d: 1–7 days), b2 (7 d:
      // 7–30 days); r-c none.
      expect(Object.fromEntries(ages)).toEqual({
        "r-a": [1, 1, 0, 1, 1],
        "r-b": [0, 1, 1, 0, 0],
      });
      // A day later everything is a day older; one edge only: two buckets.
      expect(Object.fromEntries(await store.openAgeCounts(at(N + DAY), [7 * DAY]))).toEqual({
        "r-a": [2, 2],
        "r-b": [1, 1],
      });
      // Some types only: theirs, the same counts; a type with none open is left out.
      expect(Object.fromEntries(await store.openAgeCounts(at(N), EDGES, ["r-b", "r-c"]))).toEqual({
        "r-b": [0, 1, 1, 0, 0],
      });
      expect(await store.openAgeCounts(at(N), EDGES, [])).toEqual(new Map());
      // Each type's buckets add up to its open count.
      const open = await store.openCounts();
      for (const [ruleId, buckets] of ages) {
        expect(buckets.reduce((sum, n) => sum + n, 0)).toBe(open.byRule.get(ruleId));
      }
    });
  });
});

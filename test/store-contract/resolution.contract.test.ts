/**
 * Time to resolution's contract (issue 17), run against SQLite and PostgreSQL: on one seeded
 * history of imports and claims, the same medians and 90th percentiles by type and by owner (the
 * errors resolved while the owner held the type's claim), the week's activity per type, and one
 * weekly summary per week and channel whoever claims it.
 */
import { describe, expect, it } from "vitest";
import type { ObservedError } from "../../src/store/types.js";
import { BACKENDS, type ContractStore, storeHandles } from "./backends.js";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** "Now": a Monday morning. */
const N = Date.parse("2026-12-07T09:00:00Z");
const at = (ms: number) => new Date(ms);

function observed(id: string, ruleId: string, openedAt: number): ObservedError {
  return {
    ruleId,
    category: "property-values",
    direction: "hubspot-to-salesforce",
    objectType: "contact",
    hubspotId: id,
    salesforceId: null,
    recordName: `Record ${id}`,
    message: `${ruleId} on contact ${id}`,
    statusCode: null,
    occurredAt: at(openedAt),
  };
}

/** Imports a contact export at `when`: the open contacts it does not list are resolved then. */
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

// Errors by type (r-a, r-b, r-c), each opened at its time; see `seed` for when each resolves.
const o1 = observed("o1", "r-a", N - 45 * DAY);
const a1 = observed("a1", "r-a", N - 7 * DAY - HOUR);
const a2 = observed("a2", "r-a", N - 8 * DAY);
const a3 = observed("a3", "r-a", N - 3 * DAY);
const a4 = observed("a4", "r-a", N - 2 * DAY - 2 * HOUR);
const a5 = observed("a5", "r-a", N - 9 * DAY);
const a6 = observed("a6", "r-a", N - 9 * DAY);
const b1 = observed("b1", "r-b", N - 6 * DAY - HOUR);
const b2 = observed("b2", "r-b", N - 2 * DAY - HOUR / 2);
const c1 = observed("c1", "r-c", N - 5 * DAY);
const c2 = observed("c2", "r-c", N - 3 * DAY);

/**
 * The history: o1 resolved 40 days ago (outside the 30 days); a1 (25 h), a2 (48 h) and b1 (1 h)
 * resolved 6 days ago; a3 (24 h), a4 (2 h), a5 (168 h), b2 (30 min) and c1 (72 h) resolved 2 days
 * ago; a6 and c2 still open. Claims: Ann on r-a from 20 days ago until Cy took it over 4 days
 * ago; Bob on r-b from 8 days ago until he released it 5 days ago, then on r-c from 3 days ago;
 * Dan on r-b from yesterday (nothing resolved since).
 */
async function seed(store: ContractStore) {
  await importAt(store, N - 45 * DAY, [o1]);
  await importAt(store, N - 40 * DAY, []);
  await store.takeClaim("r-a", "U-ANN", at(N - 20 * DAY));
  await store.takeClaim("r-b", "U-BOB", at(N - 8 * DAY));
  await importAt(store, N - 6 * DAY - HOUR / 2, [a1, a2, a5, a6, b1]);
  await importAt(store, N - 6 * DAY, [a5, a6]);
  await store.releaseClaim("r-b", "U-BOB", at(N - 5 * DAY));
  await store.takeOverClaim("r-a", "U-CY", "U-ANN", at(N - 4 * DAY));
  await store.takeClaim("r-c", "U-BOB", at(N - 3 * DAY));
  await importAt(store, N - 2 * DAY - HOUR / 4, [a3, a4, a5, a6, b2, c1, c2]);
  await importAt(store, N - 2 * DAY, [a6, c2]);
  await store.takeClaim("r-b", "U-DAN", at(N - DAY));
}

const times = (resolved: number, medianH: number, p90H: number) => ({
  resolved,
  medianMs: medianH * HOUR,
  p90Ms: p90H * HOUR,
});

describe.each(BACKENDS)("resolution contract: %s", (backend, suite) => {
  suite(`resolution contract (${backend})`, (fresh) => {
    const { freshStore, open } = storeHandles(fresh);

    it("has nothing to say of a store without resolutions", async () => {
      const store = await freshStore();
      const stats = await store.resolutionStats({ since: at(N - 30 * DAY), until: at(N) });
      expect([...stats.byRule]).toEqual([]);
      expect([...stats.byOwner]).toEqual([]);
      expect([...(await store.ruleActivity({ since: at(N - 7 * DAY), until: at(N) }))]).toEqual([]);
    });

    it("gives median and 90th percentile by type and by owner over 30 days", async () => {
      const store = await freshStore();
      await seed(store);
      const stats = await store.resolutionStats({ since: at(N - 30 * DAY), until: at(N) });
      expect([...stats.byRule]).toEqual([
        // 2, 24, 25, 48, 168 hours: ranks 3 and 5 (o1, 40 days ago, is left out).
        ["r-a", times(5, 25, 168)],
        // 0.5 and 1 hour: the median is the lower of the two.
        ["r-b", times(2, 0.5, 1)],
        ["r-c", times(1, 72, 72)],
      ]);
      expect([...stats.byOwner]).toEqual([
        // Ann held r-a when a1 and a2 resolved; Cy when a3, a4 and a5 did.
        ["U-ANN", times(2, 25, 48)],
        // b1 while Bob held r-b (b2 resolved after his release: nobody's), c1 while he held r-c.
        ["U-BOB", times(2, 1, 72)],
        ["U-CY", times(3, 24, 168)],
      ]);
      // A window that ends 3 days ago: only the resolutions of 6 days ago.
      const earlier = await store.resolutionStats({
        since: at(N - 30 * DAY),
        until: at(N - 3 * DAY),
      });
      expect([...earlier.byRule]).toEqual([
        ["r-a", times(2, 25, 48)],
        ["r-b", times(1, 1, 1)],
      ]);
      expect([...earlier.byOwner]).toEqual([
        ["U-ANN", times(2, 25, 48)],
        ["U-BOB", times(1, 1, 1)],
      ]);
    });

    it("gives a week's opened, resolved, open and oldest open per type", async () => {
      const store = await freshStore();
      await seed(store);
      const week = await store.ruleActivity({ since: at(N - 7 * DAY), until: at(N) });
      expect([...week]).toEqual([
        ["r-a", { opened: 2, resolved: 5, open: 1, oldestOpenAt: at(N - 9 * DAY) }],
        ["r-b", { opened: 2, resolved: 2, open: 0, oldestOpenAt: null }],
        ["r-c", { opened: 2, resolved: 1, open: 1, oldestOpenAt: at(N - 3 * DAY) }],
      ]);
    });

    it("lets one claim of a week's summary per channel win, from two handles at once", async () => {
      const first = await freshStore();
      const second = await open();
      const claims = await Promise.all([
        first.claimWeeklySummary("2026-12-07", "C-SF"),
        second.claimWeeklySummary("2026-12-07", "C-SF"),
        second.claimWeeklySummary("2026-12-07", "C-HS"),
      ]);
      expect(claims.filter((claim) => claim !== null && claim.channel === "C-SF")).toHaveLength(1);
      expect(claims[2]).toMatchObject({ week: "2026-12-07", channel: "C-HS", status: "posting" });
      await first.finishWeeklySummary("2026-12-07", "C-SF", {
        status: "posted",
        messageTs: "1.2",
        postedAt: at(N),
      });
      await first.finishWeeklySummary("2026-12-07", "C-HS", { status: "failed", failure: "x" });
      expect(await second.weeklySummary("2026-12-07", "C-SF")).toEqual({
        week: "2026-12-07",
        channel: "C-SF",
        status: "posted",
        messageTs: "1.2",
        postedAt: at(N),
        failure: null,
      });
      expect(await second.weeklySummary("2026-12-07", "C-HS")).toMatchObject({
        status: "failed",
        failure: "x",
      });
      // Claimed, posted or failed: the week is taken; the next week is not.
      expect(await second.claimWeeklySummary("2026-12-07", "C-HS")).toBeNull();
      expect(await second.claimWeeklySummary("2026-12-14", "C-SF")).not.toBeNull();
      expect(await second.weeklySummary("2026-11-30", "C-SF")).toBeNull();
    });
  });
});

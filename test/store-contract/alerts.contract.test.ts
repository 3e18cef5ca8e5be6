/**
 * The spike alerts' contract, run against SQLite and PostgreSQL: new errors per type per hour
 * counted into the right hours (zeros where none), and each type's alert claimed once per
 * cooldown, also by two handles (two replicas) at once; a claim given back when its post failed.
 */
import { describe, expect, it } from "vitest";
import type { ObservedError } from "../../src/store/types.js";
import { BACKENDS, type ContractStore, storeHandles } from "./backends.js";

const HOUR = 60 * 60 * 1000;
const NOW = new Date("2026-12-04T12:00:00Z");
const COOLDOWN = 6 * HOUR;

const error = (ruleId: string, id: string, occurredAt: Date | null): ObservedError => ({
  ruleId,
  category: "property-values",
  direction: "hubspot-to-salesforce",
  objectType: "contact",
  hubspotId: id,
  salesforceId: null,
  recordName: null,
  message: `m ${id}`,
  statusCode: null,
  occurredAt,
});

/** Imports errors opened `agoMs` before NOW, `count` of each. */
async function seed(
  store: ContractStore,
  rows: ReadonlyArray<readonly [ruleId: string, agoMs: number, count: number]>,
) {
  const tx = await store.beginImport({
    fileName: "seed.csv",
    contentHash: "seed",
    importedBy: "test",
    importedAt: NOW,
  });
  let n = 0;
  for (const [ruleId, ago, count] of rows)
    for (let i = 0; i < count; i++)
      await tx.add(error(ruleId, `${ruleId}-${n++}`, new Date(NOW.getTime() - ago)));
  await tx.commit({ rowsRead: n, rejected: 0, objectTypes: [], columns: {} });
}

describe.each(BACKENDS)("alerts contract: %s", (backend, suite) => {
  suite(`alerts contract (${backend})`, (fresh) => {
    const { freshStore, open } = storeHandles(fresh);

    it("counts new errors per type between two times, from the errors", async () => {
      const store = await freshStore();
      await seed(store, [
        ["r-a", 0, 2], // at the end itself: counted
        ["r-a", HOUR - 1, 1], // still the last hour
        ["r-a", HOUR, 3], // (end − 1 h) itself is not
        ["r-b", 30 * 60 * 1000, 1],
        ["r-a", -60_000, 5], // after the end (a clock ahead): not counted
      ]);
      const since = new Date(NOW.getTime() - HOUR);
      expect(Object.fromEntries(await store.newErrorsBetween(since, NOW))).toEqual({
        "r-a": 3,
        "r-b": 1,
      });
      expect((await store.newErrorsBetween(NOW, NOW)).size).toBe(0);
    });

    it("keeps new errors per type per clock hour, from imports and scans", async () => {
      const store = await freshStore();
      // NOW is 12:00: hours 09, 10 and 11 are the three before it.
      await seed(store, [
        ["r-a", 1, 2], // 11:59:59.999 → hour 11
        ["r-a", HOUR, 3], // 11:00 → hour 11
        ["r-a", HOUR + 1, 4], // 10:59:59.999 → hour 10
        ["r-a", 3 * HOUR, 9], // 09:00 → hour 09
        ["r-b", 2 * HOUR, 1], // 10:00 → hour 10
        ["r-c", HOUR / 2, 7], // a type not asked for
        ["r-a", 0, 5], // 12:00: the hour `to` is in, not counted
      ]);
      const from = new Date(NOW.getTime() - 3 * HOUR + 5 * 60_000); // 09:05: hour 09 counts whole
      const counts = await store.hourlyNewErrors(["r-a", "r-b", "r-none"], from, NOW);
      expect(Object.fromEntries(counts)).toEqual({
        "r-a": [9, 4, 5],
        "r-b": [0, 1, 0],
        "r-none": [0, 0, 0],
      });
      // A second import adds to the hours; errors it sees again (still open) do not count again.
      const tx = await store.beginImport({
        fileName: "again.csv",
        contentHash: "again",
        importedBy: "test",
        importedAt: NOW,
      });
      await tx.add(error("r-a", "r-a-0", new Date(NOW.getTime() - 1)));
      await tx.add(error("r-b", "again-1", new Date(NOW.getTime() - 2 * HOUR)));
      await tx.commit({ rowsRead: 2, rejected: 0, objectTypes: [], columns: {} });
      // A scan's findings open at the scan's time (11:30).
      const scanAt = new Date(NOW.getTime() - HOUR / 2);
      await store.recordScan({
        startedAt: scanAt,
        finishedAt: scanAt,
        since: null,
        findings: [
          error("r-b", "scan-1", null),
          error("r-b", "scan-1", null),
          error("r-b", "scan-2", null),
        ],
        scanned: [],
        summary: {},
      });
      expect((await store.hourlyNewErrors(["r-b"], from, NOW)).get("r-b")).toEqual([0, 2, 2]);
      expect((await store.hourlyNewErrors(["r-a"], from, NOW)).get("r-a")).toEqual([9, 4, 5]);
      expect((await store.hourlyNewErrors([], from, NOW)).size).toBe(0);
    });

    it("claims a type's alert once per cooldown, and records where it went", async () => {
      const store = await freshStore();
      const alert = { ruleId: "r-a", at: NOW, count: 48, usual: 2 };
      expect(await store.claimSpikeAlert(alert, COOLDOWN)).toBe(true);
      expect(await store.claimSpikeAlert(alert, COOLDOWN)).toBe(false);
      const later = new Date(NOW.getTime() + COOLDOWN - 1);
      expect(await store.claimSpikeAlert({ ...alert, at: later }, COOLDOWN)).toBe(false);
      // Another type has its own cooldown.
      expect(await store.claimSpikeAlert({ ...alert, ruleId: "r-b" }, COOLDOWN)).toBe(true);
      await store.markSpikeAlertPosted("r-a", NOW, "C1", "1.0001");
      expect(await store.releaseSpikeAlert("r-a", NOW)).toBe(false);
      expect(await store.spikeAlerts()).toEqual([
        { ruleId: "r-a", at: NOW, count: 48, usual: 2, channel: "C1", messageTs: "1.0001" },
        { ruleId: "r-b", at: NOW, count: 48, usual: 2, channel: null, messageTs: null },
      ]);
      const after = new Date(NOW.getTime() + COOLDOWN);
      expect(
        await store.claimSpikeAlert({ ruleId: "r-a", at: after, count: 60, usual: 2.5 }, COOLDOWN),
      ).toBe(true);
      expect((await store.spikeAlerts())[0]).toEqual({
        ruleId: "r-a",
        at: after,
        count: 60,
        usual: 2.5,
        channel: null,
        messageTs: null,
      });
    });

    it("gives back a claim whose post failed, so the next check alerts", async () => {
      const store = await freshStore();
      const alert = { ruleId: "r-a", at: NOW, count: 30, usual: 0 };
      expect(await store.claimSpikeAlert(alert, COOLDOWN)).toBe(true);
      expect(await store.releaseSpikeAlert("r-a", new Date(NOW.getTime() + 1))).toBe(false);
      expect(await store.releaseSpikeAlert("r-a", NOW)).toBe(true);
      expect(await store.spikeAlerts()).toEqual([]);
      expect(
        await store.claimSpikeAlert({ ...alert, at: new Date(NOW.getTime() + 1) }, COOLDOWN),
      ).toBe(true);
    });

    it("alerts once when two handles (two replicas) claim at once", async () => {
      const first = await freshStore();
      const second = await open();
      for (let round = 0; round < 3; round++) {
        const at = new Date(NOW.getTime() + round * COOLDOWN);
        const wins = await Promise.all(
          [first, second, first, second].map((store, i) =>
            store.claimSpikeAlert({ ruleId: "r-a", at, count: 20 + i, usual: 1 }, COOLDOWN),
          ),
        );
        expect(wins.filter(Boolean)).toHaveLength(1);
      }
    });
  });
});

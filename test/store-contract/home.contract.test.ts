/**
 * The Home tab's contract (issue 18), run against SQLite and PostgreSQL: who opened it and when,
 * at most one publish per person per minute (also from two handles at once: two replicas), the
 * chart's upload per language, and the errors resolved in a window.
 */
import { describe, expect, it } from "vitest";
import type { ObservedError } from "../../src/store/types.js";
import { BACKENDS, storeHandles } from "./backends.js";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const NOW = Date.parse("2026-12-04T12:00:00Z");
const at = (ms: number) => new Date(ms);

const observed = (id: string, ruleId: string, openedAt: number): ObservedError => ({
  ruleId,
  category: "property-values",
  direction: "hubspot-to-salesforce",
  objectType: "contact",
  hubspotId: id,
  salesforceId: null,
  recordName: null,
  message: `${ruleId} on ${id}`,
  statusCode: null,
  occurredAt: at(openedAt),
});

describe.each(BACKENDS)("home contract: %s", (backend, suite) => {
  suite(`home contract (${backend})`, (fresh) => {
    const { freshStore, open } = storeHandles(fresh);

    it("lists the people who opened their Home tab since a time, their latest opening counting", async () => {
      const store = await freshStore();
      expect(await store.homeViewers(at(0))).toEqual([]);
      await store.homeOpened("U-BOB", at(NOW - 10 * 24 * HOUR));
      await store.homeOpened("U-ANN", at(NOW - HOUR));
      await store.homeOpened("U-CY", at(NOW - 3 * 24 * HOUR));
      // An older opening (a retried event) does not move the latest one back.
      await store.homeOpened("U-ANN", at(NOW - 20 * 24 * HOUR));
      expect(await store.homeViewers(at(NOW - 7 * 24 * HOUR))).toEqual(["U-ANN", "U-CY"]);
      expect(await store.homeViewers(at(NOW - HOUR))).toEqual(["U-ANN"]);
      expect(await store.homeViewers(at(0))).toEqual(["U-ANN", "U-BOB", "U-CY"]);
    });

    it("claims a publish at most once a minute per person, and none for who never opened it", async () => {
      const store = await freshStore();
      expect(await store.claimHomePublish("U-ANN", at(NOW), MINUTE)).toBe(false);
      await store.homeOpened("U-ANN", at(NOW));
      await store.homeOpened("U-BOB", at(NOW));
      expect(await store.claimHomePublish("U-ANN", at(NOW), MINUTE)).toBe(true);
      expect(await store.claimHomePublish("U-ANN", at(NOW + MINUTE - 1), MINUTE)).toBe(false);
      // Someone else's publish is theirs.
      expect(await store.claimHomePublish("U-BOB", at(NOW + 1), MINUTE)).toBe(true);
      expect(await store.claimHomePublish("U-ANN", at(NOW + MINUTE), MINUTE)).toBe(true);
      expect(await store.claimHomePublish("U-ANN", at(NOW + MINUTE + 1), MINUTE)).toBe(false);
      // Opening again does not reset the last publish.
      await store.homeOpened("U-ANN", at(NOW + MINUTE + 2));
      expect(await store.claimHomePublish("U-ANN", at(NOW + MINUTE + 3), MINUTE)).toBe(false);
    });

    it("gives one publish when two handles claim the same person at once", async () => {
      const store = await freshStore();
      const other = await open();
      await store.homeOpened("U-ANN", at(NOW));
      for (let i = 0; i < 3; i++) {
        const when = at(NOW + i * MINUTE);
        const results = await Promise.all([
          store.claimHomePublish("U-ANN", when, MINUTE),
          other.claimHomePublish("U-ANN", when, MINUTE),
        ]);
        expect(results.filter(Boolean)).toHaveLength(1);
      }
    });

    it("keeps one chart upload per language, replaced by the next", async () => {
      const store = await freshStore();
      const other = await open();
      expect(await store.homeChart("en")).toBeNull();
      const first = {
        language: "en",
        key: "k1",
        fileId: "F1",
        title: "T",
        altText: "A 1",
        uploadedAt: at(NOW),
      };
      await store.saveHomeChart(first);
      await store.saveHomeChart({
        language: "da",
        key: "k1",
        fileId: "F2",
        title: "T",
        altText: "A 2",
        uploadedAt: at(NOW),
      });
      expect(await other.homeChart("en")).toEqual(first);
      const next = {
        language: "en",
        key: "k2",
        fileId: "F3",
        title: "T",
        altText: "A 3",
        uploadedAt: at(NOW + HOUR),
      };
      await other.saveHomeChart(next);
      expect(await store.homeChart("en")).toEqual(next);
      expect((await store.homeChart("da"))?.fileId).toBe("F2");
    });

    it("counts the errors resolved in a window by type", async () => {
      const store = await freshStore();
      const importAt = async (when: number, rows: readonly ObservedError[]) => {
        const tx = await store.beginImport({
          fileName: "export.csv",
          contentHash: `hash-${when}`,
          importedBy: "U-IMPORT",
          importedAt: at(when),
        });
        for (const row of rows) await tx.add(row);
        await tx.commit({
          rowsRead: rows.length,
          rejected: 0,
          objectTypes: ["contact"],
          columns: {},
        });
      };
      const a1 = observed("a1", "r-a", NOW - 50 * HOUR);
      const a2 = observed("a2", "r-a", NOW - 50 * HOUR);
      const a3 = observed("a3", "r-a", NOW - 50 * HOUR);
      const b1 = observed("b1", "r-b", NOW - 50 * HOUR);
      await importAt(NOW - 48 * HOUR, [a1, a2, a3, b1]);
      await importAt(NOW - 30 * HOUR, [a2, a3, b1]); // a1 resolved 30 h ago
      await importAt(NOW - 2 * HOUR, [a3]); // a2 and b1 resolved 2 h ago
      const since = at(NOW - 24 * HOUR);
      expect(Object.fromEntries(await store.resolvedErrorsBetween(since, at(NOW)))).toEqual({
        "r-a": 1,
        "r-b": 1,
      });
      expect(
        Object.fromEntries(await store.resolvedErrorsBetween(at(NOW - 48 * HOUR), at(NOW))),
      ).toEqual({ "r-a": 2, "r-b": 1 });
      // The end itself counts; the start does not.
      expect(
        Object.fromEntries(await store.resolvedErrorsBetween(at(NOW - 2 * HOUR), at(NOW))),
      ).toEqual({});
      expect(
        Object.fromEntries(
          await store.resolvedErrorsBetween(at(NOW - 3 * HOUR), at(NOW - 2 * HOUR)),
        ),
      ).toEqual({ "r-a": 1, "r-b": 1 });
    });
  });
});

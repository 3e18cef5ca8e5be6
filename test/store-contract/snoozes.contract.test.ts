/**
 * The snoozes' contract (snoozed and muted types), run against SQLite and PostgreSQL: one current
 * snooze per type (a new one replaces it), lifted by anyone, ended once when it runs out, every
 * change in the audit log, the ends a digest announces, and two snoozes at once from two handles
 * leaving one current snooze.
 */
import { describe, expect, it } from "vitest";
import { currentSnoozes } from "../../src/snooze/current-snoozes.js";
import { isSnoozed } from "../../src/snooze/snooze-state.js";
import type { Snooze } from "../../src/store/types.js";
import { BACKENDS, type ContractStore, storeHandles } from "./backends.js";

const T0 = new Date("2026-12-04T10:00:00Z");
const T1 = new Date("2026-12-04T11:00:00Z");
const DAY = 86_400_000;
const at = (ms: number) => new Date(T0.getTime() + ms);

const oneDay = (ruleId: string, by: string, when = T0): Snooze => ({
  ruleId,
  by,
  at: when,
  reason: "waiting for the admin",
  length: { kind: "until", until: new Date(when.getTime() + DAY) },
});

describe.each(BACKENDS)("snoozes contract: %s", (backend, suite) => {
  suite(`snoozes contract (${backend})`, (fresh) => {
    const { freshStore, open } = storeHandles(fresh);
    const snoozeLines = async (store: ContractStore) =>
      (await store.auditLog(50))
        .filter((line) => line.action.startsWith("snooze."))
        .map((line) => [line.action, line.who, line.ruleId, line.outcome, line.at.toISOString()])
        .reverse();

    it("keeps one current snooze per type: a new one replaces it, audited with its reason", async () => {
      const store = await freshStore();
      expect(await store.snoozes()).toEqual([]);
      const first = await store.snoozeType(oneDay("r-a", "U-ANN"));
      expect(first).toEqual({ snooze: oneDay("r-a", "U-ANN"), replaced: null });
      const muted: Snooze = {
        ruleId: "r-a",
        by: "U-BOB",
        at: T1,
        reason: null,
        length: { kind: "muted" },
      };
      expect(await store.snoozeType(muted)).toEqual({
        snooze: muted,
        replaced: oneDay("r-a", "U-ANN"),
      });
      const doubled: Snooze = {
        ruleId: "r-b",
        by: "U-ANN",
        at: T1,
        reason: null,
        length: { kind: "doubled", baseline: 12 },
      };
      await store.snoozeType(doubled);
      expect(await store.snoozes()).toEqual([muted, doubled]);
      expect(await snoozeLines(store)).toEqual([
        ["snooze.set", "U-ANN", "r-a", "until 2026-12-05T10:00:00.000Z", T0.toISOString()],
        ["snooze.replace", "U-BOB", "r-a", "muted", T1.toISOString()],
        ["snooze.set", "U-ANN", "r-b", "until its count doubles from 12", T1.toISOString()],
      ]);
      const set = (await store.auditLog(50)).find(
        (line) => line.action === "snooze.set" && line.ruleId === "r-a",
      );
      expect(set?.detail).toBe("reason: waiting for the admin");
      // A replace is not an end: nothing to announce.
      expect(await store.endedSnoozes(T0, at(DAY * 10))).toEqual([]);
    });

    it("refuses a reason longer than it keeps", async () => {
      const store = await freshStore();
      await expect(
        store.snoozeType({ ...oneDay("r-a", "U-ANN"), reason: "x".repeat(281) }),
      ).rejects.toThrow(/at most 280/);
      expect(await store.snoozes()).toEqual([]);
    });

    it("is lifted by anyone, once, and the end is kept for the digest with who and when", async () => {
      const store = await freshStore();
      await store.snoozeType(oneDay("r-a", "U-ANN"));
      const lifted = await store.unsnoozeType("r-a", "U-BOB", T1);
      expect(lifted).toEqual({
        ...oneDay("r-a", "U-ANN"),
        endedAt: T1,
        endedBy: "U-BOB",
        why: "lifted",
      });
      expect(await store.unsnoozeType("r-a", "U-BOB", T1)).toBeNull();
      expect(await store.snoozes()).toEqual([]);
      expect(await store.endedSnoozes(T0, T1)).toEqual([lifted]);
      // The window is (after, until]: the digest after T1 does not announce it again.
      expect(await store.endedSnoozes(T1, at(DAY))).toEqual([]);
      expect((await snoozeLines(store)).at(-1)).toEqual([
        "snooze.lift",
        "U-BOB",
        "r-a",
        "lifted",
        T1.toISOString(),
      ]);
    });

    it("ends a snooze that ran out once, at its date; a count that doubled ends it when seen", async () => {
      const store = await freshStore();
      await store.snoozeType(oneDay("r-a", "U-ANN"));
      await store.snoozeType({
        ruleId: "r-b",
        by: "U-ANN",
        at: T0,
        reason: null,
        length: { kind: "doubled", baseline: 5 },
      });
      await store.snoozeType({
        ruleId: "r-c",
        by: "U-CY",
        at: T0,
        reason: "noise",
        length: { kind: "muted" },
      });
      const counts: Record<string, number> = { "r-a": 3, "r-b": 9, "r-c": 1_000 };
      const count = (id: string) => counts[id] ?? 0;
      // Half a day on: all three hold.
      const noon = at(DAY / 2);
      expect([...(await currentSnoozes(store, noon, count)).keys()]).toEqual(["r-a", "r-b", "r-c"]);
      // A day and an hour on, with r-b at 10 (doubled from 5): r-a expired at its date, r-b doubled now.
      counts["r-b"] = 10;
      const later = at(DAY + 3_600_000);
      const other = await open();
      const [held] = await Promise.all([
        currentSnoozes(store, later, count),
        currentSnoozes(other, later, count),
      ]);
      expect([...held.keys()]).toEqual(["r-c"]);
      expect(isSnoozed(held.get("r-c"), at(DAY * 400), 1_000_000)).toBe(true);
      const ends = await store.endedSnoozes(noon, later);
      expect(
        ends.map((end) => [end.ruleId, end.why, end.endedAt.toISOString(), end.endedBy]),
      ).toEqual([
        ["r-a", "expired", at(DAY).toISOString(), null],
        ["r-b", "doubled", later.toISOString(), null],
      ]);
      const endLines = (await snoozeLines(store)).filter((line) => line[0] === "snooze.end");
      expect(endLines).toEqual([
        ["snooze.end", "syncerror", "r-a", "expired", at(DAY).toISOString()],
        ["snooze.end", "syncerror", "r-b", "doubled", later.toISOString()],
      ]);
    });

    it("does not end a snooze replaced since the end was found", async () => {
      const store = await freshStore();
      await store.snoozeType(oneDay("r-a", "U-ANN"));
      await store.snoozeType(oneDay("r-a", "U-BOB", T1));
      expect(
        await store.endSnoozes([
          { ruleId: "r-a", snoozedAt: T0, endedAt: at(DAY), why: "expired" },
        ]),
      ).toEqual([]);
      expect((await store.snoozes()).map((s) => s.by)).toEqual(["U-BOB"]);
    });

    it("leaves one current snooze when two snooze a type at once, from two handles", async () => {
      const store = await freshStore();
      const other = await open();
      for (const ruleId of ["r-a", "r-b", "r-c"]) {
        await Promise.all([
          store.snoozeType(oneDay(ruleId, "U-ANN")),
          other.snoozeType({ ...oneDay(ruleId, "U-BOB"), length: { kind: "muted" } }),
        ]);
      }
      const current = await store.snoozes();
      expect(current.map((s) => s.ruleId)).toEqual(["r-a", "r-b", "r-c"]);
      const lines = await snoozeLines(store);
      // Per type: one set, then the other replaced it.
      for (const ruleId of ["r-a", "r-b", "r-c"]) {
        const actions = lines.filter((line) => line[2] === ruleId).map((line) => line[0]);
        expect(actions).toEqual(["snooze.set", "snooze.replace"]);
      }
      // Two lifts at once: one end.
      const lifts = await Promise.all([
        store.unsnoozeType("r-a", "U-ANN", T1),
        other.unsnoozeType("r-a", "U-BOB", T1),
      ]);
      expect(lifts.filter((lift) => lift !== null)).toHaveLength(1);
      expect(await store.endedSnoozes(T0, T1)).toHaveLength(1);
    });
  });
});

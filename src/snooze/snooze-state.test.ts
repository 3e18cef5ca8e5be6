import { describe, expect, it } from "vitest";
import type { Snooze } from "../store/types.js";
import { doubledAt, expiriesOf, isSnoozed, snoozeEnd } from "./snooze-state.js";

const T0 = new Date("2026-12-04T10:00:00Z");
const base = { ruleId: "r-a", by: "U-ANN", at: T0, reason: null } as const;
const until: Snooze = {
  ...base,
  length: { kind: "until", until: new Date("2026-12-05T10:00:00Z") },
};
const doubled: Snooze = { ...base, length: { kind: "doubled", baseline: 7 } };
const muted: Snooze = { ...base, length: { kind: "muted" } };

describe("isSnoozed", () => {
  it("is false without a snooze", () => {
    expect(isSnoozed(undefined, T0, 0)).toBe(false);
  });
  it("holds until the date, which ends it exactly", () => {
    expect(isSnoozed(until, new Date("2026-12-05T09:59:59.999Z"), 1e6)).toBe(true);
    expect(isSnoozed(until, new Date("2026-12-05T10:00:00Z"), 0)).toBe(false);
    expect(snoozeEnd(until, new Date("2026-12-09T00:00:00Z"), 0)).toEqual({
      at: new Date("2026-12-05T10:00:00Z"),
      why: "expired",
    });
  });
  it("holds until the open count is twice the baseline (at least 2)", () => {
    expect(isSnoozed(doubled, T0, 13)).toBe(true);
    expect(isSnoozed(doubled, T0, 14)).toBe(false);
    expect(snoozeEnd(doubled, T0, 20)).toEqual({ at: T0, why: "doubled" });
    expect([doubledAt(0), doubledAt(1), doubledAt(5)]).toEqual([2, 2, 10]);
  });
  it("holds a mute forever", () => {
    expect(isSnoozed(muted, new Date("2099-01-01T00:00:00Z"), 1e9)).toBe(true);
  });
  it("lists the ends found, with the snooze's own time", () => {
    const other: Snooze = { ...doubled, ruleId: "r-b" };
    expect(expiriesOf([until, other, muted], new Date("2026-12-06T00:00:00Z"), () => 3)).toEqual([
      { ruleId: "r-a", snoozedAt: T0, endedAt: new Date("2026-12-05T10:00:00Z"), why: "expired" },
    ]);
  });
});

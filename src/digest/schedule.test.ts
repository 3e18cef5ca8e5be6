import cron from "node-cron";
import { afterEach, describe, expect, it, vi } from "vitest";
import { floorToMinute, latestSlot, slotMatcher } from "./schedule.js";

const weekdaysAtNine = slotMatcher({ cron: "0 9 * * 1-5", timezone: "Europe/Copenhagen" });

describe("digest slots", () => {
  it("fall at 09:00 in the team's zone on weekdays only", () => {
    expect(weekdaysAtNine(new Date("2026-11-30T08:00:00Z"))).toBe(true); // Monday 09:00 CET
    expect(weekdaysAtNine(new Date("2026-11-30T09:00:00Z"))).toBe(false); // 10:00 CET
    expect(weekdaysAtNine(new Date("2026-12-05T08:00:00Z"))).toBe(false); // Saturday
    expect(weekdaysAtNine(new Date("2026-12-06T08:00:00Z"))).toBe(false); // Sunday
  });

  it("follow daylight saving: 09:00 local is 07:00 UTC in summer, neither skipped nor doubled", () => {
    // Summer time starts on Sunday 29 March 2026; Friday before and Monday after.
    expect(weekdaysAtNine(new Date("2026-03-27T08:00:00Z"))).toBe(true);
    expect(weekdaysAtNine(new Date("2026-03-30T07:00:00Z"))).toBe(true);
    expect(weekdaysAtNine(new Date("2026-03-30T08:00:00Z"))).toBe(false);
    // Winter time returns on Sunday 25 October 2026.
    expect(weekdaysAtNine(new Date("2026-10-23T07:00:00Z"))).toBe(true);
    expect(weekdaysAtNine(new Date("2026-10-26T08:00:00Z"))).toBe(true);
  });

  it("are found backwards for a catch-up within the window only", () => {
    const at = (iso: string) => new Date(iso);
    expect(latestSlot(weekdaysAtNine, at("2026-11-30T11:59:30Z"), 12)).toEqual(
      at("2026-11-30T08:00:00Z"),
    );
    expect(latestSlot(weekdaysAtNine, at("2026-11-30T08:00:00Z"), 12)).toEqual(
      at("2026-11-30T08:00:00Z"),
    );
    expect(latestSlot(weekdaysAtNine, at("2026-11-30T07:59:00Z"), 12)).toBeNull();
    expect(latestSlot(weekdaysAtNine, at("2026-11-30T20:01:00Z"), 12)).toBeNull();
  });

  it("are named by their minute, whatever second a trigger fires at", () => {
    expect(floorToMinute(new Date("2026-11-30T08:00:59.999Z"))).toEqual(
      new Date("2026-11-30T08:00:00Z"),
    );
  });
});

describe("node-cron with the digest's schedule", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("fires once at 09:00 Copenhagen time, and not again that day", async () => {
    vi.useFakeTimers({
      toFake: ["Date", "setTimeout", "clearTimeout", "setInterval", "clearInterval"],
    });
    vi.setSystemTime(new Date("2026-11-30T07:59:00Z"));
    const fired: Date[] = [];
    const task = cron.schedule("0 9 * * 1-5", (context) => void fired.push(context.date), {
      timezone: "Europe/Copenhagen",
    });
    try {
      await vi.advanceTimersByTimeAsync(2 * 60_000);
      expect(fired.map(floorToMinute)).toEqual([new Date("2026-11-30T08:00:00Z")]);
      await vi.advanceTimersByTimeAsync(6 * 60 * 60_000);
      expect(fired).toHaveLength(1);
    } finally {
      await task.destroy();
    }
  });
});

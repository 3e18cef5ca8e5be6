import { describe, expect, it } from "vitest";
import { localClock, localDate, localDateTime, localDay } from "./local-time.js";

const at = new Date("2026-12-03T20:50:51.525Z");

describe("a time at the terminal", () => {
  it("is shown in the given time zone, with the zone named", () => {
    expect(localDateTime(at, { timeZone: "Europe/Copenhagen" })).toBe("Dec 3, 2026, 9:50 PM GMT+1");
    expect(localDateTime(at, { timeZone: "America/New_York" })).toBe("Dec 3, 2026, 3:50 PM EST");
    expect(localDateTime(at, { timeZone: "UTC" })).toBe("Dec 3, 2026, 8:50 PM UTC");
  });

  it("has its date, day and clock on their own", () => {
    const tokyo = { timeZone: "Asia/Tokyo" };
    expect(localDate(at, tokyo)).toBe("Dec 4, 2026");
    expect(localDay(at, tokyo)).toBe("2026-12-04");
    expect(localClock(at, tokyo)).toBe("5:50 AM");
    expect(localClock(at, { ...tokyo, seconds: true })).toBe("5:50:51 AM");
  });

  it("never shows an ISO timestamp", () => {
    expect(localDateTime(at)).not.toContain("T20:50");
  });
});

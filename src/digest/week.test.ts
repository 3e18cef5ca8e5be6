import { describe, expect, it } from "vitest";
import { latestSummaryWeek, summaryWeek } from "./week.js";

const ZONE = "Europe/Copenhagen";

describe("the week a Monday summary covers", () => {
  it("is Monday to Sunday before a Monday slot, in the zone; no week on other days", () => {
    expect(summaryWeek(new Date("2026-11-30T08:00:00Z"), ZONE)).toEqual({
      key: "2026-11-30",
      from: new Date("2026-11-22T23:00:00Z"),
      to: new Date("2026-11-29T23:00:00Z"),
    });
    expect(summaryWeek(new Date("2026-12-01T08:00:00Z"), ZONE)).toBeNull();
    // 00:30 on Monday in Copenhagen is still Sunday in UTC: the zone decides.
    expect(summaryWeek(new Date("2026-11-29T23:30:00Z"), ZONE)?.key).toBe("2026-11-30");
    expect(summaryWeek(new Date("2026-11-29T23:30:00Z"), "UTC")).toBeNull();
  });

  it("spans the change to summer time with the zone's midnights", () => {
    // Summer time began on Sunday 29 March 2026: that week is an hour short.
    const week = summaryWeek(new Date("2026-03-30T07:00:00Z"), ZONE);
    expect(week?.from).toEqual(new Date("2026-03-22T23:00:00Z"));
    expect(week?.to).toEqual(new Date("2026-03-29T22:00:00Z"));
  });

  it("previews the latest Monday's week on any day", () => {
    const wednesday = latestSummaryWeek(new Date("2026-12-02T12:00:00Z"), ZONE);
    expect(wednesday.key).toBe("2026-11-30");
    expect(latestSummaryWeek(new Date("2026-11-30T08:00:00Z"), ZONE).key).toBe("2026-11-30");
    expect(latestSummaryWeek(new Date("2026-11-29T12:00:00Z"), ZONE).key).toBe("2026-11-23");
  });
});

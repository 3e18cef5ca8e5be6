import { describe, expect, it } from "vitest";
import { createCatalog } from "../catalog/catalog.js";
import { translator } from "../i18n/translator.js";
import { rules } from "../rules/index.js";
import { chartScopeOf, digestChartDue } from "./post-digest-chart.js";

describe("digestChartDue", () => {
  // Monday 7 December 2026, 08:30 UTC: still Monday in Copenhagen; Sunday evening in Honolulu.
  const monday = new Date("2026-12-07T08:30:00Z");

  it("is due on Mondays in the digest's zone, every digest with daily, never with off", () => {
    expect(digestChartDue("mondays", monday, "Europe/Copenhagen")).toBe(true);
    expect(digestChartDue("mondays", monday, "Pacific/Honolulu")).toBe(false);
    expect(digestChartDue("mondays", new Date("2026-12-08T08:30:00Z"), "UTC")).toBe(false);
    expect(digestChartDue("daily", new Date("2026-12-08T08:30:00Z"), "UTC")).toBe(true);
    expect(digestChartDue("off", monday, "UTC")).toBe(false);
  });
});

describe("chartScopeOf", () => {
  const catalog = createCatalog(rules);
  const t = translator("en");

  it("draws every type for an unrouted digest, a routed channel's own, and the rest for the main one", () => {
    expect(chartScopeOf(undefined, catalog, t)).toBeUndefined();
    expect(chartScopeOf({ kind: "all" }, catalog, t)).toBeUndefined();
    const routed = new Set(["type-mismatch"]);
    expect(
      chartScopeOf({ kind: "routed", types: routed, mentions: [] }, catalog, t)?.ruleIds,
    ).toEqual(["type-mismatch"]);
    const main = chartScopeOf({ kind: "main", routed, channels: [] }, catalog, t);
    expect(main?.ruleIds).toHaveLength(rules.length - 1);
    expect(main?.ruleIds).not.toContain("type-mismatch");
  });
});

import { describe, expect, it } from "vitest";
import {
  candidates,
  DEFAULT_SPIKE_RULE,
  isSpike,
  median,
  spikesOf,
  usualHourlyRate,
} from "./spike-rule.js";

const rule = DEFAULT_SPIKE_RULE;
const HOURS = 14 * 24;

describe("median", () => {
  it("takes the middle value, or the mean of the middle two", () => {
    expect(median([])).toBe(0);
    expect(median([5])).toBe(5);
    expect(median([9, 1, 4])).toBe(4);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe("usualHourlyRate", () => {
  it("counts hours without errors as zeros", () => {
    // Errors in 100 of 336 hours: most hours had none, so the usual rate is 0.
    const hourly = Array.from({ length: HOURS }, (_, i) => (i < 100 ? 6 : 0));
    expect(usualHourlyRate(hourly, HOURS)).toBe(0);
    // The store may give fewer hours than asked (a short array): the rest are zeros too.
    expect(usualHourlyRate([5, 5, 5], 5)).toBe(5);
    expect(usualHourlyRate([5, 5], 5)).toBe(0);
  });

  it("is the typical hour of a type that fails all day, unmoved by a few busy hours", () => {
    const hourly = Array.from({ length: HOURS }, (_, i) => (i % 50 === 0 ? 400 : 2));
    expect(usualHourlyRate(hourly, HOURS)).toBe(2);
  });

  it("takes the mean of the middle two hours of an even count", () => {
    const hourly = Array.from({ length: HOURS }, (_, i) => (i < HOURS / 2 ? 3 : 4));
    expect(usualHourlyRate(hourly, HOURS)).toBe(3.5);
  });
});

describe("isSpike", () => {
  it("needs more than factor × usual and at least minRecords", () => {
    expect(isSpike(48, 2, rule)).toBe(true);
    expect(isSpike(20, 0, rule)).toBe(true);
    expect(isSpike(19, 0, rule)).toBe(false);
    // Exactly three times the usual rate is not more than it.
    expect(isSpike(30, 10, rule)).toBe(false);
    expect(isSpike(31, 10, rule)).toBe(true);
    expect(isSpike(25, 1, { ...rule, minRecords: 30 })).toBe(false);
    expect(isSpike(25, 1, { ...rule, factor: 30 })).toBe(false);
  });
});

describe("spikesOf", () => {
  it("finds the types over the rule, biggest first", () => {
    const lastHour = new Map([
      ["quiet", 3],
      ["steady", 40],
      ["burst", 48],
      ["second", 25],
    ]);
    expect(candidates(lastHour, rule)).toEqual(["steady", "burst", "second"]);
    const baselines = new Map([
      ["steady", Array.from({ length: HOURS }, () => 15)],
      ["burst", Array.from({ length: HOURS }, (_, i) => (i % 2 ? 2 : 1))],
    ]);
    expect(spikesOf(lastHour, baselines, rule)).toEqual([
      { ruleId: "burst", count: 48, usual: 1.5 },
      // No baseline read (none stored): every hour a zero.
      { ruleId: "second", count: 25, usual: 0 },
    ]);
  });

  it("reads the baseline over the configured days", () => {
    // Busy only in the last day: over 14 days the usual rate is 0, over 1 day it is 10.
    const hourly = Array.from({ length: HOURS }, (_, i) => (i < 24 ? 10 : 0));
    const lastHour = new Map([["t", 25]]);
    expect(spikesOf(lastHour, new Map([["t", hourly]]), rule)).toHaveLength(1);
    expect(spikesOf(lastHour, new Map([["t", hourly]]), { ...rule, baselineDays: 1 })).toEqual([]);
  });
});

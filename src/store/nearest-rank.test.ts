import { describe, expect, it } from "vitest";
import { nearestRank, percentile } from "./nearest-rank.js";

describe("nearest-rank percentiles", () => {
  it("takes the value at rank ⌈p·n/100⌉ of the sorted values", () => {
    const values = [168, 2, 25, 48, 24];
    expect(percentile(values, 50)).toBe(25);
    expect(percentile(values, 90)).toBe(168);
    expect(percentile(values, 20)).toBe(2);
    expect(percentile(values, 21)).toBe(24);
    expect(percentile(values, 100)).toBe(168);
  });

  it("gives the lower middle value as the median of an even count", () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
    expect(percentile([0.5, 1], 50)).toBe(0.5);
    expect(percentile([0.5, 1], 90)).toBe(1);
  });

  it("gives the one value of a single value, nothing of none", () => {
    expect(percentile([7], 50)).toBe(7);
    expect(percentile([7], 90)).toBe(7);
    expect(percentile([], 50)).toBeUndefined();
  });

  it("ranks exactly at the boundaries of ⌈⌉", () => {
    expect([1, 2, 9, 10, 11, 19, 20, 21].map((n) => nearestRank(n, 90))).toEqual([
      1, 2, 9, 9, 10, 18, 18, 19,
    ]);
    expect([0, 1, 2, 3, 4, 5].map((n) => nearestRank(n, 50))).toEqual([0, 1, 1, 2, 2, 3]);
  });

  it("refuses a percentile that is not a whole number from 1 to 100", () => {
    expect(() => nearestRank(3, 0)).toThrow(RangeError);
    expect(() => nearestRank(3, 101)).toThrow(RangeError);
    expect(() => nearestRank(3, 12.5)).toThrow(RangeError);
    expect(() => nearestRank(-1, 50)).toThrow(RangeError);
  });

  it("agrees with percentile_disc's ⌈p·n⌉ in floating point, for the 50th and 90th", () => {
    for (let n = 1; n <= 2000; n++) {
      expect(Math.ceil(0.9 * n)).toBe(nearestRank(n, 90));
      expect(Math.ceil(0.5 * n)).toBe(nearestRank(n, 50));
    }
  });
});

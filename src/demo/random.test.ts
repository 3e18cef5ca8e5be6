import { describe, expect, it } from "vitest";
import { BotError } from "../errors.js";
import { mulberry32, randomInt, weightedPicker } from "./random.js";

describe("mulberry32", () => {
  it("repeats its sequence for a seed and differs between seeds", () => {
    const draw = (seed: number) =>
      Array.from(
        { length: 5 },
        (
          (r) => () =>
            r()
        )(mulberry32(seed)),
      );
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
    // Seeds are taken modulo 2^32.
    expect(draw(2 ** 32 + 1)).toEqual(draw(1));
  });

  it("stays in [0, 1) and spreads evenly", () => {
    const random = mulberry32(99);
    const buckets = new Array<number>(10).fill(0);
    let outside = 0;
    for (let i = 0; i < 100_000; i++) {
      const value = random();
      if (value < 0 || value >= 1) outside++;
      else buckets[Math.floor(value * 10)] = (buckets[Math.floor(value * 10)] ?? 0) + 1;
    }
    expect(outside).toBe(0);
    for (const count of buckets) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });
});

describe("randomInt", () => {
  it("covers both ends of the range and nothing outside", () => {
    const random = mulberry32(4);
    const seen = new Set(Array.from({ length: 2000 }, () => randomInt(random, 3, 7)));
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });
});

describe("weightedPicker", () => {
  it("draws in proportion to the weights and never draws a zero weight", () => {
    const pick = weightedPicker([
      ["a", 1],
      ["never", 0],
      ["b", 3],
    ]);
    const random = mulberry32(8);
    const counts = { a: 0, b: 0, never: 0 };
    for (let i = 0; i < 40_000; i++) counts[pick(random) as keyof typeof counts]++;
    expect(counts.never).toBe(0);
    expect(counts.b / counts.a).toBeGreaterThan(2.7);
    expect(counts.b / counts.a).toBeLessThan(3.3);
  });

  it("refuses a table without a positive weight", () => {
    expect(() => weightedPicker([["a", 0]])).toThrow(BotError);
    expect(() => weightedPicker([])).toThrow(BotError);
  });
});

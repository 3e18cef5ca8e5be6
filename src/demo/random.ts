/**
 * The demo generator's only source of randomness: a seeded PRNG and the few ways the generator
 * draws from it. Nothing here calls `Math.random`, so one seed always gives the same file.
 */
import { BotError } from "../errors.js";

/** Uniform numbers in [0, 1), one per call. */
export type Random = () => number;

/**
 * mulberry32: a 32-bit-state PRNG. Tiny, fast (a handful of integer operations) and well spread,
 * which is all test data needs; it is not for secrets. Seeds are taken modulo 2^32.
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** An integer from `min` to `max`, both included. */
export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** True with probability `p`. */
export function chance(random: Random, p: number): boolean {
  return random() < p;
}

/** One item, uniformly. The list must not be empty. */
export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** Draws items in proportion to their weights. */
export type WeightedPicker<T> = (random: Random) => T;

/**
 * Prepares a weighted draw once, so each draw is one random number and a binary search over the
 * cumulative weights. Entries with a weight of 0 are never drawn; at least one weight must be > 0.
 */
export function weightedPicker<T>(entries: readonly (readonly [T, number])[]): WeightedPicker<T> {
  const items = entries.filter(([, weight]) => weight > 0).map(([item]) => item);
  const cumulative: number[] = [];
  let total = 0;
  for (const [, weight] of entries) {
    if (weight <= 0) continue;
    total += weight;
    cumulative.push(total);
  }
  if (items.length === 0) throw new BotError("internal", "weightedPicker needs a positive weight.");
  return (random) => {
    const target = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] as number) > target) hi = mid;
      else lo = mid + 1;
    }
    return items[lo] as T;
  };
}

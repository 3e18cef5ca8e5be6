/**
 * When the demo errors happened: `count` timestamps within a window ending now, newest first,
 * with recent days a little busier than old ones (HubSpot retries and new edits keep adding
 * errors, while old ones get fixed or age out).
 */
import type { Random } from "./random.js";

/** How much busier the newest moment is than the oldest: 1.6× at 0.6. */
export const RECENCY_SKEW = 0.6;

/**
 * Returns a function that gives `count` times in ms, from `endMs` back to `endMs - windowMs`, in
 * descending order, one per call (a closure rather than a generator: it runs once per row).
 *
 * The times are the order statistics of `count` draws from a density that rises linearly toward
 * `endMs`, generated already sorted: the largest of k uniforms is U^(1/k), the next is that times
 * a fresh U^(1/(k-1)), and so on. So a million rows come out in order without being held or
 * sorted, and each time costs one random number.
 */
export function recentTimes(
  random: Random,
  count: number,
  endMs: number,
  windowMs: number,
): () => number {
  const a = RECENCY_SKEW;
  let u = 1;
  let k = count;
  return () => {
    // 1 - random() is in (0, 1]: a zero would pin every remaining time to the window's start.
    u *= (1 - random()) ** (1 / Math.max(k--, 1));
    // Inverse of the CDF F(x) = (x + a·x²/2) / (1 + a/2) of recency x in [0, 1].
    const recency = (Math.sqrt(1 + 2 * a * u * (1 + a / 2)) - 1) / a;
    return endMs - windowMs * (1 - recency);
  };
}

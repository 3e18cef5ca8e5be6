/**
 * Percentiles by the nearest-rank method, the one every figure of time to resolution uses (issue
 * 17): the p-th percentile of n values is the value at rank ⌈p·n/100⌉ (from 1) of the values in
 * ascending order. It is always one of the values (a time some error really took), needs no
 * interpolation, and reads plainly: "90% of the errors were resolved within this time". The median
 * is the 50th percentile: of an even count, the lower of the two middle values.
 *
 * SQLite's store computes it with `nearestRank` (resolution-times.ts); PostgreSQL's with
 * percentile_disc, which is the same method (resolution-sql.ts); the contract test holds both to
 * the same figures.
 */

/** The rank (from 1) of the `percent`-th percentile among `count` values; 0 when there are none. */
export function nearestRank(count: number, percent: number): number {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`Not a count: ${count}`);
  if (!Number.isInteger(percent) || percent <= 0 || percent > 100)
    throw new RangeError(`A percentile is a whole number from 1 to 100, not ${percent}`);
  // Integer arithmetic, as the SQL below does: ⌈p·n/100⌉ = ⌊(p·n + 99) / 100⌋.
  return Math.floor((percent * count + 99) / 100);
}

/** The `percent`-th percentile of `values` (in any order); undefined when there are none. */
export function percentile(values: readonly number[], percent: number): number | undefined {
  const rank = nearestRank(values.length, percent);
  if (rank === 0) return undefined;
  return [...values].sort((a, b) => a - b)[rank - 1];
}

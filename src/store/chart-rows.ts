import { HOUR_MS } from "./alert-rows.js";

/**
 * The charts' reads shared by both backends (issue 18): the millisecond range of an hour window,
 * and the open errors' ages counted per type in one pass.
 */

/** The resolved_at range (ms, from inclusive, to exclusive) of an hour window. */
export const hourRangeMs = (window: { readonly first: number; readonly hours: number }) =>
  [window.first * HOUR_MS, (window.first + window.hours) * HOUR_MS] as const;

/**
 * The age query's select list: per type, its open errors (`total`) and, for each edge i, those
 * younger than it (`y0`, `y1`, …): opened after now − edges[i], the i-th parameter. Counting per
 * type only (not per type and bucket) lets both backends read the open-errors index in type order
 * and group as they go, with no sort. `param(i)` spells the i-th placeholder for the backend.
 */
export function ageColumns(edges: number, param: (i: number) => string): string {
  const younger = Array.from(
    { length: edges },
    (_, i) => `count(*) FILTER (WHERE opened_at > ${param(i)}) AS y${i}`,
  );
  return ["count(*) AS total", ...younger].join(", ");
}

/** The instants ageColumns compares opened_at with: now − each edge, in ms. */
export const ageCuts = (now: Date, edgesMs: readonly number[]) =>
  edgesMs.map((edge) => now.getTime() - edge);

/**
 * Each type's bucket counts from its row of ageColumns: bucket 0 is y0, bucket i is the errors
 * younger than edge i but not edge i − 1, the last is those older than every edge. An error
 * opened after now (a source's clock ahead of ours) is in bucket 0.
 */
export function ageCounts(
  edges: number,
  rows: Iterable<Readonly<Record<string, string | number>>>,
): Map<string, readonly number[]> {
  const counts = new Map<string, readonly number[]>();
  for (const row of rows) {
    const younger = Array.from({ length: edges }, (_, i) => Number(row[`y${i}`]));
    const buckets = younger.map((n, i) => n - (i === 0 ? 0 : (younger[i - 1] ?? 0)));
    buckets.push(Number(row.total) - (younger.at(-1) ?? 0));
    counts.set(String(row.rule_id), buckets);
  }
  return counts;
}

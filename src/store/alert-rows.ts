import type { SpikeAlertRecord } from "./types.js";

/** An hour in ms: new_errors_by_hour's `hour` is `opened_at / HOUR_MS`, rounded down. */
export const HOUR_MS = 60 * 60 * 1000;

/** A spike_alerts row as either backend reads it (PostgreSQL gives bigint as a string). */
export interface AlertRow {
  readonly rule_id: string;
  readonly alerted_at: string | number;
  readonly count: number;
  readonly usual: string | number;
  readonly channel: string | null;
  readonly message_ts: string | null;
}

/** A stored alert from its row. */
export const toAlert = (row: AlertRow): SpikeAlertRecord => ({
  ruleId: row.rule_id,
  at: new Date(Number(row.alerted_at)),
  count: row.count,
  usual: Number(row.usual),
  channel: row.channel,
  messageTs: row.message_ts,
});

/**
 * The whole clock hours hourlyNewErrors covers: from the hour holding `from` up to (not including)
 * the hour holding `to`.
 */
export function hourWindow(
  from: Date,
  to: Date,
): { readonly first: number; readonly hours: number } {
  const first = Math.floor(from.getTime() / HOUR_MS);
  return { first, hours: Math.max(0, Math.floor(to.getTime() / HOUR_MS) - first) };
}

/** Each type's counts over the window's hours, zeros where `rows` (its stored hours) have none. */
export function hourlyCounts(
  ruleIds: readonly string[],
  window: { readonly first: number; readonly hours: number },
  rows: Iterable<{ readonly ruleId: string; readonly hour: string | number; readonly n: number }>,
): Map<string, readonly number[]> {
  const counts = new Map<string, number[]>(
    ruleIds.map((id) => [id, new Array<number>(window.hours).fill(0)]),
  );
  for (const row of rows) {
    const hourly = counts.get(row.ruleId);
    if (hourly) hourly[Number(row.hour) - window.first] = row.n;
  }
  return counts;
}

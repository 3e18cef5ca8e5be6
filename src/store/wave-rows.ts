import type { SyncObject } from "../rules/types.js";
import type { WaveFacts, WaveQuery } from "./types.js";

/**
 * The waves' reads shared by both backends (issue 19, WaveStore): the windows' bounds in ms, and
 * the facts put together from the one grouped count and each type's few sampled rows.
 */

/** The ms bounds: the window before starts as far before `since` as the window is long. */
export interface WaveBounds {
  readonly beforeStart: number;
  readonly since: number;
  readonly until: number;
}

/** The windows of a query, or null when there is nothing to read (no types, an empty window). */
export function waveBounds(query: WaveQuery): WaveBounds | null {
  const since = query.since.getTime();
  const until = query.until.getTime();
  if (query.ruleIds.length === 0 || !(until > since)) return null;
  return { beforeStart: since - (until - since), since, until };
}

/** One type's counts in both windows as the grouped query gives them (bigint as text on PG). */
export interface WaveCountRow {
  rule_id: string;
  n: number | string;
  n_before: number | string;
  first_at: number | string | null;
}

/** A sampled error's columns. */
export interface WaveSampleRow {
  object_type: string;
  message: string;
}

/** How many rows a type's sample reads: the query's sampleSize as a whole number, at least 0. */
export const sampleLimit = (query: WaveQuery) => Math.max(0, Math.floor(query.sampleSize));

/** The asked types, once each in their first place, that have an error in the window. */
export function typesInWave(
  ruleIds: readonly string[],
  counts: readonly WaveCountRow[],
): Map<string, WaveCountRow> {
  const byType = new Map(counts.map((row) => [row.rule_id, row]));
  const found = new Map<string, WaveCountRow>();
  for (const ruleId of ruleIds) {
    const row = byType.get(ruleId);
    if (row && Number(row.n) > 0 && row.first_at !== null && !found.has(ruleId))
      found.set(ruleId, row);
  }
  return found;
}

/** A type's facts from its counts and its sample (oldest first). */
export function toWaveFacts(row: WaveCountRow, sample: readonly WaveSampleRow[]): WaveFacts {
  return {
    ruleId: row.rule_id,
    count: Number(row.n),
    before: Number(row.n_before),
    firstAt: new Date(Number(row.first_at)),
    objectTypes: [...new Set(sample.map((s) => s.object_type as SyncObject))],
    messages: sample.map((s) => s.message),
  };
}

import type pg from "pg";
import type { WaveFacts, WaveQuery, WaveStore } from "../types.js";
import {
  sampleLimit,
  toWaveFacts,
  typesInWave,
  type WaveCountRow,
  type WaveSampleRow,
  waveBounds,
} from "../wave-rows.js";

/**
 * Both windows in one range of sync_errors_opened (opened_at) INCLUDE (rule_id), index only.
 * EXPLAIN ANALYZE (PostgreSQL 15, 200,000 errors): HashAggregate over an Index Only Scan using
 * sync_errors_opened, Index Cond on opened_at's range, Filter rule_id = ANY: only the index
 * entries of the two windows are read (plus a heap check on pages not yet marked all-visible).
 */
const COUNTS = `
  SELECT rule_id,
    count(*) FILTER (WHERE opened_at >= $1::bigint)::integer AS n,
    count(*) FILTER (WHERE opened_at < $1::bigint)::integer AS n_before,
    min(opened_at) FILTER (WHERE opened_at >= $1::bigint) AS first_at
  FROM sync_errors
  WHERE opened_at >= $2::bigint AND opened_at < $3::bigint AND rule_id = ANY ($4::text[])
  GROUP BY rule_id`;

/**
 * A type's first errors in the window. EXPLAIN ANALYZE: Limit over an Incremental Sort (Presorted
 * Key: opened_at; only errors of the same millisecond sorted by id) over an Index Scan using
 * sync_errors_opened, Index Cond on the window, Filter on rule_id: read in opened_at order and
 * stopped at the limit. (PostgreSQL 15 checks the type on the row, not the INCLUDE column, so a
 * rare type in a crowded window reads more rows, still bounded by the window.)
 */
const SAMPLE = `
  SELECT object_type, message FROM sync_errors
  WHERE rule_id = $1 AND opened_at >= $2::bigint AND opened_at < $3::bigint
  ORDER BY opened_at, id LIMIT $4`;

/** New errors by type in a window and the one before it on PostgreSQL, as ../sqlite-waves.ts. */
export class PostgresWaves implements WaveStore {
  constructor(private readonly pool: pg.Pool) {}

  async waveFacts(query: WaveQuery): Promise<WaveFacts[]> {
    const bounds = waveBounds(query);
    if (!bounds) return [];
    const counts = await this.pool.query<WaveCountRow>(COUNTS, [
      bounds.since,
      bounds.beforeStart,
      bounds.until,
      query.ruleIds,
    ]);
    const limit = sampleLimit(query);
    const types = [...typesInWave(query.ruleIds, counts.rows).values()];
    const samples = await Promise.all(
      types.map((row) =>
        this.pool.query<WaveSampleRow>(SAMPLE, [row.rule_id, bounds.since, bounds.until, limit]),
      ),
    );
    return types.map((row, i) => toWaveFacts(row, samples[i]?.rows ?? []));
  }
}

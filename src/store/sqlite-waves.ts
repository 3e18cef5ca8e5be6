import type Database from "better-sqlite3";
import type { WaveFacts, WaveQuery } from "./types.js";
import {
  sampleLimit,
  toWaveFacts,
  typesInWave,
  type WaveCountRow,
  type WaveSampleRow,
  waveBounds,
} from "./wave-rows.js";

type Db = Database.Database;

/** New errors by type in a window and the one before it on SQLite (WaveStore), on the reader. */
export class SqliteWaves {
  private readonly counts;
  private readonly sample;

  constructor(reader: Db) {
    // Both windows in one range of sync_errors_opened (opened_at, rule_id), index only. Query
    // plan (200,000 errors): SEARCH sync_errors USING COVERING INDEX sync_errors_opened
    // (opened_at>? AND opened_at<?), a bloom filter of the types, USE TEMP B-TREE FOR GROUP BY:
    // the index entries of the two windows are read, never the table, however much the store
    // holds before or after them.
    this.counts = reader.prepare(`
      SELECT rule_id,
        count(*) FILTER (WHERE opened_at >= @since) AS n,
        count(*) FILTER (WHERE opened_at < @since) AS n_before,
        min(opened_at) FILTER (WHERE opened_at >= @since) AS first_at
      FROM sync_errors INDEXED BY sync_errors_opened
      WHERE opened_at >= @beforeStart AND opened_at < @until
        AND rule_id IN (SELECT value FROM json_each(@ruleIds))
      GROUP BY rule_id`);
    // The window's range of the same index in opened_at order, the type checked in the index
    // entry before its table row is read, stopping once `limit` rows of the type are out. Plan:
    // SEARCH sync_errors USING INDEX sync_errors_opened (opened_at>? AND opened_at<?), USE TEMP
    // B-TREE FOR LAST TERM OF ORDER BY: only errors of the same millisecond are sorted by id, so
    // the LIMIT still ends the read early. INDEXED BY as in sqlite-charts.ts: the planner picks
    // this index today (also after ANALYZE), and a table scan by type would read every error.
    this.sample = reader.prepare(`
      SELECT object_type, message FROM sync_errors INDEXED BY sync_errors_opened
      WHERE rule_id = ? AND opened_at >= ? AND opened_at < ?
      ORDER BY opened_at, id LIMIT ?`);
  }

  waveFacts(query: WaveQuery): WaveFacts[] {
    const bounds = waveBounds(query);
    if (!bounds) return [];
    const rows = this.counts.all({
      ...bounds,
      ruleIds: JSON.stringify(query.ruleIds),
    }) as WaveCountRow[];
    const limit = sampleLimit(query);
    return [...typesInWave(query.ruleIds, rows).values()].map((row) =>
      toWaveFacts(
        row,
        this.sample.all(row.rule_id, bounds.since, bounds.until, limit) as WaveSampleRow[],
      ),
    );
  }
}

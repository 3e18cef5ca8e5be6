import type pg from "pg";
import { hourlyCounts, hourWindow } from "../alert-rows.js";
import { ageColumns, ageCounts, ageCuts, hourRangeMs } from "../chart-rows.js";
import type { ChartStore } from "../types.js";

/** The charts' reads on PostgreSQL, as ../sqlite-charts.ts. */
export class PostgresCharts implements ChartStore {
  constructor(private readonly pool: pg.Pool) {}

  async hourlyResolvedErrors(
    ruleIds: readonly string[],
    from: Date,
    to: Date,
  ): Promise<Map<string, readonly number[]>> {
    const window = hourWindow(from, to);
    if (ruleIds.length === 0 || window.hours === 0) return hourlyCounts(ruleIds, window, []);
    const [start, end] = hourRangeMs(window);
    // A range of sync_errors_resolved (resolved_at) INCLUDE (rule_id, opened_at): index only.
    const result = await this.pool.query<{ rule_id: string; hour: string; n: number }>(
      `SELECT rule_id, resolved_at / 3600000 AS hour, count(*)::integer AS n FROM sync_errors
       WHERE resolved_at >= $1::bigint AND resolved_at < $2::bigint AND rule_id = ANY ($3::text[])
       GROUP BY 1, 2`,
      [start, end, ruleIds],
    );
    return hourlyCounts(
      ruleIds,
      window,
      result.rows.map((row) => ({ ruleId: row.rule_id, hour: row.hour, n: row.n })),
    );
  }

  async openAgeCounts(
    now: Date,
    edgesMs: readonly number[],
    ruleIds?: readonly string[],
  ): Promise<Map<string, readonly number[]>> {
    // A pass over the table, as on SQLite (see sqlite-charts.ts: no index of the open errors).
    const cuts = ageCuts(now, edgesMs);
    const result = await this.pool.query<Record<string, string | number>>(
      `SELECT rule_id, ${ageColumns(edgesMs.length, (i) => `$${i + 1}::bigint`)}
       FROM sync_errors WHERE resolved_at IS NULL
       ${ruleIds ? `AND rule_id = ANY ($${edgesMs.length + 1}::text[])` : ""} GROUP BY rule_id`,
      ruleIds ? [...cuts, ruleIds] : cuts,
    );
    return ageCounts(edgesMs.length, result.rows);
  }
}

import type Database from "better-sqlite3";
import { hourlyCounts, hourWindow } from "./alert-rows.js";
import { ageColumns, ageCounts, ageCuts, hourRangeMs } from "./chart-rows.js";

type Db = Database.Database;

/** The charts' reads on SQLite (ChartStore), on the reader connection. */
export class SqliteCharts {
  private readonly resolved;
  /** The age query by number of edges (a column each) and whether it reads some types only. */
  private readonly ageStatements = new Map<string, Database.Statement>();

  constructor(private readonly reader: Db) {
    // A range of sync_errors_resolved (resolved_at, rule_id, opened_at): index only.
    this.resolved = reader.prepare(`
      SELECT rule_id AS ruleId, resolved_at / 3600000 AS hour, count(*) AS n
      FROM sync_errors INDEXED BY sync_errors_resolved
      WHERE resolved_at >= ? AND resolved_at < ?
        AND rule_id IN (SELECT value FROM json_each(?))
      GROUP BY 1, 2`);
  }

  hourlyResolvedErrors(
    ruleIds: readonly string[],
    from: Date,
    to: Date,
  ): Map<string, readonly number[]> {
    const window = hourWindow(from, to);
    if (ruleIds.length === 0 || window.hours === 0) return hourlyCounts(ruleIds, window, []);
    const [start, end] = hourRangeMs(window);
    const rows = this.resolved.all(start, end, JSON.stringify(ruleIds)) as Array<{
      ruleId: string;
      hour: number;
      n: number;
    }>;
    return hourlyCounts(ruleIds, window, rows);
  }

  openAgeCounts(
    now: Date,
    edgesMs: readonly number[],
    ruleIds?: readonly string[],
  ): Map<string, readonly number[]> {
    const key = `${edgesMs.length}${ruleIds ? " of types" : ""}`;
    let statement = this.ageStatements.get(key);
    if (!statement) {
      // One pass over the table: an index of the open errors made this an index-only read (a
      // third of the time at 1,000,000 errors), but every import paid for it, at 0.5 of the
      // baseline's speed instead of 0.83; the age chart is drawn on request, imports run daily.
      statement = this.reader.prepare(`
        SELECT rule_id, ${ageColumns(edgesMs.length, () => "?")}
        FROM sync_errors WHERE resolved_at IS NULL
        ${ruleIds ? "AND rule_id IN (SELECT value FROM json_each(?))" : ""} GROUP BY rule_id`);
      this.ageStatements.set(key, statement);
    }
    const cuts = ageCuts(now, edgesMs);
    const rows = (
      ruleIds ? statement.all(...cuts, JSON.stringify(ruleIds)) : statement.all(...cuts)
    ) as Array<Record<string, number | string>>;
    return ageCounts(edgesMs.length, rows);
  }
}

import type pg from "pg";
import {
  type ResolutionRow,
  resolutionStatsSql,
  ruleActivitySql,
  toResolutionStats,
  toRuleActivity,
  toWeekly,
  type WeeklyRow,
} from "../resolution-sql.js";
import type {
  ResolutionStats,
  ResolutionStore,
  ResolutionWindow,
  RuleActivity,
  WeeklySummaryRecord,
} from "../types.js";
import { inTransaction } from "./transaction.js";

type Counted = { rule_id: string; n: number };

/** Time to resolution and the weekly summaries on PostgreSQL, as ../sqlite-resolution.ts. */
export class PostgresResolution implements ResolutionStore {
  private readonly sql;

  constructor(private readonly pool: pg.Pool) {
    const parameters = { since: "$1", until: "$2" };
    this.sql = { stats: resolutionStatsSql(parameters), activity: ruleActivitySql(parameters) };
  }

  async resolutionStats(window: ResolutionWindow): Promise<ResolutionStats> {
    // By type and by owner at once, on two connections: each sorts its own rows.
    const [byRule, byOwner] = await Promise.all(
      [this.sql.stats.byRule, this.sql.stats.byOwner].map((sql) =>
        inTransaction(this.pool, async (client) => {
          // The window's resolutions sorted by group: at 350,000 of them (1,000,000 errors) the
          // default 4 MB spilled the sort to disk. JIT compiling took a tenth of the query's
          // time and saves nothing at this size.
          await client.query("SET LOCAL work_mem = '64MB'");
          await client.query("SET LOCAL jit = off");
          return (await client.query<ResolutionRow>(sql, this.parameters(window))).rows;
        }),
      ),
    );
    return toResolutionStats([...(byRule ?? []), ...(byOwner ?? [])]);
  }

  async ruleActivity(window: ResolutionWindow): Promise<ReadonlyMap<string, RuleActivity>> {
    const parameters = this.parameters(window);
    const [opened, resolved, open, oldest] = await Promise.all([
      this.pool.query<Counted>(this.sql.activity.opened, parameters),
      this.pool.query<Counted>(this.sql.activity.resolved, parameters),
      this.pool.query<Counted>("SELECT rule_id, n FROM open_counts WHERE n > 0"),
      this.pool.query<{ rule_id: string; at: number }>(this.sql.activity.oldest),
    ]);
    return toRuleActivity({
      opened: opened.rows,
      resolved: resolved.rows,
      open: open.rows,
      oldest: oldest.rows,
    });
  }

  async claimWeeklySummary(week: string, channel: string): Promise<WeeklySummaryRecord | null> {
    const result = await this.pool.query<WeeklyRow>(
      "INSERT INTO weekly_summaries (week, channel, status) VALUES ($1, $2, 'posting') ON CONFLICT (week, channel) DO NOTHING RETURNING *",
      [week, channel],
    );
    const row = result.rows[0];
    return row ? toWeekly(row) : null;
  }

  async finishWeeklySummary(
    week: string,
    channel: string,
    outcome: Parameters<ResolutionStore["finishWeeklySummary"]>[2],
  ): Promise<void> {
    if (outcome.status === "posted")
      await this.pool.query(
        "UPDATE weekly_summaries SET status = 'posted', message_ts = $3, posted_at = $4 WHERE week = $1 AND channel = $2",
        [week, channel, outcome.messageTs, outcome.postedAt.getTime()],
      );
    else
      await this.pool.query(
        "UPDATE weekly_summaries SET status = 'failed', failure = $3 WHERE week = $1 AND channel = $2",
        [week, channel, outcome.failure],
      );
  }

  async weeklySummary(week: string, channel: string): Promise<WeeklySummaryRecord | null> {
    const result = await this.pool.query<WeeklyRow>(
      "SELECT * FROM weekly_summaries WHERE week = $1 AND channel = $2",
      [week, channel],
    );
    const row = result.rows[0];
    return row ? toWeekly(row) : null;
  }

  private parameters(window: ResolutionWindow): number[] {
    return [window.since.getTime(), window.until.getTime()];
  }
}

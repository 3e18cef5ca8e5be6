import type pg from "pg";
import { type AlertRow, hourlyCounts, hourWindow, toAlert } from "../alert-rows.js";
import type { AlertStore, SpikeAlertInput, SpikeAlertRecord } from "../types.js";

/**
 * The spike alerts' store on PostgreSQL, as ../sqlite-alerts.ts. The claim is one upsert: of two
 * replicas claiming a type at once, the second waits on the first's row, then finds its alert
 * inside the cooldown and writes nothing (ON CONFLICT DO UPDATE re-checks its WHERE against the
 * row the first committed).
 */
export class PostgresAlerts implements AlertStore {
  constructor(private readonly pool: pg.Pool) {}

  async newErrorsBetween(from: Date, to: Date): Promise<Map<string, number>> {
    // A range of sync_errors_opened (opened_at) INCLUDE (rule_id): an index-only scan.
    const result = await this.pool.query<{ rule_id: string; n: number }>(
      `SELECT rule_id, count(*)::integer AS n FROM sync_errors
       WHERE opened_at > $1::bigint AND opened_at <= $2::bigint GROUP BY rule_id`,
      [from.getTime(), to.getTime()],
    );
    return new Map(result.rows.map((row) => [row.rule_id, row.n]));
  }

  async hourlyNewErrors(
    ruleIds: readonly string[],
    from: Date,
    to: Date,
  ): Promise<Map<string, readonly number[]>> {
    const window = hourWindow(from, to);
    if (ruleIds.length === 0 || window.hours === 0) return hourlyCounts(ruleIds, window, []);
    const result = await this.pool.query<{ rule_id: string; hour: string; n: number }>(
      `SELECT rule_id, hour, n FROM new_errors_by_hour
       WHERE rule_id = ANY ($1::text[]) AND hour >= $2::bigint AND hour < $3::bigint`,
      [ruleIds, window.first, window.first + window.hours],
    );
    return hourlyCounts(
      ruleIds,
      window,
      result.rows.map((row) => ({ ruleId: row.rule_id, hour: row.hour, n: row.n })),
    );
  }

  async claimSpikeAlert(alert: SpikeAlertInput, cooldownMs: number): Promise<boolean> {
    const result = await this.pool.query(
      `INSERT INTO spike_alerts (rule_id, alerted_at, count, usual) VALUES ($1, $2, $3, $4)
       ON CONFLICT (rule_id) DO UPDATE SET alerted_at = excluded.alerted_at,
         count = excluded.count, usual = excluded.usual, channel = NULL, message_ts = NULL
       WHERE spike_alerts.alerted_at <= excluded.alerted_at - $5::bigint
       RETURNING rule_id`,
      [alert.ruleId, alert.at.getTime(), alert.count, alert.usual, cooldownMs],
    );
    return (result.rowCount ?? 0) > 0;
  }

  async markSpikeAlertPosted(
    ruleId: string,
    at: Date,
    channel: string,
    messageTs: string,
  ): Promise<void> {
    await this.pool.query(
      "UPDATE spike_alerts SET channel = $1, message_ts = $2 WHERE rule_id = $3 AND alerted_at = $4",
      [channel, messageTs, ruleId, at.getTime()],
    );
  }

  async releaseSpikeAlert(ruleId: string, at: Date): Promise<boolean> {
    const result = await this.pool.query(
      "DELETE FROM spike_alerts WHERE rule_id = $1 AND alerted_at = $2 AND message_ts IS NULL",
      [ruleId, at.getTime()],
    );
    return (result.rowCount ?? 0) > 0;
  }

  async spikeAlerts(): Promise<SpikeAlertRecord[]> {
    const result = await this.pool.query<AlertRow>(
      "SELECT * FROM spike_alerts ORDER BY alerted_at DESC, rule_id",
    );
    return result.rows.map(toAlert);
  }
}

import type Database from "better-sqlite3";
import { type AlertRow, hourlyCounts, hourWindow, toAlert } from "./alert-rows.js";
import type { SpikeAlertInput, SpikeAlertRecord } from "./types.js";

type Db = Database.Database;

/**
 * The spike alerts' store on SQLite (AlertStore), and the errors opened per type per hour it
 * reads. One writer connection: the claim's upsert is one statement, so no other check comes
 * between its look at the last alert and its write.
 */
export class SqliteAlerts {
  private readonly statements;

  constructor(writer: Db, reader: Db) {
    this.statements = {
      // A range of sync_errors_opened (on main, migration 17 adds the type to it: index only).
      between: reader.prepare(`
        SELECT rule_id AS ruleId, count(*) AS n FROM sync_errors
        WHERE opened_at > ? AND opened_at <= ? GROUP BY rule_id`),
      hourly: reader.prepare(`
        SELECT rule_id AS ruleId, hour, n FROM new_errors_by_hour
        WHERE rule_id IN (SELECT value FROM json_each(?)) AND hour >= ? AND hour < ?`),
      addHour: writer.prepare(`
        INSERT INTO new_errors_by_hour (rule_id, hour, n) VALUES (?, ?, ?)
        ON CONFLICT (rule_id, hour) DO UPDATE SET n = n + excluded.n`),
      claim: writer.prepare(`
        INSERT INTO spike_alerts (rule_id, alerted_at, count, usual) VALUES (?, ?, ?, ?)
        ON CONFLICT (rule_id) DO UPDATE SET alerted_at = excluded.alerted_at,
          count = excluded.count, usual = excluded.usual, channel = NULL, message_ts = NULL
        WHERE spike_alerts.alerted_at <= excluded.alerted_at - ?
        RETURNING rule_id`),
      posted: writer.prepare(
        "UPDATE spike_alerts SET channel = ?, message_ts = ? WHERE rule_id = ? AND alerted_at = ?",
      ),
      release: writer.prepare(
        "DELETE FROM spike_alerts WHERE rule_id = ? AND alerted_at = ? AND message_ts IS NULL",
      ),
      all: reader.prepare("SELECT * FROM spike_alerts ORDER BY alerted_at DESC, rule_id"),
    };
  }

  newErrorsBetween(from: Date, to: Date): Map<string, number> {
    const rows = this.statements.between.all(from.getTime(), to.getTime()) as Array<{
      ruleId: string;
      n: number;
    }>;
    return new Map(rows.map((row) => [row.ruleId, row.n]));
  }

  hourlyNewErrors(
    ruleIds: readonly string[],
    from: Date,
    to: Date,
  ): Map<string, readonly number[]> {
    const window = hourWindow(from, to);
    if (ruleIds.length === 0 || window.hours === 0) return hourlyCounts(ruleIds, window, []);
    const rows = this.statements.hourly.all(
      JSON.stringify(ruleIds),
      window.first,
      window.first + window.hours,
    ) as Array<{ ruleId: string; hour: number; n: number }>;
    return hourlyCounts(ruleIds, window, rows);
  }

  /**
   * Adds errors opened to their types' hours, inside the caller's write transaction (an
   * import's commit, a scan): `hour` is `opened_at / 3600000`, rounded down.
   */
  addNewByHour(rows: Iterable<{ ruleId: string; hour: number; n: number }>): void {
    for (const row of rows) this.statements.addHour.run(row.ruleId, row.hour, row.n);
  }

  claimSpikeAlert(alert: SpikeAlertInput, cooldownMs: number): boolean {
    const row = this.statements.claim.get(
      alert.ruleId,
      alert.at.getTime(),
      alert.count,
      alert.usual,
      cooldownMs,
    );
    return row !== undefined;
  }

  markSpikeAlertPosted(ruleId: string, at: Date, channel: string, messageTs: string): void {
    this.statements.posted.run(channel, messageTs, ruleId, at.getTime());
  }

  releaseSpikeAlert(ruleId: string, at: Date): boolean {
    return this.statements.release.run(ruleId, at.getTime()).changes > 0;
  }

  spikeAlerts(): SpikeAlertRecord[] {
    return (this.statements.all.all() as AlertRow[]).map(toAlert);
  }
}

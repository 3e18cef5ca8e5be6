import type Database from "better-sqlite3";
import type { SpikeAlertInput, SpikeAlertRecord } from "./types.js";

type Db = Database.Database;

const HOUR_MS = 60 * 60 * 1000;

interface AlertRow {
  rule_id: string;
  alerted_at: number;
  count: number;
  usual: number;
  channel: string | null;
  message_ts: string | null;
}

const toAlert = (row: AlertRow): SpikeAlertRecord => ({
  ruleId: row.rule_id,
  at: new Date(row.alerted_at),
  count: row.count,
  usual: row.usual,
  channel: row.channel,
  messageTs: row.message_ts,
});

/**
 * The spike alerts' store on SQLite (AlertStore). One writer connection: the claim's upsert is one
 * statement, so no other check comes between its look at the last alert and its write.
 */
export class SqliteAlerts {
  private readonly statements;

  constructor(writer: Db, reader: Db) {
    this.statements = {
      // One range of sync_errors_rule_opened per type (the IN list drives the index's first
      // column), read from the index alone. better-sqlite3 binds numbers as REAL: the end is cast,
      // so the division is an integer one (hours ago, rounded down).
      byHour: reader.prepare(`
        SELECT rule_id AS ruleId, (CAST(? AS INTEGER) - opened_at) / ${HOUR_MS} AS ago, count(*) AS n
        FROM sync_errors INDEXED BY sync_errors_rule_opened
        WHERE rule_id IN (SELECT value FROM json_each(?)) AND opened_at > ? AND opened_at <= ?
        GROUP BY rule_id, ago`),
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

  newErrorsByHour(
    ruleIds: readonly string[],
    end: Date,
    hours: number,
  ): Map<string, readonly number[]> {
    const counts = new Map<string, number[]>(
      ruleIds.map((id) => [id, new Array<number>(hours).fill(0)]),
    );
    if (ruleIds.length === 0 || hours <= 0) return counts;
    const to = end.getTime();
    const rows = this.statements.byHour.all(
      to,
      JSON.stringify(ruleIds),
      to - hours * HOUR_MS,
      to,
    ) as Array<{ ruleId: string; ago: number; n: number }>;
    for (const row of rows) {
      const hourly = counts.get(row.ruleId);
      if (hourly && row.ago >= 0 && row.ago < hours) hourly[row.ago] = row.n;
    }
    return counts;
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

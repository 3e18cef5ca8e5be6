import type Database from "better-sqlite3";
import type { DigestCounts, DigestQuery, DigestRecord, DigestStats } from "./types.js";

type Db = Database.Database;

interface DigestRow {
  id: number;
  slot: number;
  channel: string;
  status: DigestRecord["status"];
  late: number;
  message_ts: string | null;
  posted_at: number | null;
  counts: string | null;
  failure: string | null;
}

function toDigestRecord(row: DigestRow): DigestRecord {
  return {
    id: row.id,
    slot: new Date(row.slot),
    channel: row.channel,
    status: row.status,
    late: row.late === 1,
    messageTs: row.message_ts,
    postedAt: row.posted_at === null ? null : new Date(row.posted_at),
    counts: row.counts === null ? null : (JSON.parse(row.counts) as DigestCounts),
    failure: row.failure,
  };
}

/** The digest's tables and queries: claims under a unique key, and the numbers a digest shows. */
export class SqliteDigests {
  private readonly statements;

  constructor(
    writer: Db,
    private readonly reader: Db,
  ) {
    this.statements = {
      claimDigest: writer.prepare(
        "INSERT INTO digests (slot, channel, status, late) VALUES (?, ?, 'posting', ?) ON CONFLICT (slot, channel) DO NOTHING",
      ),
      digestPosted: writer.prepare(
        "UPDATE digests SET status = 'posted', message_ts = ?, posted_at = ?, counts = ? WHERE id = ?",
      ),
      digestFailed: writer.prepare(
        "UPDATE digests SET status = 'failed', failure = ? WHERE id = ?",
      ),
      digestById: writer.prepare("SELECT * FROM digests WHERE id = ?"),
      // Posted again after its slot: late, whatever it was when first claimed.
      reclaimDigest: writer.prepare(
        `UPDATE digests SET status = 'posting', failure = NULL, late = 1 WHERE id = ? AND status = 'failed'
          AND slot = (SELECT max(slot) FROM digests AS later WHERE later.channel = digests.channel)`,
      ),
      latestDigest: reader.prepare(
        "SELECT * FROM digests WHERE channel = ? ORDER BY slot DESC LIMIT 1",
      ),
      earliestDigest: reader.prepare(
        "SELECT * FROM digests WHERE channel = ? ORDER BY slot ASC LIMIT 1",
      ),
      digestAt: reader.prepare("SELECT * FROM digests WHERE slot = ? AND channel = ?"),
      previousDigest: reader.prepare(
        "SELECT * FROM digests WHERE channel = ? AND status = 'posted' AND slot < ? ORDER BY slot DESC LIMIT 1",
      ),
      newByRule: reader.prepare(`
        SELECT rule_id AS ruleId, count(*) AS n,
          count(DISTINCT object_type || '|' || coalesce(hubspot_id, salesforce_id)) AS records,
          sum(source = 'scan') AS byScan
        FROM sync_errors INDEXED BY sync_errors_opened
        WHERE opened_at >= ? AND resolved_at IS NULL GROUP BY rule_id`),
      resolvedByRule: reader.prepare(
        "SELECT rule_id AS ruleId, count(*) AS n FROM sync_errors WHERE resolved_at >= ? GROUP BY rule_id ORDER BY rule_id",
      ),
      openByRule: reader.prepare("SELECT rule_id AS ruleId, n FROM open_counts WHERE n > 0"),
    };
  }

  claimDigest(slot: Date, channel: string, late: boolean): DigestRecord | null {
    const result = this.statements.claimDigest.run(slot.getTime(), channel, late ? 1 : 0);
    if (result.changes === 0) return null;
    return toDigestRecord(this.statements.digestById.get(result.lastInsertRowid) as DigestRow);
  }

  markDigestPosted(
    id: number,
    result: { messageTs: string; postedAt: Date; counts: DigestCounts },
  ): void {
    this.statements.digestPosted.run(
      result.messageTs,
      result.postedAt.getTime(),
      JSON.stringify(result.counts),
      id,
    );
  }

  markDigestFailed(id: number, failure: string): void {
    this.statements.digestFailed.run(failure, id);
  }

  reclaimDigest(id: number): boolean {
    return this.statements.reclaimDigest.run(id).changes === 1;
  }

  latestDigest(channel: string): DigestRecord | null {
    const row = this.statements.latestDigest.get(channel) as DigestRow | undefined;
    return row ? toDigestRecord(row) : null;
  }

  earliestDigest(channel: string): DigestRecord | null {
    const row = this.statements.earliestDigest.get(channel) as DigestRow | undefined;
    return row ? toDigestRecord(row) : null;
  }

  previousDigest(channel: string, before: Date): DigestRecord | null {
    const row = this.statements.previousDigest.get(channel, before.getTime()) as
      | DigestRow
      | undefined;
    return row ? toDigestRecord(row) : null;
  }

  digestAt(slot: Date, channel: string): DigestRecord | null {
    const row = this.statements.digestAt.get(slot.getTime(), channel) as DigestRow | undefined;
    return row ? toDigestRecord(row) : null;
  }

  digestStats(query: DigestQuery): DigestStats {
    const since = query.since.getTime();
    const byRule = new Map<
      string,
      { new: number; records: number; open: number; byScan: number }
    >();
    const entry = (ruleId: string) => {
      let stats = byRule.get(ruleId);
      if (!stats) {
        stats = { new: 0, records: 0, open: 0, byScan: 0 };
        byRule.set(ruleId, stats);
      }
      return stats;
    };
    let newTotal = 0;
    for (const row of this.statements.newByRule.all(since) as Array<{
      ruleId: string;
      n: number;
      records: number;
      byScan: number;
    }>) {
      Object.assign(entry(row.ruleId), { new: row.n, records: row.records, byScan: row.byScan });
      newTotal += row.n;
    }
    let openTotal = 0;
    for (const row of this.statements.openByRule.all() as Array<{ ruleId: string; n: number }>) {
      entry(row.ruleId).open = row.n;
      openTotal += row.n;
    }
    const resolvedByRule = new Map<string, number>();
    let resolvedTotal = 0;
    for (const row of this.statements.resolvedByRule.all(since) as Array<{
      ruleId: string;
      n: number;
    }>) {
      resolvedByRule.set(row.ruleId, row.n);
      resolvedTotal += row.n;
    }
    return {
      byRule,
      newTotal,
      resolvedTotal,
      openTotal,
      resolvedByRule,
      trendByRule: this.trend(query.dayBoundaries),
    };
  }

  /** New errors per rule per day: one grouped scan over the opened_at index. */
  private trend(boundaries: readonly Date[]): Map<string, number[]> {
    const days = boundaries.length - 1;
    const trend = new Map<string, number[]>();
    if (days < 1) return trend;
    const times = boundaries.map((b) => b.getTime());
    const dayCase = times
      .slice(1, -1)
      .map((_, i) => `WHEN opened_at < ? THEN ${i}`)
      .join(" ");
    // One day has no boundary inside it, and SQLite refuses a CASE without a WHEN.
    const day = dayCase === "" ? "0" : `CASE ${dayCase} ELSE ${days - 1} END`;
    const sql = `SELECT rule_id AS ruleId, ${day} AS day, count(*) AS n
      FROM sync_errors INDEXED BY sync_errors_opened WHERE opened_at >= ? AND opened_at < ? GROUP BY rule_id, day`;
    const rows = this.reader
      .prepare(sql)
      .all(...times.slice(1, -1), times[0], times[days]) as Array<{
      ruleId: string;
      day: number;
      n: number;
    }>;
    for (const { ruleId, day, n } of rows) {
      let series = trend.get(ruleId);
      if (!series) {
        series = new Array<number>(days).fill(0);
        trend.set(ruleId, series);
      }
      series[day] = n;
    }
    return trend;
  }
}

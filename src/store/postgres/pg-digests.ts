import type pg from "pg";
import type {
  DigestCounts,
  DigestQuery,
  DigestRecord,
  DigestStats,
  DigestStore,
  RuleStats,
} from "../types.js";

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

// The same mapping as ../sqlite-digests.ts: the schemas keep the same column types (bigint read
// as numbers by the pool, flags as integers, JSON as text).
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

const first = (result: pg.QueryResult<DigestRow>) => {
  const row = result.rows[0];
  return row ? toDigestRecord(row) : null;
};

/**
 * The digest's tables on PostgreSQL, the SQL of ../sqlite-digests.ts translated. Every statement
 * stands alone (autocommit on any pooled connection); the claim's unique key is what makes a
 * digest go out once, across replicas as within one.
 */
export class PostgresDigests implements DigestStore {
  constructor(private readonly pool: pg.Pool) {}

  async claimDigest(slot: Date, channel: string, late: boolean): Promise<DigestRecord | null> {
    // RETURNING gives the claimed row, or none when another claim holds the key: one statement,
    // so no other connection can come between the claim and the read.
    return first(
      await this.pool.query<DigestRow>(
        `INSERT INTO digests (slot, channel, status, late) VALUES ($1, $2, 'posting', $3)
         ON CONFLICT (slot, channel) DO NOTHING RETURNING *`,
        [slot.getTime(), channel, late ? 1 : 0],
      ),
    );
  }

  async markDigestPosted(
    id: number,
    result: { messageTs: string; postedAt: Date; counts: DigestCounts },
  ): Promise<void> {
    await this.pool.query(
      "UPDATE digests SET status = 'posted', message_ts = $1, posted_at = $2, counts = $3 WHERE id = $4",
      [result.messageTs, result.postedAt.getTime(), JSON.stringify(result.counts), id],
    );
  }

  async markDigestFailed(id: number, failure: string): Promise<void> {
    await this.pool.query("UPDATE digests SET status = 'failed', failure = $1 WHERE id = $2", [
      failure,
      id,
    ]);
  }

  async reclaimDigest(id: number): Promise<boolean> {
    // Posted again after its slot: late, whatever it was when first claimed. The row lock the
    // UPDATE takes makes a second caller re-check `status` after the first commits, and miss.
    const result = await this.pool.query(
      "UPDATE digests SET status = 'posting', failure = NULL, late = 1 WHERE id = $1 AND status = 'failed'",
      [id],
    );
    return result.rowCount === 1;
  }

  async latestDigest(channel: string): Promise<DigestRecord | null> {
    return first(
      await this.pool.query<DigestRow>(
        "SELECT * FROM digests WHERE channel = $1 ORDER BY slot DESC LIMIT 1",
        [channel],
      ),
    );
  }

  async earliestDigest(channel: string): Promise<DigestRecord | null> {
    return first(
      await this.pool.query<DigestRow>(
        "SELECT * FROM digests WHERE channel = $1 ORDER BY slot ASC LIMIT 1",
        [channel],
      ),
    );
  }

  async previousDigest(channel: string, before: Date): Promise<DigestRecord | null> {
    return first(
      await this.pool.query<DigestRow>(
        "SELECT * FROM digests WHERE channel = $1 AND status = 'posted' AND slot < $2 ORDER BY slot DESC LIMIT 1",
        [channel, before.getTime()],
      ),
    );
  }

  async digestAt(slot: Date, channel: string): Promise<DigestRecord | null> {
    return first(
      await this.pool.query<DigestRow>("SELECT * FROM digests WHERE slot = $1 AND channel = $2", [
        slot.getTime(),
        channel,
      ]),
    );
  }

  async digestStats(query: DigestQuery): Promise<DigestStats> {
    const since = query.since.getTime();
    const byRule = new Map<string, { -readonly [K in keyof RuleStats]: number }>();
    const entry = (ruleId: string) => {
      let stats = byRule.get(ruleId);
      if (!stats) {
        stats = { new: 0, records: 0, open: 0, byScan: 0 };
        byRule.set(ruleId, stats);
      }
      return stats;
    };
    // Rule ids ordered byte-wise (COLLATE "C"), as SQLite's grouping and open_counts' key order
    // them, so both backends fill the map in the same order.
    const [fresh, open, resolved, trendByRule] = await Promise.all([
      this.pool.query<{ rule_id: string; n: number; records: number; by_scan: number }>(
        `SELECT rule_id, count(*) AS n,
           count(DISTINCT object_type || '|' || coalesce(hubspot_id, salesforce_id)) AS records,
           count(*) FILTER (WHERE source = 'scan') AS by_scan
         FROM sync_errors WHERE opened_at >= $1 AND resolved_at IS NULL
         GROUP BY rule_id ORDER BY rule_id COLLATE "C"`,
        [since],
      ),
      this.pool.query<{ rule_id: string; n: number }>(
        `SELECT rule_id, n FROM open_counts WHERE n > 0 ORDER BY rule_id COLLATE "C"`,
      ),
      this.pool.query<{ rule_id: string; n: number }>(
        `SELECT rule_id, count(*) AS n FROM sync_errors WHERE resolved_at >= $1
         GROUP BY rule_id ORDER BY rule_id COLLATE "C"`,
        [since],
      ),
      this.trend(query.dayBoundaries),
    ]);
    let newTotal = 0;
    for (const row of fresh.rows) {
      Object.assign(entry(row.rule_id), { new: row.n, records: row.records, byScan: row.by_scan });
      newTotal += row.n;
    }
    let openTotal = 0;
    for (const row of open.rows) {
      entry(row.rule_id).open = row.n;
      openTotal += row.n;
    }
    const resolvedByRule = new Map<string, number>();
    let resolvedTotal = 0;
    for (const row of resolved.rows) {
      resolvedByRule.set(row.rule_id, row.n);
      resolvedTotal += row.n;
    }
    return {
      byRule,
      newTotal,
      resolvedTotal,
      openTotal,
      resolvedByRule,
      trendByRule,
    };
  }

  /** New errors per rule per day: one grouped scan over the opened_at index. */
  private async trend(boundaries: readonly Date[]): Promise<Map<string, number[]>> {
    const days = boundaries.length - 1;
    const trend = new Map<string, number[]>();
    if (days < 1) return trend;
    const times = boundaries.map((b) => b.getTime());
    // $1 and $2 bound the range; $3… are the inner day boundaries.
    const dayCase = times
      .slice(1, -1)
      .map((_, i) => `WHEN opened_at < $${i + 3} THEN ${i}`)
      .join(" ");
    const day = dayCase ? `CASE ${dayCase} ELSE ${days - 1} END` : "0";
    const result = await this.pool.query<{ rule_id: string; day: number; n: number }>(
      `SELECT rule_id, ${day} AS day, count(*) AS n
       FROM sync_errors WHERE opened_at >= $1 AND opened_at < $2
       GROUP BY rule_id, day ORDER BY rule_id COLLATE "C", day`,
      [times[0], times[days], ...times.slice(1, -1)],
    );
    for (const { rule_id: ruleId, day: index, n } of result.rows) {
      let series = trend.get(ruleId);
      if (!series) {
        series = new Array<number>(days).fill(0);
        trend.set(ruleId, series);
      }
      series[index] = n;
    }
    return trend;
  }
}

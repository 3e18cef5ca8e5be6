import { byteWise } from "./resolution-times.js";
import type {
  ResolutionStats,
  ResolutionTimes,
  RuleActivity,
  WeeklySummaryRecord,
} from "./types.js";

/** How a backend writes the query's two parameters: `@since` on SQLite, `$1` on PostgreSQL. */
export interface ResolutionParameters {
  readonly since: string;
  readonly until: string;
}

/** The claim lines of the audit log (ClaimStore), which say who held each type when. */
const CLAIM_ACTIONS = "('claim.take', 'claim.takeover', 'claim.release')";

/** Every claim line, by type in the order written (ClaimLine); off migration 16's partial index. */
export const CLAIM_LINES_SQL = `SELECT rule_id AS "ruleId", who, action, at FROM audit_log
  WHERE action IN ${CLAIM_ACTIONS} AND rule_id IS NOT NULL ORDER BY rule_id, at, id`;

/**
 * Time to resolution on PostgreSQL, by type and by owner, two statements run side by side (SQLite
 * reads the resolutions and computes the same figures in resolution-times.ts). percentile_disc is
 * the nearest rank (nearest-rank.ts): the first value, in ascending order, whose cumulative share
 * of the group reaches p; exact for 0.5 and 0.9 (p·n rounds to the integer it should be). Owners:
 * the claims held during the window, each from its take or takeover to the type's next claim line
 * (the audit log's small partial index), joined on the type with the resolution inside the span.
 * Grouped on byte-wise ("C") keys: the database's collation made the sort several times slower.
 * Measured at 1,000,000 errors with 350,000 resolved in the window (two busy cores): 0.75 s and
 * 0.95 s each, 1.1 s side by side; the cost follows the window's resolutions, not the store's size.
 */
export function resolutionStatsSql(p: ResolutionParameters): { byRule: string; byOwner: string } {
  // percentile_disc is the nearest rank: the first value whose cumulative share reaches p.
  const percentiles = `count(*) AS n,
      percentile_disc(0.5) WITHIN GROUP (ORDER BY ms) AS median,
      percentile_disc(0.9) WITHIN GROUP (ORDER BY ms) AS p90`;
  return {
    byRule: `
    SELECT 'rule' AS kind, rule_id AS name, ${percentiles}
    FROM (SELECT rule_id COLLATE "C" AS rule_id, resolved_at - opened_at AS ms FROM sync_errors
      WHERE resolved_at > ${p.since} AND resolved_at <= ${p.until}) AS resolved
    GROUP BY rule_id`,
    byOwner: `
    WITH claim_lines AS (
      SELECT rule_id, who, action, at,
        lead(at) OVER (PARTITION BY rule_id ORDER BY at, id) AS until
      FROM audit_log WHERE action IN ${CLAIM_ACTIONS} AND rule_id IS NOT NULL
    ),
    held AS (
      SELECT rule_id, who, at AS since, until FROM claim_lines
      WHERE action <> 'claim.release' AND at <= ${p.until} AND (until IS NULL OR until > ${p.since})
    )
    SELECT 'owner' AS kind, name, ${percentiles}
    FROM (SELECT held.who COLLATE "C" AS name, e.resolved_at - e.opened_at AS ms
      FROM sync_errors AS e JOIN held ON held.rule_id = e.rule_id
        AND e.resolved_at >= held.since AND (held.until IS NULL OR e.resolved_at < held.until)
      WHERE e.resolved_at > ${p.since} AND e.resolved_at <= ${p.until}) AS owned
    GROUP BY name`,
  };
}

/** A row of `resolutionStatsSql`. */
export interface ResolutionRow {
  kind: "rule" | "owner";
  name: string;
  n: number;
  median: number;
  p90: number;
}

/** The statement's rows as ResolutionStats, each map in byte-wise order of its keys. */
export function toResolutionStats(rows: readonly ResolutionRow[]): ResolutionStats {
  const sorted = [...rows].sort((a, b) => byteWise(a.name, b.name));
  const of = (kind: ResolutionRow["kind"]) =>
    new Map<string, ResolutionTimes>(
      sorted
        .filter((row) => row.kind === kind)
        .map((row) => [
          row.name,
          { resolved: Number(row.n), medianMs: Number(row.median), p90Ms: Number(row.p90) },
        ]),
    );
  return { byRule: of("rule"), byOwner: of("owner") };
}

/** Per type, what `ruleActivity` gathers from its queries, merged into one map. */
export function toRuleActivity(parts: {
  readonly opened: ReadonlyArray<{ rule_id: string; n: number }>;
  readonly resolved: ReadonlyArray<{ rule_id: string; n: number }>;
  readonly open: ReadonlyArray<{ rule_id: string; n: number }>;
  readonly oldest: ReadonlyArray<{ rule_id: string; at: number }>;
}): ReadonlyMap<string, RuleActivity> {
  const byRule = new Map<string, { -readonly [K in keyof RuleActivity]: RuleActivity[K] }>();
  const entry = (ruleId: string) => {
    let activity = byRule.get(ruleId);
    if (!activity) {
      activity = { opened: 0, resolved: 0, open: 0, oldestOpenAt: null };
      byRule.set(ruleId, activity);
    }
    return activity;
  };
  for (const row of parts.opened) entry(row.rule_id).opened = Number(row.n);
  for (const row of parts.resolved) entry(row.rule_id).resolved = Number(row.n);
  for (const row of parts.open) if (Number(row.n) > 0) entry(row.rule_id).open = Number(row.n);
  for (const row of parts.oldest) entry(row.rule_id).oldestOpenAt = new Date(Number(row.at));
  return new Map([...byRule].sort(([a], [b]) => byteWise(a, b)));
}

/** The week's statements of `ruleActivity` (not the open counts, which each backend keeps). */
export function ruleActivitySql(p: ResolutionParameters) {
  return {
    opened: `SELECT rule_id, count(*) AS n FROM sync_errors
      WHERE opened_at > ${p.since} AND opened_at <= ${p.until} GROUP BY rule_id`,
    resolved: `SELECT rule_id, count(*) AS n FROM sync_errors
      WHERE resolved_at > ${p.since} AND resolved_at <= ${p.until} GROUP BY rule_id`,
    // The open errors' oldest opening per type; read once a week per channel.
    oldest:
      "SELECT rule_id, min(opened_at) AS at FROM sync_errors WHERE resolved_at IS NULL GROUP BY rule_id",
  } as const;
}

/** A weekly_summaries row as either backend reads it (PostgreSQL gives bigint as a string). */
export interface WeeklyRow {
  readonly week: string;
  readonly channel: string;
  readonly status: WeeklySummaryRecord["status"];
  readonly message_ts: string | null;
  readonly posted_at: string | number | null;
  readonly failure: string | null;
}

/** A weekly summary's record from its row. */
export const toWeekly = (row: WeeklyRow): WeeklySummaryRecord => ({
  week: row.week,
  channel: row.channel,
  status: row.status,
  messageTs: row.message_ts,
  postedAt: row.posted_at === null ? null : new Date(Number(row.posted_at)),
  failure: row.failure,
});

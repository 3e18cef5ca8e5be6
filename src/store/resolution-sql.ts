import { nearestRankSql } from "./nearest-rank.js";
import { byteWise } from "./resolution-times.js";
import type { ResolutionStats, ResolutionTimes, RuleActivity } from "./types.js";

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
 * Time to resolution by type and by owner in one statement, on PostgreSQL (SQLite reads the
 * resolutions and computes them in resolution-times.ts, the same definitions): the
 * errors resolved in the window, read once (materialised: both groupings read them); the claims
 * held during the window, each from its take or takeover to the type's next claim line; then
 * median and 90th percentile per group by nearest rank (row_number against the group's count).
 * The errors resolved in the window come off the resolved_at index with their type and opening
 * (migration 16 puts them in it), the claims from the audit log's small partial index.
 */
export function resolutionStatsSql(p: ResolutionParameters): string {
  return `
    WITH resolved AS MATERIALIZED (
      SELECT rule_id, resolved_at, resolved_at - opened_at AS ms FROM sync_errors
      WHERE resolved_at > ${p.since} AND resolved_at <= ${p.until}
    ),
    claim_lines AS (
      SELECT rule_id, who, action, at,
        lead(at) OVER (PARTITION BY rule_id ORDER BY at, id) AS until
      FROM audit_log WHERE action IN ${CLAIM_ACTIONS} AND rule_id IS NOT NULL
    ),
    held AS (
      SELECT rule_id, who, at AS since, until FROM claim_lines
      WHERE action <> 'claim.release' AND at <= ${p.until} AND (until IS NULL OR until > ${p.since})
    ),
    grouped AS (
      SELECT 'rule' AS kind, rule_id AS name, ms FROM resolved
      UNION ALL
      SELECT 'owner' AS kind, held.who AS name, resolved.ms FROM resolved
      JOIN held ON held.rule_id = resolved.rule_id AND resolved.resolved_at >= held.since
        AND (held.until IS NULL OR resolved.resolved_at < held.until)
    ),
    ranked AS (
      SELECT kind, name, ms,
        row_number() OVER (PARTITION BY kind, name ORDER BY ms) AS position,
        count(*) OVER (PARTITION BY kind, name) AS n
      FROM grouped
    )
    SELECT kind, name, n,
      max(CASE WHEN position = ${nearestRankSql("n", 50)} THEN ms END) AS median,
      max(CASE WHEN position = ${nearestRankSql("n", 90)} THEN ms END) AS p90
    FROM ranked GROUP BY kind, name, n`;
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

import type pg from "pg";

/** One row's place in open_target_groups (PG_REFRESH_OPEN_TARGET_GROUPS groups by the same). */
export interface GroupedRow {
  readonly ruleId: string;
  readonly objectType: string;
  readonly hubspotId: string | null;
  readonly salesforceId: string | null;
}

/** As PostgreSQL stores it: NUL cannot be in a text value and becomes U+FFFD (copy-text.ts). */
const stored = (value: string): string => value.replaceAll("\u0000", "\uFFFD");

/**
 * A Salesforce id's first three characters as `substr(…, 1, 3)` counts them: characters, not
 * UTF-16 units (an id is ASCII, so the slow path is for the odd value only).
 */
function prefixOf(id: string): string {
  const head = id.slice(0, 4);
  return /[\uD800-\uDFFF]/.test(head) ? [...id].slice(0, 3).join("") : id.slice(0, 3);
}

/**
 * The open errors an import added, counted as open_counts and open_target_groups count them, so
 * an import that only added new errors grows those tables by its own rows instead of recounting
 * every open error (a full GROUP BY of the table: about a second per 1,000,000 errors).
 */
export class OpenCountDelta {
  private readonly groups = new Map<
    string,
    { rule: string; object: string; hasHubspotId: number; prefix: string; n: number }
  >();

  /** Counts a row added as a new open error. */
  addOne(row: GroupedRow): void {
    this.change(row, 1);
  }

  /** Takes back a row counted before (a repeat in the same batch replaces it). */
  removeOne(row: GroupedRow): void {
    this.change(row, -1);
  }

  /** Adds another delta's counts to this one's. */
  merge(other: OpenCountDelta): void {
    for (const [key, group] of other.groups) {
      const mine = this.groups.get(key);
      if (mine) mine.n += group.n;
      else this.groups.set(key, { ...group });
    }
  }

  private change(row: GroupedRow, by: number): void {
    const hasHubspotId = row.hubspotId !== null && row.hubspotId !== "" ? 1 : 0;
    const prefix = row.salesforceId ? prefixOf(stored(row.salesforceId)) : "";
    const rule = stored(row.ruleId);
    const object = stored(row.objectType);
    const key = `${rule}\u0001${object}\u0001${hasHubspotId}\u0001${prefix}`;
    const group = this.groups.get(key);
    if (group) group.n += by;
    else this.groups.set(key, { rule, object, hasHubspotId, prefix, n: by });
  }

  /** The rows counted, by error type. */
  byRule(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const g of this.groups.values())
      if (g.n !== 0) counts[g.rule] = (counts[g.rule] ?? 0) + g.n;
    return counts;
  }

  /** Adds the counts to open_target_groups and open_counts, inside the caller's transaction. */
  async addTo(client: pg.ClientBase): Promise<void> {
    // The same lock as refreshOpenCounts (pg-import.ts): one writer of these tables at a time.
    await client.query("LOCK TABLE open_target_groups IN SHARE ROW EXCLUSIVE MODE");
    const groups = [...this.groups.values()].filter((g) => g.n !== 0);
    if (groups.length === 0) return;
    await client.query(
      `INSERT INTO open_target_groups AS g (rule_id, object_type, has_hubspot_id, salesforce_prefix, n)
       SELECT * FROM unnest($1::text[], $2::text[], $3::integer[], $4::text[], $5::integer[])
       ON CONFLICT (rule_id, object_type, has_hubspot_id, salesforce_prefix) DO UPDATE SET n = g.n + excluded.n`,
      [
        groups.map((g) => g.rule),
        groups.map((g) => g.object),
        groups.map((g) => g.hasHubspotId),
        groups.map((g) => g.prefix),
        groups.map((g) => g.n),
      ],
    );
    const byRule = Object.entries(this.byRule());
    await client.query(
      `INSERT INTO open_counts AS c (rule_id, n)
       SELECT * FROM unnest($1::text[], $2::integer[])
       ON CONFLICT (rule_id) DO UPDATE SET n = c.n + excluded.n`,
      [byRule.map(([rule]) => rule), byRule.map(([, n]) => n)],
    );
  }
}

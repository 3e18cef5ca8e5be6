import type pg from "pg";
import { HOUR_MS } from "../alert-rows.js";

/**
 * The new errors an import COPYed straight in, by type and clock hour of their opening, counted as
 * the rows arrive: such an import adds them to new_errors_by_hour without reading sync_errors
 * again (that pass cost an import of 1,000,000 rows about a fifth of its time).
 */
export class NewByHourDelta {
  private readonly counts = new Map<string, { rule: string; hour: number; n: number }>();

  /** Counts an error opened at `openedAt` (ms). */
  addOne(ruleId: string, openedAt: number): void {
    const hour = Math.floor(openedAt / HOUR_MS);
    const key = `${ruleId}\u0001${hour}`;
    const entry = this.counts.get(key);
    if (entry) entry.n += 1;
    else this.counts.set(key, { rule: ruleId, hour, n: 1 });
  }

  /** Adds another delta's counts to this one's. */
  merge(other: NewByHourDelta): void {
    for (const [key, entry] of other.counts) {
      const mine = this.counts.get(key);
      if (mine) mine.n += entry.n;
      else this.counts.set(key, { ...entry });
    }
  }

  /** Adds the counts to new_errors_by_hour, inside the caller's transaction. */
  async addTo(client: pg.ClientBase): Promise<void> {
    const entries = [...this.counts.values()];
    if (entries.length === 0) return;
    await client.query(
      `INSERT INTO new_errors_by_hour (rule_id, hour, n)
       SELECT * FROM unnest($1::text[], $2::bigint[], $3::integer[])
       ON CONFLICT (rule_id, hour) DO UPDATE SET n = new_errors_by_hour.n + excluded.n`,
      [entries.map((e) => e.rule), entries.map((e) => e.hour), entries.map((e) => e.n)],
    );
  }
}

/**
 * Adds the errors import `importId` opened to new_errors_by_hour, by type and hour, inside the
 * import's transaction: one pass over sync_errors at commit (the errors an import opened carry
 * its id), for an import that merged rows into errors the store held (re-opened ones count
 * again). An import of new errors alone adds its NewByHourDelta instead.
 */
export async function addImportByHour(client: pg.ClientBase, importId: number): Promise<void> {
  await client.query(
    `INSERT INTO new_errors_by_hour (rule_id, hour, n)
     SELECT rule_id, opened_at / ${HOUR_MS}, count(*) FROM sync_errors
     WHERE opened_import_id = $1 GROUP BY 1, 2
     ON CONFLICT (rule_id, hour) DO UPDATE SET n = new_errors_by_hour.n + excluded.n`,
    [importId],
  );
}

/** Adds the errors a scan opened at `at`, by type, inside the scan's transaction. */
export async function addScanByHour(
  client: pg.ClientBase,
  at: number,
  byRule: ReadonlyMap<string, number>,
): Promise<void> {
  if (byRule.size === 0) return;
  await client.query(
    `INSERT INTO new_errors_by_hour (rule_id, hour, n)
     SELECT rule_id, $2::bigint, n FROM unnest($1::text[], $3::integer[]) AS t (rule_id, n)
     ON CONFLICT (rule_id, hour) DO UPDATE SET n = new_errors_by_hour.n + excluded.n`,
    [[...byRule.keys()], Math.floor(at / HOUR_MS), [...byRule.values()]],
  );
}

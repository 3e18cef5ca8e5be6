import type pg from "pg";

const HOUR_MS = 60 * 60 * 1000;

/**
 * Adds the errors import `importId` opened to new_errors_by_hour, by type and hour, inside the
 * import's transaction: one pass over sync_errors at commit (the errors an import opened carry
 * its id), whichever way its rows went in (COPYed as new, or merged).
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

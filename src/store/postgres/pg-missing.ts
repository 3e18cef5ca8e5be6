import type pg from "pg";
import { StoreError } from "../store-error.js";
import type { MissingResolution, Store } from "../types.js";
import { writeAuditLine } from "./pg-audit-line.js";
import { IMPORT_LOCK, refreshOpenCounts } from "./pg-import.js";
import { type ResolutionRow, toResolution } from "./pg-rows.js";
import { inTransaction } from "./transaction.js";

/** What Store.decideMissing answers. */
type Decided = Awaited<ReturnType<Store["decideMissing"]>>;

/**
 * The answer to "resolve the errors an import did not list?" on PostgreSQL, as
 * ../sqlite-missing-resolutions.ts `decide`: answered once, across replicas too.
 */
export class PostgresMissing {
  constructor(private readonly pool: pg.Pool) {}

  /** See Store.decideMissing. */
  decide(importId: number, decision: "resolve" | "keep", by: string, at: Date): Promise<Decided> {
    return inTransaction(this.pool, async (client) => {
      // Refused while an import runs, as on SQLite: resolving under a running import would
      // resolve errors it is about to list. Shared, so two answers do not refuse each other.
      const free = await client.query<{ free: boolean }>(
        "SELECT pg_try_advisory_xact_lock_shared($1::bigint) AS free",
        [IMPORT_LOCK],
      );
      if (!free.rows[0]?.free)
        throw new StoreError("An import is running; answer when it has finished.");
      const read = async () => {
        const result = await client.query<ResolutionRow>(
          "SELECT * FROM missing_resolutions WHERE import_id = $1",
          [importId],
        );
        const row = result.rows[0];
        return row ? toResolution(row) : null;
      };
      const before = await read();
      if (!before) return null;
      const taken = decision === "resolve" ? "resolved" : "kept";
      // The first answer wins: a second one waits for the first's row lock, then finds the
      // decision taken (read committed re-checks the condition on the row it waited for).
      const decided = await client.query(
        `UPDATE missing_resolutions SET decision = $1, decided_by = $2, decided_at = $3
         WHERE import_id = $4 AND decision IS NULL`,
        [taken, by, at.getTime(), importId],
      );
      // Read again: the answer that won, which this statement's snapshot now sees.
      if (decided.rowCount === 0) return { resolution: (await read()) ?? before, already: true };
      let resolved = 0;
      if (decision === "resolve" && before.objectTypes.length > 0) {
        // Errors a later import listed again (or opened) are that import's to settle.
        const result = await client.query(
          `UPDATE sync_errors SET resolved_at = $1 WHERE resolved_at IS NULL AND source = 'import'
             AND object_type = ANY($2::text[]) AND last_import_id < $3`,
          [at.getTime(), before.objectTypes, importId],
        );
        resolved = result.rowCount ?? 0;
        await client.query("UPDATE missing_resolutions SET resolved = $1 WHERE import_id = $2", [
          resolved,
          importId,
        ]);
        await client.query("UPDATE imports SET resolved = resolved + $1 WHERE id = $2", [
          resolved,
          importId,
        ]);
        await refreshOpenCounts(client);
      }
      await writeAuditLine(client, {
        at,
        who: by,
        action: "import.missing",
        ruleId: null,
        jobId: null,
        count: decision === "resolve" ? resolved : before.count,
        outcome: taken,
        detail: `import ${importId}`,
      });
      return { resolution: (await read()) as MissingResolution, already: false };
    });
  }
}

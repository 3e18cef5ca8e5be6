import type pg from "pg";
import { fingerprintOf } from "../fingerprint.js";
import { StoreError } from "../store-error.js";
import type {
  ImportMeta,
  ImportRecord,
  ImportSummaryInput,
  ImportTransaction,
  MissingCount,
  MissingResolution,
  ObservedError,
} from "../types.js";
import { PG_REFRESH_OPEN_TARGET_GROUPS } from "./migrations.js";
import { type ResolutionRow, toResolution } from "./pg-rows.js";

/** Rows buffered before a flush: a COPY and one merge statement per this many rows. */
export const FLUSH_ROWS = 20_000;

/**
 * The advisory lock key of every syncerror's imports, distinct from the migration lock ("syncimp"
 * in ASCII, so it reads as ours in pg_locks). Held for the import's transaction, released by its
 * end; a scan's write waits for it (pg-scans.ts).
 */
export const IMPORT_LOCK = "32496181800005488"; // 0x73796e63696d70

/** What is staged of one error: the fields the merge writes. */
interface StagedRow {
  readonly fingerprint: string;
  ruleId: string;
  category: string;
  direction: string;
  readonly objectType: string;
  hubspotId: string | null;
  salesforceId: string | null;
  recordName: string | null;
  message: string;
  statusCode: string | null;
  /** The first occurrence's time: what an insert takes as first_seen and opened_at. */
  readonly occurred: number;
}

// ../sqlite-store.ts's per-row upsert, set-based: one statement per batch, the batch's columns as
// arrays unnested in step. unnest emits elements in array order and the insert takes them in that
// order, so ids of new errors follow the file (newErrorSamples' "first row of each type" expects
// it). One round trip, no staging table: a temp staging table needs a TRUNCATE between batches,
// which cost more than the COPY into it (issue 15's import measure).
const MERGE_BATCH = `
  INSERT INTO sync_errors AS e (fingerprint, rule_id, category, direction, object_type, hubspot_id, salesforce_id,
    record_name, message, status_code, source, first_seen, last_seen, opened_at, last_import_id, opened_import_id)
  SELECT fingerprint, rule_id, category, direction, object_type, hubspot_id, salesforce_id, record_name, message,
    status_code, 'import', occurred, $1::bigint, occurred, $2::bigint, $2::bigint
  FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[],
    $11::text[], $12::text[], $13::bigint[])
    AS s (fingerprint, rule_id, category, direction, object_type, hubspot_id, salesforce_id, record_name, message,
      status_code, occurred)
  ON CONFLICT (fingerprint) DO UPDATE SET
    -- HubSpot reporting an error the scan found first makes it HubSpot's: imports settle it.
    source = 'import',
    rule_id = excluded.rule_id,
    category = excluded.category,
    direction = excluded.direction,
    hubspot_id = coalesce(excluded.hubspot_id, e.hubspot_id),
    salesforce_id = coalesce(excluded.salesforce_id, e.salesforce_id),
    record_name = coalesce(excluded.record_name, e.record_name),
    message = excluded.message,
    status_code = excluded.status_code,
    last_seen = excluded.last_seen,
    times_seen = e.times_seen + (e.last_import_id IS DISTINCT FROM excluded.last_import_id)::integer,
    opened_at = CASE WHEN e.resolved_at IS NULL THEN e.opened_at ELSE excluded.opened_at END,
    opened_import_id = CASE WHEN e.resolved_at IS NULL THEN e.opened_import_id ELSE excluded.opened_import_id END,
    resolved_at = NULL,
    last_import_id = excluded.last_import_id`;

/**
 * NUL cannot be stored in a PostgreSQL text value at all (SQLite keeps it): it becomes U+FFFD,
 * the character that stands for one that cannot be represented, so one odd byte in a message does
 * not fail a whole import.
 */
const storable = (value: string | null): string | null =>
  value?.includes("\u0000") ? value.replaceAll("\u0000", "\uFFFD") : value;

/** Open errors of these types that exports report (../sqlite-missing-resolutions.ts notListed). */
const NOT_LISTED = "resolved_at IS NULL AND source = 'import' AND object_type = ANY($1::text[])";

/** Recomputes the open-error summary tables, inside the caller's transaction. */
export async function refreshOpenCounts(client: pg.ClientBase): Promise<void> {
  // One refresh at a time (an import, a scan, an answer to "resolve the missing?"): the next one's
  // DELETE must see the rows the last one inserted, or its INSERT would collide with them. Readers
  // are not blocked.
  await client.query("LOCK TABLE open_target_groups IN SHARE ROW EXCLUSIVE MODE");
  await client.query("DELETE FROM open_target_groups");
  await client.query(PG_REFRESH_OPEN_TARGET_GROUPS);
  await client.query("DELETE FROM open_counts");
  await client.query(
    "INSERT INTO open_counts SELECT rule_id, sum(n) FROM open_target_groups GROUP BY rule_id",
  );
}

/**
 * Starts an import on its own pooled connection: one transaction for the whole import, under an
 * advisory lock that a second import (this process or another replica) finds taken and is
 * refused, as SQLite refuses it.
 */
export async function beginPostgresImport(
  pool: pg.Pool,
  meta: ImportMeta,
  onEnd: () => void,
): Promise<ImportTransaction> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const locked = await client.query<{ locked: boolean }>(
      "SELECT pg_try_advisory_xact_lock($1::bigint) AS locked",
      [IMPORT_LOCK],
    );
    if (!locked.rows[0]?.locked)
      throw new StoreError("Another import is running; try again when it has finished.");
    const inserted = await client.query<{ id: number }>(
      "INSERT INTO imports (file_name, content_hash, imported_by, imported_at) VALUES ($1, $2, $3, $4) RETURNING id",
      [meta.fileName, meta.contentHash, meta.importedBy, meta.importedAt.getTime()],
    );
    return new PostgresImport(client, meta, inserted.rows[0]?.id as number, onEnd);
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    client.release();
    throw error;
  }
}

class PostgresImport implements ImportTransaction {
  /**
   * Rows since the last flush, by fingerprint. A fingerprint seen twice before a flush is merged
   * here as SQLite's second upsert would merge it (the merge statement may touch a row once).
   */
  private buffer = new Map<string, StagedRow>();
  /** Flushes run one after another on the connection; an add need not wait for the last one. */
  private flushing: Promise<void> = Promise.resolve();
  private failure: unknown;
  private ended = false;
  private readonly seenAt: number;

  constructor(
    private readonly client: pg.PoolClient,
    private readonly meta: ImportMeta,
    readonly id: number,
    private readonly onEnd: () => void,
  ) {
    this.seenAt = meta.importedAt.getTime();
  }

  async add(error: ObservedError): Promise<void> {
    this.assertOpen();
    const fingerprint = fingerprintOf(error);
    const seen = this.buffer.get(fingerprint);
    if (seen) {
      // What a second upsert of the same error in one import changes: the latest row's text and
      // type, ids it adds; first_seen and opened_at stay the first row's.
      Object.assign(seen, {
        ruleId: error.ruleId,
        category: error.category,
        direction: error.direction,
        hubspotId: error.hubspotId ?? seen.hubspotId,
        salesforceId: error.salesforceId ?? seen.salesforceId,
        recordName: error.recordName ?? seen.recordName,
        message: error.message,
        statusCode: error.statusCode,
      });
    } else {
      this.buffer.set(fingerprint, {
        fingerprint,
        ruleId: error.ruleId,
        category: error.category,
        direction: error.direction,
        objectType: error.objectType,
        hubspotId: error.hubspotId,
        salesforceId: error.salesforceId,
        recordName: error.recordName,
        message: error.message,
        statusCode: error.statusCode,
        occurred: error.occurredAt?.getTime() ?? this.seenAt,
      });
    }
    if (this.buffer.size >= FLUSH_ROWS) {
      // The caller reads and classifies the next batch while the server merges this one; it
      // waits only for the batch before (at most two batches are held in memory).
      const before = this.flushing;
      // Not awaited on purpose; it never rejects (a failure is kept in this.failure).
      void this.flush();
      await before;
      this.assertHealthy();
    }
  }

  /**
   * Hands the buffered rows to the connection, after the batches before them: COPY into staging,
   * then one merge. Resolves once they are merged; a failure is kept for the next call to throw.
   */
  private flush(): Promise<void> {
    const rows = [...this.buffer.values()];
    this.buffer = new Map();
    if (rows.length === 0) return this.flushing;
    const columns = [
      rows.map((row) => storable(row.fingerprint)),
      rows.map((row) => storable(row.ruleId)),
      rows.map((row) => storable(row.category)),
      rows.map((row) => storable(row.direction)),
      rows.map((row) => storable(row.objectType)),
      rows.map((row) => storable(row.hubspotId)),
      rows.map((row) => storable(row.salesforceId)),
      rows.map((row) => storable(row.recordName)),
      rows.map((row) => storable(row.message)),
      rows.map((row) => storable(row.statusCode)),
      rows.map((row) => row.occurred),
    ];
    this.flushing = this.flushing.then(async () => {
      if (this.failure) return;
      try {
        await this.client.query(MERGE_BATCH, [this.seenAt, this.id, ...columns]);
      } catch (error) {
        this.failure = error;
      }
    });
    return this.flushing;
  }

  private assertOpen(): void {
    if (this.ended) throw new StoreError(`Import ${this.id} has already ended.`);
    this.assertHealthy();
  }

  private assertHealthy(): void {
    if (this.failure)
      throw new StoreError(
        `Import ${this.id} could not write its rows: ${(this.failure as Error).message}.`,
        { cause: this.failure },
      );
  }

  async commit(summary: ImportSummaryInput): Promise<ImportRecord> {
    this.assertOpen();
    this.ended = true;
    const { client, id, meta, seenAt } = this;
    try {
      await this.flush();
      this.assertHealthy();
      const count = await this.countMissing(summary);
      const decision =
        count.missing === 0 ? "resolve" : (summary.decideMissing?.(count) ?? "resolve");
      let resolved = 0;
      let missing: MissingResolution | null = null;
      if (decision === "resolve") {
        if (summary.objectTypes.length > 0) {
          // Only what exports report: an error only the scan finds is the scan's to settle.
          const result = await client.query(
            `UPDATE sync_errors SET resolved_at = $2 WHERE ${NOT_LISTED} AND last_import_id IS DISTINCT FROM $3`,
            [summary.objectTypes, seenAt, id],
          );
          resolved = result.rowCount ?? 0;
        }
      } else {
        const kept = decision === "keep";
        const written = await client.query<ResolutionRow>(
          `INSERT INTO missing_resolutions (import_id, object_types, snapshot_at, count, decision, decided_by, decided_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
          [
            id,
            JSON.stringify(summary.objectTypes),
            seenAt,
            count.missing,
            kept ? "kept" : null,
            kept ? meta.importedBy : null,
            kept ? seenAt : null,
          ],
        );
        missing = toResolution(written.rows[0] as ResolutionRow);
      }
      const newByRule: Record<string, number> = {};
      let newCount = 0;
      // New and still-open counts in one pass: every row this import opened it also last saw.
      const seen = await client.query<{ rule_id: string; n: number; still: number }>(
        `SELECT rule_id, count(*) FILTER (WHERE opened_import_id = $1) AS n,
           count(*) FILTER (WHERE opened_import_id IS DISTINCT FROM $1) AS still
         FROM sync_errors WHERE last_import_id = $1
         GROUP BY rule_id ORDER BY rule_id COLLATE "C"`,
        [id],
      );
      let stillOpen = 0;
      for (const { rule_id: ruleId, n, still } of seen.rows) {
        if (n > 0) newByRule[ruleId] = n;
        newCount += n;
        stillOpen += still;
      }
      await refreshOpenCounts(client);
      if (summary.columnMapping) {
        const mapping = summary.columnMapping;
        await client.query(
          `INSERT INTO column_mappings (header_key, headers, columns, confirmed_by, confirmed_at)
           VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (header_key) DO UPDATE SET headers = excluded.headers, columns = excluded.columns,
             confirmed_by = excluded.confirmed_by, confirmed_at = excluded.confirmed_at`,
          [
            mapping.headerKey,
            JSON.stringify(mapping.headers),
            JSON.stringify(mapping.columns),
            mapping.confirmedBy,
            mapping.confirmedAt.getTime(),
          ],
        );
      }
      await client.query(
        `UPDATE imports SET rows_read = $1, new_count = $2, still_open = $3, resolved = $4, rejected = $5,
           object_types = $6, columns = $7, new_by_rule = $8 WHERE id = $9`,
        [
          summary.rowsRead,
          newCount,
          stillOpen,
          resolved,
          summary.rejected,
          JSON.stringify(summary.objectTypes),
          JSON.stringify(summary.columns),
          JSON.stringify(newByRule),
          id,
        ],
      );
      await client.query("COMMIT");
      this.finish();
      return {
        id,
        ...meta,
        rowsRead: summary.rowsRead,
        newCount,
        stillOpen,
        resolved,
        rejected: summary.rejected,
        objectTypes: summary.objectTypes,
        columns: summary.columns,
        newByRule,
        missing,
      };
    } catch (error) {
      await this.abort();
      throw error;
    }
  }

  /** The open errors of the types this import did not list, and all open ones of the types. */
  private async countMissing(summary: ImportSummaryInput): Promise<MissingCount> {
    if (summary.objectTypes.length === 0) return { missing: 0, open: 0 };
    const result = await this.client.query<MissingCount>(
      `SELECT count(*) FILTER (WHERE last_import_id IS DISTINCT FROM $2) AS missing,
         count(*) FILTER (WHERE last_import_id IS DISTINCT FROM $2 OR opened_import_id IS DISTINCT FROM $2) AS open
       FROM sync_errors WHERE ${NOT_LISTED}`,
      [summary.objectTypes, this.id],
    );
    const row = result.rows[0];
    return { missing: row?.missing ?? 0, open: row?.open ?? 0 };
  }

  async rollback(): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    await this.abort();
  }

  /** Rolls back and gives the connection back (destroyed when it failed: its state is unknown). */
  private async abort(): Promise<void> {
    try {
      await this.flushing;
      await this.client.query("ROLLBACK");
      this.finish();
    } catch (error) {
      this.finish(error as Error);
    }
  }

  private finish(broken?: Error): void {
    this.client.release(broken);
    this.onEnd();
  }
}

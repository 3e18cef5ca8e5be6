import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { fingerprintOf } from "../fingerprint.js";
import { StoreError } from "../store-error.js";
import type {
  ImportMeta,
  ImportRecord,
  ImportSummaryInput,
  ImportTransaction,
  MissingResolution,
  ObservedError,
} from "../types.js";
import { CopyBatch } from "./copy-batch.js";
import { PG_REFRESH_OPEN_TARGET_GROUPS } from "./migrations.js";
import { addImportByHour, NewByHourDelta } from "./new-by-hour.js";
import { OpenCountDelta } from "./open-count-delta.js";
import { type ResolutionRow, toResolution } from "./pg-rows.js";

/** Rows buffered before a flush: a COPY and one merge statement per this many rows. */
export const FLUSH_ROWS = 20_000;

/**
 * The advisory lock key of every syncerror's imports, distinct from the migration lock ("syncimp"
 * in ASCII, so it reads as ours in pg_locks). Held for the import's transaction, released by its
 * end; a scan's write waits for it (pg-scans.ts).
 */
export const IMPORT_LOCK = "32496181800005488"; // 0x73796e63696d70

/** Rows added between two turns of the event loop (see add). */
const YIELD_ROWS = 1_000;

/**
 * The columns of sync_errors an import writes, in the order of a batch's COPY text (copy-batch.ts).
 * times_seen takes its default, 1.
 */
const COLUMNS = `fingerprint, rule_id, category, direction, object_type, hubspot_id, salesforce_id, record_name,
  message, status_code, source, first_seen, opened_at, last_seen, last_import_id, opened_import_id`;

/**
 * The staging table of one import, for batches that hold errors the store knows (see flush): each
 * is COPYed in, merged into sync_errors, and the table truncated before the next. n numbers the
 * rows in file order. Temporary: no WAL, only this connection sees it, and it goes with the
 * transaction (commit or rollback).
 *
 * Why COPY and not a batch's columns as arrays to unnest (what imports did before): node-postgres
 * writes an array parameter as a quoted, escaped literal in JavaScript and the server parses it
 * back with array_in; for 1,000,000 rows that cost about 12 s on top of the merge's 9 s, where
 * COPY's text format costs the server about 1.5 s (issue 15's import measure).
 */
const CREATE_STAGING = `
  CREATE TEMP TABLE import_staging (n bigint GENERATED ALWAYS AS IDENTITY, fingerprint text, rule_id text,
    category text, direction text, object_type text, hubspot_id text, salesforce_id text, record_name text,
    message text, status_code text, source text, first_seen bigint, opened_at bigint, last_seen bigint,
    last_import_id bigint, opened_import_id bigint) ON COMMIT DROP`;

const COPY_STAGING = `COPY import_staging (${COLUMNS}) FROM STDIN`;

/** New errors, straight into the table (see PostgresImport.flush). */
const COPY_NEW = `COPY sync_errors (${COLUMNS}) FROM STDIN`;

/** PostgreSQL's unique_violation: a COPY_NEW met an error the store holds already. */
const UNIQUE_VIOLATION = "23505";

// ../sqlite-store.ts's per-row upsert, set-based: one statement per batch from the staging table.
// The truncation between batches costs about 10 ms each (an earlier note measured it dearer than
// the COPY: that was the event loop held by the caller, see add, not the TRUNCATE).
// Rows are taken in file order (n), so ids of new errors follow the file (newErrorSamples' "first
// row of each type" expects it).
const MERGE_BATCH = `
  INSERT INTO sync_errors AS e (fingerprint, rule_id, category, direction, object_type, hubspot_id, salesforce_id,
    record_name, message, status_code, source, first_seen, last_seen, opened_at, last_import_id, opened_import_id)
  SELECT fingerprint, rule_id, category, direction, object_type, hubspot_id, salesforce_id, record_name, message,
    status_code, source, first_seen, last_seen, opened_at, last_import_id, opened_import_id
  FROM import_staging ORDER BY n
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
   * Rows since the last flush, as COPY text. A fingerprint seen twice before a flush is merged
   * there as SQLite's second upsert would merge it (the merge statement may touch a row once).
   */
  private batch: CopyBatch;
  /** Flushes run one after another on the connection; an add need not wait for the last one. */
  private flushing: Promise<void> = Promise.resolve();
  private failure: unknown;
  /** Whether this import's staging table exists yet (created by the first flush). */
  private staged = false;
  /** True while every batch held only new errors: the next is COPYed straight in (see flush). */
  private bulk = true;
  /** What the batches COPYed straight in added, for a commit that need not count it again. */
  private readonly bulkCounts = new OpenCountDelta();
  /** The same batches' errors by type and hour, for new_errors_by_hour. */
  private readonly bulkHours = new NewByHourDelta();
  /** Rows added so far, to yield to the event loop every YIELD_ROWS. */
  private added = 0;
  private ended = false;
  private readonly seenAt: number;

  constructor(
    private readonly client: pg.PoolClient,
    private readonly meta: ImportMeta,
    readonly id: number,
    private readonly onEnd: () => void,
  ) {
    this.seenAt = meta.importedAt.getTime();
    this.batch = this.nextBatch();
  }

  private nextBatch(): CopyBatch {
    return new CopyBatch(`\t${this.seenAt}\t${this.id}\t${this.id}\n`, this.seenAt);
  }

  async add(error: ObservedError): Promise<void> {
    this.assertOpen();
    this.batch.add(error, fingerprintOf(error));
    // A caller that never waits on I/O (a loop over rows in memory, as the bench's) would otherwise
    // hold the event loop until the next flush, and the server's answers to a batch's statements
    // would be read only then: each statement after the first would wait for a whole batch of
    // reading instead of running alongside it (issue 15: 22 s → 13 s for 1,000,000 rows).
    if (++this.added % YIELD_ROWS === 0) await new Promise(setImmediate);
    if (this.batch.size >= FLUSH_ROWS) {
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
   * Hands the buffered rows to the connection, after the batches before them. Resolves once they
   * are written; a failure is kept for the next call to throw.
   *
   * While every batch so far held only errors the store did not know, the next is COPYed straight
   * into sync_errors: COPY inserts in bulk (1,000,000 rows, keys and indexes included, in about
   * 8 s), where `INSERT … SELECT … ON CONFLICT` inserts row by row, speculatively (about twice
   * that). A batch with an error the store holds fails that COPY on the fingerprint's unique key;
   * it is rolled back to its savepoint and upserted through staging, as is every batch after it
   * (an export the store has seen before is mostly known errors: one wasted COPY, then the
   * upsert). Nothing else adds errors meanwhile: the import holds IMPORT_LOCK, for which scans
   * wait.
   */
  private flush(): Promise<void> {
    const batch = this.batch;
    this.batch = this.nextBatch();
    if (batch.size === 0) return this.flushing;
    this.flushing = this.flushing.then(async () => {
      if (this.failure) return;
      try {
        if (this.bulk && (await this.copyAllNew(batch))) {
          this.bulkCounts.merge(batch.counts);
          this.bulkHours.merge(batch.hours);
          return;
        }
        await this.upsert(batch);
      } catch (error) {
        this.failure = error;
      }
    });
    return this.flushing;
  }

  /** COPYs a batch of errors the store does not hold; false (and nothing written) if it holds one. */
  private async copyAllNew(batch: CopyBatch): Promise<boolean> {
    const { client } = this;
    await client.query("SAVEPOINT import_batch");
    try {
      await this.copy(COPY_NEW, batch);
    } catch (error) {
      if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
      await client.query("ROLLBACK TO SAVEPOINT import_batch");
      this.bulk = false;
      return false;
    }
    await client.query("RELEASE SAVEPOINT import_batch");
    return true;
  }

  /** Upserts a batch through the staging table (MERGE_BATCH). */
  private async upsert(batch: CopyBatch): Promise<void> {
    const { client } = this;
    if (!this.staged) {
      await client.query(CREATE_STAGING);
      this.staged = true;
    } else await client.query("TRUNCATE import_staging");
    await this.copy(COPY_STAGING, batch);
    await client.query(MERGE_BATCH);
  }

  /** One COPY … FROM STDIN of a batch's text on the import's connection. */
  private copy(statement: string, batch: CopyBatch): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const stream = this.client.query(copyFrom(statement));
      stream.on("finish", resolve);
      stream.on("error", reject);
      for (const chunk of batch.chunks()) stream.write(chunk);
      stream.end();
    });
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
      // Every row went in as a new error: what it opened is counted already, and only the errors
      // it may leave missing are left to count (see countsOfBulkImport).
      const tally = this.bulk ? await this.countsOfBulkImport(summary) : await this.tally(summary);
      const count = { missing: tally.missing, open: tally.open };
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
      const { newByRule, newCount, stillOpen } = tally;
      // Every row new: its own hours, no pass over sync_errors; else what it opened, counted there.
      if (this.bulk) await this.bulkHours.addTo(client);
      else if (newCount > 0) await addImportByHour(client, id);
      // Nothing resolved and every row new: the open counts grow by what was added, no recount.
      if (this.bulk && resolved === 0) await this.bulkCounts.addTo(client);
      else await refreshOpenCounts(client);
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

  /**
   * What commit reports, in one pass over sync_errors (issue 15: three full scans at commit were
   * a tenth of an import of 1,000,000 rows; this one replaces two of them): per type, the errors
   * this import opened and the open ones it saw again (every row this import opened it also last
   * saw); and the open errors of the listed object types it did not see (missing), with all open
   * ones of those types. Taken before the missing ones are resolved, which changes none of the
   * rows this import saw.
   */
  /**
   * tally's numbers for an import whose every row went in by COPY as a new error: its new errors
   * by type are the bulk counts, none was open before (still open: 0), and the missing are the
   * open errors of its object types that it did not list, all of them not this import's.
   */
  private async countsOfBulkImport(summary: ImportSummaryInput): Promise<{
    missing: number;
    open: number;
    newByRule: Record<string, number>;
    newCount: number;
    stillOpen: number;
  }> {
    let missing = 0;
    if (summary.objectTypes.length > 0) {
      const result = await this.client.query<{ missing: number }>(
        `SELECT count(*)::integer AS missing FROM sync_errors
         WHERE ${NOT_LISTED} AND last_import_id IS DISTINCT FROM $2`,
        [summary.objectTypes, this.id],
      );
      missing = result.rows[0]?.missing ?? 0;
    }
    const newByRule = this.bulkCounts.byRule();
    const newCount = Object.values(newByRule).reduce((sum, n) => sum + n, 0);
    return { missing, open: missing, newByRule, newCount, stillOpen: 0 };
  }

  private async tally(summary: ImportSummaryInput): Promise<{
    missing: number;
    open: number;
    newByRule: Record<string, number>;
    newCount: number;
    stillOpen: number;
  }> {
    const result = await this.client.query<{
      rule_id: string;
      n: number;
      still: number;
      missing: number;
      open: number;
    }>(
      `SELECT rule_id,
         count(*) FILTER (WHERE last_import_id = $2 AND opened_import_id = $2)::integer AS n,
         count(*) FILTER (WHERE last_import_id = $2 AND opened_import_id IS DISTINCT FROM $2)::integer AS still,
         count(*) FILTER (WHERE ${NOT_LISTED} AND last_import_id IS DISTINCT FROM $2)::integer AS missing,
         count(*) FILTER (WHERE ${NOT_LISTED}
           AND (last_import_id IS DISTINCT FROM $2 OR opened_import_id IS DISTINCT FROM $2))::integer AS open
       FROM sync_errors WHERE last_import_id = $2 OR (${NOT_LISTED})
       GROUP BY rule_id ORDER BY rule_id COLLATE "C"`,
      [summary.objectTypes, this.id],
    );
    const tally = {
      missing: 0,
      open: 0,
      newByRule: {} as Record<string, number>,
      newCount: 0,
      stillOpen: 0,
    };
    for (const { rule_id: ruleId, n, still, missing, open } of result.rows) {
      if (n > 0) tally.newByRule[ruleId] = n;
      tally.newCount += n;
      tally.stillOpen += still;
      tally.missing += missing;
      tally.open += open;
    }
    return tally;
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

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
import { copyField } from "./copy-text.js";
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

/** Rows added between two turns of the event loop (see add). */
const YIELD_ROWS = 1_000;

/**
 * The staging table of one import: each batch is COPYed in, merged into sync_errors, and the
 * table truncated before the next. n is the row's place in its batch (file order). Temporary: no
 * WAL, only this connection sees it, and it goes with the transaction (commit or rollback).
 *
 * Why COPY and not a batch's columns as arrays to unnest (what imports did before): node-postgres
 * writes an array parameter as a quoted, escaped literal in JavaScript and the server parses it
 * back with array_in; for 1,000,000 rows that cost about 12 s on top of the merge's 9 s, where
 * COPY's text format costs the server about 1.5 s (issue 15's import measure).
 */
const CREATE_STAGING = `
  CREATE TEMP TABLE import_staging (n integer, fingerprint text, rule_id text, category text, direction text,
    object_type text, hubspot_id text, salesforce_id text, record_name text, message text, status_code text,
    occurred bigint) ON COMMIT DROP`;

const COPY_STAGING = "COPY import_staging FROM STDIN";

/** New errors, straight into the table (see PostgresImport.flush); times_seen takes its default, 1. */
const COPY_NEW = `COPY sync_errors (fingerprint, rule_id, category, direction, object_type, hubspot_id,
  salesforce_id, record_name, message, status_code, source, first_seen, last_seen, opened_at, last_import_id,
  opened_import_id) FROM STDIN`;

// ../sqlite-store.ts's upsert of an error the store holds already, set-based: one statement per
// batch from the staging table. The truncation between batches costs about 10 ms each.
const MERGE_KNOWN = `
  UPDATE sync_errors AS e SET
    -- HubSpot reporting an error the scan found first makes it HubSpot's: imports settle it.
    source = 'import',
    rule_id = s.rule_id,
    category = s.category,
    direction = s.direction,
    hubspot_id = coalesce(s.hubspot_id, e.hubspot_id),
    salesforce_id = coalesce(s.salesforce_id, e.salesforce_id),
    record_name = coalesce(s.record_name, e.record_name),
    message = s.message,
    status_code = s.status_code,
    last_seen = $1::bigint,
    times_seen = e.times_seen + (e.last_import_id IS DISTINCT FROM $2::bigint)::integer,
    opened_at = CASE WHEN e.resolved_at IS NULL THEN e.opened_at ELSE s.occurred END,
    opened_import_id = CASE WHEN e.resolved_at IS NULL THEN e.opened_import_id ELSE $2::bigint END,
    resolved_at = NULL,
    last_import_id = $2::bigint
  FROM import_staging AS s
  WHERE e.fingerprint = s.fingerprint`;

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
  /** Whether this import's staging table exists yet (created by the first flush). */
  private staged = false;
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
    // A caller that never waits on I/O (a loop over rows in memory, as the bench's) would otherwise
    // hold the event loop until the next flush, and the server's answers to a batch's statements
    // would be read only then: each statement after the first would wait for a whole batch of
    // reading instead of running alongside it (issue 15: 22 s → 13 s for 1,000,000 rows).
    if (++this.added % YIELD_ROWS === 0) await new Promise(setImmediate);
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
   * Hands the buffered rows to the connection, after the batches before them. Resolves once they
   * are written; a failure is kept for the next call to throw.
   *
   * Rows of errors the store does not hold yet are COPYed straight into sync_errors: COPY inserts
   * in bulk (1,000,000 rows with the table's keys and indexes in about 8 s), where an
   * `INSERT … SELECT … ON CONFLICT` inserts row by row, speculatively (about twice that). Only
   * errors the store already holds go through staging and an UPDATE. Nothing else can add an
   * error meanwhile: the import holds IMPORT_LOCK, for which scans wait before writing.
   */
  private flush(): Promise<void> {
    const rows = [...this.buffer.values()];
    this.buffer = new Map();
    if (rows.length === 0) return this.flushing;
    // The escaping, done now while the server works on the batch before: the fields every row
    // sends whichever way it goes.
    const fields = rows.map((row) =>
      [
        row.fingerprint,
        row.ruleId,
        row.category,
        row.direction,
        row.objectType,
        row.hubspotId,
        row.salesforceId,
        row.recordName,
        row.message,
        row.statusCode,
      ]
        .map(copyField)
        .join("\t"),
    );
    const fingerprints = rows.map((row) => copyField(row.fingerprint));
    this.flushing = this.flushing.then(async () => {
      if (this.failure) return;
      try {
        const held = await this.client.query<{ fingerprint: string }>(
          "SELECT fingerprint FROM sync_errors WHERE fingerprint = ANY($1::text[])",
          [fingerprints],
        );
        const known = new Set(held.rows.map((r) => r.fingerprint));
        let fresh = "";
        let seen = "";
        const { seenAt, id } = this;
        rows.forEach((row, i) => {
          if (known.has(fingerprints[i] as string)) seen += `${i}\t${fields[i]}\t${row.occurred}\n`;
          // In file order, so ids of new errors follow the file (newErrorSamples' "first row of
          // each type" expects it).
          else
            fresh += `${fields[i]}\timport\t${row.occurred}\t${seenAt}\t${row.occurred}\t${id}\t${id}\n`;
        });
        if (fresh !== "") await this.copy(COPY_NEW, fresh);
        if (seen !== "") {
          if (!this.staged) {
            await this.client.query(CREATE_STAGING);
            this.staged = true;
          } else await this.client.query("TRUNCATE import_staging");
          await this.copy(COPY_STAGING, seen);
          await this.client.query(MERGE_KNOWN, [seenAt, id]);
        }
      } catch (error) {
        this.failure = error;
      }
    });
    return this.flushing;
  }

  /** One COPY … FROM STDIN of `text` on the import's connection. */
  private copy(statement: string, text: string): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const stream = this.client.query(copyFrom(statement));
      stream.on("finish", resolve);
      stream.on("error", reject);
      stream.end(text);
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
      const tally = await this.tally(summary);
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

  /**
   * What commit reports, in one pass over sync_errors (issue 15: three full scans at commit were
   * a tenth of an import of 1,000,000 rows; this one replaces two of them): per type, the errors
   * this import opened and the open ones it saw again (every row this import opened it also last
   * saw); and the open errors of the listed object types it did not see (missing), with all open
   * ones of those types. Taken before the missing ones are resolved, which changes none of the
   * rows this import saw.
   */
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

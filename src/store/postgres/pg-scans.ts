import type pg from "pg";
import { fingerprintOf } from "../fingerprint.js";
import type { ObservedError, ScanLock, ScanRecord, ScanStore } from "../types.js";
import { addScanByHour } from "./new-by-hour.js";
import { IMPORT_LOCK, refreshOpenCounts } from "./pg-import.js";
import { inTransaction } from "./transaction.js";

// The scan lock's key ("syncscn" in ASCII, so it reads as ours in pg_locks), apart from the
// import's and the migration's. Session-level: held by one connection until released.
const SCAN_LOCK = "32503137343595374"; // 0x73796e6373636e

interface ScanRow {
  id: number;
  started_at: number;
  finished_at: number;
  since: number | null;
  new_count: number;
  resolved: number;
  summary: string;
}

const toScan = (row: ScanRow): ScanRecord => ({
  id: row.id,
  startedAt: new Date(row.started_at),
  finishedAt: new Date(row.finished_at),
  since: row.since === null ? null : new Date(row.since),
  newCount: row.new_count,
  resolved: row.resolved,
  summary: JSON.parse(row.summary) as unknown,
});

// ../sqlite-scans.ts's per-finding upsert, set-based: the findings in the order they came (ids of
// new errors follow it). A finding HubSpot already reports stays HubSpot's (source and first
// sighting kept). `extra` counts the repeats of a fingerprint in one scan, which SQLite upserts
// one after another: each adds a sighting, and the last one's message is the one kept.
const UPSERT_FINDINGS = `
  INSERT INTO sync_errors AS e (fingerprint, rule_id, category, direction, object_type, hubspot_id, salesforce_id,
    record_name, message, status_code, source, first_seen, last_seen, opened_at, times_seen)
  SELECT f.fingerprint, f.rule_id, f.category, f.direction, f.object_type, f.hubspot_id, f.salesforce_id,
    f.record_name, f.message, f.status_code, 'scan', $12::bigint, $12::bigint, $12::bigint, 1 + f.extra
  FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
    $9::text[], $10::text[], $11::integer[]) WITH ORDINALITY
    AS f(fingerprint, rule_id, category, direction, object_type, hubspot_id, salesforce_id, record_name, message,
      status_code, extra, ord)
  ORDER BY f.ord
  ON CONFLICT (fingerprint) DO UPDATE SET
    last_seen = excluded.last_seen,
    times_seen = e.times_seen + excluded.times_seen,
    opened_at = CASE WHEN e.resolved_at IS NULL THEN e.opened_at ELSE excluded.opened_at END,
    message = CASE WHEN e.source = 'scan' THEN excluded.message ELSE e.message END,
    resolved_at = NULL
  RETURNING fingerprint, opened_at = $12::bigint AS opened`;

// The open scan findings of records the scan read (by either id) and did not find again.
const RESOLVE_FINE = `
  UPDATE sync_errors SET resolved_at = $1
  WHERE resolved_at IS NULL AND source = 'scan' AND NOT (fingerprint = ANY($2::text[]))
    AND ((object_type, hubspot_id) IN (SELECT * FROM unnest($3::text[], $4::text[]))
      OR (object_type, salesforce_id) IN (SELECT * FROM unnest($5::text[], $6::text[])))`;

/** One fingerprint's findings in a scan: the first one's fields, the last one's message. */
interface Merged {
  readonly first: ObservedError;
  message: string;
  repeats: number;
}

/**
 * Scans and their findings on PostgreSQL, as ../sqlite-scans.ts. A scan's write waits for a
 * running import (any replica's) by taking the import's advisory lock for its transaction.
 */
export class PostgresScans implements ScanStore {
  /** Scan locks this store holds, released when it closes. */
  private readonly held = new Set<ScanLock>();

  constructor(private readonly pool: pg.Pool) {}

  async lastScan(): Promise<ScanRecord | null> {
    const result = await this.pool.query<ScanRow>("SELECT * FROM scans ORDER BY id DESC LIMIT 1");
    const row = result.rows[0];
    return row ? toScan(row) : null;
  }

  recordScan(input: Parameters<ScanStore["recordScan"]>[0]): Promise<ScanRecord> {
    const at = input.finishedAt.getTime();
    const merged = new Map<string, Merged>();
    for (const finding of input.findings) {
      const fingerprint = fingerprintOf(finding);
      const seen = merged.get(fingerprint);
      if (seen) {
        seen.message = finding.message;
        seen.repeats++;
      } else merged.set(fingerprint, { first: finding, message: finding.message, repeats: 0 });
    }
    const findings = [...merged.entries()];
    const column = <T>(pick: (first: ObservedError) => T) => findings.map(([, m]) => pick(m.first));
    const scannedBy = (id: "hubspotId" | "salesforceId") => {
      const read = input.scanned.filter((r) => r[id]);
      return [read.map((r) => r.objectType), read.map((r) => r[id] as string)];
    };
    return inTransaction(this.pool, async (client) => {
      // Blocks until a running import commits or rolls back, as SQLite's scan waits for it; an
      // import that starts meanwhile is refused until this transaction ends.
      await client.query("SELECT pg_advisory_xact_lock($1::bigint)", [IMPORT_LOCK]);
      let newCount = 0;
      if (findings.length > 0) {
        const upserted = await client.query<{ fingerprint: string; opened: boolean }>(
          UPSERT_FINDINGS,
          [
            findings.map(([fingerprint]) => fingerprint),
            column((f) => f.ruleId),
            column((f) => f.category),
            column((f) => f.direction),
            column((f) => f.objectType),
            column((f) => f.hubspotId),
            column((f) => f.salesforceId),
            column((f) => f.recordName),
            findings.map(([, m]) => m.message),
            column((f) => f.statusCode),
            findings.map(([, m]) => m.repeats),
            at,
          ],
        );
        // SQLite counts every repeat of a finding that opened its error (the repeat finds it
        // opened at the scan's time too).
        const openedByRule = new Map<string, number>();
        for (const row of upserted.rows) {
          if (!row.opened) continue;
          const finding = merged.get(row.fingerprint);
          newCount += 1 + (finding?.repeats ?? 0);
          // new_errors_by_hour counts errors: a repeated finding once, as on SQLite.
          if (finding)
            openedByRule.set(
              finding.first.ruleId,
              (openedByRule.get(finding.first.ruleId) ?? 0) + 1,
            );
        }
        await addScanByHour(client, at, openedByRule);
      }
      const resolved = await client.query(RESOLVE_FINE, [
        at,
        findings.map(([fingerprint]) => fingerprint),
        ...scannedBy("hubspotId"),
        ...scannedBy("salesforceId"),
      ]);
      await refreshOpenCounts(client);
      const inserted = await client.query<ScanRow>(
        `INSERT INTO scans (started_at, finished_at, since, new_count, resolved, summary)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
        [
          input.startedAt.getTime(),
          at,
          input.since?.getTime() ?? null,
          newCount,
          resolved.rowCount ?? 0,
          JSON.stringify(input.summary),
        ],
      );
      return toScan(inserted.rows[0] as ScanRow);
    });
  }

  async tryScanLock(owner: string): Promise<ScanLock | null> {
    // Its own connection, kept out of the pool while held: a session-level advisory lock lives as
    // long as the connection that took it (a replica that dies lets it go with its connection).
    const client = await this.pool.connect();
    // A held connection that breaks emits "error" with no query to reject: heard, not a crash.
    const onError = () => {};
    client.on("error", onError);
    let taken: boolean;
    try {
      const result = await client.query<{ locked: boolean }>(
        "SELECT pg_try_advisory_lock($1::bigint) AS locked",
        [SCAN_LOCK],
      );
      taken = result.rows[0]?.locked === true;
      // The owner shows in pg_stat_activity, for an admin asking who scans.
      if (taken)
        await client.query("SELECT set_config('application_name', $1, false)", [
          `syncerror scan: ${owner}`.slice(0, 63),
        ]);
    } catch (error) {
      client.off("error", onError);
      client.release(error as Error);
      throw error;
    }
    if (!taken) {
      client.off("error", onError);
      client.release();
    }
    if (!taken) return null;
    let released: Promise<void> | undefined;
    const lock: ScanLock = {
      release: () => {
        released ??= (async () => {
          this.held.delete(lock);
          client.off("error", onError);
          try {
            await client.query("SELECT pg_advisory_unlock($1::bigint)", [SCAN_LOCK]);
            await client.query("RESET application_name");
            client.release();
          } catch (error) {
            // A broken connection has lost the lock with its session already.
            client.release(error as Error);
          }
        })();
        return released;
      },
    };
    this.held.add(lock);
    return lock;
  }

  /** Releases the scan locks still held (the pool waits for their connections to close). */
  async releaseAll(): Promise<void> {
    await Promise.all([...this.held].map((lock) => lock.release()));
  }
}

import type Database from "better-sqlite3";
import { HOUR_MS } from "./alert-rows.js";
import { fingerprintOf } from "./fingerprint.js";
import type { ScanLock, ScanRecord, ScanStore } from "./types.js";

type Db = Database.Database;

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

/** Scans and their findings. `refreshOpenCounts` keeps the summary tables in step. */
export class SqliteScans {
  private readonly statements;
  /** The scan lock's holder: one process uses a SQLite file, so memory is where it is held. */
  private lockedBy: string | null = null;

  constructor(
    private readonly writer: Db,
    private readonly refreshOpenCounts: () => void,
    /** Adds the errors a scan opened to new_errors_by_hour, in its transaction. */
    private readonly addNewByHour: (
      rows: Iterable<{ ruleId: string; hour: number; n: number }>,
    ) => void,
  ) {
    this.statements = {
      last: writer.prepare("SELECT * FROM scans ORDER BY id DESC LIMIT 1"),
      insert: writer.prepare(
        "INSERT INTO scans (started_at, finished_at, since, new_count, resolved, summary) VALUES (?, ?, ?, ?, ?, ?)",
      ),
      // A finding HubSpot already reports stays HubSpot's (source and first sighting kept).
      upsert: writer.prepare(`
        INSERT INTO sync_errors (fingerprint, rule_id, category, direction, object_type, hubspot_id, salesforce_id,
          record_name, message, status_code, source, first_seen, last_seen, opened_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'scan', ?, ?, ?)
        ON CONFLICT (fingerprint) DO UPDATE SET
          last_seen = excluded.last_seen,
          times_seen = sync_errors.times_seen + 1,
          opened_at = CASE WHEN sync_errors.resolved_at IS NULL THEN sync_errors.opened_at ELSE excluded.opened_at END,
          message = CASE WHEN sync_errors.source = 'scan' THEN excluded.message ELSE sync_errors.message END,
          resolved_at = NULL
        RETURNING (opened_at = ?) AS opened`),
      openScanErrors: writer.prepare(
        "SELECT id, fingerprint, object_type, hubspot_id, salesforce_id FROM sync_errors WHERE resolved_at IS NULL AND source = 'scan'",
      ),
      resolve: writer.prepare("UPDATE sync_errors SET resolved_at = ? WHERE id = ?"),
    };
  }

  /** See ScanStore.tryScanLock. */
  tryScanLock(owner: string): ScanLock | null {
    if (this.lockedBy !== null) return null;
    this.lockedBy = owner;
    let held = true;
    return {
      release: async () => {
        if (!held) return;
        held = false;
        this.lockedBy = null;
      },
    };
  }

  lastScan(): ScanRecord | null {
    const row = this.statements.last.get() as ScanRow | undefined;
    return row ? toScan(row) : null;
  }

  recordScan(input: Parameters<ScanStore["recordScan"]>[0]): ScanRecord {
    const at = input.finishedAt.getTime();
    return this.writer.transaction(() => {
      const found = new Set<string>();
      let newCount = 0;
      // Errors the scan opened, by type (a finding repeated in the scan counts once).
      const opened = new Map<string, Set<string>>();
      for (const e of input.findings) {
        const fingerprint = fingerprintOf(e);
        found.add(fingerprint);
        const row = this.statements.upsert.get(
          fingerprint,
          e.ruleId,
          e.category,
          e.direction,
          e.objectType,
          e.hubspotId,
          e.salesforceId,
          e.recordName,
          e.message,
          e.statusCode,
          at,
          at,
          at,
          at,
        ) as { opened: number };
        if (row.opened === 1) {
          newCount++;
          const ofRule = opened.get(e.ruleId) ?? new Set<string>();
          ofRule.add(fingerprint);
          opened.set(e.ruleId, ofRule);
        }
      }
      const hour = Math.floor(at / HOUR_MS);
      this.addNewByHour([...opened].map(([ruleId, errors]) => ({ ruleId, hour, n: errors.size })));
      const scanned = new Set(
        input.scanned.flatMap((r) => [
          ...(r.hubspotId ? [`${r.objectType}|hs:${r.hubspotId}`] : []),
          ...(r.salesforceId ? [`${r.objectType}|sf:${r.salesforceId}`] : []),
        ]),
      );
      let resolved = 0;
      for (const e of this.statements.openScanErrors.all() as Array<{
        id: number;
        fingerprint: string;
        object_type: string;
        hubspot_id: string | null;
        salesforce_id: string | null;
      }>) {
        if (found.has(e.fingerprint)) continue;
        const read =
          (e.hubspot_id && scanned.has(`${e.object_type}|hs:${e.hubspot_id}`)) ||
          (e.salesforce_id && scanned.has(`${e.object_type}|sf:${e.salesforce_id}`));
        if (!read) continue;
        this.statements.resolve.run(at, e.id);
        resolved++;
      }
      this.refreshOpenCounts();
      this.statements.insert.run(
        input.startedAt.getTime(),
        at,
        input.since?.getTime() ?? null,
        newCount,
        resolved,
        JSON.stringify(input.summary),
      );
      return toScan(this.statements.last.get() as ScanRow);
    })();
  }
}

import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { fileProblem } from "../file-problem.js";
import type { SyncObject } from "../rules/types.js";
import { fingerprintOf } from "./fingerprint.js";
import { LATEST_VERSION, MIGRATIONS, REFRESH_OPEN_TARGET_GROUPS } from "./migrations.js";
import { SqliteAlerts } from "./sqlite-alerts.js";
import { SqliteChanges } from "./sqlite-changes.js";
import { SqliteCharts } from "./sqlite-charts.js";
import { SqliteClaims } from "./sqlite-claims.js";
import { SqliteColumnMappings } from "./sqlite-column-mappings.js";
import { SqliteCorrections } from "./sqlite-corrections.js";
import { SqliteDigests } from "./sqlite-digests.js";
import { SqliteHome } from "./sqlite-home.js";
import { SqliteMissingResolutions } from "./sqlite-missing-resolutions.js";
import { SqliteRateSlots } from "./sqlite-rate-slots.js";
import { SqliteResolution } from "./sqlite-resolution.js";
import { SqliteResync } from "./sqlite-resync.js";
import { SqliteResyncOffers } from "./sqlite-resync-offers.js";
import { SqliteScans } from "./sqlite-scans.js";
import { SqliteSnoozes } from "./sqlite-snoozes.js";
import { SqliteTriggerChecks } from "./sqlite-trigger-checks.js";
import { SqliteWaves } from "./sqlite-waves.js";
import { StoreError } from "./store-error.js";
import type {
  AuditEntry,
  ChangeFilter,
  ChangeSystem,
  CorrectionInput,
  CorrectionOffer,
  DigestCounts,
  DigestQuery,
  DigestRecord,
  DigestStats,
  HomeChartRecord,
  ImportMeta,
  ImportRecord,
  ImportTransaction,
  LearntChange,
  MissingResolution,
  OpenCounts,
  RateWindow,
  RecentResync,
  ResolutionWindow,
  ResyncOffer,
  ResyncStore,
  Snooze,
  SnoozeExpiry,
  SpikeAlertInput,
  Store,
  StoredSnapshot,
  TriggerCheck,
  WaveQuery,
} from "./types.js";

type Db = Database.Database;

/** The writer's page cache, in KiB (64 MiB): keeps an import's working set in memory. */
export const CACHE_KIB = 65_536;

/** Where the database lives; `:memory:` for a throwaway one (tests). */
export interface StoreOptions {
  readonly path: string;
}

/**
 * Opens (creating folder and file on first use) and migrates the SQLite store. WAL mode lets
 * readers see the last committed state while an import writes, so a `/syncerror status` during a
 * long import reads the previous snapshot, never a half-written one.
 */
export async function openStore(options: StoreOptions): Promise<Store> {
  const inMemory = options.path === ":memory:";
  if (!inMemory) {
    try {
      mkdirSync(dirname(options.path), { recursive: true });
    } catch (error) {
      throw new StoreError(
        {
          key: "files.settingProblem",
          values: {
            setting: `DATABASE_PATH ${options.path}`,
            problem: fileProblem(dirname(options.path), "write", error),
          },
        },
        { cause: error },
      );
    }
  }
  let writer: Db;
  try {
    writer = new Database(options.path);
  } catch (error) {
    throw new StoreError(
      `Cannot open the database at ${options.path}: ${(error as Error).message}.`,
      { cause: error },
    );
  }
  try {
    writer.pragma("journal_mode = WAL");
    writer.pragma("synchronous = NORMAL");
    // Imports upsert up to a million rows by a random key; with SQLite's default 2 MB page cache
    // most of them would miss the cache and read pages back from disk.
    writer.pragma(`cache_size = -${CACHE_KIB}`);
    writer.pragma("foreign_keys = ON");
    migrate(writer, options.path);
  } catch (error) {
    writer.close();
    throw error;
  }
  // A second connection for reads; an in-memory database has only the one.
  const reader = inMemory ? writer : new Database(options.path, { readonly: true });
  try {
    return new SqliteStore(writer, reader);
  } catch (error) {
    if (reader !== writer) reader.close();
    writer.close();
    // The schema version matched but the tables did not: a file from a development build, or
    // one changed by hand.
    throw new StoreError(
      `The database at ${options.path} does not have the tables this syncerror expects (${(error as Error).message}). ` +
        "Point DATABASE_PATH at another file, or move this one away to start afresh.",
      { cause: error },
    );
  }
}

function migrate(db: Db, path: string): void {
  const current = db.pragma("user_version", { simple: true }) as number;
  if (current > LATEST_VERSION) {
    throw new StoreError(
      `The database at ${path} was written by a newer syncerror (schema ${current}; this version knows up to ${LATEST_VERSION}). ` +
        "Upgrade syncerror, or point DATABASE_PATH at another file.",
    );
  }
  for (const migration of MIGRATIONS) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}

interface ImportRow {
  id: number;
  file_name: string;
  content_hash: string;
  imported_by: string;
  imported_at: number;
  rows_read: number;
  new_count: number;
  still_open: number;
  resolved: number;
  rejected: number;
  object_types: string;
  columns: string;
  new_by_rule: string;
}

function toImportRecord(row: ImportRow, missing: MissingResolution | null): ImportRecord {
  return {
    id: row.id,
    fileName: row.file_name,
    contentHash: row.content_hash,
    importedBy: row.imported_by,
    importedAt: new Date(row.imported_at),
    rowsRead: row.rows_read,
    newCount: row.new_count,
    stillOpen: row.still_open,
    resolved: row.resolved,
    rejected: row.rejected,
    objectTypes: JSON.parse(row.object_types) as SyncObject[],
    columns: JSON.parse(row.columns) as Record<string, string>,
    newByRule: JSON.parse(row.new_by_rule) as Record<string, number>,
    missing,
  };
}

class SqliteStore implements Store {
  /** The running import's end, awaited by a scan that must write after it; null when none runs. */
  private importing: { readonly ended: Promise<void>; readonly end: () => void } | null = null;
  private readonly statements;
  private readonly digests: SqliteDigests;
  private readonly resync: SqliteResync;
  private readonly offers: SqliteResyncOffers;
  private readonly scans: SqliteScans;
  private readonly mappings: SqliteColumnMappings;
  private readonly correctionTable: SqliteCorrections;
  private readonly missingTable: SqliteMissingResolutions;
  private readonly rateSlots: SqliteRateSlots;
  private readonly claimTable: SqliteClaims;
  private readonly alerts: SqliteAlerts;
  private readonly charts: SqliteCharts;
  private readonly snoozeTable: SqliteSnoozes;
  private readonly resolution: SqliteResolution;
  private readonly home: SqliteHome;
  private readonly triggers: SqliteTriggerChecks;
  private readonly changes: SqliteChanges;
  private readonly waves: SqliteWaves;

  constructor(
    private readonly writer: Db,
    private readonly reader: Db,
  ) {
    this.digests = new SqliteDigests(writer, reader);
    this.resync = new SqliteResync(writer);
    this.offers = new SqliteResyncOffers(writer, reader);
    this.alerts = new SqliteAlerts(writer, reader);
    this.charts = new SqliteCharts(reader);
    this.scans = new SqliteScans(
      writer,
      () => this.refreshOpenCounts(),
      (rows) => this.alerts.addNewByHour(rows),
    );
    this.rateSlots = new SqliteRateSlots(writer);
    this.mappings = new SqliteColumnMappings(writer, reader);
    this.correctionTable = new SqliteCorrections(writer, reader, (entry) =>
      this.resync.audit(entry),
    );
    this.claimTable = new SqliteClaims(writer, reader, (entry) => this.resync.audit(entry));
    this.snoozeTable = new SqliteSnoozes(writer, reader, (entry) => this.resync.audit(entry));
    this.resolution = new SqliteResolution(writer, reader);
    this.home = new SqliteHome(writer, reader);
    this.triggers = new SqliteTriggerChecks(writer, reader);
    this.changes = new SqliteChanges(writer, reader);
    this.waves = new SqliteWaves(reader);
    this.missingTable = new SqliteMissingResolutions(
      writer,
      reader,
      () => this.refreshOpenCounts(),
      (entry) => this.resync.audit(entry),
    );
    this.statements = {
      insertImport: writer.prepare(
        "INSERT INTO imports (file_name, content_hash, imported_by, imported_at) VALUES (?, ?, ?, ?)",
      ),
      // Positional parameters: this runs once per row of a million-row export.
      upsert: writer.prepare(`
        INSERT INTO sync_errors (fingerprint, rule_id, category, direction, object_type, hubspot_id, salesforce_id,
          record_name, message, status_code, source, first_seen, last_seen, opened_at, last_import_id, opened_import_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'import', ?, ?, ?, ?, ?)
        ON CONFLICT (fingerprint) DO UPDATE SET
          -- HubSpot reporting an error the scan found first makes it HubSpot's: imports settle it.
          source = 'import',
          rule_id = excluded.rule_id,
          category = excluded.category,
          direction = excluded.direction,
          hubspot_id = coalesce(excluded.hubspot_id, sync_errors.hubspot_id),
          salesforce_id = coalesce(excluded.salesforce_id, sync_errors.salesforce_id),
          record_name = coalesce(excluded.record_name, sync_errors.record_name),
          message = excluded.message,
          status_code = excluded.status_code,
          last_seen = excluded.last_seen,
          times_seen = sync_errors.times_seen + (sync_errors.last_import_id IS NOT excluded.last_import_id),
          opened_at = CASE WHEN sync_errors.resolved_at IS NULL THEN sync_errors.opened_at ELSE excluded.opened_at END,
          opened_import_id = CASE WHEN sync_errors.resolved_at IS NULL THEN sync_errors.opened_import_id
            ELSE excluded.opened_import_id END,
          resolved_at = NULL,
          last_import_id = excluded.last_import_id
      `),
      // By type and hour: the import's new errors, and what it adds to new_errors_by_hour.
      countNew: writer.prepare(
        "SELECT rule_id AS ruleId, opened_at / 3600000 AS hour, count(*) AS n FROM sync_errors WHERE opened_import_id = ? GROUP BY rule_id, hour",
      ),
      countStillOpen: writer.prepare(
        "SELECT count(*) AS n FROM sync_errors WHERE last_import_id = ? AND opened_import_id IS NOT ?",
      ),
      finishImport: writer.prepare(`
        UPDATE imports SET rows_read = ?, new_count = ?, still_open = ?, resolved = ?, rejected = ?,
          object_types = ?, columns = ?, new_by_rule = ? WHERE id = ?`),
      lastImport: reader.prepare("SELECT * FROM imports ORDER BY id DESC LIMIT 1"),
      // The import's first new row of each type: one pass, as the commit's count of new errors.
      newErrorSamples: reader.prepare(`
        SELECT rule_id AS ruleId, message FROM sync_errors WHERE id IN
          (SELECT min(id) FROM sync_errors WHERE opened_import_id = ? GROUP BY rule_id)`),
      openByRule: reader.prepare("SELECT rule_id AS ruleId, n FROM open_counts WHERE n > 0"),
      clearOpenCounts: writer.prepare("DELETE FROM open_counts"),
      clearTargetGroups: writer.prepare("DELETE FROM open_target_groups"),
      refreshTargetGroups: writer.prepare(REFRESH_OPEN_TARGET_GROUPS),
      // From the groups just refreshed: one pass over the open errors serves both tables.
      refreshOpenCounts: writer.prepare(
        "INSERT INTO open_counts SELECT rule_id, sum(n) FROM open_target_groups GROUP BY rule_id",
      ),
    };
  }

  async beginImport(meta: ImportMeta): Promise<ImportTransaction> {
    if (this.importing)
      throw new StoreError("Another import is running; try again when it has finished.");
    this.writer.exec("BEGIN IMMEDIATE");
    let end = () => {};
    const ended = new Promise<void>((resolve) => {
      end = () => {
        this.importing = null;
        resolve();
      };
    });
    this.importing = { ended, end };
    const seenAt = meta.importedAt.getTime();
    const id = Number(
      this.statements.insertImport.run(meta.fileName, meta.contentHash, meta.importedBy, seenAt)
        .lastInsertRowid,
    );
    const { upsert } = this.statements;
    return {
      id,
      add: async (error) => {
        const occurred = error.occurredAt?.getTime() ?? seenAt;
        upsert.run(
          fingerprintOf(error),
          error.ruleId,
          error.category,
          error.direction,
          error.objectType,
          error.hubspotId,
          error.salesforceId,
          error.recordName,
          error.message,
          error.statusCode,
          occurred,
          seenAt,
          occurred,
          id,
          id,
        );
      },
      commit: async (summary) => {
        try {
          const count = this.missingTable.count(summary.objectTypes, id);
          const decision =
            count.missing === 0 ? "resolve" : (summary.decideMissing?.(count) ?? "resolve");
          const resolved =
            decision === "resolve" ? this.resolveMissing(summary.objectTypes, id, seenAt) : 0;
          const missing =
            decision === "resolve"
              ? null
              : this.missingTable.record(
                  id,
                  summary.objectTypes,
                  meta.importedAt,
                  count.missing,
                  decision === "keep" ? { by: meta.importedBy } : null,
                );
          const newByRule: Record<string, number> = {};
          let newCount = 0;
          const byHour = this.statements.countNew.all(id) as Array<{
            ruleId: string;
            hour: number;
            n: number;
          }>;
          for (const { ruleId, n } of byHour) {
            newByRule[ruleId] = (newByRule[ruleId] ?? 0) + n;
            newCount += n;
          }
          this.alerts.addNewByHour(byHour);
          const stillOpen = (this.statements.countStillOpen.get(id, id) as { n: number }).n;
          this.refreshOpenCounts();
          if (summary.columnMapping) this.mappings.remember(summary.columnMapping);
          this.statements.finishImport.run(
            summary.rowsRead,
            newCount,
            stillOpen,
            resolved,
            summary.rejected,
            JSON.stringify(summary.objectTypes),
            JSON.stringify(summary.columns),
            JSON.stringify(newByRule),
            id,
          );
          this.writer.exec("COMMIT");
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
          if (this.writer.inTransaction) this.writer.exec("ROLLBACK");
          throw error;
        } finally {
          end();
        }
      },
      rollback: async () => {
        if (this.writer.inTransaction) this.writer.exec("ROLLBACK");
        end();
      },
    };
  }

  /** Recomputes the open-error summary tables; inside the caller's write transaction. */
  private refreshOpenCounts(): void {
    this.statements.clearTargetGroups.run();
    this.statements.refreshTargetGroups.run();
    this.statements.clearOpenCounts.run();
    this.statements.refreshOpenCounts.run();
  }

  async tryScanLock(owner: string) {
    return this.scans.tryScanLock(owner);
  }

  async takeRateSlot(name: string, window: RateWindow) {
    // During an import (its transaction open on the writer) this nests as a savepoint of it: the
    // slot counts at once on this connection, the only one that writes.
    return this.rateSlots.takeRateSlot(name, window);
  }

  async lastScan() {
    return this.scans.lastScan();
  }

  async recordScan(input: Parameters<Store["recordScan"]>[0]) {
    // An import's transaction is open on the same connection between its rows: the scan waits its
    // turn. The look and the write are in one tick after the wait, so no import starts between.
    while (this.importing) await this.importing.ended;
    return this.scans.recordScan(input);
  }

  async importInProgress(): Promise<boolean> {
    return this.importing !== null;
  }

  /** An export is a snapshot: open errors of its object types that it no longer lists are resolved. */
  private resolveMissing(objectTypes: readonly SyncObject[], importId: number, at: number): number {
    if (objectTypes.length === 0) return 0;
    const placeholders = objectTypes.map(() => "?").join(", ");
    return this.writer
      .prepare(
        // Only what exports report: an error only the scan finds is the scan's to settle.
        `UPDATE sync_errors SET resolved_at = ? WHERE resolved_at IS NULL AND source = 'import'
           AND object_type IN (${placeholders}) AND last_import_id IS NOT ?`,
      )
      .run(at, ...objectTypes, importId).changes;
  }

  async lastImport(): Promise<ImportRecord | null> {
    const row = this.statements.lastImport.get() as ImportRow | undefined;
    return row ? toImportRecord(row, this.missingTable.get(row.id)) : null;
  }

  async missingResolution(importId: number): Promise<MissingResolution | null> {
    return this.missingTable.get(importId);
  }

  async decideMissing(importId: number, decision: "resolve" | "keep", by: string, at: Date) {
    // An import's transaction is open on the same connection between its rows.
    if (this.importing) throw new StoreError("An import is running; answer when it has finished.");
    return this.missingTable.decide(importId, decision, by, at);
  }

  async newErrorSamples(importId: number): Promise<ReadonlyMap<string, string>> {
    const rows = this.statements.newErrorSamples.all(importId) as Array<{
      ruleId: string;
      message: string;
    }>;
    return new Map(rows.map((row) => [row.ruleId, row.message]));
  }

  async openCounts(): Promise<OpenCounts> {
    const byRule = new Map<string, number>();
    let total = 0;
    for (const { ruleId, n } of this.statements.openByRule.all() as Array<{
      ruleId: string;
      n: number;
    }>) {
      byRule.set(ruleId, n);
      total += n;
    }
    return { total, byRule };
  }

  async claimDigest(slot: Date, channel: string, late: boolean): Promise<DigestRecord | null> {
    return this.digests.claimDigest(slot, channel, late);
  }

  async markDigestPosted(
    id: number,
    result: { messageTs: string; postedAt: Date; counts: DigestCounts },
  ): Promise<void> {
    this.digests.markDigestPosted(id, result);
  }

  async markDigestFailed(id: number, failure: string): Promise<void> {
    this.digests.markDigestFailed(id, failure);
  }

  async previousDigest(channel: string, before: Date): Promise<DigestRecord | null> {
    return this.digests.previousDigest(channel, before);
  }

  async digestAt(slot: Date, channel: string): Promise<DigestRecord | null> {
    return this.digests.digestAt(slot, channel);
  }

  async latestDigest(channel: string): Promise<DigestRecord | null> {
    return this.digests.latestDigest(channel);
  }

  async earliestDigest(channel: string): Promise<DigestRecord | null> {
    return this.digests.earliestDigest(channel);
  }

  async reclaimDigest(id: number): Promise<boolean> {
    return this.digests.reclaimDigest(id);
  }

  async digestStats(query: DigestQuery): Promise<DigestStats> {
    return this.digests.digestStats(query);
  }

  async openErrorsOf(ruleId: string) {
    return this.resync.openErrorsOf(ruleId);
  }

  async startResyncJob(input: Parameters<ResyncStore["startResyncJob"]>[0]) {
    if (this.importing)
      throw new StoreError("An import is running; start the resync when it has finished.");
    return this.resync.startResyncJob(input);
  }

  async runningJob(ruleId: string) {
    return this.resync.runningJob(ruleId);
  }

  async unfinishedJobs() {
    return this.resync.unfinishedJobs();
  }

  async claimJob(jobId: number, owner: string, now: Date, until: Date, takeFrom?: string) {
    return this.resync.claimJob(jobId, owner, now, until, takeFrom);
  }

  async leaseOf(jobId: number) {
    return this.resync.leaseOf(jobId);
  }

  async renewLease(jobId: number, owner: string, until: Date) {
    return this.resync.renewLease(jobId, owner, until);
  }

  async releaseJob(jobId: number, owner: string) {
    return this.resync.releaseJob(jobId, owner);
  }

  async job(id: number) {
    return this.resync.job(id);
  }

  async nextPendingBatch(jobId: number) {
    return this.resync.nextPendingBatch(jobId);
  }

  async recordOutcomes(
    jobId: number,
    outcomes: Parameters<ResyncStore["recordOutcomes"]>[1],
    at?: Date,
  ) {
    this.resync.recordOutcomes(jobId, outcomes, at);
  }

  async recentlyResynced(
    records: Parameters<ResyncStore["recentlyResynced"]>[0],
    since: Date,
  ): Promise<RecentResync[]> {
    return this.resync.recentlyResynced(records, since);
  }

  async finishJob(jobId: number, status: "done" | "failed", at: Date, detail?: string) {
    return this.resync.finishJob(jobId, status, at, detail);
  }

  async jobRecords(jobId: number) {
    return this.resync.jobRecords(jobId);
  }

  async setProgressMessage(jobId: number, message: { channel: string; ts: string }) {
    this.resync.setProgressMessage(jobId, message);
  }

  async jobBatches(jobId: number) {
    return this.resync.jobBatches(jobId);
  }

  async saveResyncOffer(offer: ResyncOffer) {
    this.offers.saveResyncOffer(offer);
  }

  async resyncOffer(key: string, now: Date) {
    return this.offers.resyncOffer(key, now);
  }

  async openTargetGroups(ruleIds?: readonly string[]) {
    return this.offers.openTargetGroups(ruleIds);
  }

  async audit(entry: AuditEntry) {
    this.resync.audit(entry);
  }

  async auditLog(limit: number) {
    return this.resync.auditLog(limit);
  }

  async columnMapping(headerKey: string) {
    return this.mappings.columnMapping(headerKey);
  }

  async columnMappings() {
    return this.mappings.columnMappings();
  }

  async forgetColumnMapping(id: number) {
    if (this.importing)
      throw new StoreError("An import is running; forget the mapping when it has finished.");
    return this.mappings.forgetColumnMapping(id);
  }

  async forgetColumnMappings() {
    if (this.importing)
      throw new StoreError("An import is running; forget the mappings when it has finished.");
    return this.mappings.forgetColumnMappings();
  }

  async corrections() {
    return this.correctionTable.corrections();
  }

  async saveCorrection(input: CorrectionInput) {
    // An import's transaction is open on the same connection between its rows: a correction
    // written now would be rolled back with a failed import.
    if (this.importing)
      throw new StoreError("An import is running; correct the type when it has finished.");
    return this.correctionTable.saveCorrection(input);
  }

  async removeCorrection(id: number, by: string, at: Date) {
    if (this.importing)
      throw new StoreError("An import is running; remove the correction when it has finished.");
    return this.correctionTable.removeCorrection(id, by, at);
  }

  async saveCorrectionOffer(offer: CorrectionOffer) {
    this.correctionTable.saveCorrectionOffer(offer);
  }

  async correctionOffer(key: string, now: Date) {
    return this.correctionTable.correctionOffer(key, now);
  }

  async claims() {
    return this.claimTable.claims();
  }

  // An import's transaction is open on the same connection between its rows: a claim written
  // then would be rolled back with a failed import, so it waits for the import to end.
  async takeClaim(ruleId: string, by: string, at: Date) {
    await this.afterImport();
    return this.claimTable.takeClaim(ruleId, by, at);
  }

  async takeOverClaim(ruleId: string, by: string, from: string, at: Date) {
    await this.afterImport();
    return this.claimTable.takeOverClaim(ruleId, by, from, at);
  }

  async releaseClaim(ruleId: string, by: string, at: Date) {
    await this.afterImport();
    return this.claimTable.releaseClaim(ruleId, by, at);
  }

  async newErrorsBetween(from: Date, to: Date) {
    return this.alerts.newErrorsBetween(from, to);
  }

  async hourlyNewErrors(ruleIds: readonly string[], from: Date, to: Date) {
    return this.alerts.hourlyNewErrors(ruleIds, from, to);
  }

  async hourlyResolvedErrors(ruleIds: readonly string[], from: Date, to: Date) {
    return this.charts.hourlyResolvedErrors(ruleIds, from, to);
  }

  async openAgeCounts(now: Date, edgesMs: readonly number[], ruleIds?: readonly string[]) {
    return this.charts.openAgeCounts(now, edgesMs, ruleIds);
  }

  // Like a claim, an alert's record waits for an import's transaction to end, so a failed import
  // cannot roll it back.
  async claimSpikeAlert(alert: SpikeAlertInput, cooldownMs: number) {
    await this.afterImport();
    return this.alerts.claimSpikeAlert(alert, cooldownMs);
  }

  async markSpikeAlertPosted(ruleId: string, at: Date, channel: string, messageTs: string) {
    await this.afterImport();
    this.alerts.markSpikeAlertPosted(ruleId, at, channel, messageTs);
  }

  async releaseSpikeAlert(ruleId: string, at: Date) {
    await this.afterImport();
    return this.alerts.releaseSpikeAlert(ruleId, at);
  }

  async spikeAlerts() {
    return this.alerts.spikeAlerts();
  }

  async snoozes() {
    return this.snoozeTable.snoozes();
  }

  // As the claims: a snooze written while an import's transaction is open would go with it.
  async snoozeType(snooze: Snooze) {
    await this.afterImport();
    return this.snoozeTable.snoozeType(snooze);
  }

  async unsnoozeType(ruleId: string, by: string, at: Date) {
    await this.afterImport();
    return this.snoozeTable.unsnoozeType(ruleId, by, at);
  }

  async endSnoozes(expiries: readonly SnoozeExpiry[]) {
    if (expiries.length === 0) return [];
    await this.afterImport();
    return this.snoozeTable.endSnoozes(expiries);
  }

  async endedSnoozes(after: Date, until: Date) {
    return this.snoozeTable.endedSnoozes(after, until);
  }

  async resolutionStats(window: ResolutionWindow) {
    return this.resolution.resolutionStats(window);
  }

  async ruleActivity(window: ResolutionWindow) {
    return this.resolution.ruleActivity(window);
  }

  // As a claim: a row written while an import's transaction is open would roll back with it.
  async claimWeeklySummary(week: string, channel: string) {
    await this.afterImport();
    return this.resolution.claimWeeklySummary(week, channel);
  }

  async finishWeeklySummary(
    week: string,
    channel: string,
    outcome: Parameters<Store["finishWeeklySummary"]>[2],
  ) {
    await this.afterImport();
    this.resolution.finishWeeklySummary(week, channel, outcome);
  }

  async weeklySummary(week: string, channel: string) {
    return this.resolution.weeklySummary(week, channel);
  }

  // As a claim: a row written while an import's transaction is open would roll back with it.
  async homeOpened(userId: string, at: Date) {
    await this.afterImport();
    this.home.homeOpened(userId, at);
  }

  async claimHomePublish(userId: string, at: Date, minGapMs: number) {
    await this.afterImport();
    return this.home.claimHomePublish(userId, at, minGapMs);
  }

  async homeViewers(since: Date) {
    return this.home.homeViewers(since);
  }

  async homeChart(language: string) {
    return this.home.homeChart(language);
  }

  async saveHomeChart(chart: HomeChartRecord) {
    await this.afterImport();
    this.home.saveHomeChart(chart);
  }

  async resolvedErrorsBetween(from: Date, to: Date) {
    return this.home.resolvedErrorsBetween(from, to);
  }

  // As a claim: a row written while an import's transaction is open would roll back with it.
  async recordTriggerCheck(check: TriggerCheck) {
    await this.afterImport();
    this.triggers.recordTriggerCheck(check);
  }

  async triggerChecks() {
    return this.triggers.triggerChecks();
  }

  // As a claim: a row written while an import's transaction is open would roll back with it.
  async saveSnapshot(snapshot: StoredSnapshot) {
    await this.afterImport();
    this.changes.saveSnapshot(snapshot);
  }

  async latestSnapshot(system: ChangeSystem) {
    return this.changes.latestSnapshot(system);
  }

  async snapshots(system: ChangeSystem) {
    return this.changes.snapshots(system);
  }

  async recordChanges(changes: readonly LearntChange[]) {
    await this.afterImport();
    return this.changes.recordChanges(changes);
  }

  async changesSince(since: Date, filter?: ChangeFilter) {
    return this.changes.changesSince(since, filter);
  }

  async auditTrailMark(orgId: string) {
    return this.changes.auditTrailMark(orgId);
  }

  async setAuditTrailMark(orgId: string, readUpTo: Date) {
    await this.afterImport();
    this.changes.setAuditTrailMark(orgId, readUpTo);
  }

  async waveFacts(query: WaveQuery) {
    return this.waves.waveFacts(query);
  }

  /** Resolves when no import's transaction is open on the writer. */
  private async afterImport(): Promise<void> {
    while (this.importing) await this.importing.ended;
  }

  async ping(): Promise<void> {
    this.reader.prepare("SELECT 1").get();
  }

  async close(): Promise<void> {
    if (this.reader !== this.writer) this.reader.close();
    this.writer.close();
  }
}

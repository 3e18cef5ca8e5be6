import type pg from "pg";
import { StoreError } from "../store-error.js";
import type {
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
  ResolutionWindow,
  ResyncOfferStore,
  ResyncStore,
  ScanStore,
  Snooze,
  SnoozeExpiry,
  SpikeAlertInput,
  Store,
  StoredSnapshot,
  TriggerCheck,
  WaveQuery,
} from "../types.js";
import { migratePostgres, type SchemaMigration } from "./migrate.js";
import { PostgresAlerts } from "./pg-alerts.js";
import { PostgresChanges } from "./pg-changes.js";
import { PostgresCharts } from "./pg-charts.js";
import { PostgresClaims } from "./pg-claims.js";
import { PostgresColumnMappings } from "./pg-column-mappings.js";
import { PostgresCorrections } from "./pg-corrections.js";
import { PostgresDigests } from "./pg-digests.js";
import { PostgresHome } from "./pg-home.js";
import { beginPostgresImport } from "./pg-import.js";
import { PostgresMissing } from "./pg-missing.js";
import { PostgresRateSlots } from "./pg-rate-slots.js";
import { PostgresResolution } from "./pg-resolution.js";
import { PostgresResync } from "./pg-resync.js";
import { PostgresResyncOffers } from "./pg-resync-offers.js";
import { type ImportRow, type ResolutionRow, toImportRecord, toResolution } from "./pg-rows.js";
import { PostgresScans } from "./pg-scans.js";
import { PostgresSnoozes } from "./pg-snoozes.js";
import { PostgresTriggerChecks } from "./pg-trigger-checks.js";
import { PostgresWaves } from "./pg-waves.js";
import { createPostgresPool } from "./pool.js";

/** Where the PostgreSQL store lives. */
export interface PostgresStoreOptions {
  /** A postgres:// URL (DATABASE_URL). */
  readonly url: string;
  /** Most connections this process opens (an import holds one for its whole run). */
  readonly maxConnections?: number;
}

/**
 * Opens the PostgreSQL store: a connection pool, and the schema migrated to this build's (under
 * the migration lock, so replicas starting together migrate once).
 */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<PostgresStore> {
  const pool = createPostgresPool(
    options.url,
    options.maxConnections === undefined ? {} : { max: options.maxConnections },
  );
  try {
    const migration = await migratePostgres(pool, options.url);
    return new PostgresStore(pool, migration);
  } catch (error) {
    await pool.end();
    throw error;
  }
}

/** The store on PostgreSQL: the same contract as SQLite's (test/store-contract). */
export class PostgresStore implements Store {
  private importing = false;
  /** The import this process runs, to roll back if the store closes before it ends. */
  private current: ImportTransaction | undefined;
  private readonly digests: PostgresDigests;
  private readonly resync: PostgresResync;
  private readonly offers: PostgresResyncOffers;
  private readonly scans: PostgresScans;
  private readonly mappings: PostgresColumnMappings;
  private readonly correctionTable: PostgresCorrections;
  private readonly missing: PostgresMissing;
  private readonly rateSlots: PostgresRateSlots;
  private readonly claimTable: PostgresClaims;
  private readonly alerts: PostgresAlerts;
  private readonly charts: PostgresCharts;
  private readonly snoozeTable: PostgresSnoozes;
  private readonly resolution: PostgresResolution;
  private readonly home: PostgresHome;
  private readonly triggers: PostgresTriggerChecks;
  private readonly changes: PostgresChanges;
  private readonly waves: PostgresWaves;

  constructor(
    private readonly pool: pg.Pool,
    /** The schema versions the open found and left. */
    readonly migration: SchemaMigration,
  ) {
    this.digests = new PostgresDigests(pool);
    this.resync = new PostgresResync(pool);
    this.offers = new PostgresResyncOffers(pool);
    this.scans = new PostgresScans(pool);
    this.mappings = new PostgresColumnMappings(pool);
    this.correctionTable = new PostgresCorrections(pool);
    this.missing = new PostgresMissing(pool);
    this.rateSlots = new PostgresRateSlots(pool);
    this.claimTable = new PostgresClaims(pool);
    this.alerts = new PostgresAlerts(pool);
    this.charts = new PostgresCharts(pool);
    this.snoozeTable = new PostgresSnoozes(pool);
    this.resolution = new PostgresResolution(pool);
    this.home = new PostgresHome(pool);
    this.triggers = new PostgresTriggerChecks(pool);
    this.changes = new PostgresChanges(pool);
    this.waves = new PostgresWaves(pool);
  }

  async beginImport(meta: ImportMeta): Promise<ImportTransaction> {
    // Set before the first await: a second call in this process is refused at once.
    if (this.importing)
      throw new StoreError("Another import is running; try again when it has finished.");
    this.importing = true;
    try {
      this.current = await beginPostgresImport(this.pool, meta, () => {
        this.importing = false;
        this.current = undefined;
      });
      return this.current;
    } catch (error) {
      this.importing = false;
      throw error;
    }
  }

  async importInProgress(): Promise<boolean> {
    return this.importing;
  }

  async lastImport(): Promise<ImportRecord | null> {
    const result = await this.pool.query<ImportRow>(
      "SELECT * FROM imports ORDER BY id DESC LIMIT 1",
    );
    const row = result.rows[0];
    return row ? toImportRecord(row, await this.missingResolution(row.id)) : null;
  }

  async missingResolution(importId: number): Promise<MissingResolution | null> {
    const result = await this.pool.query<ResolutionRow>(
      "SELECT * FROM missing_resolutions WHERE import_id = $1",
      [importId],
    );
    const row = result.rows[0];
    return row ? toResolution(row) : null;
  }

  async newErrorSamples(importId: number): Promise<ReadonlyMap<string, string>> {
    // The import's first new row of each type (ids follow the file's order).
    const result = await this.pool.query<{ rule_id: string; message: string }>(
      `SELECT rule_id, message FROM sync_errors WHERE id IN
         (SELECT min(id) FROM sync_errors WHERE opened_import_id = $1 GROUP BY rule_id)
       ORDER BY rule_id COLLATE "C"`,
      [importId],
    );
    return new Map(result.rows.map((row) => [row.rule_id, row.message]));
  }

  async openCounts(): Promise<OpenCounts> {
    const result = await this.pool.query<{ rule_id: string; n: number }>(
      `SELECT rule_id, n FROM open_counts WHERE n > 0 ORDER BY rule_id COLLATE "C"`,
    );
    const byRule = new Map<string, number>();
    let total = 0;
    for (const { rule_id: ruleId, n } of result.rows) {
      byRule.set(ruleId, n);
      total += n;
    }
    return { total, byRule };
  }

  claimDigest(slot: Date, channel: string, late: boolean): Promise<DigestRecord | null> {
    return this.digests.claimDigest(slot, channel, late);
  }

  markDigestPosted(
    id: number,
    result: { messageTs: string; postedAt: Date; counts: DigestCounts },
  ): Promise<void> {
    return this.digests.markDigestPosted(id, result);
  }

  markDigestFailed(id: number, failure: string): Promise<void> {
    return this.digests.markDigestFailed(id, failure);
  }

  previousDigest(channel: string, before: Date): Promise<DigestRecord | null> {
    return this.digests.previousDigest(channel, before);
  }

  digestAt(slot: Date, channel: string): Promise<DigestRecord | null> {
    return this.digests.digestAt(slot, channel);
  }

  latestDigest(channel: string): Promise<DigestRecord | null> {
    return this.digests.latestDigest(channel);
  }

  earliestDigest(channel: string): Promise<DigestRecord | null> {
    return this.digests.earliestDigest(channel);
  }

  reclaimDigest(id: number): Promise<boolean> {
    return this.digests.reclaimDigest(id);
  }

  digestStats(query: DigestQuery): Promise<DigestStats> {
    return this.digests.digestStats(query);
  }

  // The resync parts, delegated one line each (their docs are on ResyncStore, ResyncOfferStore).
  openErrorsOf: ResyncStore["openErrorsOf"] = (ruleId) => this.resync.openErrorsOf(ruleId);

  /** See ResyncStore.startResyncJob; like SQLite's, refused while this process imports. */
  async startResyncJob(input: Parameters<ResyncStore["startResyncJob"]>[0]) {
    if (this.importing)
      throw new StoreError("An import is running; start the resync when it has finished.");
    return this.resync.startResyncJob(input);
  }

  runningJob: ResyncStore["runningJob"] = (ruleId) => this.resync.runningJob(ruleId);
  unfinishedJobs: ResyncStore["unfinishedJobs"] = () => this.resync.unfinishedJobs();
  claimJob: ResyncStore["claimJob"] = (...args) => this.resync.claimJob(...args);
  leaseOf: ResyncStore["leaseOf"] = (...args) => this.resync.leaseOf(...args);
  renewLease: ResyncStore["renewLease"] = (...args) => this.resync.renewLease(...args);
  releaseJob: ResyncStore["releaseJob"] = (...args) => this.resync.releaseJob(...args);
  job: ResyncStore["job"] = (id) => this.resync.job(id);
  nextPendingBatch: ResyncStore["nextPendingBatch"] = (id) => this.resync.nextPendingBatch(id);
  recordOutcomes: ResyncStore["recordOutcomes"] = (...args) => this.resync.recordOutcomes(...args);
  recentlyResynced: ResyncStore["recentlyResynced"] = (...args) =>
    this.resync.recentlyResynced(...args);
  finishJob: ResyncStore["finishJob"] = (...args) => this.resync.finishJob(...args);
  jobRecords: ResyncStore["jobRecords"] = (id) => this.resync.jobRecords(id);
  setProgressMessage: ResyncStore["setProgressMessage"] = (...args) =>
    this.resync.setProgressMessage(...args);
  jobBatches: ResyncStore["jobBatches"] = (id) => this.resync.jobBatches(id);
  audit: ResyncStore["audit"] = (entry) => this.resync.audit(entry);
  auditLog: ResyncStore["auditLog"] = (limit) => this.resync.auditLog(limit);
  saveResyncOffer: ResyncOfferStore["saveResyncOffer"] = (offer) =>
    this.offers.saveResyncOffer(offer);
  resyncOffer: ResyncOfferStore["resyncOffer"] = (key, now) => this.offers.resyncOffer(key, now);
  openTargetGroups: ResyncOfferStore["openTargetGroups"] = (ruleIds) =>
    this.offers.openTargetGroups(ruleIds);

  decideMissing(importId: number, decision: "resolve" | "keep", by: string, at: Date) {
    return this.missing.decide(importId, decision, by, at);
  }

  tryScanLock(owner: string) {
    return this.scans.tryScanLock(owner);
  }

  takeRateSlot(name: string, window: RateWindow) {
    return this.rateSlots.takeRateSlot(name, window);
  }

  lastScan() {
    return this.scans.lastScan();
  }

  recordScan(input: Parameters<ScanStore["recordScan"]>[0]) {
    return this.scans.recordScan(input);
  }

  columnMapping(headerKey: string) {
    return this.mappings.columnMapping(headerKey);
  }

  columnMappings() {
    return this.mappings.columnMappings();
  }

  forgetColumnMapping(id: number) {
    return this.mappings.forgetColumnMapping(id);
  }

  forgetColumnMappings() {
    return this.mappings.forgetColumnMappings();
  }

  corrections() {
    return this.correctionTable.corrections();
  }

  saveCorrection(input: CorrectionInput) {
    return this.correctionTable.saveCorrection(input);
  }

  removeCorrection(id: number, by: string, at: Date) {
    return this.correctionTable.removeCorrection(id, by, at);
  }

  saveCorrectionOffer(offer: CorrectionOffer) {
    return this.correctionTable.saveCorrectionOffer(offer);
  }

  correctionOffer(key: string, now: Date) {
    return this.correctionTable.correctionOffer(key, now);
  }

  claims() {
    return this.claimTable.claims();
  }

  takeClaim(ruleId: string, by: string, at: Date) {
    return this.claimTable.takeClaim(ruleId, by, at);
  }

  takeOverClaim(ruleId: string, by: string, from: string, at: Date) {
    return this.claimTable.takeOverClaim(ruleId, by, from, at);
  }

  releaseClaim(ruleId: string, by: string, at: Date) {
    return this.claimTable.releaseClaim(ruleId, by, at);
  }

  newErrorsBetween(from: Date, to: Date) {
    return this.alerts.newErrorsBetween(from, to);
  }

  hourlyNewErrors(ruleIds: readonly string[], from: Date, to: Date) {
    return this.alerts.hourlyNewErrors(ruleIds, from, to);
  }

  hourlyResolvedErrors(ruleIds: readonly string[], from: Date, to: Date) {
    return this.charts.hourlyResolvedErrors(ruleIds, from, to);
  }

  openAgeCounts(now: Date, edgesMs: readonly number[], ruleIds?: readonly string[]) {
    return this.charts.openAgeCounts(now, edgesMs, ruleIds);
  }

  claimSpikeAlert(alert: SpikeAlertInput, cooldownMs: number) {
    return this.alerts.claimSpikeAlert(alert, cooldownMs);
  }

  markSpikeAlertPosted(ruleId: string, at: Date, channel: string, messageTs: string) {
    return this.alerts.markSpikeAlertPosted(ruleId, at, channel, messageTs);
  }

  releaseSpikeAlert(ruleId: string, at: Date) {
    return this.alerts.releaseSpikeAlert(ruleId, at);
  }

  spikeAlerts() {
    return this.alerts.spikeAlerts();
  }

  snoozes() {
    return this.snoozeTable.snoozes();
  }

  snoozeType(snooze: Snooze) {
    return this.snoozeTable.snoozeType(snooze);
  }

  unsnoozeType(ruleId: string, by: string, at: Date) {
    return this.snoozeTable.unsnoozeType(ruleId, by, at);
  }

  endSnoozes(expiries: readonly SnoozeExpiry[]) {
    return this.snoozeTable.endSnoozes(expiries);
  }

  endedSnoozes(after: Date, until: Date) {
    return this.snoozeTable.endedSnoozes(after, until);
  }

  resolutionStats(window: ResolutionWindow) {
    return this.resolution.resolutionStats(window);
  }

  ruleActivity(window: ResolutionWindow) {
    return this.resolution.ruleActivity(window);
  }

  claimWeeklySummary(week: string, channel: string) {
    return this.resolution.claimWeeklySummary(week, channel);
  }

  finishWeeklySummary(
    week: string,
    channel: string,
    outcome: Parameters<Store["finishWeeklySummary"]>[2],
  ) {
    return this.resolution.finishWeeklySummary(week, channel, outcome);
  }

  weeklySummary(week: string, channel: string) {
    return this.resolution.weeklySummary(week, channel);
  }

  homeOpened(userId: string, at: Date) {
    return this.home.homeOpened(userId, at);
  }

  claimHomePublish(userId: string, at: Date, minGapMs: number) {
    return this.home.claimHomePublish(userId, at, minGapMs);
  }

  homeViewers(since: Date) {
    return this.home.homeViewers(since);
  }

  homeChart(language: string) {
    return this.home.homeChart(language);
  }

  saveHomeChart(chart: HomeChartRecord) {
    return this.home.saveHomeChart(chart);
  }

  resolvedErrorsBetween(from: Date, to: Date) {
    return this.home.resolvedErrorsBetween(from, to);
  }

  recordTriggerCheck(check: TriggerCheck) {
    return this.triggers.recordTriggerCheck(check);
  }

  triggerChecks() {
    return this.triggers.triggerChecks();
  }

  saveSnapshot(snapshot: StoredSnapshot) {
    return this.changes.saveSnapshot(snapshot);
  }

  latestSnapshot(system: ChangeSystem) {
    return this.changes.latestSnapshot(system);
  }

  snapshots(system: ChangeSystem) {
    return this.changes.snapshots(system);
  }

  recordChanges(changes: readonly LearntChange[]) {
    return this.changes.recordChanges(changes);
  }

  changesSince(since: Date, filter?: ChangeFilter) {
    return this.changes.changesSince(since, filter);
  }

  auditTrailMark(orgId: string) {
    return this.changes.auditTrailMark(orgId);
  }

  setAuditTrailMark(orgId: string, readUpTo: Date) {
    return this.changes.setAuditTrailMark(orgId, readUpTo);
  }

  waveFacts(query: WaveQuery) {
    return this.waves.waveFacts(query);
  }

  /**
   * Rolls back an import still open and lets go of held scan locks (the pool would wait for their
   * connections), closes the pool.
   */

  /** `SELECT 1` on the pool: the database answers (see Store.ping). */
  async ping(): Promise<void> {
    await this.pool.query("SELECT 1");
  }

  /** Rolls back an import still open (the pool would wait for its connection), closes the pool. */
  async close(): Promise<void> {
    await this.current?.rollback();
    await this.scans.releaseAll();
    await this.pool.end();
  }
}

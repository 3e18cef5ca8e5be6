import type { CategoryId, Direction, SyncObject } from "../rules/types.js";

/** Where the bot learnt of an error. */
export type ErrorSource = "import" | "resync" | "scan";

/** One sync error as a source reports it (a row of an export, a failed resync, a scan finding). */
export interface ObservedError {
  readonly ruleId: string;
  readonly category: CategoryId;
  readonly direction: Direction;
  readonly objectType: SyncObject;
  readonly hubspotId: string | null;
  readonly salesforceId: string | null;
  readonly recordName: string | null;
  readonly message: string;
  readonly statusCode: string | null;
  /** When the source says the error happened; the import time when it does not say. */
  readonly occurredAt: Date | null;
}

/** What is known about an import before it runs. */
export interface ImportMeta {
  readonly fileName: string;
  /** SHA-256 of the file's bytes, hex. */
  readonly contentHash: string;
  /** Who imported it: a Slack user id, or "cli". */
  readonly importedBy: string;
  readonly importedAt: Date;
}

/** What an import read and changed. */
export interface ImportCounts {
  readonly rowsRead: number;
  /** Errors that were not open before this import (never seen, or seen again after resolving). */
  readonly newCount: number;
  /** Errors that were open and are in this export again. */
  readonly stillOpen: number;
  /** Open errors of the export's object types that the export no longer lists. */
  readonly resolved: number;
  readonly rejected: number;
}

/** One import, as stored. */
export interface ImportRecord extends ImportMeta, ImportCounts {
  readonly id: number;
  /** The object types the export covered; only their errors can be resolved by it. */
  readonly objectTypes: readonly SyncObject[];
  /** Which column fed which field: field name → header. */
  readonly columns: Readonly<Record<string, string>>;
  /** New errors by rule id. */
  readonly newByRule: Readonly<Record<string, number>>;
  /**
   * Set when the import left open the errors of its object types it did not list, rather than
   * resolve them as a snapshot would (too many: a filtered export?): the question and its answer.
   */
  readonly missing: MissingResolution | null;
}

/** How an import settles the open errors of its object types that it does not list. */
export type MissingDecision = "resolve" | "keep" | "ask";

/** What an import weighs before it settles the errors it does not list. */
export interface MissingCount {
  /** Open errors of the import's object types that it does not list. */
  readonly missing: number;
  /** Open errors of the import's object types before it, listed or not. */
  readonly open: number;
}

/** The errors an import did not list and did not resolve, and what was decided about them. */
export interface MissingResolution {
  readonly importId: number;
  readonly objectTypes: readonly SyncObject[];
  /** The import's time: an error seen by a later import is not resolved by this one's answer. */
  readonly snapshotAt: Date;
  /** How many open errors the import did not list, when it ran. */
  readonly count: number;
  /** null until someone answers. */
  readonly decision: "resolved" | "kept" | null;
  /** A Slack user id, or "cli". */
  readonly decidedBy: string | null;
  readonly decidedAt: Date | null;
  /** How many the answer resolved (those seen again or resolved since are left as they are). */
  readonly resolved: number;
}

/** What the import adds at commit time. */
export interface ImportSummaryInput {
  readonly rowsRead: number;
  readonly rejected: number;
  readonly objectTypes: readonly SyncObject[];
  readonly columns: Readonly<Record<string, string>>;
  /** A column mapping a person confirmed for this file: remembered in the import's transaction. */
  readonly columnMapping?: ColumnMappingInput;
  /**
   * What to do with the open errors of the object types that the export does not list: resolve
   * them (a snapshot; the default), keep them open, or keep them open and record the question.
   */
  readonly decideMissing?: (count: MissingCount) => MissingDecision;
}

/** Open errors counted by rule id. */
export interface OpenCounts {
  readonly total: number;
  readonly byRule: ReadonlyMap<string, number>;
}

/**
 * One import's write transaction. Rows are added one by one (the file streams); nothing is
 * visible to readers until `commit`, and `rollback` leaves the store as it was.
 */
export interface ImportTransaction {
  readonly id: number;
  /** Adds a row; PostgreSQL buffers rows and writes them in batches, so await it. */
  add(error: ObservedError): Promise<void>;
  commit(summary: ImportSummaryInput): Promise<ImportRecord>;
  rollback(): Promise<void>;
}

/** The error store: every open and resolved sync error, every import and every digest. */
export interface Store
  extends DigestStore,
    ResyncStore,
    ResyncOfferStore,
    ScanStore,
    ColumnMappingStore,
    CorrectionStore,
    RateSlotStore,
    ClaimStore,
    AlertStore,
    SnoozeStore,
    ResolutionStore,
    HomeStore,
    ChartStore,
    TriggerCheckStore,
    ChangeStore,
    WaveStore {
  /**
   * Starts an import. Only one runs at a time; a second call while one is open rejects. Every
   * method of the store is asynchronous (PostgreSQL's drivers are); a check and the act that
   * depends on it are one method, so no other request can come between them.
   */
  beginImport(meta: ImportMeta): Promise<ImportTransaction>;
  /** The most recent import, or null. */
  lastImport(): Promise<ImportRecord | null>;
  /**
   * One message per error type among the errors import `importId` opened (its first row of each
   * type), by rule id: what the summary's "Not this type?" shows an admin for each type's line.
   */
  newErrorSamples(importId: number): Promise<ReadonlyMap<string, string>>;
  /** The question an import left about the errors it did not list, or null when it left none. */
  missingResolution(importId: number): Promise<MissingResolution | null>;
  /**
   * Answers that question once: "resolve" resolves the errors the import did not list that are
   * still open and were not seen since, "keep" leaves them open; both audited (action
   * `import.missing`). `already` is true when it had been answered before (nothing changes).
   * null when the import left no question.
   */
  decideMissing(
    importId: number,
    decision: "resolve" | "keep",
    by: string,
    at: Date,
  ): Promise<{ readonly resolution: MissingResolution; readonly already: boolean } | null>;
  /** True while an import's transaction is open in this process (for showing, not for deciding). */
  importInProgress(): Promise<boolean>;
  openCounts(): Promise<OpenCounts>;
  /**
   * Resolves when the database answers a trivial query, rejects (StoreError) when it does not:
   * what `GET /readyz` asks, so a replica whose database is gone leaves the load balancer.
   */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** A digest's headline numbers, kept to show the change against the next one. */
export interface DigestCounts {
  readonly new: number;
  readonly resolved: number;
  readonly open: number;
}

/** One digest slot for one channel, as stored. */
export interface DigestRecord {
  readonly id: number;
  /** The scheduled time the digest stands for. */
  readonly slot: Date;
  readonly channel: string;
  readonly status: "posting" | "posted" | "failed";
  /** Posted after its slot (the bot was down at the time). */
  readonly late: boolean;
  readonly messageTs: string | null;
  readonly postedAt: Date | null;
  readonly counts: DigestCounts | null;
  /** Why a failed digest was not posted (Slack's error code, e.g. `not_in_channel`). */
  readonly failure: string | null;
}

/** Per error type, what a digest shows. */
export interface RuleStats {
  /** Opened since the previous digest and still open. */
  readonly new: number;
  /** Distinct records among the new ones. */
  readonly records: number;
  /** Open now. */
  readonly open: number;
  /** Among the new: found by a scan and not (yet) reported by HubSpot. */
  readonly byScan: number;
}

/** Everything a digest reads from the store, in one pass of queries. */
export interface DigestStats {
  readonly byRule: ReadonlyMap<string, RuleStats>;
  readonly newTotal: number;
  readonly resolvedTotal: number;
  readonly openTotal: number;
  /**
   * Resolved since the query's `since`, per rule (rules with none left out): a routed digest's
   * "resolved" is the sum over its types. The sum over all is `resolvedTotal`.
   */
  readonly resolvedByRule: ReadonlyMap<string, number>;
  /** New errors per rule per day, oldest day first, for the given day boundaries. */
  readonly trendByRule: ReadonlyMap<string, readonly number[]>;
}

/** What the digest asks the store for. */
export interface DigestQuery {
  /** The previous digest's slot (or a day before this one): "new" and "resolved" start here. */
  readonly since: Date;
  /** The start of each trend day in the team's time zone, oldest first, and the end of the last. */
  readonly dayBoundaries: readonly Date[];
}

/** The digest's part of the store. */
export interface DigestStore {
  /**
   * Claims a slot for a channel. Returns the new record, or null when the slot is already claimed
   * (posted, being posted, or failed): that is what makes a digest go out at most once.
   */
  claimDigest(slot: Date, channel: string, late: boolean): Promise<DigestRecord | null>;
  /** Marks a claimed digest posted. */
  markDigestPosted(
    id: number,
    result: { messageTs: string; postedAt: Date; counts: DigestCounts },
  ): Promise<void>;
  /** Marks a claimed digest failed, with why. */
  markDigestFailed(id: number, failure: string): Promise<void>;
  /** The channel's most recent posted digest before `before`, or null. */
  previousDigest(channel: string, before: Date): Promise<DigestRecord | null>;
  /** The record of a slot, if any. */
  digestAt(slot: Date, channel: string): Promise<DigestRecord | null>;
  /** The channel's most recent slot (posted, being posted or failed), or null. */
  latestDigest(channel: string): Promise<DigestRecord | null>;
  /** The channel's first slot (posted, being posted or failed), or null. */
  earliestDigest(channel: string): Promise<DigestRecord | null>;
  /**
   * Takes a failed digest back to post it again, while it is still its channel's latest slot.
   * True only for the one caller that turns it from failed to being posted, so a retry started
   * from two places at once still posts it once.
   */
  reclaimDigest(id: number): Promise<boolean>;
  digestStats(query: DigestQuery): Promise<DigestStats>;
}

/** One record a resync job covers. */
export interface ResyncRecordPlan {
  readonly batch: number;
  readonly system: "hubspot" | "salesforce";
  /** contacts, companies, deals; or Lead, Contact, Account, Opportunity. */
  readonly object: string;
  /** "" when skipped for want of an id. */
  readonly recordId: string;
  readonly fingerprint: string;
  /** Set when the record cannot be resynced: why. */
  readonly skipped?: string;
}

/** A record's state in a job. */
export interface ResyncRecordState extends ResyncRecordPlan {
  readonly status: "pending" | "accepted" | "failed" | "skipped";
  readonly code: string | null;
  readonly message: string | null;
}

/** A resync job as stored. */
export interface ResyncJob {
  readonly id: number;
  readonly ruleId: string;
  readonly requestedBy: string;
  readonly requestedAt: Date;
  /** The value the triggers are set to, the same for every batch (resent batches are identical). */
  readonly triggerAt: Date;
  readonly status: "running" | "done" | "failed";
  readonly finishedAt: Date | null;
  readonly detail: string | null;
  readonly counts: {
    readonly total: number;
    readonly pending: number;
    readonly accepted: number;
    readonly failed: number;
    readonly skipped: number;
  };
  /** The Slack message that shows its progress, once one was posted. */
  readonly progressMessage: { readonly channel: string; readonly ts: string } | null;
}

/** A record a job sent and had accepted lately. */
export interface RecentResync {
  readonly system: ResyncRecordPlan["system"];
  readonly recordId: string;
  readonly jobId: number;
  readonly requestedBy: string;
  readonly sentAt: Date;
}

/** One line of the audit log. */
export interface AuditEntry {
  readonly at: Date;
  readonly who: string;
  readonly action: string;
  readonly ruleId: string | null;
  readonly jobId: number | null;
  readonly count: number | null;
  readonly outcome: string;
  readonly detail: string | null;
}

/** The resync part of the store: jobs, their records, and the audit log. */
export interface ResyncStore {
  /** Open errors of a type, for planning a job. */
  openErrorsOf(ruleId: string): Promise<ObservedErrorWithFingerprint[]>;
  /**
   * Starts a job with its records, in one transaction that first looks for a running job of the
   * type: when there is one, nothing is written and that job comes back with `started: false`
   * (the caller shows it). Check and start are one step, so two requests (or two replicas) never
   * start two jobs of one type.
   */
  startResyncJob(input: {
    ruleId: string;
    requestedBy: string;
    requestedAt: Date;
    triggerAt: Date;
    records: readonly ResyncRecordPlan[];
    /**
     * The starting replica's lease, written with the job: between the start and a separate claim,
     * another replica looking for abandoned jobs would find it unowned and take it.
     */
    lease?: { readonly owner: string; readonly until: Date };
  }): Promise<{ readonly job: ResyncJob; readonly started: boolean }>;
  runningJob(ruleId: string): Promise<ResyncJob | null>;
  /** Jobs left running by a process that stopped: resumed at start. */
  unfinishedJobs(): Promise<ResyncJob[]>;
  /**
   * Takes a running job's lease for `owner` (a replica's id) until `until`, so that of two
   * replicas only one sends its batches. True when the job was unowned, already `owner`'s, or its
   * lease had expired at `now` (another owner that stopped renewing it); false when another owner
   * holds a live lease or the job is not running. One statement: two claims never both win.
   * `now` is the caller's clock, like every other time the store is given. `takeFrom` names an
   * owner the caller knows to be gone (a process of this host that no longer runs): its lease is
   * taken at once, live or not.
   */
  claimJob(
    jobId: number,
    owner: string,
    now: Date,
    until: Date,
    takeFrom?: string,
  ): Promise<boolean>;
  /** Who holds a running job's lease, and until when; null when nobody does. */
  leaseOf(jobId: number): Promise<{ readonly owner: string; readonly until: Date } | null>;
  /**
   * Extends `owner`'s lease on a running job to `until`. False when `owner` does not hold it (it
   * was taken over after expiring) or the job is not running: the owner must then stop sending.
   */
  renewLease(jobId: number, owner: string, until: Date): Promise<boolean>;
  /** Gives up `owner`'s lease, so another replica may take the job at once; false when not held. */
  releaseJob(jobId: number, owner: string): Promise<boolean>;
  job(id: number): Promise<ResyncJob | null>;
  /** The pending records of the job's lowest batch with any, or [] when none is left. */
  nextPendingBatch(jobId: number): Promise<ResyncRecordState[]>;
  /**
   * Records the outcomes of a batch's records, in one transaction. `heldBack` marks a record the
   * preflight kept back (not sent), with why; it is then skipped.
   */
  recordOutcomes(
    jobId: number,
    outcomes: ReadonlyArray<{
      fingerprint: string;
      ok: boolean;
      code?: string;
      message?: string;
      heldBack?: string;
    }>,
    /** When the batch was sent: a recent accepted record is skipped by the next resync. */
    at?: Date,
  ): Promise<void>;
  /**
   * Of these records, those a job sent and had accepted at or after `since`, each with its latest
   * such job: its id, who started it and when the record was sent.
   */
  recentlyResynced(
    records: ReadonlyArray<Pick<ResyncRecordPlan, "system" | "recordId">>,
    since: Date,
  ): Promise<RecentResync[]>;
  finishJob(
    jobId: number,
    status: "done" | "failed",
    at: Date,
    detail?: string,
  ): Promise<ResyncJob>;
  jobRecords(jobId: number): Promise<ResyncRecordState[]>;
  /** Remembers the Slack message that shows the job's progress. */
  setProgressMessage(jobId: number, message: { channel: string; ts: string }): Promise<void>;
  /** How many batches the job sends (skipped records send none), and how many are settled. */
  jobBatches(jobId: number): Promise<{ readonly total: number; readonly settled: number }>;
  audit(entry: AuditEntry): Promise<void>;
  auditLog(limit: number): Promise<AuditEntry[]>;
}

/**
 * What a "Resync" button stands for: the open errors of one type as they were when it was shown
 * (those opened up to `asOf` and still open at the click).
 */
export interface ResyncOffer {
  /** The short random key the button carries. */
  readonly key: string;
  readonly ruleId: string;
  readonly asOf: Date;
  /** How many errors the button showed. */
  readonly count: number;
  readonly createdAt: Date;
  readonly expiresAt: Date;
  /** Sent without the preflight's re-check ("Resync anyway"). */
  readonly force: boolean;
  /** When set: only the records this job held back, not every open error of the type. */
  readonly fromJob: number | null;
  /**
   * Records resynced within RESYNC_COOLDOWN: "ask" at the click (the button was shown without
   * knowing of them), "skip" them (its confirm dialog said how many), "send" them ("Resync anyway").
   */
  readonly recent: "ask" | "skip" | "send";
}

/** Open errors of a type that a resync would treat alike: same object, same ids present. */
export interface ResyncTargetGroup {
  readonly ruleId: string;
  readonly objectType: SyncObject;
  readonly hasHubspotId: boolean;
  /** The first three characters of the Salesforce id (its object), or null without one. */
  readonly salesforcePrefix: string | null;
  readonly count: number;
}

/** The store's part of resync buttons. */
export interface ResyncOfferStore {
  /** Keeps an offer, and forgets the expired ones. */
  saveResyncOffer(offer: ResyncOffer): Promise<void>;
  /** The offer behind a key, or null when it is unknown or expired at `now`. */
  resyncOffer(key: string, now: Date): Promise<ResyncOffer | null>;
  /** Open errors grouped for sizing resyncs, of the given types or of all, in one pass. */
  openTargetGroups(ruleIds?: readonly string[]): Promise<ResyncTargetGroup[]>;
}

/** An open error with its identity, as a resync plans from it. */
export interface ObservedErrorWithFingerprint extends ObservedError {
  readonly fingerprint: string;
}

/** A record a scan read: its scan findings replace the ones it had. */
export interface ScannedRecord {
  readonly objectType: SyncObject;
  readonly hubspotId: string | null;
  readonly salesforceId: string | null;
}

/** One scan, as stored. */
export interface ScanRecord {
  readonly id: number;
  readonly startedAt: Date;
  readonly finishedAt: Date;
  /** What it read from: records changed since then; null for a full scan. */
  readonly since: Date | null;
  readonly newCount: number;
  readonly resolved: number;
  /** The scan's own report (counts, calls, mapping findings), as JSON. */
  readonly summary: unknown;
}

/** A rolling window of requests, as RateSlotStore.takeRateSlot counts it. */
export interface RateWindow {
  /** At most this many slots … */
  readonly requests: number;
  /** … in any window of this many milliseconds … */
  readonly windowMs: number;
  /**
   * … each slot held this much longer than the window: the API counts a request when it arrives,
   * later than the slot was taken, and by different amounts for different requests.
   */
  readonly marginMs: number;
}

/** RateSlotStore.takeRateSlot's answer: a slot, or how long until the oldest one leaves. */
export type RateSlot =
  | { readonly taken: true }
  | {
      readonly taken: false;
      /** Milliseconds until a slot frees up (at least 1); ask again then. */
      readonly retryInMs: number;
    };

/**
 * Slots of named rolling windows, shared by every process on the database: how replicas on one
 * PostgreSQL keep to one API budget between them (one HubSpot limit, not one per replica).
 */
export interface RateSlotStore {
  /**
   * Takes a slot of the rolling window `name` when fewer than `window.requests` were taken in the
   * last `windowMs + marginMs`, atomically across every process on the database; otherwise says how
   * long until the oldest of them leaves. Times are the database's clock on PostgreSQL, so replicas
   * whose clocks disagree still count one window; slots that left the window are deleted on each
   * take, so the table holds at most `requests` rows per name. Slots are transient: `syncerror db
   * copy` leaves them behind.
   */
  takeRateSlot(name: string, window: RateWindow): Promise<RateSlot>;
}

/** A held scan lock (see ScanStore.tryScanLock). */
export interface ScanLock {
  /** Lets the lock go; calling it again does nothing more. */
  release(): Promise<void>;
}

/** The scan's part of the store. */
export interface ScanStore {
  /**
   * Takes the scan lock, so that of two replicas sharing a database only one scans at a time; null
   * when it is held already (by this process or another). `owner` says who holds it (a replica's
   * name; PostgreSQL shows it in pg_stat_activity). On PostgreSQL it lives as long as the
   * connection that took it, so a replica that dies lets it go; on SQLite, which one process
   * uses at a time, it is held in memory. Release it when the scan ends, whatever its outcome.
   */
  tryScanLock(owner: string): Promise<ScanLock | null>;
  lastScan(): Promise<ScanRecord | null>;
  /**
   * Records a scan in one transaction: its findings become open errors with source `scan` (an
   * error an export already reports stays one error), and the open scan findings of records it
   * read and found fine again are resolved. Waits for a running import to finish first.
   */
  recordScan(input: {
    readonly startedAt: Date;
    readonly finishedAt: Date;
    readonly since: Date | null;
    readonly findings: readonly ObservedError[];
    readonly scanned: readonly ScannedRecord[];
    readonly summary: unknown;
  }): Promise<ScanRecord>;
}

/**
 * Which columns of an export feed which fields, as a person confirmed it for one header row; the
 * next export with the same header row imports with it, without asking.
 */
export interface ColumnMappingRecord {
  /** The number `syncerror columns list` shows and `syncerror columns forget <n>` takes. */
  readonly id: number;
  /** The header row, normalised (`headerRowKey` in src/import/header-row.ts); unique. */
  readonly headerKey: string;
  /** The header row as the file had it, for showing. */
  readonly headers: readonly string[];
  /** Field name → the column's position (from 0) and its header. */
  readonly columns: Readonly<Record<string, { readonly index: number; readonly header: string }>>;
  /** A Slack user id, or "cli". */
  readonly confirmedBy: string;
  readonly confirmedAt: Date;
}

/** A mapping to remember; one already kept for the same header row is replaced. */
export type ColumnMappingInput = Omit<ColumnMappingRecord, "id">;

/** The remembered column mappings (written by an import's commit, see ImportSummaryInput). */
export interface ColumnMappingStore {
  /** The mapping remembered for a header row, or null. */
  columnMapping(headerKey: string): Promise<ColumnMappingRecord | null>;
  /** Every remembered mapping, oldest first. */
  columnMappings(): Promise<ColumnMappingRecord[]>;
  /** Forgets one mapping; false when there is none with that id. */
  forgetColumnMapping(id: number): Promise<boolean>;
  /** Forgets them all; returns how many there were. */
  forgetColumnMappings(): Promise<number>;
}

/** An error type an admin gave a message (and every message of its shape). */
export interface CorrectionRecord {
  /** The number `syncerror corrections list` shows and `syncerror corrections remove <id>` takes. */
  readonly id: number;
  /** The message's correction key (`correctionKey` in src/catalog/corrections.ts); unique. */
  readonly key: string;
  /** The message the admin corrected, as the bot read it. */
  readonly message: string;
  /** The type the admin gave it. */
  readonly ruleId: string;
  /** A Slack user id, or "cli". */
  readonly correctedBy: string;
  readonly correctedAt: Date;
}

/** A correction to keep; one already kept for the same key is replaced (and keeps its number). */
export type CorrectionInput = Omit<CorrectionRecord, "id">;

/** What a "Not this type?" control stands for: the message and the type the bot showed. */
export interface CorrectionOffer {
  /** The short random key the control carries. */
  readonly key: string;
  readonly message: string;
  readonly shownRuleId: string;
  readonly createdAt: Date;
  readonly expiresAt: Date;
}

/**
 * The admins' corrections. Every change is written to the audit log in the same transaction
 * (actions `correction.add` and `correction.remove`), with who and when.
 */
export interface CorrectionStore {
  /** Every correction, oldest first. */
  corrections(): Promise<CorrectionRecord[]>;
  /**
   * Keeps a correction (replacing the one for the same key) and audits it, in one transaction.
   * Returns the record and the type the key had before, or null when it had none. When the key
   * already has this type nothing is written or audited: `changed` is false and `record` is the
   * kept one.
   */
  saveCorrection(input: CorrectionInput): Promise<{
    readonly record: CorrectionRecord;
    readonly previousRuleId: string | null;
    readonly changed: boolean;
  }>;
  /** Removes a correction and audits it; null when there is none with that id. */
  removeCorrection(id: number, by: string, at: Date): Promise<CorrectionRecord | null>;
  /** Keeps an offer, and forgets the expired ones. */
  saveCorrectionOffer(offer: CorrectionOffer): Promise<void>;
  /** The offer behind a key, or null when it is unknown or expired at `now`. */
  correctionOffer(key: string, now: Date): Promise<CorrectionOffer | null>;
}

/** Who is on an error type: one owner per type at a time. */
export interface Claim {
  readonly ruleId: string;
  /** A Slack user id. */
  readonly owner: string;
  readonly since: Date;
}

/** A take's or a takeover's answer. */
export interface ClaimOutcome {
  /** True when this call made `by` the owner. */
  readonly taken: boolean;
  /**
   * The type's claim after the call: the new one when taken; otherwise who holds it (perhaps `by`
   * already), or null when nobody does (a takeover of a claim released meanwhile).
   */
  readonly claim: Claim | null;
}

/**
 * Who is on which error type ("@ann is on it"). Each change is one transaction with its audit line
 * (actions `claim.take`, `claim.takeover`, `claim.release`), so two people taking a type at once
 * give it one owner, and the log says who had it when.
 */
export interface ClaimStore {
  /** Every current claim, oldest first. */
  claims(): Promise<Claim[]>;
  /** Takes an unowned type for `by`; when someone holds it already, nothing changes. */
  takeClaim(ruleId: string, by: string, at: Date): Promise<ClaimOutcome>;
  /**
   * Takes a type over from `from`, the owner the person was shown and agreed to replace; nothing
   * changes when the owner is no longer `from` (released, or taken over by another meanwhile).
   */
  takeOverClaim(ruleId: string, by: string, from: string, at: Date): Promise<ClaimOutcome>;
  /** Lets `by`'s claim of a type go; null when `by` does not hold it. */
  releaseClaim(ruleId: string, by: string, at: Date): Promise<Claim | null>;
}

/** A spike alert to record: the type, when, and the numbers its message explains. */
export interface SpikeAlertInput {
  readonly ruleId: string;
  readonly at: Date;
  /** New errors in the last hour. */
  readonly count: number;
  /** The type's usual new errors per hour (the median over the baseline). */
  readonly usual: number;
}

/** A type's latest spike alert, as stored. */
export interface SpikeAlertRecord extends SpikeAlertInput {
  /** Where it was posted; null until it is (or when posting failed). */
  readonly channel: string | null;
  readonly messageTs: string | null;
}

/**
 * The spike alerts' part of the store (issue 17): new errors per type per hour, read for the spike
 * check, and each type's latest alert, whose claim is what keeps a type to one alert per cooldown
 * whichever replica checks.
 */
export interface AlertStore {
  /**
   * New errors per type opened in (from, to], counted from the errors themselves (by their
   * `opened_at`: when the source says it happened, or when the bot first saw it): a range of the
   * index on it. Types with none are left out.
   */
  newErrorsBetween(from: Date, to: Date): Promise<ReadonlyMap<string, number>>;
  /**
   * Errors opened per type per clock hour, for each of `ruleIds`, over the whole hours from the
   * hour holding `from` up to (not including) the hour holding `to`: element k is the hour k
   * hours after `from`'s, zeros where none opened. Kept per hour by every import and scan (an
   * error opened again counts again), so it reads a row per type and hour, not the errors.
   */
  hourlyNewErrors(
    ruleIds: readonly string[],
    from: Date,
    to: Date,
  ): Promise<ReadonlyMap<string, readonly number[]>>;
  /**
   * Claims the alert of a type: true for the one caller that records it, false when the type had
   * an alert less than `cooldownMs` before `alert.at`. One statement on both backends, so two
   * replicas checking at once alert once.
   */
  claimSpikeAlert(alert: SpikeAlertInput, cooldownMs: number): Promise<boolean>;
  /** Records where a claimed alert was posted. */
  markSpikeAlertPosted(ruleId: string, at: Date, channel: string, messageTs: string): Promise<void>;
  /**
   * Gives back a claim whose alert could not be posted (Slack refused it), so the next check may
   * alert again; false when the claim is no longer that one.
   */
  releaseSpikeAlert(ruleId: string, at: Date): Promise<boolean>;
  /** Each type's latest alert, newest first. */
  spikeAlerts(): Promise<SpikeAlertRecord[]>;
}

/** The longest reason a snooze keeps (the modal's input allows no more). */
export const SNOOZE_REASON_MAX = 280;

/**
 * How long a snooze lasts: until a date, until the type's open count doubles from `baseline` (its
 * open count when snoozed), or muted (until someone unmutes it).
 */
export type SnoozeLength =
  | { readonly kind: "until"; readonly until: Date }
  | { readonly kind: "doubled"; readonly baseline: number }
  | { readonly kind: "muted" };

/** A type kept out of the digest's noise: one current snooze per type. */
export interface Snooze {
  readonly ruleId: string;
  /** A Slack user id, or "cli". */
  readonly by: string;
  readonly at: Date;
  readonly reason: string | null;
  readonly length: SnoozeLength;
}

/** Why a snooze ended: lifted by a person, its date passed, or the type's count doubled. */
export type SnoozeEndReason = "lifted" | "expired" | "doubled";

/** A snooze that ended, kept so the next digest can say so. */
export interface EndedSnooze extends Snooze {
  readonly endedAt: Date;
  /** Who lifted it; null when it ended by itself. */
  readonly endedBy: string | null;
  readonly why: SnoozeEndReason;
}

/** The end of a snooze that ran out, as `snoozeEnd` (../snooze/snooze-state.ts) found it. */
export interface SnoozeExpiry {
  readonly ruleId: string;
  /** The snooze's own `at`: a snooze replaced meanwhile is not ended by an old finding. */
  readonly snoozedAt: Date;
  readonly endedAt: Date;
  readonly why: "expired" | "doubled";
}

/**
 * Snoozed and muted types. Each change is one transaction with its audit line (actions
 * `snooze.set`, `snooze.replace`, `snooze.lift`, `snooze.end`): who, when, why. A new snooze of a
 * type replaces its current one; two people snoozing a type at once leave one current snooze (the
 * later), and both are in the log.
 */
export interface SnoozeStore {
  /** Every current snooze, oldest first (ended ones are not current, even before they are told). */
  snoozes(): Promise<Snooze[]>;
  /** Snoozes a type, replacing its current snooze (returned, or null). */
  snoozeType(input: Snooze): Promise<{ snooze: Snooze; replaced: Snooze | null }>;
  /** Lifts a type's snooze or mute (anyone may); null when it has none. */
  unsnoozeType(ruleId: string, by: string, at: Date): Promise<EndedSnooze | null>;
  /**
   * Ends snoozes that ran out (date passed, count doubled). One that is gone or was replaced
   * since (its `at` differs) is left alone, so two replicas finding the same end record it once.
   * Returns the ends recorded by this call.
   */
  endSnoozes(expiries: readonly SnoozeExpiry[]): Promise<EndedSnooze[]>;
  /** Snoozes that ended in (`after`, `until`], oldest end first: what a digest announces. */
  endedSnoozes(after: Date, until: Date): Promise<EndedSnooze[]>;
}

/** A window of resolutions: the errors resolved after `since` and at or before `until`. */
export interface ResolutionWindow {
  readonly since: Date;
  readonly until: Date;
}

/**
 * How long the errors of a group took to resolve: from when each was opened (its latest opening:
 * an error seen again after resolving opens anew) to when it was resolved. Percentiles by the
 * nearest-rank method (`nearest-rank.ts`): each is a time one of the errors really took.
 */
export interface ResolutionTimes {
  /** How many errors of the group were resolved in the window (at least 1). */
  readonly resolved: number;
  readonly medianMs: number;
  readonly p90Ms: number;
}

/** Time to resolution in a window, by error type and by owner. */
export interface ResolutionStats {
  /** By rule id, the types with a resolution in the window; byte-wise order of rule id. */
  readonly byRule: ReadonlyMap<string, ResolutionTimes>;
  /**
   * By owner (a Slack user id): the errors resolved while that person held their type's claim,
   * whoever or whatever resolved them (an import, a scan, a resync); an error resolved while
   * nobody held its type counts for nobody. Who held a claim when is read from the audit log's
   * `claim.take`, `claim.takeover` and `claim.release` lines: a claim runs from its take or
   * takeover to the type's next claim line. Byte-wise order of user id.
   */
  readonly byOwner: ReadonlyMap<string, ResolutionTimes>;
}

/** What happened to one error type in a window, for the weekly summary. */
export interface RuleActivity {
  /** Opened in the window (and not opened again since: an error's latest opening counts). */
  readonly opened: number;
  /** Resolved in the window (and not opened again since). */
  readonly resolved: number;
  /** Open now. */
  readonly open: number;
  /** When the longest-open of its open errors was opened; null when none is open. */
  readonly oldestOpenAt: Date | null;
}

/** One week's summary for one channel, as stored. */
export interface WeeklySummaryRecord {
  /** The Monday the summary is for, in the digest's time zone (YYYY-MM-DD). */
  readonly week: string;
  readonly channel: string;
  readonly status: "posting" | "posted" | "failed";
  readonly messageTs: string | null;
  readonly postedAt: Date | null;
  readonly failure: string | null;
}

/** Time to resolution (`/syncerror status`) and the weekly summary's numbers and slots. */
export interface ResolutionStore {
  /**
   * Median and 90th percentile of time to resolution, by type and by owner, of the errors resolved
   * in the window (see ResolutionStats for what counts for an owner).
   */
  resolutionStats(window: ResolutionWindow): Promise<ResolutionStats>;
  /**
   * Per error type: opened and resolved in the window, open now, and the oldest open error's
   * opening; only the types with any of these.
   */
  ruleActivity(window: ResolutionWindow): Promise<ReadonlyMap<string, RuleActivity>>;
  /**
   * Claims a week's summary for a channel. Returns the record, or null when it is claimed already
   * (posted, being posted or failed): what makes the summary go out at most once per week and
   * channel, whichever replica or trigger comes first.
   */
  claimWeeklySummary(week: string, channel: string): Promise<WeeklySummaryRecord | null>;
  /** Marks a claimed summary posted (`messageTs` "" when there was nothing to post) or failed. */
  finishWeeklySummary(
    week: string,
    channel: string,
    outcome:
      | { readonly status: "posted"; readonly messageTs: string; readonly postedAt: Date }
      | { readonly status: "failed"; readonly failure: string },
  ): Promise<void>;
  /** The record of a week's summary for a channel, if any. */
  weeklySummary(week: string, channel: string): Promise<WeeklySummaryRecord | null>;
}

/** The Home tab's chart as uploaded for one language (HomeStore). */
export interface HomeChartRecord {
  readonly language: string;
  /** What the chart shows (open counts by type), as the Home tab keys it. */
  readonly key: string;
  /** Slack's file id of the upload. */
  readonly fileId: string;
  /** The chart's title and alt text, for the image block that shows the file again. */
  readonly title: string;
  readonly altText: string;
  readonly uploadedAt: Date;
}

/**
 * The Home tab's part of the store (issue 18): who opened it, when it was last published to them,
 * its chart's upload, and the errors resolved in a window (its "change since yesterday").
 */
export interface HomeStore {
  /** Records that a person opened their Home tab (the latest opening counts). */
  homeOpened(userId: string, at: Date): Promise<void>;
  /**
   * Claims a publish of a person's Home tab at `at`: true (and `at` recorded as their last
   * publish) when they opened it once and it was never published or last published at least
   * `minGapMs` before `at`; false otherwise. One conditional statement, so of two replicas
   * refreshing at once only one publishes.
   */
  claimHomePublish(userId: string, at: Date, minGapMs: number): Promise<boolean>;
  /** The people who opened their Home tab at or after `since`, byte-wise order. */
  homeViewers(since: Date): Promise<string[]>;
  /** The chart last uploaded for the Home tab in a language, or null. */
  homeChart(language: string): Promise<HomeChartRecord | null>;
  /** Records a chart uploaded for the Home tab, replacing that language's previous one. */
  saveHomeChart(chart: HomeChartRecord): Promise<void>;
  /** Errors resolved after `from` and at or before `to`, counted by rule id. */
  resolvedErrorsBetween(from: Date, to: Date): Promise<ReadonlyMap<string, number>>;
}

/**
 * The charts' reads (issue 18) beside AlertStore's hourlyNewErrors and Store's openCounts: errors
 * resolved per type per hour, and the open errors per type by age.
 */
export interface ChartStore {
  /**
   * Errors resolved per type per clock hour (by their `resolved_at`), as hourlyNewErrors: for each
   * of `ruleIds`, element k is the hour k hours after the hour holding `from`, up to (not
   * including) the hour holding `to`; zeros where none resolved. An error resolved, opened again
   * and resolved again counts once, at its last resolution (the store keeps one row per error).
   */
  hourlyResolvedErrors(
    ruleIds: readonly string[],
    from: Date,
    to: Date,
  ): Promise<ReadonlyMap<string, readonly number[]>>;
  /**
   * The open errors of each type counted by age (`now` − `opened_at`), with `edgesMs` ascending:
   * bucket 0 is [0, edgesMs[0]), bucket i is [edgesMs[i − 1], edgesMs[i]), the last is
   * [edgesMs.at(-1), ∞). An error opened after `now` is in bucket 0. Types with no open error are
   * left out. With `ruleIds`, only those types are read (a chart of one category or type reads
   * its own errors, not every open one).
   */
  openAgeCounts(
    now: Date,
    edgesMs: readonly number[],
    ruleIds?: readonly string[],
  ): Promise<ReadonlyMap<string, readonly number[]>>;
}

/** A resync trigger's system: the HubSpot property or the Salesforce field. */
export type TriggerSystem = "hubspot" | "salesforce";

/** One object whose trigger was not usable when checked, and why. */
export interface TriggerProblem {
  /** The HubSpot object type (contacts) or Salesforce object (Lead). */
  readonly object: string;
  /** The property or field checked for (as found, or as configured when missing). */
  readonly name: string;
  readonly status: "missing" | "wrong-type" | "not-updateable";
}

/**
 * The last check of one system's resync trigger (TriggerCheckStore): kept so the Home tab can say
 * whether resyncs can run without calling HubSpot or Salesforce itself.
 */
export interface TriggerCheck {
  readonly system: TriggerSystem;
  /** The property or field checked for (RESYNC_HUBSPOT_PROPERTY, RESYNC_SALESFORCE_FIELD). */
  readonly name: string;
  /** Every object has the trigger, usable. */
  readonly ready: boolean;
  /** The objects whose trigger was missing or unusable (empty when ready). */
  readonly problems: readonly TriggerProblem[];
  readonly checkedAt: Date;
  /** Who asked: a Slack user id, "cli", or "startup". */
  readonly checkedBy: string;
  /** Which path checked: a resync's check before it sends, `syncerror setup`, or the bot's start. */
  readonly via: "preflight" | "setup" | "startup";
}

/** The resync triggers' last check per system (issue 18's Home tab). */
export interface TriggerCheckStore {
  /**
   * Keeps a system's check, replacing the previous one unless that one was checked later (a slow
   * check finishing after a newer one does not undo it).
   */
  recordTriggerCheck(check: TriggerCheck): Promise<void>;
  /** The last check of each system checked so far, HubSpot first. */
  triggerChecks(): Promise<TriggerCheck[]>;
}

/** A CRM whose changes the bot learns (issue 19). */
export type ChangeSystem = "hubspot" | "salesforce";

/**
 * One system's schema snapshot as a scan took it (ChangeStore). The store keeps it as the text it
 * is given, byte for byte: the snapshot's key order is meaningful (picklist values in describe's
 * order), which PostgreSQL's jsonb would not keep, and the store does not read inside it.
 */
export interface StoredSnapshot {
  readonly system: ChangeSystem;
  /** When the scan read the schema: the latest snapshot is the one taken last, not saved last. */
  readonly takenAt: Date;
  /** The snapshot's compact JSON (src/changes/snapshot.ts's shape, that system's part). */
  readonly json: string;
}

/** A value a change was or became (src/changes' ChangeValue): stored as JSON, so types come back. */
export type StoredChangeValue = string | number | boolean | null;

/**
 * A change the bot learnt of in a CRM (ChangeStore), from a snapshot diff or Salesforce's Setup
 * Audit Trail. A src/changes SchemaChange spread with a key, times, who and source is one.
 */
export interface LearntChange {
  /**
   * What makes recording the same change again a no-op: two replicas diffing the same snapshots,
   * an audit trail read again from its mark. See change-key.ts for the keys both sources use.
   */
  readonly key: string;
  /** When the bot learnt of it (the scan that found it). */
  readonly observedAt: Date;
  /** When it happened, where the source says (the audit trail's CreatedDate); null otherwise. */
  readonly happenedAt: Date | null;
  /**
   * A snapshot diff's change happened after this (the earlier snapshot's time) and by
   * `observedAt`; null (or absent, in changes recorded before it was kept) where not known.
   */
  readonly happenedAfter?: Date | null;
  readonly system: ChangeSystem;
  /** The Salesforce object or HubSpot object type. */
  readonly object: string;
  /** The field or property; null for a change of the object itself (a validation rule, a user). */
  readonly field: string | null;
  /** A src/changes ChangeKind, or the kind the audit trail's reading gives its row. */
  readonly kind: string;
  /** The picklist value, option, stage or rule the change is about; null when none. */
  readonly option: string | null;
  readonly before: StoredChangeValue;
  readonly after: StoredChangeValue;
  /** Who made it, where known (the audit trail's CreatedBy.Name); null otherwise. */
  readonly who: string | null;
  readonly source: "snapshot" | "audit-trail";
  /** The audit trail's display text as Salesforce wrote it; null for a snapshot's change. */
  readonly detail: string | null;
}

/** Which changes to read (ChangeStore.changesSince); each given key must match exactly. */
export interface ChangeFilter {
  readonly object?: string;
  /** Only the changes that name this field (an object's own changes name none). */
  readonly field?: string;
  /** At most this many, the newest. */
  readonly limit?: number;
}

/** Schema snapshots and the changes learnt from them and from the Setup Audit Trail (issue 19). */
export interface ChangeStore {
  /**
   * Keeps a system's snapshot as its latest unless one taken later is kept already, and keeps the
   * one before it; older ones are dropped (one snapshot is megabytes). Taken at the same moment as
   * a kept one, it replaces it.
   */
  saveSnapshot(snapshot: StoredSnapshot): Promise<void>;
  /** The system's snapshot taken last, which the next scan diffs against; null before any. */
  latestSnapshot(system: ChangeSystem): Promise<StoredSnapshot | null>;
  /** The system's kept snapshots, newest first: the latest and the one before it, at most. */
  snapshots(system: ChangeSystem): Promise<StoredSnapshot[]>;
  /**
   * Records changes, each once by its key (a change recorded already, by this or another replica,
   * is left as it was), all or none; resolves to how many were new.
   */
  recordChanges(changes: readonly LearntChange[]): Promise<number>;
  /**
   * The changes that happened at or after `since` (when they happened, or were observed where
   * that is not known), newest first.
   */
  changesSince(since: Date, filter?: ChangeFilter): Promise<LearntChange[]>;
  /**
   * How far the Setup Audit Trail of an org has been read: the last CreatedDate recorded; null
   * before the first read. The next read asks for CreatedDate >= it (rows of the same second may
   * come after a read) and the keys make the rows read again no-ops.
   */
  auditTrailMark(orgId: string): Promise<Date | null>;
  /**
   * Moves an org's mark forward to `readUpTo` after its rows are recorded (recorded first: a crash
   * between the two reads them again rather than losing them); never moves it back.
   */
  setAuditTrailMark(orgId: string, readUpTo: Date): Promise<void>;
}

/** Which new errors a wave is read from (WaveStore.waveFacts). */
export interface WaveQuery {
  /** The window's start (inclusive) by `opened_at`, when the error happened as its source says. */
  readonly since: Date;
  /** The window's end (exclusive). */
  readonly until: Date;
  /** The types to read; the others are not looked at. */
  readonly ruleIds: readonly string[];
  /** How many of each type's first errors in the window to return the messages of. */
  readonly sampleSize: number;
}

/** One type's new errors in a window, and in the window of the same length just before it. */
export interface WaveFacts {
  readonly ruleId: string;
  /** Errors opened in the window. */
  readonly count: number;
  /** Errors opened in the window of the same length ending at its start: what the wave rose from. */
  readonly before: number;
  /** When the first error in the window was opened. */
  readonly firstAt: Date;
  /** The object types the window's sampled errors are on, each once, in the order first met. */
  readonly objectTypes: readonly SyncObject[];
  /** The messages of the window's first `sampleSize` errors, oldest first. */
  readonly messages: readonly string[];
}

/** New errors by type in a window, for linking a wave of errors to the change that began it. */
export interface WaveStore {
  /**
   * Each asked type with at least one error opened in the window (the others are left out),
   * in `ruleIds` order. Reads the opened-at index for the counts and at most `sampleSize` rows
   * of each type, so a window of a store of a million errors stays cheap.
   */
  waveFacts(query: WaveQuery): Promise<WaveFacts[]>;
}

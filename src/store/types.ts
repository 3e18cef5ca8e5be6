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
}

/** What the import adds at commit time. */
export interface ImportSummaryInput {
  readonly rowsRead: number;
  readonly rejected: number;
  readonly objectTypes: readonly SyncObject[];
  readonly columns: Readonly<Record<string, string>>;
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
  add(error: ObservedError): void;
  commit(summary: ImportSummaryInput): ImportRecord;
  rollback(): void;
}

/** The error store: every open and resolved sync error, every import and every digest. */
export interface Store extends DigestStore {
  /** Starts an import. Only one runs at a time; a second call while one is open throws. */
  beginImport(meta: ImportMeta): ImportTransaction;
  /** The most recent import, or null. */
  lastImport(): ImportRecord | null;
  openCounts(): OpenCounts;
  close(): void;
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
}

/** Per error type, what a digest shows. */
export interface RuleStats {
  /** Opened since the previous digest and still open. */
  readonly new: number;
  /** Distinct records among the new ones. */
  readonly records: number;
  /** Open now. */
  readonly open: number;
}

/** Everything a digest reads from the store, in one pass of queries. */
export interface DigestStats {
  readonly byRule: ReadonlyMap<string, RuleStats>;
  readonly newTotal: number;
  readonly resolvedTotal: number;
  readonly openTotal: number;
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
  claimDigest(slot: Date, channel: string, late: boolean): DigestRecord | null;
  /** Marks a claimed digest posted. */
  markDigestPosted(
    id: number,
    result: { messageTs: string; postedAt: Date; counts: DigestCounts },
  ): void;
  /** Marks a claimed digest failed, with why. */
  markDigestFailed(id: number, failure: string): void;
  /** The channel's most recent posted digest before `before`, or null. */
  previousDigest(channel: string, before: Date): DigestRecord | null;
  /** The record of a slot, if any. */
  digestAt(slot: Date, channel: string): DigestRecord | null;
  digestStats(query: DigestQuery): DigestStats;
}

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

/** The error store: every open and resolved sync error, and every import. */
export interface Store {
  /** Starts an import. Only one runs at a time; a second call while one is open throws. */
  beginImport(meta: ImportMeta): ImportTransaction;
  /** The most recent import, or null. */
  lastImport(): ImportRecord | null;
  openCounts(): OpenCounts;
  close(): void;
}

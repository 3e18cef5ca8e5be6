/**
 * Rows of the import tables as PostgreSQL returns them (bigint read as numbers by the pool, JSON
 * as text), mapped as ../sqlite-store.ts and ../sqlite-missing-resolutions.ts map SQLite's.
 */
import type { SyncObject } from "../../rules/types.js";
import type { ImportRecord, MissingResolution } from "../types.js";

/** A missing_resolutions row. */
export interface ResolutionRow {
  import_id: number;
  object_types: string;
  snapshot_at: number;
  count: number;
  decision: "resolved" | "kept" | null;
  decided_by: string | null;
  decided_at: number | null;
  resolved: number;
}

export const toResolution = (row: ResolutionRow): MissingResolution => ({
  importId: row.import_id,
  objectTypes: JSON.parse(row.object_types) as SyncObject[],
  snapshotAt: new Date(row.snapshot_at),
  count: row.count,
  decision: row.decision,
  decidedBy: row.decided_by,
  decidedAt: row.decided_at === null ? null : new Date(row.decided_at),
  resolved: row.resolved,
});

/** An imports row. */
export interface ImportRow {
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

export function toImportRecord(row: ImportRow, missing: MissingResolution | null): ImportRecord {
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

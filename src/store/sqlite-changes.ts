import type Database from "better-sqlite3";
import {
  CHANGE_COLUMNS,
  type ChangeRow,
  changesSinceQuery,
  changeValues,
  PRUNE_SNAPSHOTS,
  SELECT_LATEST_SNAPSHOT,
  SELECT_SNAPSHOTS,
  type SnapshotRow,
  toChange,
  toSnapshot,
  UPSERT_AUDIT_TRAIL_MARK,
  UPSERT_SNAPSHOT,
} from "./change-rows.js";
import type { ChangeFilter, ChangeSystem, LearntChange, StoredSnapshot } from "./types.js";

type Db = Database.Database;

/**
 * Schema snapshots, learnt changes and the audit trail's marks on SQLite (ChangeStore). Writes go
 * through the one writer connection, each a transaction, so a save and its pruning, or a batch of
 * changes, are seen whole or not at all; another process's writer waits on the busy timeout.
 */
export class SqliteChanges {
  private readonly statements;

  constructor(
    private readonly writer: Db,
    private readonly reader: Db,
  ) {
    this.statements = {
      saveSnapshot: writer.prepare(UPSERT_SNAPSHOT),
      pruneSnapshots: writer.prepare(PRUNE_SNAPSHOTS),
      latestSnapshot: reader.prepare(SELECT_LATEST_SNAPSHOT),
      snapshots: reader.prepare(SELECT_SNAPSHOTS),
      record: writer.prepare(
        `INSERT INTO crm_changes (${CHANGE_COLUMNS.join(", ")}) VALUES (${CHANGE_COLUMNS.map(() => "?").join(", ")})
         ON CONFLICT (change_key) DO NOTHING`,
      ),
      mark: reader.prepare("SELECT read_up_to FROM audit_trail_marks WHERE org_id = ?"),
      setMark: writer.prepare(UPSERT_AUDIT_TRAIL_MARK),
    };
  }

  saveSnapshot(snapshot: StoredSnapshot): void {
    this.writer.transaction(() => {
      this.statements.saveSnapshot.run(snapshot.system, snapshot.takenAt.getTime(), snapshot.json);
      this.statements.pruneSnapshots.run(snapshot.system, snapshot.system);
    })();
  }

  latestSnapshot(system: ChangeSystem): StoredSnapshot | null {
    const row = this.statements.latestSnapshot.get(system) as SnapshotRow | undefined;
    return row ? toSnapshot(row) : null;
  }

  snapshots(system: ChangeSystem): StoredSnapshot[] {
    return (this.statements.snapshots.all(system) as SnapshotRow[]).map(toSnapshot);
  }

  recordChanges(changes: readonly LearntChange[]): number {
    return this.writer.transaction(() => {
      let added = 0;
      for (const change of changes)
        added += this.statements.record.run(...changeValues(change)).changes;
      return added;
    })();
  }

  changesSince(since: Date, filter?: ChangeFilter): LearntChange[] {
    const { sql, values } = changesSinceQuery(since, filter);
    // Prepared per call: the filter decides the statement (few calls, a handful of shapes).
    return (this.reader.prepare(sql).all(...values) as ChangeRow[]).map(toChange);
  }

  auditTrailMark(orgId: string): Date | null {
    const row = this.statements.mark.get(orgId) as { read_up_to: number } | undefined;
    return row ? new Date(row.read_up_to) : null;
  }

  setAuditTrailMark(orgId: string, readUpTo: Date): void {
    this.statements.setMark.run(orgId, readUpTo.getTime());
  }
}

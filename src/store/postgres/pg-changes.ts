import type pg from "pg";
import {
  CHANGE_COLUMNS,
  type ChangeRow,
  changesSinceQuery,
  changeValues,
  numbered,
  PRUNE_SNAPSHOTS,
  SELECT_LATEST_SNAPSHOT,
  SELECT_SNAPSHOTS,
  type SnapshotRow,
  toChange,
  toSnapshot,
  UPSERT_AUDIT_TRAIL_MARK,
  UPSERT_SNAPSHOT,
} from "../change-rows.js";
import type {
  ChangeFilter,
  ChangeStore,
  ChangeSystem,
  LearntChange,
  StoredSnapshot,
} from "../types.js";
import { inTransaction } from "./transaction.js";

/** Each column's array type for the batch insert's unnest, in CHANGE_COLUMNS' order. */
const COLUMN_TYPES: Record<(typeof CHANGE_COLUMNS)[number], string> = {
  change_key: "text",
  observed_at: "bigint",
  happened_at: "bigint",
  happened_after: "bigint",
  at: "bigint",
  system: "text",
  object: "text",
  field: "text",
  kind: "text",
  option_value: "text",
  before_value: "text",
  after_value: "text",
  who: "text",
  source: "text",
  detail: "text",
};

/**
 * The batch insert: one statement for any number of changes (one array per column), in key order
 * so that two replicas recording overlapping batches at once take the unique index's entries in
 * the same order and wait on each other rather than deadlock. ON CONFLICT DO NOTHING waits for a
 * conflicting insert to commit and then skips the row, so of two at once one adds it.
 */
const RECORD = `
  INSERT INTO crm_changes (${CHANGE_COLUMNS.join(", ")})
  SELECT * FROM unnest(${CHANGE_COLUMNS.map((c, i) => `$${i + 1}::${COLUMN_TYPES[c]}[]`).join(", ")})
  ORDER BY 1
  ON CONFLICT (change_key) DO NOTHING`;

/** Schema snapshots, learnt changes and the audit trail's marks on PostgreSQL, as ../sqlite-changes.ts. */
export class PostgresChanges implements ChangeStore {
  constructor(private readonly pool: pg.Pool) {}

  saveSnapshot(snapshot: StoredSnapshot): Promise<void> {
    return inTransaction(this.pool, async (client) => {
      // Saves of one table one after another: two at once would each keep their own and the
      // latest committed, leaving three (read committed does not see the other's new row).
      await client.query("LOCK TABLE schema_snapshots IN SHARE ROW EXCLUSIVE MODE");
      await client.query(numbered(UPSERT_SNAPSHOT), [
        snapshot.system,
        snapshot.takenAt.getTime(),
        snapshot.json,
      ]);
      await client.query(numbered(PRUNE_SNAPSHOTS), [snapshot.system, snapshot.system]);
    });
  }

  async latestSnapshot(system: ChangeSystem): Promise<StoredSnapshot | null> {
    const result = await this.pool.query<SnapshotRow>(numbered(SELECT_LATEST_SNAPSHOT), [system]);
    const row = result.rows[0];
    return row ? toSnapshot(row) : null;
  }

  async snapshots(system: ChangeSystem): Promise<StoredSnapshot[]> {
    const result = await this.pool.query<SnapshotRow>(numbered(SELECT_SNAPSHOTS), [system]);
    return result.rows.map(toSnapshot);
  }

  async recordChanges(changes: readonly LearntChange[]): Promise<number> {
    if (changes.length === 0) return 0;
    const rows = changes.map(changeValues);
    const columns = CHANGE_COLUMNS.map((_, i) => rows.map((row) => row[i] ?? null));
    const result = await this.pool.query(RECORD, columns);
    return result.rowCount ?? 0;
  }

  async changesSince(since: Date, filter?: ChangeFilter): Promise<LearntChange[]> {
    const { sql, values } = changesSinceQuery(since, filter);
    const result = await this.pool.query<ChangeRow>(numbered(sql), values);
    return result.rows.map(toChange);
  }

  async auditTrailMark(orgId: string): Promise<Date | null> {
    const result = await this.pool.query<{ read_up_to: string }>(
      "SELECT read_up_to FROM audit_trail_marks WHERE org_id = $1",
      [orgId],
    );
    const row = result.rows[0];
    return row ? new Date(Number(row.read_up_to)) : null;
  }

  async setAuditTrailMark(orgId: string, readUpTo: Date): Promise<void> {
    await this.pool.query(numbered(UPSERT_AUDIT_TRAIL_MARK), [orgId, readUpTo.getTime()]);
  }
}

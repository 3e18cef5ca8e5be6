import type {
  ChangeFilter,
  ChangeSystem,
  LearntChange,
  StoredChangeValue,
  StoredSnapshot,
} from "./types.js";

/** A `crm_changes` row, as both backends read it (PostgreSQL's bigint comes back as a string). */
export interface ChangeRow {
  change_key: string;
  observed_at: string | number;
  happened_at: string | number | null;
  happened_after: string | number | null;
  system: string;
  object: string;
  field: string | null;
  kind: string;
  option_value: string | null;
  before_value: string;
  after_value: string;
  who: string | null;
  source: string;
  detail: string | null;
}

/** The columns both backends' insert names, in the order of `changeValues`. */
export const CHANGE_COLUMNS = [
  "change_key",
  "observed_at",
  "happened_at",
  "happened_after",
  "at",
  "system",
  "object",
  "field",
  "kind",
  "option_value",
  "before_value",
  "after_value",
  "who",
  "source",
  "detail",
] as const;

/** A change as the row's values, in CHANGE_COLUMNS' order. */
export function changeValues(change: LearntChange): (string | number | null)[] {
  const happened = change.happenedAt?.getTime() ?? null;
  return [
    change.key,
    change.observedAt.getTime(),
    happened,
    change.happenedAfter?.getTime() ?? null,
    happened ?? change.observedAt.getTime(),
    change.system,
    change.object,
    change.field,
    change.kind,
    change.option,
    JSON.stringify(change.before),
    JSON.stringify(change.after),
    change.who,
    change.source,
    change.detail,
  ];
}

/** A row as a change. */
export function toChange(row: ChangeRow): LearntChange {
  return {
    key: row.change_key,
    observedAt: new Date(Number(row.observed_at)),
    happenedAt: row.happened_at === null ? null : new Date(Number(row.happened_at)),
    happenedAfter: row.happened_after === null ? null : new Date(Number(row.happened_after)),
    system: row.system as ChangeSystem,
    object: row.object,
    field: row.field,
    kind: row.kind,
    option: row.option_value,
    before: JSON.parse(row.before_value) as StoredChangeValue,
    after: JSON.parse(row.after_value) as StoredChangeValue,
    who: row.who,
    source: row.source as LearntChange["source"],
    detail: row.detail,
  };
}

/**
 * Both backends' read of the changes since a time, with the filter's conditions: `?`
 * placeholders (PostgreSQL's copy numbers them) and their values in order. Newest first; of two at
 * the same moment, the one recorded last first.
 */
export function changesSinceQuery(
  since: Date,
  filter: ChangeFilter = {},
): { readonly sql: string; readonly values: (string | number)[] } {
  const where = ["at >= ?"];
  const values: (string | number)[] = [since.getTime()];
  if (filter.object !== undefined) {
    where.push("object = ?");
    values.push(filter.object);
  }
  if (filter.field !== undefined) {
    where.push("field = ?");
    values.push(filter.field);
  }
  let sql = `SELECT * FROM crm_changes WHERE ${where.join(" AND ")} ORDER BY at DESC, id DESC`;
  if (filter.limit !== undefined) {
    sql += " LIMIT ?";
    values.push(Math.max(0, Math.floor(filter.limit)));
  }
  return { sql, values };
}

/** A `schema_snapshots` row, as both backends read it. */
export interface SnapshotRow {
  system: string;
  taken_at: string | number;
  snapshot: string;
}

/** A row as a snapshot. */
export const toSnapshot = (row: SnapshotRow): StoredSnapshot => ({
  system: row.system as ChangeSystem,
  takenAt: new Date(Number(row.taken_at)),
  json: row.snapshot,
});

/** Both backends' save of a snapshot (system, taken_at, snapshot): the same moment replaces. */
export const UPSERT_SNAPSHOT = `
  INSERT INTO schema_snapshots (system, taken_at, snapshot) VALUES (?, ?, ?)
  ON CONFLICT (system, taken_at) DO UPDATE SET snapshot = excluded.snapshot`;

/** Both backends' drop of a system's snapshots older than its latest two (system, system). */
export const PRUNE_SNAPSHOTS = `
  DELETE FROM schema_snapshots WHERE system = ? AND taken_at NOT IN
    (SELECT taken_at FROM schema_snapshots WHERE system = ? ORDER BY taken_at DESC LIMIT 2)`;

/** Both backends' read of a system's latest snapshot (system). */
export const SELECT_LATEST_SNAPSHOT =
  "SELECT * FROM schema_snapshots WHERE system = ? ORDER BY taken_at DESC LIMIT 1";

/** Both backends' read of a system's kept snapshots, newest first (system). */
export const SELECT_SNAPSHOTS =
  "SELECT * FROM schema_snapshots WHERE system = ? ORDER BY taken_at DESC";

/** Both backends' forward-only move of an org's audit trail mark (org_id, read_up_to). */
export const UPSERT_AUDIT_TRAIL_MARK = `
  INSERT INTO audit_trail_marks (org_id, read_up_to) VALUES (?, ?)
  ON CONFLICT (org_id) DO UPDATE SET read_up_to = excluded.read_up_to
  WHERE excluded.read_up_to > audit_trail_marks.read_up_to`;

/** Numbers a statement's `?` placeholders for PostgreSQL ($1, $2, …). */
export function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

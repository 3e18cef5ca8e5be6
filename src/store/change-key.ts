/**
 * The keys of learnt changes (LearntChange.key), in one place so every replica and every read
 * makes the same key for the same change, and recording it again is a no-op.
 */

/** Where a snapshot diff's change is: the change of a field, or of one of its values. */
export interface SnapshotChangePlace {
  readonly system: "hubspot" | "salesforce";
  readonly object: string;
  readonly field: string;
  readonly kind: string;
  readonly option: string | null;
}

/**
 * A snapshot diff's change: where it is, and the snapshot it was diffed from. Two replicas diffing
 * from the same snapshot make the same key; the same change made again later (a value reactivated
 * and deactivated again) is diffed from a later snapshot, so it is a new change.
 */
export function snapshotChangeKey(change: SnapshotChangePlace, diffedFrom: Date): string {
  return JSON.stringify([
    "snapshot",
    change.system,
    diffedFrom.getTime(),
    change.object,
    change.field,
    change.kind,
    change.option,
  ]);
}

/**
 * A Setup Audit Trail row: its org and Id (Salesforce's unique id of the row), and the kind it was
 * read as (a row may stand for more than one change, e.g. a field shortened and made required).
 */
export function auditTrailChangeKey(orgId: string, rowId: string, kind: string): string {
  return JSON.stringify(["audit-trail", orgId, rowId, kind]);
}

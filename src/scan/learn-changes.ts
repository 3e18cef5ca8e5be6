import { type AuditedChange, auditedChanges, type FieldLookup } from "../changes/audit-trail.js";
import type { SchemaChange } from "../changes/change.js";
import { diffSnapshots } from "../changes/diff.js";
import { type SchemaSnapshot, schemaSnapshot } from "../changes/snapshot.js";
import { type AuditTrailReadOptions, readAuditTrail } from "../clients/salesforce-audit-port.js";
import { organizationId, type SalesforceScanPort } from "../clients/salesforce-scan-port.js";
import { type UserText, userMessage } from "../errors.js";
import { auditTrailChangeKey, snapshotChangeKey } from "../store/change-key.js";
import type { ChangeStore, ChangeSystem, LearntChange, StoredSnapshot } from "../store/types.js";
import type { SchemaRead } from "./read-context.js";
import type { ChangesLearnt } from "./scan-types.js";

/**
 * Where an audit trail row that names no object is filed: the store files every change under an
 * object, and Setup is where such a change (a permission set, a user) was made.
 */
export const SETUP_OBJECT = "Setup";

/**
 * What one scan learns of changes in both CRMs: the schema it read diffed against the snapshot
 * the last scan kept (per system; a system this scan did not read is neither diffed nor saved),
 * and Salesforce's Setup Audit Trail read on from its mark when Salesforce was read. The changes
 * are recorded before the snapshot is saved and the mark moved, so a crash in between diffs or
 * reads them again, which their keys make a no-op.
 *
 * Never rejects: what fails (the trail's read, the store) is told in the answer's note, so the
 * scan's own findings are kept whatever happens here.
 */
export async function learnChanges(input: {
  readonly store: ChangeStore;
  readonly read: SchemaRead;
  /** The port when this scan read Salesforce, else undefined (no audit trail read). */
  readonly salesforce: SalesforceScanPort | undefined;
  /** When the scan started: each snapshot's `takenAt` and each change's `observedAt`. */
  readonly startedAt: Date;
  readonly auditTrail?: AuditTrailReadOptions;
}): Promise<ChangesLearnt> {
  let learnt = 0;
  try {
    learnt += await learnFromSnapshots(input.store, input.read, input.startedAt);
  } catch (error) {
    return {
      learnt,
      auditTrail: "skipped",
      note: { key: "scan.changesFailed", values: { detail: userMessage(error) } },
    };
  }
  if (!input.salesforce) return { learnt, auditTrail: "skipped" };
  try {
    const trail = await learnFromAuditTrail(input, input.salesforce);
    learnt += trail.learnt;
    if (!trail.readable) return { learnt, auditTrail: "not-readable", note: trail.note };
    return { learnt, auditTrail: "read" };
  } catch (error) {
    return {
      learnt,
      auditTrail: "failed",
      note: { key: "scan.changesAuditFailed", values: { detail: userMessage(error) } },
    };
  }
}

/**
 * The snapshot's part of one system as stored: the SchemaSnapshot with the other system's sides
 * null, so each system's JSON reads back as a whole snapshot that diffs only that system.
 */
export function systemPart(snapshot: SchemaSnapshot, system: ChangeSystem): SchemaSnapshot {
  return system === "salesforce"
    ? { version: 1, salesforce: snapshot.salesforce, hubspot: null, dealStages: null }
    : { version: 1, salesforce: null, hubspot: snapshot.hubspot, dealStages: snapshot.dealStages };
}

/** Diffs and records each system read, then saves its snapshot; resolves to the new changes. */
async function learnFromSnapshots(
  store: ChangeStore,
  read: SchemaRead,
  startedAt: Date,
): Promise<number> {
  const snapshot = schemaSnapshot(read);
  const systems: ChangeSystem[] = [];
  if (snapshot.salesforce) systems.push("salesforce");
  if (snapshot.hubspot) systems.push("hubspot");
  const changes: LearntChange[] = [];
  const toSave: StoredSnapshot[] = [];
  for (const system of systems) {
    const part = systemPart(snapshot, system);
    const previous = await store.latestSnapshot(system);
    const before = previous && parseSnapshot(previous.json);
    // A snapshot taken after this scan started (another replica's later scan) is not diffed
    // backwards; the store keeps the later one as the latest anyway.
    if (previous && before && previous.takenAt < startedAt) {
      for (const change of diffSnapshots(before, part))
        changes.push(fromDiff(change, previous.takenAt, startedAt));
    }
    toSave.push({ system, takenAt: startedAt, json: JSON.stringify(part) });
  }
  const learnt = changes.length > 0 ? await store.recordChanges(changes) : 0;
  for (const saved of toSave) await store.saveSnapshot(saved);
  return learnt;
}

/** A stored snapshot of the shape this code writes, or null (an older shape: diffed no more). */
function parseSnapshot(json: string): SchemaSnapshot | null {
  const parsed = JSON.parse(json) as Partial<SchemaSnapshot> | null;
  return parsed?.version === 1 ? (parsed as SchemaSnapshot) : null;
}

function fromDiff(change: SchemaChange, diffedFrom: Date, observedAt: Date): LearntChange {
  return {
    key: snapshotChangeKey(change, diffedFrom),
    observedAt,
    happenedAt: null,
    // Between the two snapshots: after the one it was diffed from, by the one that shows it.
    happenedAfter: diffedFrom,
    system: change.system,
    object: change.object,
    field: change.field,
    kind: change.kind,
    option: change.option,
    before: change.before,
    after: change.after,
    who: null,
    source: "snapshot",
    detail: null,
  };
}

/**
 * Reads the org's audit trail on from its mark (all it keeps the first time; a read cut at
 * maxRows goes on next scan), records the rows' changes, then moves the mark.
 */
async function learnFromAuditTrail(
  input: {
    readonly store: ChangeStore;
    readonly read: SchemaRead;
    readonly startedAt: Date;
    readonly auditTrail?: AuditTrailReadOptions;
  },
  port: SalesforceScanPort,
): Promise<
  | { readonly readable: true; readonly learnt: number }
  | {
      readonly readable: false;
      readonly learnt: 0;
      readonly note: UserText;
    }
> {
  const orgId = await organizationId(port);
  const mark = await input.store.auditTrailMark(orgId);
  // The store keeps the time only: the rows of that second are read again, and their keys make
  // recording them again a no-op.
  const cursor = mark ? { at: mark.toISOString(), ids: [] } : null;
  const result = await readAuditTrail(port, cursor, input.auditTrail);
  if (!result.readable)
    return {
      readable: false,
      learnt: 0,
      note: { key: result.note, values: { permission: result.permission } },
    };
  const changes = auditedChanges(result.rows, fieldLookup(input.read)).map((c) =>
    fromAuditTrail(c, orgId, input.startedAt),
  );
  const learnt = changes.length > 0 ? await input.store.recordChanges(changes) : 0;
  if (result.cursor) await input.store.setAuditTrailMark(orgId, new Date(result.cursor.at));
  return { readable: true, learnt };
}

/** Field labels to API names from the describe this scan read. */
function fieldLookup(read: SchemaRead): FieldLookup {
  const byLabel = new Map<string, string>();
  for (const [object, fields] of read.salesforce ?? [])
    for (const field of fields) byLabel.set(`${object}\u0000${field.label}`, field.name);
  return (object, label) => byLabel.get(`${object}\u0000${label}`);
}

function fromAuditTrail(change: AuditedChange, orgId: string, observedAt: Date): LearntChange {
  return {
    key: auditTrailChangeKey(orgId, change.row.id, change.kind),
    observedAt,
    happenedAt: new Date(change.at),
    happenedAfter: null,
    system: "salesforce",
    object: change.object ?? SETUP_OBJECT,
    field: change.field,
    kind: change.kind,
    // The store's option is the value, stage or rule a change is about: a rule or user the row
    // names where it names no picklist value.
    option: change.option ?? change.subject,
    before: change.before,
    after: change.after,
    who: change.by,
    source: "audit-trail",
    detail: change.row.display,
  };
}

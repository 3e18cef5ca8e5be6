import { normalizeId, SOBJECT_TYPES, type SObjectType, typeOfId } from "./ids.js";
import type { Schema } from "./schema.js";
import { storedValue } from "./values.js";

// Re-exported where it used to live, for importers of this module.
export type { CustomFieldSeed } from "./schema.js";

/** A stored record: its 18-character `Id` and field values. */
export type StoredRecord = Readonly<Record<string, unknown>> & { readonly Id: string };

/**
 * Records to start with, per sObject; each needs a valid 18-character `Id` of that type and
 * only fields the sObject describes (any letter case; kept under the described name).
 */
export type RecordSeed = Partial<Record<SObjectType, readonly StoredRecord[]>>;

/** A per-record error as Salesforce reports it in a save result. */
export interface RecordError {
  readonly statusCode: string;
  readonly message: string;
  readonly fields: readonly string[];
}

interface InjectedError {
  readonly error: RecordError;
  remaining: number;
}

/**
 * The org's records per sObject, keyed by 18-character id, plus deleted ids (updates answer
 * ENTITY_IS_DELETED) and errors injected per id. `restore()` goes back to the seed.
 *
 * Every record has CreatedDate, LastModifiedDate and SystemModstamp: those a record lacks are
 * stamped when it is added (seeds with `seededAt`, so a restore gives the same stamps).
 */
export class RecordStore {
  private readonly live = new Map<SObjectType, Map<string, Record<string, unknown>>>();
  private readonly deleted = new Set<string>();
  private readonly injected = new Map<string, InjectedError>();

  constructor(
    private readonly schema: Schema,
    private readonly seed: RecordSeed,
    /** Salesforce's dateTime text for the seed's missing stamps. */
    private readonly seededAt: string,
  ) {
    this.restore();
  }

  /** Back to the seeded records; forgets deletions and injected errors. */
  restore(): void {
    this.deleted.clear();
    this.injected.clear();
    for (const type of SOBJECT_TYPES) this.live.set(type, new Map());
    for (const type of SOBJECT_TYPES) {
      for (const record of this.seed[type] ?? []) this.add(type, record, this.seededAt);
    }
  }

  /**
   * Adds (or replaces) a record, stamping missing dates with `stamp`; throws on an id that is not
   * a valid 18-character id of `type`, or a field `type` does not describe.
   */
  add(type: SObjectType, record: StoredRecord, stamp: string): void {
    const id = record.Id;
    if (normalizeId(id) !== id || typeOfId(id) !== type) {
      throw new Error(
        `Salesforce sandbox: ${JSON.stringify(id)} is not an 18-character ${type} id`,
      );
    }
    const row: Record<string, unknown> = {};
    for (const name in record) {
      const field = this.schema.field(type, name);
      if (!field) {
        throw new Error(
          `Salesforce sandbox: ${type} ${id} has a field ${name} that ${type} does not describe; declare it in customFields or fields`,
        );
      }
      row[field.name] = storedValue(field, record[name]);
    }
    row.CreatedDate ??= stamp;
    row.LastModifiedDate ??= row.CreatedDate;
    row.SystemModstamp ??= row.LastModifiedDate;
    this.deleted.delete(id);
    this.table(type).set(id, row);
  }

  /** Deletes a record: later updates of its id answer ENTITY_IS_DELETED. */
  delete(type: SObjectType, id: string): void {
    const full = normalizeId(id) ?? id;
    if (!this.table(type).delete(full)) {
      throw new Error(`Salesforce sandbox: no ${type} ${id} to delete`);
    }
    this.deleted.add(full);
  }

  get(type: SObjectType, id: string): StoredRecord | undefined {
    const record = this.table(type).get(id);
    return record ? ({ ...record } as StoredRecord) : undefined;
  }

  all(type: SObjectType): StoredRecord[] {
    return [...this.table(type).values()].map((record) => ({ ...record }) as StoredRecord);
  }

  /**
   * The live records of one sObject, in insertion order, without copying: for queries, which
   * must not copy 100,000 records per request. Callers must not modify them.
   */
  rows(type: SObjectType): Iterable<Readonly<Record<string, unknown>>> {
    return this.table(type).values();
  }

  isDeleted(id: string): boolean {
    return this.deleted.has(id);
  }

  /** Writes fields into a stored record. */
  write(type: SObjectType, id: string, fields: Readonly<Record<string, unknown>>): void {
    const record = this.table(type).get(id);
    if (!record) throw new Error(`Salesforce sandbox: write to missing ${type} ${id}`);
    Object.assign(record, fields);
  }

  /** Makes the next `times` updates of each id fail with `error`. */
  injectError(ids: readonly string[], error: RecordError, times: number): void {
    for (const id of ids) this.injected.set(normalizeId(id) ?? id, { error, remaining: times });
  }

  /** The injected error for an update of `id`, using up one of its times. */
  takeInjectedError(id: string): RecordError | undefined {
    const entry = this.injected.get(id);
    if (!entry) return undefined;
    entry.remaining--;
    if (entry.remaining <= 0) this.injected.delete(id);
    return entry.error;
  }

  private table(type: SObjectType): Map<string, Record<string, unknown>> {
    const table = this.live.get(type);
    if (!table) throw new Error(`Salesforce sandbox: no table for ${type}`);
    return table;
  }
}

import { normalizeId, SOBJECT_TYPES, type SObjectType, typeOfId } from "./salesforce-ids.js";
import type { CustomFieldSpec } from "./salesforce-schema.js";

/** A stored record: its 18-character `Id` and field values. */
export type StoredRecord = Readonly<Record<string, unknown>> & { readonly Id: string };

/** Records to start with, per sObject; each needs a valid 18-character `Id` of that type. */
export type RecordSeed = Partial<Record<SObjectType, readonly StoredRecord[]>>;

/** Custom fields a test adds, per sObject (describe lists them; updates may write them). */
export type CustomFieldSeed = Partial<Record<SObjectType, readonly CustomFieldSpec[]>>;

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
 */
export class RecordStore {
  private readonly live = new Map<SObjectType, Map<string, Record<string, unknown>>>();
  private readonly deleted = new Set<string>();
  private readonly injected = new Map<string, InjectedError>();

  constructor(private readonly seed: RecordSeed = {}) {
    this.restore();
  }

  /** Back to the seeded records; forgets deletions and injected errors. */
  restore(): void {
    this.deleted.clear();
    this.injected.clear();
    for (const type of SOBJECT_TYPES) this.live.set(type, new Map());
    for (const type of SOBJECT_TYPES)
      for (const record of this.seed[type] ?? []) this.add(type, record);
  }

  /** Adds (or replaces) a record; throws on an id that is not a valid 18-character id of `type`. */
  add(type: SObjectType, record: StoredRecord): void {
    const id = record.Id;
    if (normalizeId(id) !== id || typeOfId(id) !== type) {
      throw new Error(
        `Salesforce sandbox: ${JSON.stringify(id)} is not an 18-character ${type} id`,
      );
    }
    this.deleted.delete(id);
    this.table(type).set(id, { ...record });
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

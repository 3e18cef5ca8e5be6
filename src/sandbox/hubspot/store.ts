import {
  impliedDefinition,
  modifiedProperty,
  seededDefinition,
  standardDefinitions,
} from "./definitions.js";
import { changedDefinition } from "./property-changes.js";
import { RecordTable } from "./records.js";
import {
  type HubSpotObjectType,
  type HubSpotSeed,
  OBJECT_TYPES,
  type PropertyChange,
  type PropertyDefinition,
  type PropertySeed,
  type SeedRecord,
  type StoredRecord,
} from "./types.js";

export {
  modifiedProperty,
  type PropertyInput,
  propertyDefinition,
} from "./definitions.js";

/** What the store starts from, and returns to on `restore()`. */
export interface CrmSeed {
  readonly objects?: HubSpotSeed;
  readonly properties?: PropertySeed;
}

/** `Date#toISOString()` output, which needs no reparsing. */
const CANONICAL_ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

/** Canonical ISO text for a seeded time; throws on text `Date` cannot read (a broken seed). */
export function isoTime(text: string): string {
  if (CANONICAL_ISO.test(text)) return text;
  const time = new Date(/^-?\d+$/.test(text) ? Number(text) : text);
  if (Number.isNaN(time.getTime())) throw new Error(`HubSpot sandbox: bad seed time "${text}"`);
  return time.toISOString();
}

/** Records and property definitions per object type: the portal's CRM data. */
export class CrmStore {
  private tables = new Map<HubSpotObjectType, RecordTable>();
  private properties = new Map<HubSpotObjectType, Map<string, PropertyDefinition>>();
  /** Archived (deleted) definitions: in HubSpot's recycling bin, read only with `archived=true`. */
  private archived = new Map<HubSpotObjectType, Map<string, PropertyDefinition>>();

  constructor(private readonly seed: CrmSeed = {}) {
    this.restore();
  }

  /** Back to the seed: standard plus seeded definitions, then the seeded records. */
  restore(): void {
    const now = new Date().toISOString();
    for (const type of OBJECT_TYPES) {
      const definitions = standardDefinitions(type, now);
      for (const seed of this.seed.properties?.[type] ?? []) {
        definitions.set(seed.name, seededDefinition(seed, now));
      }
      this.properties.set(type, definitions);
      this.archived.set(type, new Map());
      this.tables.set(type, new RecordTable());
      for (const record of this.seed.objects?.[type] ?? []) this.add(type, record, now);
    }
  }

  /**
   * Adds (or replaces) a record; property names it uses that nobody defined become defined
   * (see `impliedDefinition`). Every record carries `hs_object_id`, `createdate` and its type's
   * modification stamp: `lastmodifieddate` on contacts, `hs_lastmodifieddate` on the others.
   */
  add(type: HubSpotObjectType, seed: SeedRecord, now = new Date().toISOString()): StoredRecord {
    const definitions = this.definitions(type);
    const createdAt = seed.createdAt === undefined ? now : isoTime(seed.createdAt);
    const updatedAt = seed.updatedAt === undefined ? createdAt : isoTime(seed.updatedAt);
    // Built by assignment, not spreads: this runs 100,000 times when a scan test seeds.
    const properties: Record<string, string | null> = {};
    for (const [name, value] of Object.entries(seed.properties ?? {})) {
      if (!definitions.has(name)) definitions.set(name, impliedDefinition(name, now));
      properties[name] = value;
    }
    properties.hs_object_id = seed.id;
    properties.createdate = createdAt;
    stampModified(type, properties, updatedAt);
    const record: StoredRecord = { id: seed.id, properties, createdAt, updatedAt };
    this.table(type).set(record);
    return record;
  }

  get(type: HubSpotObjectType, id: string): StoredRecord | undefined {
    return this.table(type).get(id);
  }

  /** Every record of a type, in insertion order. */
  all(type: HubSpotObjectType): StoredRecord[] {
    return this.table(type).inserted();
  }

  /** A type's records, kept in id order for paging and search. */
  table(type: HubSpotObjectType): RecordTable {
    const table = this.tables.get(type);
    if (!table) throw new Error(`HubSpot sandbox: no record store for ${type}`);
    return table;
  }

  /** Writes properties into an existing record and stamps its modification time. */
  update(
    type: HubSpotObjectType,
    id: string,
    properties: Readonly<Record<string, string | null>>,
  ): StoredRecord | undefined {
    const existing = this.get(type, id);
    if (!existing) return undefined;
    const now = new Date().toISOString();
    // hs_object_id is read-only in HubSpot; a search's id ranges rely on it being the id.
    const merged = { ...existing.properties, ...properties, hs_object_id: id };
    stampModified(type, merged, now);
    const record: StoredRecord = { ...existing, properties: merged, updatedAt: now };
    this.table(type).set(record);
    return record;
  }

  property(type: HubSpotObjectType, name: string): PropertyDefinition | undefined {
    return this.definitions(type).get(name);
  }

  /** Every definition of a type, in the order they were defined. */
  allProperties(type: HubSpotObjectType): PropertyDefinition[] {
    return [...this.definitions(type).values()];
  }

  /** Defines a property; false when one of that name already exists. */
  createProperty(type: HubSpotObjectType, definition: PropertyDefinition): boolean {
    const definitions = this.definitions(type);
    if (definitions.has(definition.name)) return false;
    definitions.set(definition.name, definition);
    // A search on the name was refused before and may now match: cached answers are stale.
    this.table(type).touch();
    return true;
  }

  /** An archived definition, or undefined. */
  archivedProperty(type: HubSpotObjectType, name: string): PropertyDefinition | undefined {
    return this.archived.get(type)?.get(name);
  }

  /** Every archived definition of a type, in the order they were archived. */
  archivedProperties(type: HubSpotObjectType): PropertyDefinition[] {
    return [...(this.archived.get(type)?.values() ?? [])];
  }

  /**
   * Applies an admin's change to a live definition (see `changedDefinition`); an archived one
   * leaves the live definitions, so writes and searches naming it are refused as for a name that
   * never existed, and its values stay on the records (HubSpot keeps them for a restore).
   * Throws when there is no such live property: a broken test.
   */
  changeProperty(
    type: HubSpotObjectType,
    name: string,
    change: PropertyChange,
    at: string,
    by: string | undefined,
  ): PropertyDefinition {
    const definitions = this.definitions(type);
    const definition = definitions.get(name);
    if (!definition) throw new Error(`HubSpot sandbox: no property ${name} on ${type} to change`);
    const changed = changedDefinition(definition, change, at, by);
    if (changed.archived) {
      definitions.delete(name);
      this.archived.get(type)?.set(name, changed);
    } else {
      definitions.set(name, changed);
    }
    // Searches and writes check definitions: cached answers are stale.
    this.table(type).touch();
    return changed;
  }

  private definitions(type: HubSpotObjectType): Map<string, PropertyDefinition> {
    const map = this.properties.get(type);
    if (!map) throw new Error(`HubSpot sandbox: no property store for ${type}`);
    return map;
  }
}

/**
 * Stamps a modification under the type's own name only. HubSpot's search knows a contact's last
 * change as `lastmodifieddate`; a contacts search filtered on `hs_lastmodifieddate` is accepted
 * and silently matches nothing useful (the property exists but does not follow changes), so the
 * sandbox leaves it unset on contacts. Source: HubSpot's CRM search guide (default properties per
 * object, https://developers.hubspot.com/docs/api-reference/search/guide) and amp-labs/connectors
 * PR #45 (https://github.com/amp-labs/connectors/pull/45).
 */
function stampModified(
  type: HubSpotObjectType,
  properties: Record<string, string | null>,
  time: string,
): void {
  properties[modifiedProperty(type)] = time;
}

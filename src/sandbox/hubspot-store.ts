import {
  type HubSpotObjectType,
  type HubSpotSeed,
  OBJECT_TYPES,
  type PropertyDefinition,
  type StoredRecord,
} from "./hubspot-types.js";

/** The properties every portal has, enough for the bot's reads; tests create their own. */
const STANDARD_PROPERTIES: Readonly<Record<HubSpotObjectType, readonly string[]>> = {
  contacts: ["hs_object_id", "email", "firstname", "lastname", "createdate", "lastmodifieddate"],
  companies: ["hs_object_id", "name", "domain", "createdate", "hs_lastmodifieddate"],
  deals: ["hs_object_id", "dealname", "amount", "dealstage", "createdate", "hs_lastmodifieddate"],
};

/** What `POST /crm/v3/properties/{objectType}` takes (PropertyCreate), loosely. */
export interface PropertyInput {
  readonly name: string;
  readonly label: string;
  readonly type: string;
  readonly fieldType: string;
  readonly groupName: string;
  readonly description?: string;
  readonly options?: readonly unknown[];
  readonly displayOrder?: number;
  readonly hasUniqueValue?: boolean;
  readonly hidden?: boolean;
  readonly formField?: boolean;
}

/** The property that holds the last-modified time of each object type. */
export function modifiedProperty(type: HubSpotObjectType): string {
  return type === "contacts" ? "lastmodifieddate" : "hs_lastmodifieddate";
}

/** Builds a full property definition from what a create request gives. */
export function propertyDefinition(input: PropertyInput, now: string): PropertyDefinition {
  return {
    name: input.name,
    label: input.label,
    type: input.type,
    fieldType: input.fieldType,
    groupName: input.groupName,
    description: input.description ?? "",
    options: input.options ?? [],
    displayOrder: input.displayOrder ?? -1,
    calculated: false,
    externalOptions: false,
    hasUniqueValue: input.hasUniqueValue ?? false,
    hidden: input.hidden ?? false,
    formField: input.formField ?? false,
    createdAt: now,
    updatedAt: now,
    archived: false,
  };
}

function standardProperty(name: string, now: string): PropertyDefinition {
  const isDate = name.endsWith("date");
  return propertyDefinition(
    {
      name,
      label: name,
      type: isDate ? "datetime" : "string",
      fieldType: isDate ? "date" : "text",
      groupName: "information",
    },
    now,
  );
}

/** Records and property definitions per object type: the portal's CRM data. */
export class CrmStore {
  private records = new Map<HubSpotObjectType, Map<string, StoredRecord>>();
  private properties = new Map<HubSpotObjectType, Map<string, PropertyDefinition>>();

  constructor(private readonly seed: HubSpotSeed = {}) {
    this.restore();
  }

  /** Back to the seed: seeded records, standard properties plus any seeded property names. */
  restore(): void {
    const now = new Date().toISOString();
    for (const type of OBJECT_TYPES) {
      const definitions = new Map<string, PropertyDefinition>();
      for (const name of STANDARD_PROPERTIES[type]) {
        definitions.set(name, standardProperty(name, now));
      }
      this.properties.set(type, definitions);
      this.records.set(type, new Map());
      for (const record of this.seed[type] ?? [])
        this.add(type, record.id, record.properties ?? {});
    }
  }

  /** Adds (or replaces) a record; property names it uses become defined text properties. */
  add(type: HubSpotObjectType, id: string, properties: Readonly<Record<string, string | null>>) {
    const now = new Date().toISOString();
    const definitions = this.definitions(type);
    for (const name of Object.keys(properties)) {
      if (!definitions.has(name)) definitions.set(name, standardProperty(name, now));
    }
    const record: StoredRecord = {
      id,
      properties: {
        ...properties,
        hs_object_id: id,
        createdate: now,
        [modifiedProperty(type)]: now,
      },
      createdAt: now,
      updatedAt: now,
    };
    this.recordMap(type).set(id, record);
    return record;
  }

  get(type: HubSpotObjectType, id: string): StoredRecord | undefined {
    return this.recordMap(type).get(id);
  }

  all(type: HubSpotObjectType): StoredRecord[] {
    return [...this.recordMap(type).values()];
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
    const record: StoredRecord = {
      ...existing,
      properties: { ...existing.properties, ...properties, [modifiedProperty(type)]: now },
      updatedAt: now,
    };
    this.recordMap(type).set(id, record);
    return record;
  }

  property(type: HubSpotObjectType, name: string): PropertyDefinition | undefined {
    return this.definitions(type).get(name);
  }

  /** Defines a property; false when one of that name already exists. */
  createProperty(type: HubSpotObjectType, definition: PropertyDefinition): boolean {
    const definitions = this.definitions(type);
    if (definitions.has(definition.name)) return false;
    definitions.set(definition.name, definition);
    return true;
  }

  private recordMap(type: HubSpotObjectType): Map<string, StoredRecord> {
    const map = this.records.get(type);
    if (!map) throw new Error(`HubSpot sandbox: no record store for ${type}`);
    return map;
  }

  private definitions(type: HubSpotObjectType): Map<string, PropertyDefinition> {
    const map = this.properties.get(type);
    if (!map) throw new Error(`HubSpot sandbox: no property store for ${type}`);
    return map;
  }
}

import type {
  HubSpotObjectType,
  PropertyDefinition,
  PropertyType,
  SeedProperty,
  SeedPropertyOption,
} from "./types.js";

/**
 * The properties every portal has that the bot reads, with HubSpot's types (a scan compares
 * `hs_object_id` as a number and the dates as instants). Tests seed or create the rest.
 * `hs_lastmodifieddate` exists on contacts too, but HubSpot keeps a contact's last change in
 * `lastmodifieddate` (see `stampModified` in store.ts).
 */
const STANDARD_PROPERTIES: Readonly<
  Record<HubSpotObjectType, readonly (readonly [string, PropertyType])[]>
> = {
  contacts: [
    ["hs_object_id", "number"],
    ["email", "string"],
    ["firstname", "string"],
    ["lastname", "string"],
    ["createdate", "datetime"],
    ["lastmodifieddate", "datetime"],
    ["hs_lastmodifieddate", "datetime"],
  ],
  companies: [
    ["hs_object_id", "number"],
    ["name", "string"],
    ["domain", "string"],
    ["createdate", "datetime"],
    ["hs_lastmodifieddate", "datetime"],
  ],
  deals: [
    ["hs_object_id", "number"],
    ["dealname", "string"],
    ["amount", "number"],
    ["dealstage", "string"],
    ["pipeline", "string"],
    ["closedate", "datetime"],
    ["createdate", "datetime"],
    ["hs_lastmodifieddate", "datetime"],
  ],
};

/**
 * Values HubSpot sets itself: a batch update that names one is refused whole. The batch update
 * operation's description in HubSpot's spec: "Read-only and non-existent properties will result
 * in an error" (PublicApiSpecs/CRM/Contacts/Rollouts/424/v3/contacts.json, batch/update).
 */
const READ_ONLY = new Set(["hs_object_id", "lastmodifieddate", "hs_lastmodifieddate"]);

/** The field type HubSpot's UI uses for each type unless a seed says otherwise. */
const FIELD_TYPES: Readonly<Record<PropertyType, string>> = {
  string: "text",
  number: "number",
  date: "date",
  datetime: "date",
  enumeration: "select",
  bool: "booleancheckbox",
};

/** HubSpot gives every bool property these two options. */
const BOOL_OPTIONS = [
  { label: "Yes", value: "true", displayOrder: 0, hidden: false },
  { label: "No", value: "false", displayOrder: 1, hidden: false },
];

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
  readonly calculated?: boolean;
}

/** The property that holds the last-modified time in each type's default answers. */
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
    calculated: input.calculated ?? false,
    externalOptions: false,
    hasUniqueValue: input.hasUniqueValue ?? false,
    hidden: input.hidden ?? false,
    formField: input.formField ?? false,
    modificationMetadata: modificationMetadata(input),
    createdAt: now,
    updatedAt: now,
    archived: false,
  };
}

/**
 * What may be changed about a property, as HubSpot tells it. `readOnlyOptions` comes only with
 * properties that have options (the spec's example, an enumeration, carries it; the field is
 * optional in `PropertyModificationMetadata`): **assumed** for which types it appears.
 */
function modificationMetadata(input: PropertyInput): PropertyDefinition["modificationMetadata"] {
  const readOnlyValue = input.calculated === true || READ_ONLY.has(input.name);
  return {
    archivable: true,
    readOnlyDefinition: false,
    ...(hasOptions(input.type) ? { readOnlyOptions: false } : {}),
    readOnlyValue,
  };
}

/** The types whose values are chosen from `options`. */
export function hasOptions(type: string): boolean {
  return type === "enumeration" || type === "bool";
}

/** The field type HubSpot's UI uses for a type unless told otherwise. */
export function defaultFieldType(type: PropertyType): string {
  return FIELD_TYPES[type];
}

/** HubSpot's Yes/No options of a bool property. */
export function boolOptions(): PropertyDefinition["options"] {
  return BOOL_OPTIONS;
}

/** A seeded definition in full, with the defaults `SeedProperty` describes. */
export function seededDefinition(seed: SeedProperty, now: string): PropertyDefinition {
  const options = seed.options && optionDefinitions(seed.options);
  return propertyDefinition(
    {
      name: seed.name,
      label: seed.label ?? seed.name,
      type: seed.type,
      fieldType: seed.fieldType ?? FIELD_TYPES[seed.type],
      groupName: seed.groupName ?? "information",
      options: options ?? (seed.type === "bool" ? BOOL_OPTIONS : []),
      ...(seed.description === undefined ? {} : { description: seed.description }),
      ...(seed.hidden === undefined ? {} : { hidden: seed.hidden }),
      ...(seed.hasUniqueValue === undefined ? {} : { hasUniqueValue: seed.hasUniqueValue }),
      ...(seed.calculated === undefined ? {} : { calculated: seed.calculated }),
    },
    now,
  );
}

/** Seeded options as `options[]` shows them: position by index and shown unless told. */
export function optionDefinitions(
  options: readonly SeedPropertyOption[],
): PropertyDefinition["options"] {
  return options.map((option, index) => ({
    label: option.label,
    value: option.value,
    ...(option.description === undefined ? {} : { description: option.description }),
    displayOrder: option.displayOrder ?? index,
    hidden: option.hidden ?? false,
  }));
}

/**
 * The definition a property gets when a seeded record uses a name nobody defined: a datetime
 * when the name ends in "date" (createdate, closedate…), text otherwise.
 */
export function impliedDefinition(name: string, now: string): PropertyDefinition {
  return seededDefinition({ name, type: name.endsWith("date") ? "datetime" : "string" }, now);
}

/** The standard definitions of a type, by name, fresh. */
export function standardDefinitions(
  type: HubSpotObjectType,
  now: string,
): Map<string, PropertyDefinition> {
  return new Map(
    STANDARD_PROPERTIES[type].map(([name, propertyType]) => [
      name,
      seededDefinition({ name, type: propertyType }, now),
    ]),
  );
}

import type { HubSpotPropertyDefinition } from "../clients/hubspot-scan-port.js";
import { type DescribedField, requiredOnCreate } from "../clients/salesforce-scan-port.js";

/**
 * A compact record of both CRMs' schemas as one scan read them, kept per scan and diffed with the
 * previous one to learn what changed. Plain JSON (objects keyed by name, no Maps, no Dates) so it
 * is stored as it is; optional keys are left out when they hold nothing, which keeps an org of
 * tens of thousands of fields to a few megabytes.
 */
export interface SchemaSnapshot {
  /** The shape's version, so a stored snapshot of an older shape can be recognised. */
  readonly version: 1;
  /** Object → field name → field; null when Salesforce was not read (not configured, failed). */
  readonly salesforce: Readonly<
    Record<string, Readonly<Record<string, SalesforceFieldSnapshot>>>
  > | null;
  /** Object type → property name → property; null when HubSpot was not read. */
  readonly hubspot: Readonly<
    Record<string, Readonly<Record<string, HubSpotPropertySnapshot>>>
  > | null;
  /**
   * The labels of the deal pipelines' stages that are not archived, sorted, each once; null when
   * they were not read. Labels are what the scan reads (no pipeline or stage ids).
   */
  readonly dealStages: readonly string[] | null;
}

/** A Salesforce field as describe shows it to the integration user. */
export interface SalesforceFieldSnapshot {
  /** string, picklist, reference, double, … */
  readonly type: string;
  /** Its maximum length; 0 where describe gives none (numbers, dates, references). */
  readonly length: number;
  /** A record must carry a value on create (`requiredOnCreate`). */
  readonly required: boolean;
  /** The integration user may set it on create: describe is read as that user (field-level security). */
  readonly createable: boolean;
  /** The integration user may set it on update. */
  readonly updateable: boolean;
  /** Present (true) only on a restricted picklist: values outside the set are refused. */
  readonly restricted?: true;
  /** Picklists only: value → whether it is active, in describe's order. */
  readonly picklist?: Readonly<Record<string, boolean>>;
}

/** A HubSpot property definition. */
export interface HubSpotPropertySnapshot {
  /** string, number, date, datetime, enumeration, bool, phone_number */
  readonly type: string;
  /** text, textarea, select, checkbox, radio, booleancheckbox, number, … */
  readonly fieldType: string;
  /** Properties with options only: value → whether the option is hidden, in HubSpot's order. */
  readonly options?: Readonly<Record<string, boolean>>;
}

/** What a scan read of Salesforce: each object's describe, as the scan port returns it. */
export type DescribedObjects = Iterable<
  readonly [object: string, fields: readonly DescribedField[]]
>;

/** What a scan read of HubSpot: each type's property definitions, and the deal stages' labels. */
export interface HubSpotDefinitions {
  readonly properties: Iterable<
    readonly [objectType: string, definitions: readonly HubSpotPropertyDefinition[]]
  >;
  readonly dealStages: readonly string[] | null;
}

/** A Salesforce field's snapshot from its describe. */
export function salesforceFieldSnapshot(field: DescribedField): SalesforceFieldSnapshot {
  const picklist = field.type === "picklist" || field.type === "multipicklist";
  return {
    type: field.type,
    length: field.length,
    required: requiredOnCreate(field),
    createable: field.createable,
    updateable: field.updateable,
    ...(field.restrictedPicklist ? { restricted: true as const } : {}),
    ...(picklist
      ? { picklist: Object.fromEntries(field.picklistValues.map((v) => [v.value, v.active])) }
      : {}),
  };
}

/** A HubSpot property's snapshot from its definition. */
export function hubspotPropertySnapshot(
  definition: HubSpotPropertyDefinition,
): HubSpotPropertySnapshot {
  return {
    type: definition.type,
    fieldType: definition.fieldType,
    ...(definition.options.length > 0
      ? { options: Object.fromEntries(definition.options.map((o) => [o.value, o.hidden === true])) }
      : {}),
  };
}

/**
 * The snapshot of what one scan read; a side given as undefined was not read and is null, so a
 * diff never takes a side that was not read for a side whose every field was deleted.
 */
export function schemaSnapshot(read: {
  readonly salesforce: DescribedObjects | undefined;
  readonly hubspot: HubSpotDefinitions | undefined;
}): SchemaSnapshot {
  const salesforce = read.salesforce
    ? Object.fromEntries(
        [...read.salesforce].map(([object, fields]) => [
          object,
          Object.fromEntries(fields.map((f) => [f.name, salesforceFieldSnapshot(f)])),
        ]),
      )
    : null;
  const hubspot = read.hubspot
    ? Object.fromEntries(
        [...read.hubspot.properties].map(([type, definitions]) => [
          type,
          Object.fromEntries(definitions.map((d) => [d.name, hubspotPropertySnapshot(d)])),
        ]),
      )
    : null;
  const stages = read.hubspot?.dealStages;
  return {
    version: 1,
    salesforce,
    hubspot,
    dealStages: stages ? [...new Set(stages)].sort() : null,
  };
}

/**
 * A value of one of a snapshot's records of names, only if the record holds it itself: a picklist
 * value may well be called "constructor", which every object inherits.
 */
export function own<T>(
  record: Readonly<Record<string, T>> | undefined,
  key: string,
): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

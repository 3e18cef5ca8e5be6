import type { HubSpotObjectType } from "../clients/hubspot-setup-port.js";
import type { SalesforceObject } from "../clients/salesforce-setup-port.js";
import type { Mappings } from "../mappings/mappings.js";

/** One value of a Salesforce picklist, as describe lists it. */
export interface SalesforcePicklistValue {
  readonly value: string;
  readonly label: string;
  readonly active: boolean;
  /** For a dependent picklist: base64 bits, one per controlling value, set where it is valid. */
  readonly validFor: string | null;
}

/** A Salesforce field, as far as the scan's checks need it (from describe, cached per scan). */
export interface SalesforceField {
  readonly name: string;
  /** string, textarea, email, phone, url, picklist, multipicklist, reference, id, double, … */
  readonly type: string;
  readonly length: number;
  /** Must have a value on create: not nillable and not defaulted. */
  readonly required: boolean;
  readonly createable: boolean;
  readonly updateable: boolean;
  /** "Restrict picklist to the values defined in the value set". */
  readonly restricted: boolean;
  readonly picklist: readonly SalesforcePicklistValue[] | null;
  /** The controlling field of a dependent picklist (StateCode → CountryCode). */
  readonly controllerName: string | null;
}

/** A HubSpot property definition, as far as the checks need it. */
export interface HubSpotProperty {
  readonly name: string;
  /** string, number, date, datetime, enumeration, bool, phone_number */
  readonly type: string;
  readonly fieldType: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
}

/** A Salesforce user, matched to HubSpot owners by email. */
export interface SalesforceUser {
  readonly id: string;
  readonly email: string | null;
  readonly isActive: boolean;
  readonly userType: string;
}

/** A HubSpot contact's email and the Salesforce records it is linked to. */
export interface HubSpotContactLink {
  readonly id: string;
  readonly salesforceIds: readonly string[];
}

/**
 * What the checks read besides the record itself: both systems' metadata, read once per scan,
 * and the mapping. Keys of field maps are lower case (Salesforce names are case-insensitive).
 */
export interface ScanContext {
  readonly mappings: Mappings;
  readonly salesforceFields: ReadonlyMap<SalesforceObject, ReadonlyMap<string, SalesforceField>>;
  readonly hubspotProperties: ReadonlyMap<HubSpotObjectType, ReadonlyMap<string, HubSpotProperty>>;
  /** HubSpot owner id → the owner's email. */
  readonly hubspotOwners: ReadonlyMap<string, { readonly email: string | null }>;
  readonly salesforceUsersById: ReadonlyMap<string, SalesforceUser>;
  /** Lower-cased email → user. */
  readonly salesforceUsersByEmail: ReadonlyMap<string, SalesforceUser>;
  /** The labels of every stage of HubSpot's deal pipelines, lower case. */
  readonly dealStageLabels: ReadonlySet<string>;
  /** Lower-cased email → the HubSpot contact holding it. */
  readonly hubspotContactsByEmail: ReadonlyMap<string, HubSpotContactLink>;
}

/** A Salesforce field of an object by name, case-insensitively. */
export function salesforceField(
  context: ScanContext,
  object: SalesforceObject,
  name: string,
): SalesforceField | undefined {
  return context.salesforceFields.get(object)?.get(name.toLowerCase());
}

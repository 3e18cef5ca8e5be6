import type { HubSpotObjectType } from "../clients/hubspot-setup-port.js";
import type { SalesforceObject } from "../clients/salesforce-setup-port.js";
import type { SyncObject } from "../rules/types.js";

/**
 * The HubSpot object type of an error's object; activities have none (HubSpot keeps them as
 * engagements, which the bot neither resyncs nor maps).
 */
export const HUBSPOT_OBJECT_OF: Readonly<Partial<Record<SyncObject, HubSpotObjectType>>> = {
  contact: "contacts",
  company: "companies",
  deal: "deals",
};

/** A HubSpot object and the Salesforce object it syncs with. */
export interface ObjectPair {
  readonly hubspot: HubSpotObjectType;
  readonly salesforce: SalesforceObject;
}

/** The pairs the integration syncs: contacts with leads and contacts, companies, deals. */
export const OBJECT_PAIRS: readonly ObjectPair[] = [
  { hubspot: "contacts", salesforce: "Lead" },
  { hubspot: "contacts", salesforce: "Contact" },
  { hubspot: "companies", salesforce: "Account" },
  { hubspot: "deals", salesforce: "Opportunity" },
];

/** One mapped field: the HubSpot property's internal name and the Salesforce field's API name. */
export interface FieldMapping {
  readonly hubspot: string;
  readonly salesforce: string;
}

/** The mapping of every pair, keyed `contacts:Lead`, `companies:Account`… */
export type Mappings = ReadonlyMap<string, readonly FieldMapping[]>;

/** The key of a pair in `Mappings`. */
export const pairKey = (pair: ObjectPair): string => `${pair.hubspot}:${pair.salesforce}`;

/** The fields mapped for a pair (none when the pair is not mapped). */
export function mappedFields(mappings: Mappings, pair: ObjectPair): readonly FieldMapping[] {
  return mappings.get(pairKey(pair)) ?? [];
}

import { HUBSPOT_MODIFIED_PROPERTY, type HubSpotRecord } from "../clients/hubspot-scan-port.js";
import type { HubSpotObjectType } from "../clients/hubspot-setup-port.js";
import type { SalesforceObject } from "../clients/salesforce-setup-port.js";
import type { ObjectPair } from "../mappings/mappings.js";

/** Why a record counts as not syncing, and where it would sync to. */
export interface StuckRecord {
  readonly pair: ObjectPair;
  /** No Salesforce record yet: the sync would create one. */
  readonly creates: boolean;
  readonly salesforceId: string | null;
  readonly reason: "never synced" | "changes not synced";
}

/** The properties that say whether and when a record of the type synced, and when it changed. */
export function syncProperties(objectType: HubSpotObjectType): string[] {
  return [
    ...ID_PROPERTY[objectType].map(([property]) => property),
    "salesforcelastsynctime",
    HUBSPOT_MODIFIED_PROPERTY[objectType],
  ];
}

const ID_PROPERTY: Readonly<Record<HubSpotObjectType, ReadonlyArray<[string, SalesforceObject]>>> =
  {
    contacts: [
      ["salesforcecontactid", "Contact"],
      ["salesforceleadid", "Lead"],
    ],
    companies: [["salesforceaccountid", "Account"]],
    deals: [["hs_salesforceopportunityid", "Opportunity"]],
  };

// A contact with no Salesforce record is created as a lead (the integration's default).
const CREATES_AS: Readonly<Record<HubSpotObjectType, SalesforceObject>> = {
  contacts: "Lead",
  companies: "Account",
  deals: "Opportunity",
};

/** Where a HubSpot record syncs to: its linked Salesforce record, or a new one. */
export function syncTarget(
  objectType: HubSpotObjectType,
  record: HubSpotRecord,
): { readonly pair: ObjectPair; readonly creates: boolean; readonly salesforceId: string | null } {
  const linked = ID_PROPERTY[objectType].find(([property]) => record.properties[property]);
  if (!linked)
    return {
      pair: { hubspot: objectType, salesforce: CREATES_AS[objectType] },
      creates: true,
      salesforceId: null,
    };
  const [property, object] = linked;
  return {
    pair: { hubspot: objectType, salesforce: object },
    creates: false,
    salesforceId: record.properties[property] ?? null,
  };
}

/**
 * Decides whether a HubSpot record is stuck: older than the grace period and either without a
 * Salesforce id, or changed more than the grace period after its last sync. Younger records and
 * records that synced after their last change are not.
 */
export function stuckRecord(
  objectType: HubSpotObjectType,
  record: HubSpotRecord,
  now: Date,
  graceMs: number,
): StuckRecord | null {
  if (now.getTime() - record.createdAt.getTime() < graceMs) return null;
  const target = syncTarget(objectType, record);
  if (target.creates) return { ...target, reason: "never synced" };
  const lastSync = instantOf(record.properties.salesforcelastsynctime);
  const stamped = instantOf(record.properties[HUBSPOT_MODIFIED_PROPERTY[objectType]]);
  const modified = Number.isNaN(stamped) ? record.updatedAt.getTime() : stamped;
  const behind = Number.isNaN(lastSync) || modified - lastSync > graceMs;
  if (!behind || now.getTime() - modified < graceMs) return null;
  return { ...target, reason: "changes not synced" };
}

/** A HubSpot date-time value, which arrives as ISO text or as epoch milliseconds; NaN if neither. */
export function instantOf(value: string | null | undefined): number {
  if (!value) return Number.NaN;
  return /^\d+$/.test(value) ? Number(value) : Date.parse(value);
}

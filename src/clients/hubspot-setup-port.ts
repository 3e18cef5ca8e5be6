import type { Client } from "@hubspot/api-client";
import { type HubSpotPacing, pacedHubSpotCall } from "./hubspot-paced-call.js";

/** HubSpot object types the integration syncs, as the CRM API names them. */
export const HUBSPOT_OBJECT_TYPES = ["contacts", "companies", "deals"] as const;
export type HubSpotObjectType = (typeof HUBSPOT_OBJECT_TYPES)[number];

/** A HubSpot property, as far as setup cares. */
export interface HubSpotPropertyInfo {
  readonly name: string;
  readonly type: string;
  readonly fieldType: string;
}

/** The HubSpot calls `syncerror setup` makes. */
export interface HubSpotSetupPort {
  /** The property, or null when the object has none of that name. */
  getProperty(objectType: HubSpotObjectType, name: string): Promise<HubSpotPropertyInfo | null>;
  createDateTimeProperty(
    objectType: HubSpotObjectType,
    name: string,
    label: string,
  ): Promise<HubSpotPropertyInfo>;
}

// Every object has a default property group; new properties go into it.
const GROUPS: Readonly<Record<HubSpotObjectType, string>> = {
  contacts: "contactinformation",
  companies: "companyinformation",
  deals: "dealinformation",
};

const isNotFound = (error: unknown) => (error as { code?: number }).code === 404;

/**
 * Wraps the real client; a 404 becomes null, anything else propagates. Given a pacing, the calls
 * share the bot's HubSpot limiter and wait out 429s and 5xx like the resync's batches.
 */
export function hubspotSetupPort(client: Client, pacing?: HubSpotPacing): HubSpotSetupPort {
  const call = <T>(work: () => Promise<T>) => (pacing ? pacedHubSpotCall(pacing, work) : work());
  return {
    async getProperty(objectType, name) {
      try {
        const property = await call(() =>
          client.crm.properties.coreApi.getByName(objectType, name),
        );
        return {
          name: property.name,
          type: String(property.type),
          fieldType: String(property.fieldType),
        };
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },
    async createDateTimeProperty(objectType, name, label) {
      const property = await call(() =>
        client.crm.properties.coreApi.create(objectType, {
          name,
          label,
          groupName: GROUPS[objectType],
          // The enums live deep in the client's generated code; the wire values are plain strings.
          type: "datetime" as never,
          fieldType: "date" as never,
          description:
            "Set by syncerror to ask the Salesforce integration to sync the record again. Map it to a Salesforce field.",
        }),
      );
      return {
        name: property.name,
        type: String(property.type),
        fieldType: String(property.fieldType),
      };
    },
  };
}

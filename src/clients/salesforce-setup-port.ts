import type { Connection } from "jsforce";

/** Salesforce objects the integration syncs with HubSpot records. */
export const SALESFORCE_OBJECTS = ["Lead", "Contact", "Account", "Opportunity"] as const;
export type SalesforceObject = (typeof SALESFORCE_OBJECTS)[number];

/** A Salesforce field, as far as setup cares. */
export interface SalesforceFieldInfo {
  readonly name: string;
  readonly type: string;
  readonly updateable: boolean;
  /** Formula fields: changing what they read does not trigger HubSpot's sync. */
  readonly calculated: boolean;
}

/** The Salesforce calls `syncerror setup` makes. */
export interface SalesforceSetupPort {
  /** The field, or null when the object has none of that name. */
  describeField(sobject: SalesforceObject, field: string): Promise<SalesforceFieldInfo | null>;
}

/** Wraps a jsforce connection; one describe per object. */
export function salesforceSetupPort(connection: Connection): SalesforceSetupPort {
  return {
    async describeField(sobject, field) {
      const description = await connection.sobject(sobject).describe();
      const found = description.fields.find((f) => f.name.toLowerCase() === field.toLowerCase());
      if (!found) return null;
      return {
        name: found.name,
        type: String(found.type),
        updateable: Boolean(found.updateable),
        calculated: Boolean(found.calculated),
      };
    },
  };
}

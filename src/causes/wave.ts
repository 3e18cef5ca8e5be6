import type { SyncObject } from "../rules/types.js";

/**
 * A rise of one error type's new errors in a window (a digest's day, a spike's hour, the week an
 * explanation looks back on): what the causes are ranked for.
 */
export interface Wave {
  readonly ruleId: string;
  /** New errors in the window. */
  readonly count: number;
  /** When the first of them happened (as their source says). */
  readonly firstAt: Date;
  /** The object types they are on. */
  readonly objectTypes: readonly SyncObject[];
  /** The messages of the first ones, oldest first: where the errors are. */
  readonly messages: readonly string[];
}

/** The Salesforce objects and HubSpot object types that errors on a HubSpot object type are about. */
export const OBJECT_PLACES: Readonly<
  Record<SyncObject, { readonly salesforce: readonly string[]; readonly hubspot: string }>
> = {
  contact: { salesforce: ["Lead", "Contact"], hubspot: "contacts" },
  company: { salesforce: ["Account"], hubspot: "companies" },
  deal: { salesforce: ["Opportunity"], hubspot: "deals" },
  activity: { salesforce: ["Task", "Event"], hubspot: "engagements" },
};

import { HUBSPOT_OBJECT_OF, OBJECT_PAIRS } from "../mappings/mappings.js";
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

/** Where an activity's errors are: Salesforce's tasks and events, HubSpot's engagements. */
const ACTIVITY_PLACES = { salesforce: ["Task", "Event"], hubspot: "engagements" } as const;

/**
 * The Salesforce objects and the HubSpot object type that errors on an object are about: the
 * integration's object pairs (a HubSpot contact's errors are about Salesforce's Lead or Contact),
 * and for activities, which no pair maps, tasks and events.
 */
export function objectPlaces(type: SyncObject): {
  readonly salesforce: readonly string[];
  readonly hubspot: string;
} {
  const hubspot = HUBSPOT_OBJECT_OF[type];
  if (!hubspot) return ACTIVITY_PLACES;
  return {
    salesforce: OBJECT_PAIRS.filter((pair) => pair.hubspot === hubspot).map((p) => p.salesforce),
    hubspot,
  };
}

/**
 * The Salesforce org behind one demo file: the instance its ids live on and the few users and
 * queues that keep turning up in errors. Real orgs have a handful of departed owners and one or
 * two queues, and the same ids recur across many rows; drawing them once per file does the same.
 */

import { chance, pick, type Random, randomInt } from "./random.js";
import { personName } from "./record-names.js";
import { KEY_PREFIXES, randomSalesforceId, SALESFORCE_PODS } from "./salesforce-id.js";

/** A Salesforce user as errors name them. */
export interface SalesforceUser {
  readonly id: string;
  readonly name: string;
}

/** A user whose type cannot become a HubSpot owner, with its API name and its label in Setup. */
export interface UnsupportedUser extends SalesforceUser {
  readonly userType: string;
  readonly typeLabel: string;
}

/** The org-wide facts one demo file shares. */
export interface DemoOrg {
  /** Deactivated users who still own records. */
  readonly inactiveUsers: readonly SalesforceUser[];
  readonly unsupportedUsers: readonly UnsupportedUser[];
  /** Queues, which can own leads but not tasks. */
  readonly queues: readonly SalesforceUser[];
  /** A new valid 18-character id with this key prefix, on the org's instance. */
  newId(prefix: string): string;
}

const UNSUPPORTED_TYPES = [
  ["CsnOnly", "Chatter Free"],
  ["CspLitePortal", "High Volume Customer Portal"],
  ["PowerCustomerSuccess", "Customer Community Plus"],
  ["CustomerSuccess", "Customer Community"],
] as const;
const QUEUES = ["Nordic Inbound Queue", "Web Leads DK", "Partner Leads", "Support Follow-up"];

/** Draws an org: its instance codes, departed owners, unsupported users and queues. */
export function createDemoOrg(random: Random): DemoOrg {
  // Most records live on the org's current instance; older ones on the one it moved from.
  const current = pick(random, SALESFORCE_PODS);
  const previous = pick(random, SALESFORCE_PODS);
  const newId = (prefix: string) =>
    randomSalesforceId(prefix, random, chance(random, 0.8) ? current : previous);
  const user = (): SalesforceUser => ({ id: newId(KEY_PREFIXES.User), name: personName(random) });

  return {
    inactiveUsers: Array.from({ length: randomInt(random, 2, 5) }, user),
    unsupportedUsers: Array.from({ length: randomInt(random, 1, 3) }, () => {
      const [userType, typeLabel] = pick(random, UNSUPPORTED_TYPES);
      return { ...user(), userType, typeLabel };
    }),
    queues: QUEUES.slice(0, randomInt(random, 1, 3)).map((name) => ({
      id: newId(KEY_PREFIXES.Group),
      name,
    })),
    newId,
  };
}

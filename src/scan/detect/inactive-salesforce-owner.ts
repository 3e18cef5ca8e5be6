import { finding } from "../finding.js";
import type { Detector } from "./detector.js";

/**
 * Inactive Salesforce owner: the record's HubSpot owner is, by email, a Salesforce user who has
 * been deactivated, so Salesforce refuses them as the owner.
 */
export const inactiveSalesforceOwner: Detector = {
  ruleId: "inactive-salesforce-owner",
  on: "hubspot-record",
  detect(record, context) {
    const ownerId = record.values.hubspot_owner_id;
    if (!ownerId) return [];
    const email = context.hubspotOwners.get(ownerId)?.email?.toLowerCase();
    const user = email ? context.salesforceUsersByEmail.get(email) : undefined;
    if (!user || user.isActive) return [];
    return [
      finding(
        "inactive-salesforce-owner",
        "OwnerId",
        `INACTIVE_OWNER_OR_USER: operation performed with inactive user [${user.id}] as owner of ${record.pair.salesforce.toLowerCase()}`,
        "INACTIVE_OWNER_OR_USER",
      ),
    ];
  },
};

import { finding } from "../finding.js";
import { type Detector, textOf } from "./detector.js";

/** The user types HubSpot brings in as owners. */
export const SUPPORTED_USER_TYPES: ReadonlySet<string> = new Set([
  "Standard",
  "PowerPartner",
  "Guest",
]);

/** Salesforce owners not synced: the record's owner is a user of a type HubSpot does not sync. */
export const salesforceOwnersNotSynced: Detector = {
  ruleId: "salesforce-owners-not-synced",
  on: "salesforce-record",
  detect(record, context) {
    const owner = context.salesforceUsersById.get(textOf(record.values.OwnerId));
    if (!owner || SUPPORTED_USER_TYPES.has(owner.userType)) return [];
    return [
      finding(
        "salesforce-owners-not-synced",
        "OwnerId",
        `Salesforce owners not synced: user ${owner.id} has the unsupported user type ${owner.userType}`,
      ),
    ];
  },
};

import type { ChangeRule } from "../change.js";

// Before is the field's type, after null.

/**
 * A Salesforce field describe no longer lists: deleted, or no longer readable by the integration
 * user (describe leaves out the fields a user may not read, so the two look the same).
 */
export const salesforceFieldRemoved: ChangeRule = {
  kind: "field-removed",
  on: "salesforce-field",
  compare: (before, after) => (after ? [] : [{ before: before.type, after: null }]),
};

/** A HubSpot property deleted or archived (HubSpot lists only the properties not archived). */
export const hubspotPropertyRemoved: ChangeRule = {
  kind: "field-removed",
  on: "hubspot-property",
  compare: (before, after) => (after ? [] : [{ before: before.type, after: null }]),
};

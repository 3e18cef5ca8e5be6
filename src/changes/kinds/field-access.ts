import type { ChangeRule } from "../change.js";

// Describe is read as the integration user, so createable and updateable are that user's
// field-level security (or the field made read-only, as a formula): losing either makes
// HubSpot's writes of the field fail.

/** The integration user may no longer set the field when it creates a record. */
export const fieldNoLongerCreateable: ChangeRule = {
  kind: "field-no-longer-createable",
  on: "salesforce-field",
  compare: (before, after) =>
    after && before.createable && !after.createable ? [{ before: true, after: false }] : [],
};

/** The integration user may no longer set the field when it updates a record. */
export const fieldNoLongerUpdateable: ChangeRule = {
  kind: "field-no-longer-updateable",
  on: "salesforce-field",
  compare: (before, after) =>
    after && before.updateable && !after.updateable ? [{ before: true, after: false }] : [],
};

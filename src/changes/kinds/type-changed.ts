import type { ChangeRule } from "../change.js";
import type { HubSpotPropertySnapshot } from "../snapshot.js";

/** A Salesforce field's type changed (text to picklist, number to text, …): before and after are the types. */
export const salesforceTypeChanged: ChangeRule = {
  kind: "type-changed",
  on: "salesforce-field",
  compare: (before, after) =>
    after && after.type !== before.type ? [{ before: before.type, after: after.type }] : [],
};

/**
 * A HubSpot property's type or field type changed, as "type/fieldType" before and after: a
 * dropdown made multiple checkboxes stays an enumeration but now sends several values.
 */
export const hubspotTypeChanged: ChangeRule = {
  kind: "type-changed",
  on: "hubspot-property",
  compare: (before, after) => {
    if (!after) return [];
    const [was, is] = [typeOf(before), typeOf(after)];
    return was === is ? [] : [{ before: was, after: is }];
  },
};

function typeOf(property: HubSpotPropertySnapshot): string {
  return `${property.type}/${property.fieldType}`;
}

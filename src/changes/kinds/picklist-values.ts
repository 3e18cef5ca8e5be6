import type { ChangeFound, ChangeRule } from "../change.js";
import { own, type SalesforceFieldSnapshot } from "../snapshot.js";

// A picklist value's before and after are its active flag: true, false, or null where the field
// did not list it. A value is compared only while the field is a picklist on both sides; a field
// that stops being one is a type change.

/**
 * What `found` makes of each value of one side's picklist (`from`), given its active flag before
 * and after; nothing unless the field is a picklist on both sides.
 */
function eachValue(
  before: SalesforceFieldSnapshot,
  after: SalesforceFieldSnapshot | undefined,
  found: (value: string, was: boolean | undefined, is: boolean | undefined) => ChangeFound | null,
  from: "before" | "after",
): ChangeFound[] {
  if (!before.picklist || !after?.picklist) return [];
  const out: ChangeFound[] = [];
  for (const value of Object.keys(from === "before" ? before.picklist : after.picklist)) {
    const change = found(value, own(before.picklist, value), own(after.picklist, value));
    if (change) out.push(change);
  }
  return out;
}

/** A value the picklist did not list before (an admin added it; a record may now carry it). */
export const picklistValueAdded: ChangeRule = {
  kind: "picklist-value-added",
  on: "salesforce-field",
  compare: (before, after) =>
    eachValue(
      before,
      after,
      (option, was, is) =>
        was === undefined && is !== undefined ? { option, before: null, after: is } : null,
      "after",
    ),
};

/** An active value made inactive: Salesforce refuses it on a restricted picklist. */
export const picklistValueDeactivated: ChangeRule = {
  kind: "picklist-value-deactivated",
  on: "salesforce-field",
  compare: (before, after) =>
    eachValue(
      before,
      after,
      (option, was, is) =>
        was === true && is === false ? { option, before: true, after: false } : null,
      "before",
    ),
};

/** A value the picklist no longer lists at all (deleted, or replaced with another). */
export const picklistValueRemoved: ChangeRule = {
  kind: "picklist-value-removed",
  on: "salesforce-field",
  compare: (before, after) =>
    eachValue(
      before,
      after,
      (option, was, is) =>
        was !== undefined && is === undefined ? { option, before: was, after: null } : null,
      "before",
    ),
};

/** "Restrict picklist to the values defined in the value set" turned on: other values are refused. */
export const picklistBecameRestricted: ChangeRule = {
  kind: "picklist-became-restricted",
  on: "salesforce-field",
  compare: (before, after) =>
    after && before.restricted !== true && after.restricted === true
      ? [{ before: false, after: true }]
      : [],
};

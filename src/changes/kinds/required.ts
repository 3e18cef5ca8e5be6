import type { ChangeRule } from "../change.js";

/** A field that now must have a value on create: records without one are refused. */
export const fieldBecameRequired: ChangeRule = {
  kind: "field-became-required",
  on: "salesforce-field",
  compare: (before, after) =>
    after && !before.required && after.required ? [{ before: false, after: true }] : [],
};

/** A field that no longer must have a value on create. */
export const fieldNoLongerRequired: ChangeRule = {
  kind: "field-no-longer-required",
  on: "salesforce-field",
  compare: (before, after) =>
    after && before.required && !after.required ? [{ before: true, after: false }] : [],
};

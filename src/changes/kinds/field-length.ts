import type { ChangeRule } from "../change.js";

// A length is compared only where describe gives one on both sides (0 means none: numbers, dates).

/** A field's maximum length made smaller: longer text is refused ("String too long"). */
export const fieldShortened: ChangeRule = {
  kind: "field-shortened",
  on: "salesforce-field",
  compare: (before, after) =>
    after && after.length > 0 && after.length < before.length
      ? [{ before: before.length, after: after.length }]
      : [],
};

/** A field's maximum length made larger: the usual fix of a wave of "String too long". */
export const fieldLengthened: ChangeRule = {
  kind: "field-lengthened",
  on: "salesforce-field",
  compare: (before, after) =>
    after && before.length > 0 && after.length > before.length
      ? [{ before: before.length, after: after.length }]
      : [],
};

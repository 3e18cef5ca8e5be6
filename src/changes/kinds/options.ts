import type { ChangeRule } from "../change.js";
import { own } from "../snapshot.js";

// An option's before and after are its hidden flag: true, false, or null where the property did
// not list it. Options are compared while the property keeps its type; a new type is a type change.

/** An option the property no longer lists: records holding it no longer match Salesforce's values. */
export const optionRemoved: ChangeRule = {
  kind: "option-removed",
  on: "hubspot-property",
  compare: (before, after) => {
    if (!after || !before.options || after.type !== before.type) return [];
    return Object.keys(before.options).flatMap((option) => {
      const was = own(before.options, option);
      return was !== undefined && own(after.options, option) === undefined
        ? [{ option, before: was, after: null }]
        : [];
    });
  },
};

/** An option kept but hidden: no longer offered in forms and pickers. */
export const optionHidden: ChangeRule = {
  kind: "option-hidden",
  on: "hubspot-property",
  compare: (before, after) => {
    if (!after?.options || !before.options) return [];
    return Object.keys(before.options).flatMap((option) =>
      own(before.options, option) === false && own(after.options, option) === true
        ? [{ option, before: false, after: true }]
        : [],
    );
  },
};

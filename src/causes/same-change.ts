import type { LearntChange } from "../store/types.js";

/** Kinds that tell the same thing of a field: the integration user lost the right to set it. */
const KIND_FAMILY: Readonly<Record<string, string>> = {
  "field-no-longer-createable": "field-access",
  "field-no-longer-updateable": "field-access",
  "field-access-removed": "field-access",
};

/**
 * What makes two learnt changes one change told twice (a snapshot diff and the audit trail; a
 * field both not createable and not updateable): the same system, object, field, kind (its
 * family, for field access) and value, names compared case-insensitively as Salesforce does.
 * Their times are for the caller to compare.
 */
export function sameChangeKey(
  change: Pick<LearntChange, "system" | "object" | "field" | "kind" | "option">,
): string {
  return JSON.stringify([
    change.system,
    change.object.toLowerCase(),
    change.field?.toLowerCase() ?? null,
    KIND_FAMILY[change.kind] ?? change.kind,
    change.option,
  ]);
}

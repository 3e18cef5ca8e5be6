import { boolOptions, defaultFieldType, hasOptions, optionDefinitions } from "./definitions.js";
import type { PropertyChange, PropertyDefinition } from "./types.js";

/** A definition's option, as the sandbox stores it. */
interface StoredOption {
  readonly value: string;
  readonly hidden?: boolean;
}

/**
 * A definition after an admin's change, stamped as HubSpot stamps it: `updatedAt` moves to the
 * change's time and `updatedUserId` names the admin (spec: Property.updatedUserId, "the internal
 * user ID of the user who updated the property"; absent when no person did). Archiving also sets
 * `archived: true` and `archivedAt` (spec: Property.archivedAt); that it moves `updatedAt` too is
 * **assumed**. Throws on a change that cannot apply (an option the property lacks): a broken test,
 * not a portal condition.
 *
 * `at` is canonical ISO text; `by` is a HubSpot user id, or undefined.
 */
export function changedDefinition(
  definition: PropertyDefinition,
  change: PropertyChange,
  at: string,
  by: string | undefined,
): PropertyDefinition {
  const { updatedUserId: _previous, ...rest } = definition;
  const stamped = { ...rest, updatedAt: at, ...(by === undefined ? {} : { updatedUserId: by }) };
  switch (change.kind) {
    case "archived":
      return { ...stamped, archived: true, archivedAt: at };
    case "option-hidden":
      return {
        ...stamped,
        options: withOption(definition, change.value).map((option) =>
          option.value === change.value ? { ...option, hidden: true } : option,
        ),
      };
    case "option-removed":
      return {
        ...stamped,
        options: withOption(definition, change.value).filter(
          (option) => option.value !== change.value,
        ),
      };
    case "type-changed":
      return {
        ...stamped,
        type: change.type,
        fieldType: change.fieldType ?? defaultFieldType(change.type),
        options: changedOptions(definition, change),
        modificationMetadata: metadataFor(definition, change.type),
      };
  }
}

/** The options of a definition that has the option `value`; throws otherwise. */
function withOption(definition: PropertyDefinition, value: string): StoredOption[] {
  const options = definition.options as StoredOption[];
  if (!options.some((option) => option.value === value)) {
    throw new Error(`HubSpot sandbox: property ${definition.name} has no option "${value}"`);
  }
  return options;
}

/** The options after a type change: kept where the new type has options, dropped otherwise. */
function changedOptions(
  definition: PropertyDefinition,
  change: Extract<PropertyChange, { kind: "type-changed" }>,
): PropertyDefinition["options"] {
  if (change.options) return optionDefinitions(change.options);
  if (!hasOptions(change.type)) return [];
  if (change.type === "bool" && definition.type !== "bool") return boolOptions();
  return definition.options;
}

/** `readOnlyOptions` follows whether the new type has options (see `modificationMetadata`). */
function metadataFor(
  definition: PropertyDefinition,
  type: string,
): PropertyDefinition["modificationMetadata"] {
  const { readOnlyOptions: _dropped, ...rest } = definition.modificationMetadata;
  return hasOptions(type) ? { ...rest, readOnlyOptions: false } : rest;
}

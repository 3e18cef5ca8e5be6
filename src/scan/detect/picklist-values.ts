import type { SalesforceField } from "../scan-context.js";

/** The values a picklist value text stands for: one, or several for a multi-select (`a;b`). */
export function picklistEntries(field: SalesforceField, value: string): string[] {
  return field.type === "multipicklist"
    ? value
        .split(";")
        .map((v) => v.trim())
        .filter((v) => v !== "")
    : [value.trim()];
}

/** True when the value is one of the picklist's active values (API value, as Salesforce checks). */
export function isActivePicklistValue(field: SalesforceField, value: string): boolean {
  return (field.picklist ?? []).some((p) => p.active && p.value === value);
}

/** The picklist values of a mapped value that Salesforce does not list as active. */
export function unknownPicklistValues(field: SalesforceField, value: string): string[] {
  if (!field.picklist) return [];
  return picklistEntries(field, value).filter((v) => !isActivePicklistValue(field, v));
}

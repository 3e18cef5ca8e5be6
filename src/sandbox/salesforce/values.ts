/**
 * Field values as Salesforce reads and writes them: dateTimes as `2026-11-29T09:00:00.000+0000`,
 * dates as `2026-11-29`, empty text as null, unset checkboxes as false, and the compound `Name`
 * of people computed from FirstName and LastName.
 */

import type { SObjectType } from "./ids.js";
import type { DescribedField } from "./schema.js";

/** A stored record's fields, as the store keeps them. */
export type Row = Readonly<Record<string, unknown>>;

/** Salesforce's dateTime form: UTC with milliseconds and `+0000`. */
export function formatDatetime(ms: number): string {
  return new Date(ms).toISOString().replace("Z", "+0000");
}

// Scans compare many records holding the same few stamps; one remembered parse saves most work.
let lastText = "";
let lastMs = Number.NaN;

/** Milliseconds since the epoch of a stored dateTime (an ISO string or a Date), else undefined. */
export function datetimeMs(value: unknown): number | undefined {
  if (value instanceof Date) return value.getTime();
  if (typeof value !== "string") return undefined;
  if (value !== lastText) {
    lastText = value;
    lastMs = Date.parse(value);
  }
  return Number.isNaN(lastMs) ? undefined : lastMs;
}

/** Whether the sObject's `Name` is the read-only compound of FirstName and LastName. */
function hasPersonName(type: SObjectType): boolean {
  return type === "Lead" || type === "Contact" || type === "User";
}

/** Reads a field's stored value (the compound Name computed), with undefined for unset. */
export function readerOf(type: SObjectType, field: DescribedField): (row: Row) => unknown {
  const { name } = field;
  if (name === "Name" && hasPersonName(type)) {
    return (row) => {
      if (row.Name !== undefined) return row.Name;
      const parts = [row.FirstName, row.LastName].filter((part) => part != null && part !== "");
      return parts.length === 0 ? undefined : parts.join(" ");
    };
  }
  return (row) => row[name];
}

/** Turns a stored value into what Salesforce's JSON carries for the field's type. */
export function outputOf(field: DescribedField): (value: unknown) => unknown {
  switch (field.type) {
    case "boolean":
      return (value) => value === true;
    case "datetime":
      return (value) => {
        if (value == null || value === "") return null;
        const ms = datetimeMs(value);
        return ms === undefined ? value : formatDatetime(ms);
      };
    case "date":
      return (value) => {
        if (value instanceof Date) return value.toISOString().slice(0, 10);
        return value == null || value === "" ? null : value;
      };
    default:
      return (value) => (value === undefined || value === "" ? null : value);
  }
}

/** A value a seed or `addRecord` gives, as stored: Dates become Salesforce's text forms. */
export function storedValue(field: DescribedField, value: unknown): unknown {
  if (!(value instanceof Date)) return value;
  return field.type === "date" ? value.toISOString().slice(0, 10) : formatDatetime(value.getTime());
}

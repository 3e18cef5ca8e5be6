import { type ColumnMap, IMPORT_FIELDS } from "./columns.js";

// Headers that parseColumnOverride would read differently unquoted: a comma ends the pair, a quote
// starts a quoted header, and spaces around an unquoted header are dropped.
const NEEDS_QUOTES = /[,"]|^\s|\s$|^$/;

/**
 * A column map written as an override, the inverse of `parseColumnOverride`:
 * `errorType=Fejltype,hubspotId=Post-id,message="Details, long"`, fields in the summary's order.
 */
export function formatColumnOverride(map: ColumnMap): string {
  return IMPORT_FIELDS.flatMap((field) => {
    const header = map[field]?.header;
    if (header === undefined) return [];
    const written = NEEDS_QUOTES.test(header) ? `"${header.replaceAll('"', '""')}"` : header;
    return [`${field}=${written}`];
  }).join(",");
}

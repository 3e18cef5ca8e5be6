import { InvalidInputError } from "../errors.js";

/** The fields an export row feeds. */
export const IMPORT_FIELDS = [
  "objectType",
  "hubspotId",
  "salesforceId",
  "recordName",
  "errorType",
  "message",
  "occurredAt",
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Which column (by index) feeds which field, and the header it had. */
export type ColumnMap = Partial<
  Record<ImportField, { readonly index: number; readonly header: string }>
>;

// Header names seen in HubSpot's export in English and Danish, and in re-saved spreadsheets.
// Compared after folding case, accents and punctuation: "Fejl-type " matches "fejltype".
const HEADER_NAMES: Readonly<Record<ImportField, readonly string[]>> = {
  objectType: [
    "object type",
    "object",
    "objekttype",
    "objekt",
    "record type",
    "posttype",
    "object name",
  ],
  hubspotId: [
    "record id",
    "hubspot id",
    "hubspot record id",
    "object id",
    "post id",
    "postid",
    "objekt id",
    "id",
  ],
  salesforceId: ["salesforce id", "salesforce record id", "sfdc id", "salesforce post id"],
  recordName: ["record name", "record", "name", "navn", "postnavn", "post navn"],
  errorType: ["error type", "fejltype", "type", "sync error type", "error"],
  message: [
    "error message",
    "fejlmeddelelse",
    "message",
    "meddelelse",
    "error details",
    "details",
    "detaljer",
    "fejl",
  ],
  occurredAt: [
    "date",
    "dato",
    "error date",
    "last attempt",
    "last sync attempt",
    "time",
    "tidspunkt",
    "created",
    "oprettet",
  ],
};

const fold = (text: string) =>
  text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[^a-z0-9æøå]+/g, "");

/**
 * Parses an override such as `message=Details,hubspotId=Contact ID` (IMPORT_COLUMNS or
 * `--columns`): field names as in the summary, header names as in the file.
 */
export function parseColumnOverride(
  text: string | undefined,
): Partial<Record<ImportField, string>> {
  const override: Partial<Record<ImportField, string>> = {};
  if (!text || text.trim() === "") return override;
  for (const pair of text.split(",")) {
    const [field = "", ...header] = pair.split("=");
    const name = field.trim() as ImportField;
    if (!IMPORT_FIELDS.includes(name) || header.length === 0 || header.join("=").trim() === "") {
      throw new InvalidInputError(
        `The column override "${pair.trim()}" is not field=Header; the fields are ${IMPORT_FIELDS.join(", ")}.`,
      );
    }
    override[name] = header.join("=").trim();
  }
  return override;
}

/**
 * Finds which column feeds which field: the override first, then the known header names, in the
 * order of the lists above (so "Error type" wins over a later "Type"). Each column feeds one field.
 */
export function mapColumns(
  headers: readonly string[],
  override: Partial<Record<ImportField, string>> = {},
): ColumnMap {
  const folded = headers.map(fold);
  const taken = new Set<number>();
  const map: ColumnMap = {};
  for (const field of IMPORT_FIELDS) {
    const wanted = override[field];
    if (wanted === undefined) continue;
    const index = folded.indexOf(fold(wanted));
    if (index < 0) {
      throw new InvalidInputError(
        `The column override names "${wanted}" for ${field}, but the file has no such column. Its columns: ${headers.join(", ")}.`,
      );
    }
    map[field] = { index, header: headers[index] as string };
    taken.add(index);
  }
  for (const field of IMPORT_FIELDS) {
    if (map[field]) continue;
    for (const name of HEADER_NAMES[field]) {
      const index = folded.findIndex((header, i) => header === fold(name) && !taken.has(i));
      if (index >= 0) {
        map[field] = { index, header: headers[index] as string };
        taken.add(index);
        break;
      }
    }
  }
  return map;
}

/** The field → header view of a column map, for summaries. */
export function describeColumns(map: ColumnMap): Record<string, string> {
  return Object.fromEntries(
    IMPORT_FIELDS.flatMap((field) => (map[field] ? [[field, map[field].header]] : [])),
  );
}

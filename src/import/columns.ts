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

/**
 * The fields' English labels, which `--columns` and IMPORT_COLUMNS accept beside the ids. Shown to
 * people through the catalog (`columns.label`), in their language.
 */
export const FIELD_LABELS: Readonly<Record<ImportField, string>> = {
  objectType: "Object type",
  hubspotId: "Record ID",
  salesforceId: "Salesforce ID",
  recordName: "Record name",
  errorType: "Error type",
  message: "Error message",
  occurredAt: "Date",
};

/**
 * The fields an import cannot do without, in groups of which one is enough: the error type or the
 * message (the catalog classifies a message), and a record id on either side.
 */
export const NEEDED_FIELDS: readonly (readonly ImportField[])[] = [
  ["errorType", "message"],
  ["hubspotId", "salesforceId"],
];

/** The needed groups (see {@link NEEDED_FIELDS}) of which the map places no field. */
export function unplacedNeeds(map: ColumnMap): (readonly ImportField[])[] {
  return NEEDED_FIELDS.filter((group) => group.every((field) => !map[field]));
}

/**
 * A header or field name folded for comparison: lower case, no accents, no spaces or punctuation
 * ("Fejl-type " → "fejltype"); æ and ø are kept (å has an accent to drop: "å" → "a").
 */
export function foldHeader(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[^a-z0-9æøå]+/g, "");
}

const fold = foldHeader;

/** The field a name stands for: its own name or its label, in any case and spacing. */
function fieldNamed(name: string): ImportField | undefined {
  const folded = fold(name);
  if (folded === "") return undefined;
  return IMPORT_FIELDS.find(
    (field) => fold(field) === folded || fold(FIELD_LABELS[field]) === folded,
  );
}

/**
 * Parses an override such as `message=Details,hubspotId=Contact ID` (IMPORT_COLUMNS or
 * `--columns`). A field is named as in the summary (`errorType`) or by its label (`error type`),
 * in any case. A header is as in the file; one holding a comma or a double quote, or starting or
 * ending with a space, is written in double quotes with `""` for a quote inside, as CSV does:
 * `message="Details, long"`. An unquoted header may hold `=`; spaces around it are dropped.
 */
export function parseColumnOverride(
  text: string | undefined,
): Partial<Record<ImportField, string>> {
  const override: Partial<Record<ImportField, string>> = {};
  if (!text || text.trim() === "") return override;
  let at = 0;
  const refuse = (pair: string, why: "unclosed" | "trailing" | "pair" = "pair"): never => {
    throw new InvalidInputError({
      key: "columns.overrideRefused",
      values: { pair: pair.trim(), why, fields: IMPORT_FIELDS.join(", ") },
    });
  };
  while (at <= text.length) {
    const start = at;
    const equals = text.indexOf("=", at);
    const comma = text.indexOf(",", at);
    if (equals < 0 || (comma >= 0 && comma < equals)) {
      refuse(text.slice(start, comma < 0 ? undefined : comma));
    }
    const field = fieldNamed(text.slice(at, equals));
    at = equals + 1;
    while (text[at] === " " || text[at] === "\t") at++;
    let header: string;
    if (text[at] === '"') {
      header = "";
      at++;
      for (;;) {
        const quote = text.indexOf('"', at);
        if (quote < 0) refuse(text.slice(start), "unclosed");
        header += text.slice(at, quote);
        if (text[quote + 1] === '"') {
          header += '"';
          at = quote + 2;
        } else {
          at = quote + 1;
          break;
        }
      }
      while (text[at] === " " || text[at] === "\t") at++;
      if (at < text.length && text[at] !== ",") {
        refuse(text.slice(start), "trailing");
      }
    } else {
      const end = text.indexOf(",", at);
      header = text.slice(at, end < 0 ? undefined : end).trim();
      at = end < 0 ? text.length : end;
    }
    const pair = text.slice(start, at);
    if (!field || header === "") refuse(pair);
    else override[field] = header;
    at++; // past the comma, or past the end
  }
  return override;
}

/** How {@link mapColumns} treats an override naming a header the file does not have. */
export interface MapColumnsOptions {
  /**
   * True for IMPORT_COLUMNS, which applies to every file: a header this file lacks is skipped.
   * False (the default) for `--columns`, which names this file's headers: it is an error.
   */
  readonly ignoreMissing?: boolean;
}

/**
 * Finds which column feeds which field: the override first, then the known header names, in the
 * order of the lists above (so "Error type" wins over a later "Type"). Each column feeds one
 * field: an override that gives one column to two fields is refused.
 */
export function mapColumns(
  headers: readonly string[],
  override: Partial<Record<ImportField, string>> = {},
  options: MapColumnsOptions = {},
): ColumnMap {
  const folded = headers.map(fold);
  const taken = new Map<number, ImportField>();
  const map: ColumnMap = {};
  for (const field of IMPORT_FIELDS) {
    const wanted = override[field];
    if (wanted === undefined) continue;
    const index = folded.indexOf(fold(wanted));
    if (index < 0) {
      if (options.ignoreMissing) continue;
      throw new InvalidInputError({
        key: "columns.overrideMissing",
        values: { wanted, field, headers: headers.join(", ") },
      });
    }
    const other = taken.get(index);
    if (other !== undefined) {
      throw new InvalidInputError({
        key: "columns.overrideShared",
        values: { header: headers[index] as string, other, field },
      });
    }
    map[field] = { index, header: headers[index] as string };
    taken.set(index, field);
  }
  for (const field of IMPORT_FIELDS) {
    if (map[field]) continue;
    for (const name of HEADER_NAMES[field]) {
      const index = folded.findIndex((header, i) => header === fold(name) && !taken.has(i));
      if (index >= 0) {
        map[field] = { index, header: headers[index] as string };
        taken.set(index, field);
        break;
      }
    }
  }
  return map;
}

/** The header names this module knows for a field, for guessing from names it does not know. */
export function knownHeaderNames(field: ImportField): readonly string[] {
  return HEADER_NAMES[field];
}

/** The field → header view of a column map, for summaries. */
export function describeColumns(map: ColumnMap): Record<string, string> {
  return Object.fromEntries(
    IMPORT_FIELDS.flatMap((field) => (map[field] ? [[field, map[field].header]] : [])),
  );
}

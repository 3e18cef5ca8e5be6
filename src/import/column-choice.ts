import { InvalidInputError, type UserText } from "../errors.js";
import { type ColumnMap, IMPORT_FIELDS, type ImportField, NEEDED_FIELDS } from "./columns.js";

/**
 * A person's answer to "which column holds what": by header name (`--columns`), or by column
 * position (the Slack question, whose menus list the file's columns) together with the header row
 * it was asked about. It wins over the remembered mapping and IMPORT_COLUMNS, and is remembered
 * for its header row once the import has succeeded.
 */
export type ColumnChoice =
  | { readonly by: "name"; readonly columns: Partial<Record<ImportField, string>> }
  | {
      readonly by: "position";
      /** `headerRowDigest` of the header row the question showed. */
      readonly headerDigest: string;
      /** Field → column position from 0; a field left out is not in the file. */
      readonly columns: Partial<Record<ImportField, number>>;
    };

/** A field as people read it, in the reader's language. */
const fieldLabel = (field: ImportField): UserText => ({
  key: "columns.label",
  values: { field },
});

/** Fields' labels joined with "and" ("og" in Danish): `a and b and c`, as it always said. */
const labels = (fields: readonly ImportField[]): UserText =>
  fields.length < 2
    ? fieldLabel(fields[0] as ImportField)
    : {
        key: "columns.andLabels",
        values: { a: labels(fields.slice(0, -1)), b: fieldLabel(fields.at(-1) as ImportField) },
      };

/**
 * What is wrong with a choice by position, one sentence each; empty when it can be imported. It
 * needs a field of each needed group, and gives each column to one field (no two fields read the
 * same column sensibly: a type column read as the message, or one id column as both ids, would
 * import wrong values). With `headers`, positions are checked against the file too.
 */
export function choiceProblems(
  columns: Partial<Record<ImportField, number>>,
  headers?: readonly string[],
): UserText[] {
  const problems: UserText[] = [];
  for (const group of NEEDED_FIELDS) {
    if (group.every((field) => columns[field] === undefined)) {
      problems.push({
        key: "columns.chooseNeeded",
        values: { group: group.includes("message") ? "message" : "id" },
      });
    }
  }
  const byColumn = new Map<number, ImportField[]>();
  for (const field of IMPORT_FIELDS) {
    const index = columns[field];
    if (index === undefined) continue;
    if (!Number.isInteger(index) || index < 0 || (headers && index >= headers.length)) {
      problems.push({ key: "columns.noSuchColumn", values: { label: fieldLabel(field) } });
      continue;
    }
    byColumn.set(index, [...(byColumn.get(index) ?? []), field]);
  }
  for (const [index, fields] of byColumn) {
    if (fields.length < 2) continue;
    const name: UserText = headers
      ? { key: "columns.quoted", values: { header: headers[index] as string } }
      : { key: "columns.columnNumber", values: { position: String(index + 1) } };
    problems.push({ key: "columns.sharedColumn", values: { name, labels: labels(fields) } });
  }
  return problems;
}

/** The column map of a choice by position, or an InvalidInputError listing what is wrong. */
export function columnsAtPositions(
  headers: readonly string[],
  columns: Partial<Record<ImportField, number>>,
): ColumnMap {
  const problems = choiceProblems(columns, headers);
  if (problems.length > 0)
    throw new InvalidInputError({ key: "columns.problems", values: { problems } });
  const map: ColumnMap = {};
  for (const field of IMPORT_FIELDS) {
    const index = columns[field];
    if (index !== undefined) map[field] = { index, header: headers[index] as string };
  }
  return map;
}

/**
 * `POST /services/data/vXX.X/composite/sobjects/{SObject}` with `{"ids": [...], "fields": [...]}`:
 * sObject Collections retrieve, whose size does not grow the request line. As the REST API guide
 * ("Get Records With a Request Body Using sObject Collections",
 * resources_composite_sobjects_collections_retrieve_post.htm) says: up to 2,000 ids, all of the
 * one sObject; the answer is an array positional to `ids`, each a record with `attributes` and the
 * requested fields under their described names, or null for an id that is not valid or not found;
 * a field name that is not valid answers HTTP 400 (as SOQL's INVALID_FIELD).
 *
 * Assumed: every field is readable (the sandbox has no field-level security on reads); the
 * errorCode of a malformed body or of more than 2,000 ids (the guide names neither).
 */

import { normalizeId, type SObjectType, typeOfId } from "./ids.js";
import type { Schema } from "./schema.js";
import type { RecordStore } from "./store.js";
import { outputOf, readerOf } from "./values.js";

/** Salesforce's cap on ids per sObject Collections retrieve by POST. */
export const MAX_RETRIEVE_IDS = 2000;

export interface RetrieveOutcome {
  readonly status: number;
  readonly body: unknown;
  readonly unexpected?: string;
}

function reject(errorCode: string, message: string, unexpected?: string): RetrieveOutcome {
  const body = [{ message, errorCode }];
  return unexpected === undefined ? { status: 400, body } : { status: 400, body, unexpected };
}

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === "string");

/** Answers a retrieve of `type`'s records; `base` is `/services/data/vXX.X`. */
export function retrieveCollection(
  type: SObjectType,
  body: unknown,
  store: RecordStore,
  schema: Schema,
  base: string,
): RetrieveOutcome {
  const request =
    typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
  const { ids, fields } = request;
  if (!isStringArray(ids) || !isStringArray(fields) || ids.length === 0 || fields.length === 0) {
    const message = "The request body must have ids and fields, each a non-empty array of strings";
    return reject("JSON_PARSER_ERROR", message, "retrieve without ids or fields");
  }
  if (ids.length > MAX_RETRIEVE_IDS) {
    const message = `You can retrieve at most ${MAX_RETRIEVE_IDS} records in one request`;
    return reject("EXCEEDED_ID_LIMIT", message, `${ids.length} ids in one retrieve`);
  }
  const columns: { name: string; value: (row: Record<string, unknown>) => unknown }[] = [];
  for (const name of fields) {
    const field = schema.field(type, name);
    if (!field) {
      const message = `No such column '${name}' on entity '${type}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`;
      return reject("INVALID_FIELD", message, `INVALID_FIELD: ${type}.${name}`);
    }
    const read = readerOf(type, field);
    const output = outputOf(field);
    columns.push({ name: field.name, value: (row: Record<string, unknown>) => output(read(row)) });
  }
  const records = ids.map((raw) => {
    const id = normalizeId(raw);
    const row = id && typeOfId(id) === type ? store.get(type, id) : undefined;
    if (!row || !id) return null;
    const record: Record<string, unknown> = {
      attributes: { type, url: `${base}/sobjects/${type}/${id}` },
    };
    for (const column of columns) record[column.name] = column.value(row);
    return record;
  });
  return { status: 200, body: records };
}

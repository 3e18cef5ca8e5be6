import { isSObjectType, normalizeId, type SObjectType, typeOfId } from "./ids.js";
import type { Schema } from "./schema.js";
import type { RecordError, RecordStore } from "./store.js";
import { formatDatetime } from "./values.js";

/** Salesforce's cap on records per sObject Collections request. */
export const MAX_COLLECTION_RECORDS = 200;

/** One element of the positional answer to an sObject Collections update. */
export type SaveResult =
  | { readonly id: string; readonly success: true; readonly errors: readonly [] }
  | { readonly success: false; readonly errors: readonly RecordError[] };

/** A whole-request REST error element. */
export interface ApiError {
  readonly message: string;
  readonly errorCode: string;
}

export type CollectionOutcome =
  | { readonly status: 200; readonly body: SaveResult[]; readonly unexpected?: string }
  | { readonly status: 400; readonly body: ApiError[]; readonly unexpected: string };

const ROLLED_BACK: RecordError = {
  statusCode: "ALL_OR_NONE_OPERATION_ROLLED_BACK",
  message:
    "Record rolled back because not all records were valid and the request was using AllOrNone header",
  fields: [],
};

interface Planned {
  readonly type: SObjectType;
  readonly id: string;
  readonly fields: Record<string, unknown>;
}

function reject(errorCode: string, message: string): CollectionOutcome {
  return { status: 400, body: [{ message, errorCode }], unexpected: `${errorCode}: ${message}` };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A whole-request problem with one record's fields (Salesforce rejects these with 400). */
function fieldProblem(
  type: SObjectType,
  fields: Readonly<Record<string, unknown>>,
  schema: Schema,
): CollectionOutcome | undefined {
  for (const [name, value] of Object.entries(fields)) {
    const field = schema.field(type, name);
    if (!field)
      return reject("INVALID_FIELD", `No such column '${name}' on sobject of type ${type}`);
    const badDate =
      (field.type === "datetime" || field.type === "date") &&
      value !== null &&
      (typeof value !== "string" || Number.isNaN(Date.parse(value)));
    if (badDate) {
      return reject(
        "JSON_PARSER_ERROR",
        `Cannot deserialize instance of ${field.type} from VALUE_STRING value ${String(value)} or request may be missing a required field`,
      );
    }
  }
  return undefined;
}

/** The per-record error an update of one record meets, before any write. */
function recordError(
  store: RecordStore,
  type: SObjectType,
  rawId: string,
  fields: Readonly<Record<string, unknown>>,
  schema: Schema,
): RecordError | undefined {
  const id = normalizeId(rawId);
  if (!id || typeOfId(id) !== type) {
    return {
      statusCode: "MALFORMED_ID",
      message: `${type} ID: id value of incorrect type: ${rawId}`,
      fields: ["Id"],
    };
  }
  if (store.isDeleted(id))
    return { statusCode: "ENTITY_IS_DELETED", message: "entity is deleted", fields: [] };
  if (!store.get(type, id)) {
    return {
      statusCode: "INVALID_CROSS_REFERENCE_KEY",
      message: "invalid cross reference id",
      fields: [],
    };
  }
  const injected = store.takeInjectedError(id);
  if (injected) return injected;
  const readOnly = Object.keys(fields).filter((name) => !schema.field(type, name)?.updateable);
  if (readOnly.length > 0) {
    return {
      statusCode: "INVALID_FIELD_FOR_INSERT_UPDATE",
      message: `Unable to create/update fields: ${readOnly.join(", ")}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.`,
      fields: readOnly,
    };
  }
  return undefined;
}

/**
 * `PATCH /composite/sobjects`: checks the request as a whole (shape, at most 200 records, known
 * sObjects and fields), then each record in order. Answers 200 with one result per record, in
 * request order, even when every record fails; with `allOrNone: true` nothing is written unless
 * all succeed. A written record's LastModifiedDate and SystemModstamp become `now`.
 */
export function updateCollection(
  body: unknown,
  store: RecordStore,
  schema: Schema,
  now: () => Date,
): CollectionOutcome {
  if (!isObject(body) || !Array.isArray(body.records)) {
    return reject("JSON_PARSER_ERROR", "The request body must be an object with a records array");
  }
  const records: unknown[] = body.records;
  if (records.length > MAX_COLLECTION_RECORDS) {
    // Salesforce's text for an over-size collection [unverified wording; the code is real].
    return reject(
      "EXCEEDED_ID_LIMIT",
      `record limit reached. cannot submit more than ${MAX_COLLECTION_RECORDS} records into this call`,
    );
  }
  const parsed: { type: SObjectType; id: unknown; fields: Record<string, unknown> }[] = [];
  for (const record of records) {
    if (!isObject(record)) return reject("JSON_PARSER_ERROR", "Each record must be an object");
    const { attributes, id: lowerId, Id: upperId, ...fields } = record;
    const type = isObject(attributes) ? attributes.type : undefined;
    if (typeof type !== "string") {
      return reject("INVALID_TYPE", "Each record in the collection must have attributes.type");
    }
    if (!isSObjectType(type))
      return reject("INVALID_TYPE", `sObject type '${type}' is not supported.`);
    const problem = fieldProblem(type, fields, schema);
    if (problem) return problem;
    parsed.push({ type, id: lowerId ?? upperId, fields: canonical(type, fields, schema) });
  }

  const notes: string[] = [];
  const seen = new Set<string>();
  const planned: (Planned | RecordError)[] = parsed.map(({ type, id, fields }) => {
    if (typeof id !== "string" || id === "") {
      notes.push("a record without an id");
      return {
        statusCode: "MISSING_ARGUMENT",
        message: "Id not specified in an update call",
        fields: [],
      };
    }
    const full = normalizeId(id) ?? id;
    if (seen.has(full)) notes.push(`duplicate id ${id} in one request`);
    seen.add(full);
    const error = recordError(store, type, id, fields, schema);
    return error ?? { type, id: full, fields };
  });

  const failed = planned.some((entry) => !("type" in entry));
  const rollBack = body.allOrNone === true && failed;
  const stamp = formatDatetime(now().getTime());
  const results = planned.map((entry): SaveResult => {
    if (!("type" in entry)) return { success: false, errors: [entry] };
    if (rollBack) return { success: false, errors: [ROLLED_BACK] };
    const stamps = { LastModifiedDate: stamp, SystemModstamp: stamp };
    store.write(entry.type, entry.id, { ...entry.fields, ...stamps });
    return { id: entry.id, success: true, errors: [] };
  });
  return notes.length === 0
    ? { status: 200, body: results }
    : { status: 200, body: results, unexpected: notes.join("; ") };
}

/** The fields under their described names (`email` → `Email`); Salesforce ignores case. */
function canonical(
  type: SObjectType,
  fields: Readonly<Record<string, unknown>>,
  schema: Schema,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).map(([name, value]) => [schema.field(type, name)?.name ?? name, value]),
  );
}

import { hubspotError, isObject } from "./http.js";
import { projected, publicObject, requestedProperties } from "./objects.js";
import type { CrmStore } from "./store.js";
import type { HubSpotObjectType, RouteResult } from "./types.js";
import { type PropertyProblem, valueProblem } from "./validate.js";

/** HubSpot batch endpoints take at most this many inputs. */
export const BATCH_LIMIT = 100;

/**
 * A record HubSpot refuses to update, set up with `recordErrors`: the stand-in for a portal rule
 * the record's update breaks (HubSpot reports it like an invalid value).
 */
export interface RecordFault {
  readonly category: string;
  readonly message: string;
  /** The `error` code the 400's problem list gives; the category unless given. */
  readonly code?: string;
}

/**
 * How a batch update with invalid records is answered. `whole-batch`: one 400 VALIDATION_ERROR
 * for the whole batch, nothing applied, naming only the first invalid record's problems and not
 * its id: what HubSpot is reported to answer for batch writes (HubSpot/hubspot-api-php #74,
 * Atlas-Authority/marketing-automation #174; "only tells you the first one it encounters":
 * HubSpot/hubspot-api-python #51). `per-record`: a 207 listing each invalid record by id, the rest
 * applied, which HubSpot's spec also allows (`BatchResponseSimplePublicObjectWithErrors`).
 */
export type BatchErrorMode = "whole-batch" | "per-record";

/** What the batch routes work on. */
export interface BatchContext {
  readonly store: CrmStore;
  readonly recordFaults: ReadonlyMap<string, RecordFault>;
  /** How invalid records are answered; the sandbox can change it between requests. */
  readonly batchErrors: { mode: BatchErrorMode };
}

const SINGULAR: Record<HubSpotObjectType, string> = {
  contacts: "CONTACT",
  companies: "COMPANY",
  deals: "DEAL",
};

type Input = { readonly id: string; readonly properties: Record<string, string | null> };

function invalid(message: string, unexpected: string, extra: Record<string, unknown> = {}) {
  return { status: 400, body: hubspotError("VALIDATION_ERROR", message, extra), unexpected };
}

/** Checks `inputs`: an array of at most 100 objects with string ids, no id twice. */
function checkInputs(body: unknown, needsProperties: boolean): RouteResult | Input[] {
  const inputs = isObject(body) ? body.inputs : undefined;
  if (!Array.isArray(inputs)) return invalid("Invalid input JSON: inputs is required", "no inputs");
  if (inputs.length > BATCH_LIMIT) {
    // The text is ours; the status and category are HubSpot's for an oversized batch.
    const message = `Too many inputs: ${inputs.length} > ${BATCH_LIMIT}`;
    return invalid(message, `${inputs.length} inputs in one batch (at most ${BATCH_LIMIT})`);
  }
  const parsed: Input[] = [];
  for (const input of inputs) {
    const id = isObject(input) ? input.id : undefined;
    const properties = isObject(input) ? input.properties : undefined;
    if (typeof id !== "string" || (needsProperties && !isObject(properties))) {
      return invalid("Invalid input JSON: each input needs an id", "malformed input");
    }
    const values: Record<string, string | null> = {};
    for (const [name, value] of Object.entries(properties ?? {})) {
      values[name] = value === null ? null : String(value);
    }
    parsed.push({ id, properties: values });
  }
  const seen = new Set<string>();
  const duplicates = parsed
    .map((input) => input.id)
    .filter((id) => seen.size === seen.add(id).size);
  if (duplicates.length > 0) {
    const message = `Duplicate IDs found in batch input: [${duplicates.join(", ")}]. IDs must be unique`;
    return invalid(message, `duplicate ids ${duplicates.join(", ")}`);
  }
  return parsed;
}

function notFound(type: HubSpotObjectType, verb: string, ids: readonly string[]) {
  return {
    status: "error",
    category: "OBJECT_NOT_FOUND",
    message: `Could not ${verb} some ${SINGULAR[type]} objects, they may be deleted or not exist. Check that ids are valid.`,
    context: { ids },
    links: {},
    errors: [],
  };
}

/** 200 when every input succeeded, else 207 with `errors` and `numErrors`. */
function batchAnswer(
  startedAt: string,
  results: unknown[],
  errors: readonly Record<string, unknown>[],
): RouteResult {
  const body = { status: "COMPLETE", results, startedAt, completedAt: new Date().toISOString() };
  if (errors.length === 0) return { status: 200, body };
  return { status: 207, body: { ...body, numErrors: errors.length, errors } };
}

/** HubSpot's 400 for a batch whose property values are not valid. */
function notValid(problems: readonly PropertyProblem[]): RouteResult {
  return {
    status: 400,
    body: hubspotError(
      "VALIDATION_ERROR",
      `Property values were not valid: ${JSON.stringify(problems)}`,
    ),
  };
}

/** Why an input is refused: its invalid values, or else its record's seeded fault. */
interface Refusal {
  readonly problems: readonly PropertyProblem[];
  readonly fault?: RecordFault;
}

/** The inputs HubSpot would refuse, by id. */
function refusals(
  ctx: BatchContext,
  type: HubSpotObjectType,
  inputs: readonly Input[],
): Map<string, Refusal> {
  const refused = new Map<string, Refusal>();
  for (const input of inputs) {
    const problems: PropertyProblem[] = [];
    for (const [name, value] of Object.entries(input.properties)) {
      const definition = ctx.store.property(type, name);
      const found = definition && valueProblem(definition, value);
      if (found) problems.push(found);
    }
    const fault = ctx.recordFaults.get(input.id);
    if (problems.length > 0) refused.set(input.id, { problems });
    else if (fault) {
      const [name = ""] = Object.keys(input.properties);
      const error = fault.code ?? fault.category;
      refused.set(input.id, {
        problems: [{ isValid: false, message: fault.message, error, name }],
        fault,
      });
    }
  }
  return refused;
}

/**
 * `POST /crm/v3/objects/{type}/batch/update`. Refused whole (400) when a property does not exist
 * or is read-only, as the spec says ("Read-only and non-existent properties will result in an
 * error"); invalid values and seeded record faults as `batchErrors.mode` says; ids HubSpot does
 * not know in a 207 (OBJECT_NOT_FOUND), the rest applied.
 */
export function batchUpdate(ctx: BatchContext, type: HubSpotObjectType, body: unknown) {
  const startedAt = new Date().toISOString();
  const inputs = checkInputs(body, true);
  if (!Array.isArray(inputs)) return inputs;
  // A property that does not exist fails the whole batch, as in HubSpot. Not flagged: a
  // misconfigured portal is a real condition the bot must report, not a bug in the bot.
  const names = [...new Set(inputs.flatMap((input) => Object.keys(input.properties)))];
  const missing = names.filter((name) => !ctx.store.property(type, name));
  if (missing.length > 0) {
    const problems = missing.map((name) => ({
      isValid: false,
      message: `Property "${name}" does not exist`,
      error: "PROPERTY_DOESNT_EXIST",
      name,
    }));
    return {
      status: 400,
      body: hubspotError(
        "VALIDATION_ERROR",
        `Property values were not valid: ${JSON.stringify(problems)}`,
        {
          errors: missing.map((name) => ({
            message: `Property "${name}" does not exist`,
            code: "PROPERTY_DOESNT_EXIST",
            context: { propertyName: [name] },
          })),
        },
      ),
    };
  }
  const readOnly = names.filter(
    (name) => ctx.store.property(type, name)?.modificationMetadata.readOnlyValue,
  );
  if (readOnly.length > 0) {
    // The code is HubSpot's; the wording is assumed.
    return notValid(
      readOnly.map((name) => ({
        isValid: false,
        message: `"${name}" is a read only property; its value cannot be set.`,
        error: "READ_ONLY_VALUE",
        name,
      })),
    );
  }
  const refused = refusals(ctx, type, inputs);
  const [first] = refused.values();
  if (first && ctx.batchErrors.mode === "whole-batch") return notValid(first.problems);
  const results: unknown[] = [];
  const errors: Record<string, unknown>[] = [];
  const unknownIds: string[] = [];
  for (const input of inputs) {
    const refusal = refused.get(input.id);
    if (refusal) {
      const { fault, problems } = refusal;
      errors.push({
        status: "error",
        category: fault?.category ?? "VALIDATION_ERROR",
        message: fault?.message ?? `Property values were not valid: ${JSON.stringify(problems)}`,
        context: { ids: [input.id] },
        links: {},
        errors: [],
      });
      continue;
    }
    const record = ctx.store.update(type, input.id, input.properties);
    if (!record) {
      unknownIds.push(input.id);
      continue;
    }
    const echoed: Record<string, string | null> = { hs_object_id: record.id };
    for (const name of [
      ...Object.keys(input.properties),
      "lastmodifieddate",
      "hs_lastmodifieddate",
    ]) {
      if (name in record.properties) echoed[name] = record.properties[name] ?? null;
    }
    results.push(publicObject(record, echoed));
  }
  if (unknownIds.length > 0) errors.unshift(notFound(type, "update", unknownIds));
  return batchAnswer(startedAt, results, errors);
}

/** `POST /crm/v3/objects/{type}/batch/read`: by record id only (no `idProperty`). */
export function batchRead(ctx: BatchContext, type: HubSpotObjectType, body: unknown) {
  const startedAt = new Date().toISOString();
  if (isObject(body) && body.idProperty !== undefined && body.idProperty !== "hs_object_id") {
    return invalid("idProperty is not supported here", "batch/read by idProperty is not modelled");
  }
  const history = isObject(body) ? body.propertiesWithHistory : undefined;
  if (Array.isArray(history) && history.length > 0) {
    const why = "batch/read propertiesWithHistory is not modelled";
    return invalid("propertiesWithHistory is not supported here", why);
  }
  const inputs = checkInputs(body, false);
  if (!Array.isArray(inputs)) return inputs;
  const requested = isObject(body) && Array.isArray(body.properties) ? body.properties : [];
  // Like HubSpot: the stamps always, unknown names left out, known but unset ones null.
  const names = requestedProperties(ctx.store, type, requested.map(String));
  const results: unknown[] = [];
  const unknownIds: string[] = [];
  for (const input of inputs) {
    const record = ctx.store.get(type, input.id);
    if (!record) {
      unknownIds.push(input.id);
      continue;
    }
    results.push(projected(record, names));
  }
  const errors = unknownIds.length > 0 ? [notFound(type, "get", unknownIds)] : [];
  return batchAnswer(startedAt, results, errors);
}

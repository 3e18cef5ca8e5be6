import type { Client } from "@hubspot/api-client";
import { BotError } from "../errors.js";
import {
  HubSpotDailyLimitError,
  type HubSpotPacing,
  pacedHubSpotCall,
  statusOf,
} from "./hubspot-paced-call.js";
import type { HubSpotObjectType } from "./hubspot-setup-port.js";

/** HubSpot's CRM batch endpoints take at most this many inputs a request. */
export const HUBSPOT_BATCH_SIZE = 100;

/** What happened to one record of a batch. */
export type RecordOutcome =
  | { readonly id: string; readonly ok: true }
  | { readonly id: string; readonly ok: false; readonly code: string; readonly message: string };

/** HubSpot or Salesforce refused or failed a request after the retries it deserved. */
export class UpstreamError extends BotError {
  override readonly name = "UpstreamError";
  constructor(
    readonly service: "hubspot" | "salesforce",
    readonly status: number | undefined,
    message: string,
    options?: { cause?: unknown },
  ) {
    super("upstream_failed", message, options);
  }
}

/** The HubSpot call a resync makes. */
export interface HubSpotResyncPort {
  /**
   * Sets `property` to `value` on up to 100 records of one type, one outcome per id in order.
   * Records HubSpot does not know or refuses as invalid come back failed, with HubSpot's code and
   * message; the others succeed.
   */
  touch(
    objectType: HubSpotObjectType,
    ids: readonly string[],
    property: string,
    value: Date,
  ): Promise<RecordOutcome[]>;
}

/** How the port paces and retries. */
export type HubSpotResyncOptions = HubSpotPacing;

interface BatchError {
  readonly category?: string;
  readonly message?: string;
  readonly context?: { readonly ids?: readonly string[] };
}

/** One invalid value, as HubSpot lists them in a 400's message. */
interface ValueProblem {
  readonly message?: string;
  readonly error?: string;
}

const NOT_VALID = "Property values were not valid: ";

/**
 * Problems that concern the request, not a record: every record of a resync batch gets the same
 * property, so splitting the batch cannot help (the job stops and says why instead).
 */
const REQUEST_PROBLEMS = new Set(["PROPERTY_DOESNT_EXIST", "READ_ONLY_VALUE"]);

/**
 * Why HubSpot refused a whole batch for a record's sake, or undefined for any other failure. HubSpot
 * may answer a batch update that holds invalid records with one 400 VALIDATION_ERROR whose
 * message lists the first invalid record's problems (`Property values were not valid:
 * [{"isValid":false,"message":…,"error":"INVALID_DATE","name":…}]`) without saying which record
 * it is (HubSpot/hubspot-api-php#74, HubSpot/hubspot-api-python#51), instead of a 207 per record.
 */
function recordRefusal(error: unknown): { code: string; message: string } | undefined {
  if (statusOf(error) !== 400) return undefined;
  const body = (error as { body?: { category?: unknown; message?: unknown } }).body;
  const text = typeof body?.message === "string" ? body.message : "";
  if (body?.category !== "VALIDATION_ERROR" || !text.startsWith(NOT_VALID)) return undefined;
  let problems: ValueProblem[];
  try {
    const parsed = JSON.parse(text.slice(NOT_VALID.length)) as unknown;
    problems = Array.isArray(parsed) ? (parsed as ValueProblem[]) : [];
  } catch {
    return undefined;
  }
  if (problems.length === 0 || problems.some((p) => REQUEST_PROBLEMS.has(p.error ?? ""))) {
    return undefined;
  }
  return {
    code: problems[0]?.error ?? "VALIDATION_ERROR",
    message: problems.map((p) => p.message ?? "invalid value").join("; "),
  };
}

/** What a refused batch update becomes: the daily limit's own message, or HubSpot's status. */
function upstreamError(error: unknown): UpstreamError {
  if (error instanceof HubSpotDailyLimitError)
    return new UpstreamError("hubspot", 429, error.message, { cause: error });
  const status = statusOf(error) ?? (error as { code?: string }).code ?? "error";
  return new UpstreamError(
    "hubspot",
    statusOf(error),
    `HubSpot refused the batch update (${status}).`,
    { cause: error },
  );
}

/**
 * The batch update a HubSpot→Salesforce resync sends (domain.md §6), paced by the shared limiter
 * and retried with exponential backoff and jitter. The client itself is built with one attempt and
 * no limiter, so pacing and retries happen here, once.
 *
 * A batch HubSpot refuses whole for an invalid record is split in halves, and the halves again as
 * far as needed, until each refused record stands alone: it is reported failed with HubSpot's
 * message, and every other record is sent (and accepted) exactly once. A refused request is
 * applied to none of its records, so sending them again in a smaller batch changes nothing twice.
 */
export function hubspotResyncPort(
  client: Client,
  options: HubSpotResyncOptions,
): HubSpotResyncPort {
  const update = async (
    objectType: HubSpotObjectType,
    ids: readonly string[],
    property: string,
    value: Date,
  ): Promise<RecordOutcome[]> => {
    const inputs = ids.map((id) => ({ id, properties: { [property]: value.toISOString() } }));
    let response: { errors?: readonly BatchError[] };
    try {
      response = (await pacedHubSpotCall(options, () =>
        client.crm[objectType].batchApi.update({ inputs }),
      )) as { errors?: readonly BatchError[] };
    } catch (error) {
      const refusal = recordRefusal(error);
      if (!refusal) throw upstreamError(error);
      const [only] = ids;
      if (ids.length === 1 && only !== undefined) return [{ id: only, ok: false, ...refusal }];
      const half = Math.ceil(ids.length / 2);
      const first = await update(objectType, ids.slice(0, half), property, value);
      const second = await update(objectType, ids.slice(half), property, value);
      return [...first, ...second];
    }
    // A 207 lists the records it could not update; everything else in the batch went through.
    const failed = new Map<string, { code: string; message: string }>();
    for (const error of response.errors ?? []) {
      for (const id of error.context?.ids ?? []) {
        failed.set(id, {
          code: error.category ?? "ERROR",
          message: error.message ?? "HubSpot could not update the record",
        });
      }
    }
    return ids.map((id): RecordOutcome => {
      const failure = failed.get(id);
      return failure ? { id, ok: false, ...failure } : { id, ok: true };
    });
  };
  return {
    async touch(objectType, ids, property, value) {
      if (ids.length > HUBSPOT_BATCH_SIZE)
        throw new Error(`at most ${HUBSPOT_BATCH_SIZE} records a batch`);
      return update(objectType, ids, property, value);
    },
  };
}

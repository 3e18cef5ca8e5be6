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
   * Records HubSpot does not know come back failed; the others succeed.
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

/**
 * The batch update a HubSpot→Salesforce resync sends (domain.md §6), paced by the shared limiter
 * and retried with exponential backoff and jitter. The client itself is built with one attempt and
 * no limiter, so pacing and retries happen here, once.
 */
export function hubspotResyncPort(
  client: Client,
  options: HubSpotResyncOptions,
): HubSpotResyncPort {
  return {
    async touch(objectType, ids, property, value) {
      if (ids.length > HUBSPOT_BATCH_SIZE)
        throw new Error(`at most ${HUBSPOT_BATCH_SIZE} records a batch`);
      const inputs = ids.map((id) => ({ id, properties: { [property]: value.toISOString() } }));
      let response: { errors?: readonly BatchError[] };
      try {
        response = (await pacedHubSpotCall(options, () =>
          client.crm[objectType].batchApi.update({ inputs }),
        )) as { errors?: readonly BatchError[] };
      } catch (error) {
        if (error instanceof HubSpotDailyLimitError)
          throw new UpstreamError("hubspot", 429, error.message, { cause: error });
        throw new UpstreamError(
          "hubspot",
          statusOf(error),
          `HubSpot refused the batch update (${statusOf(error) ?? (error as { code?: string }).code ?? "error"}).`,
          {
            cause: error,
          },
        );
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
    },
  };
}

import type { Client } from "@hubspot/api-client";
import pRetry from "p-retry";
import { BotError } from "../errors.js";
import type { HubSpotObjectType } from "./hubspot-setup-port.js";
import type { RateLimiter } from "./rolling-window-limiter.js";

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
export interface HubSpotResyncOptions {
  /** Shared by everything the bot sends to HubSpot (HUBSPOT_RATE_LIMIT per 10 s). */
  readonly limiter: RateLimiter;
  /** Attempts per request for 429, 5xx and network errors (default 5). */
  readonly attempts?: number;
  /** First retry delay in ms; doubles with jitter (default 500). */
  readonly minRetryMs?: number;
}

interface BatchError {
  readonly category?: string;
  readonly message?: string;
  readonly context?: { readonly ids?: readonly string[] };
}

const statusOf = (error: unknown) => {
  const code = (error as { code?: unknown }).code;
  return typeof code === "number" ? code : undefined;
};

/** 429, 5xx and connection failures are worth another try; other answers will not change. */
function isRetryable(error: unknown): boolean {
  const status = statusOf(error);
  if (status === 429 || (status !== undefined && status >= 500)) return true;
  const code = (error as { code?: unknown }).code;
  return (
    typeof code === "string" &&
    /^(ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|UND_ERR_SOCKET)$/.test(code)
  );
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
        response = await pRetry(
          async () => {
            await options.limiter.acquire();
            return (await client.crm[objectType].batchApi.update({ inputs })) as {
              errors?: readonly BatchError[];
            };
          },
          {
            retries: (options.attempts ?? 5) - 1,
            minTimeout: options.minRetryMs ?? 500,
            factor: 2,
            randomize: true,
            shouldRetry: ({ error }) => isRetryable(error),
          },
        );
      } catch (error) {
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

import pRetry from "p-retry";
import type { RateLimiter } from "./rolling-window-limiter.js";

/** How calls to HubSpot are paced and retried. */
export interface HubSpotPacing {
  /** Shared by everything the bot sends to HubSpot (HUBSPOT_RATE_LIMIT per 10 s). */
  readonly limiter: RateLimiter;
  /** Attempts per request for 429, 5xx and network errors (default 5). */
  readonly attempts?: number;
  /** First retry delay in ms; doubles with jitter (default 500). */
  readonly minRetryMs?: number;
}

/** The HTTP status the HubSpot client put on an error, if any. */
export const statusOf = (error: unknown): number | undefined => {
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
 * One HubSpot request, taking its turn in the shared limiter and retried with exponential backoff
 * and jitter. The client itself is built with one attempt and no limiter, so pacing and retries
 * happen here, once, for the setup checks and the batches alike.
 */
export function pacedHubSpotCall<T>(pacing: HubSpotPacing, work: () => Promise<T>): Promise<T> {
  return pRetry(
    async () => {
      await pacing.limiter.acquire();
      return work();
    },
    {
      retries: (pacing.attempts ?? 5) - 1,
      minTimeout: pacing.minRetryMs ?? 500,
      factor: 2,
      randomize: true,
      shouldRetry: ({ error }) => isRetryable(error),
    },
  );
}

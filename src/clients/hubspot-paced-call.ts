import { setTimeout as sleep } from "node:timers/promises";
import pRetry from "p-retry";
import { BotError } from "../errors.js";
import type { Metrics } from "../metrics/metrics.js";
import { createRollingWindowLimiter, type RateLimiter } from "./rolling-window-limiter.js";
import {
  createSharedRollingWindowLimiter,
  type RateSlotPort,
} from "./shared-rolling-window-limiter.js";

/** The window HubSpot counts its burst limit over. */
const HUBSPOT_WINDOW_MS = 10_000;

/**
 * The limiter for everything the bot sends to HubSpot: `requests` (HUBSPOT_RATE_LIMIT) per rolling
 * 10 seconds, the window HubSpot counts its burst limit over.
 */
export function createHubSpotLimiter(requests: number): RateLimiter {
  return createRollingWindowLimiter({ requests, windowMs: HUBSPOT_WINDOW_MS });
}

/**
 * HubSpot limits CRM search on its own: about five requests a second per account, counted apart
 * from the 10-second limit (its spec marks search `x-hubspot-rate-limit-exemptions:
 * ["ten-secondly"]`), and answers 429 `SECONDLY` beyond it. The bot sends at most four a second:
 * the limit is the account's, shared with every other app that searches it.
 */
export const HUBSPOT_SEARCHES_PER_SECOND = 4;

/** Searches' window; see createHubSpotSearchLimiter for the margin. */
const SEARCH_WINDOW = { requests: HUBSPOT_SEARCHES_PER_SECOND, windowMs: 1000, marginMs: 250 };

/**
 * The limiter for every search the bot sends to HubSpot; built once, like the main limiter. The
 * quarter-second margin absorbs the jitter between when a search leaves and when HubSpot counts
 * it: over a one-second window, a few tens of milliseconds are enough to draw a 429.
 */
export function createHubSpotSearchLimiter(): RateLimiter {
  return createRollingWindowLimiter(SEARCH_WINDOW);
}

/** The names of HubSpot's two windows in a RateSlotPort: every replica uses these. */
export const SHARED_HUBSPOT_WINDOWS = { limiter: "hubspot", search: "hubspot-search" } as const;

/** HubSpot's two limiters, and how they pace. */
export interface HubSpotLimiters {
  readonly limiter: RateLimiter;
  readonly searchLimiter: RateLimiter;
  /** "shared": one budget through the port for every process on it; "in-memory": this process's. */
  readonly pacing: "shared" | "in-memory";
}

/**
 * HubSpot's limiters (the 10-second one of `requests`, and the search one). With `shared` (the
 * store, when replicas share a PostgreSQL database) every process takes its slots from one window
 * per limit, so two replicas together stay within HubSpot's limit instead of each sending the
 * whole of it. Without it, each is this process's own, in memory: right for one process alone.
 */
export function createHubSpotLimiters(requests: number, shared?: RateSlotPort): HubSpotLimiters {
  if (!shared)
    return {
      limiter: createHubSpotLimiter(requests),
      searchLimiter: createHubSpotSearchLimiter(),
      pacing: "in-memory",
    };
  return {
    limiter: createSharedRollingWindowLimiter(shared, {
      name: SHARED_HUBSPOT_WINDOWS.limiter,
      requests,
      windowMs: HUBSPOT_WINDOW_MS,
    }),
    searchLimiter: createSharedRollingWindowLimiter(shared, {
      name: SHARED_HUBSPOT_WINDOWS.search,
      ...SEARCH_WINDOW,
    }),
    pacing: "shared",
  };
}

/** How calls to HubSpot are paced and retried. */
export interface HubSpotPacing {
  /** Shared by everything the bot sends to HubSpot but searches (HUBSPOT_RATE_LIMIT per 10 s). */
  readonly limiter: RateLimiter;
  /**
   * Shared by every search the bot sends (see `HUBSPOT_SEARCHES_PER_SECOND`); searches do not
   * count against `limiter`. A port builds its own when not given.
   */
  readonly searchLimiter?: RateLimiter;
  /** Attempts per request for 429, 5xx and network errors (default 5). */
  readonly attempts?: number;
  /** First retry delay in ms; doubles with jitter (default 500). */
  readonly minRetryMs?: number;
  /**
   * How long a 429 of HubSpot's rolling 10-second limit is waited out before the next try
   * (default 10 s: the window; someone else using the app's allowance is why it came at all).
   */
  readonly rollingLimitWaitMs?: number;
  /** Counts HubSpot's 429s by the policy they name (`syncerror_hubspot_rate_limited_total`). */
  readonly metrics?: Pick<Metrics, "hubspotRateLimited">;
}

/** HubSpot's daily allowance is used up: nothing will pass before its midnight. */
export class HubSpotDailyLimitError extends BotError {
  override readonly name = "HubSpotDailyLimitError";
  constructor(options: { cause: unknown }) {
    super(
      "upstream_failed",
      "HubSpot's daily API limit is used up; it resets at midnight in the HubSpot account's time zone.",
      options,
    );
  }
}

/** The HTTP status the HubSpot client put on an error, if any. */
export const statusOf = (error: unknown): number | undefined => {
  const code = (error as { code?: unknown }).code;
  return typeof code === "number" ? code : undefined;
};

/** Which of HubSpot's limits a 429 names (`TEN_SECONDLY_ROLLING`, `SECONDLY`, `DAILY`). */
const policyOf = (error: unknown): string | undefined => {
  const body = (error as { body?: { policyName?: unknown } }).body;
  return typeof body?.policyName === "string" ? body.policyName : undefined;
};

/** 429 (but the daily one), 5xx and connection failures are worth another try. */
function isRetryable(error: unknown): boolean {
  const status = statusOf(error);
  if (status === 429) return policyOf(error) !== "DAILY";
  if (status !== undefined && status >= 500) return true;
  const code = (error as { code?: unknown }).code;
  return (
    typeof code === "string" &&
    /^(ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|UND_ERR_SOCKET)$/.test(code)
  );
}

/**
 * One HubSpot request, taking its turn in the shared limiter and retried with exponential backoff
 * and jitter. A 429 is waited out as its policy says: a second for the secondly limit, the rolling
 * window for the 10-second one; the daily one is not retried. The client itself is built with one
 * attempt and no limiter, so pacing and retries happen here, once, for setup checks and batches.
 */
export async function pacedHubSpotCall<T>(
  pacing: HubSpotPacing,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await pRetry(
      async () => {
        await pacing.limiter.acquire();
        try {
          return await work();
        } catch (error) {
          // Every 429, retried or not: how often the bot meets which of HubSpot's limits.
          if (statusOf(error) === 429)
            pacing.metrics?.hubspotRateLimited.inc({
              policy: (policyOf(error) ?? "unknown").toLowerCase(),
            });
          throw error;
        }
      },
      {
        retries: (pacing.attempts ?? 5) - 1,
        minTimeout: pacing.minRetryMs ?? 500,
        factor: 2,
        randomize: true,
        shouldRetry: ({ error }) => isRetryable(error),
        onFailedAttempt: async ({ error }) => {
          if (statusOf(error) !== 429 || !isRetryable(error)) return;
          const wait =
            policyOf(error) === "SECONDLY" ? 1000 : (pacing.rollingLimitWaitMs ?? 10_000);
          await sleep(wait);
        },
      },
    );
  } catch (error) {
    if (statusOf(error) === 429 && policyOf(error) === "DAILY") {
      throw new HubSpotDailyLimitError({ cause: error });
    }
    throw error;
  }
}

import type { WebClient } from "@slack/web-api";
import type { Catalog } from "../catalog/catalog.js";
import type { Logger } from "../logger.js";
import type { Store } from "../store/types.js";
import { composeDigest } from "./compose-digest.js";

/** How a digest slot ended. */
export type DigestOutcome =
  | { readonly status: "posted"; readonly ts: string }
  | { readonly status: "empty" }
  | { readonly status: "already" }
  | { readonly status: "failed"; readonly reason: string };

/** What posting a digest needs. */
export interface PostDigestOptions {
  readonly store: Store;
  readonly catalog: Catalog;
  /** A Web API client that rejects rate-limited calls (`rejectRateLimitedCalls`), so we wait here. */
  readonly client: WebClient;
  readonly channel: string;
  readonly slot: Date;
  readonly late: boolean;
  readonly timezone: string;
  readonly skipEmpty: boolean;
  readonly now: () => Date;
  readonly logger: Logger;
  /** Waits; injected so tests do not. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Posting attempts for failures other than rate limits (default 3). */
  readonly attempts?: number;
}

/** At most this many waits for Slack's rate limit before giving up on a slot. */
const MAX_RATE_LIMIT_WAITS = 5;

/**
 * Posts the digest for one slot, at most once: the slot is claimed in the store first, so a second
 * trigger (two at once, a restart, a catch-up) finds it taken and does nothing. Slack's
 * `ratelimited` answer is waited out (Retry-After); other failures are retried a few times, then
 * the slot is marked failed and logged.
 */
export async function postDigest(options: PostDigestOptions): Promise<DigestOutcome> {
  const { store, logger } = options;
  const fields = { slot: options.slot.toISOString(), channel: options.channel, late: options.late };
  const claim = store.claimDigest(options.slot, options.channel, options.late);
  if (!claim) {
    logger.info(fields, "digest already handled for this slot");
    return { status: "already" };
  }
  const { digest, message } = composeDigest({
    ...options,
    now: options.now(),
    skipEmpty: options.skipEmpty,
  });
  if (!message) {
    store.markDigestPosted(claim.id, {
      messageTs: "",
      postedAt: options.now(),
      counts: digest.totals,
    });
    logger.info(fields, "digest skipped: nothing new");
    return { status: "empty" };
  }

  const sleep =
    options.sleep ?? ((ms: number) => new Promise((resolve) => setTimeout(resolve, ms)));
  const attempts = options.attempts ?? 3;
  let failures = 0;
  let waits = 0;
  for (;;) {
    try {
      const result = await options.client.chat.postMessage({
        channel: options.channel,
        ...message,
      });
      const ts = String(result.ts);
      store.markDigestPosted(claim.id, {
        messageTs: ts,
        postedAt: options.now(),
        counts: digest.totals,
      });
      logger.info({ ...fields, ts, new: digest.totals.new }, "digest posted");
      return { status: "posted", ts };
    } catch (error) {
      const retryAfter = (error as { retryAfter?: number }).retryAfter;
      const code =
        (error as { code?: string; data?: { error?: string } }).data?.error ??
        (error as { code?: string }).code;
      if (typeof retryAfter === "number" && waits < MAX_RATE_LIMIT_WAITS) {
        waits++;
        logger.warn({ ...fields, retryAfter }, "digest rate limited; waiting");
        await sleep(retryAfter * 1000);
        continue;
      }
      failures++;
      // Errors Slack answers for a call it understood and refused (channel_not_found, not_in_channel,
      // invalid_auth…) will not pass on a retry; only transport and server errors are retried.
      const permanent =
        code === "slack_webapi_platform_error" ||
        typeof (error as { data?: unknown }).data === "object";
      if (permanent || failures >= attempts) {
        const reason = String(code ?? (error as Error).message);
        store.markDigestFailed(claim.id, reason);
        logger.error({ ...fields, err: error, reason }, "digest not posted");
        return { status: "failed", reason };
      }
      logger.warn({ ...fields, attempt: failures, reason: code }, "digest post failed; retrying");
      await sleep(2 ** failures * 1000);
    }
  }
}

import type { WebClient } from "@slack/web-api";
import type { Catalog } from "../catalog/catalog.js";
import type { Translator } from "../i18n/translator.js";
import type { Logger } from "../logger.js";
import {
  type DigestChannelAccess,
  inviteInstruction,
  NOT_INVITED_CODES,
} from "../slack/channel-access.js";
import { slackErrorCode } from "../slack/slack-error-code.js";
import type { DigestRecord, Store } from "../store/types.js";
import type { LateReason } from "./collect-digest.js";
import { composeDigest } from "./compose-digest.js";
import type { DigestScope } from "./digest-scope.js";

/** How a digest slot ended. */
export type DigestOutcome =
  | { readonly status: "posted"; readonly ts: string }
  | { readonly status: "empty" }
  | { readonly status: "already" }
  /** Slack refused it because the bot is not in the channel; it is posted once the bot is invited. */
  | { readonly status: "waiting"; readonly reason: string }
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
  /** Where what Slack says about the bot's membership of the channel is kept. */
  readonly access?: DigestChannelAccess;
  /** The channel's language (BOT_LANGUAGE); English when omitted. */
  readonly translator?: Translator;
  /** Which types the channel's digest shows (routing); every type when omitted. */
  readonly scope?: DigestScope;
}

/** At most this many waits for Slack's rate limit before giving up on a slot. */
const MAX_RATE_LIMIT_WAITS = 5;

/**
 * Posts the digest for one slot, at most once: the slot is claimed in the store first, so a second
 * trigger (two at once, a restart, a catch-up) finds it taken and does nothing. Slack's
 * `ratelimited` answer is waited out (Retry-After); other failures are retried a few times, then
 * the slot is marked failed and logged. A digest refused because the bot is not in the channel
 * waits in the store (`waitingDigest`) until the bot is invited.
 */
export async function postDigest(options: PostDigestOptions): Promise<DigestOutcome> {
  const { store, logger } = options;
  const fields = { slot: options.slot.toISOString(), channel: options.channel, late: options.late };
  const claim = await store.claimDigest(options.slot, options.channel, options.late);
  if (!claim) {
    logger.info(fields, "digest already handled for this slot");
    return { status: "already" };
  }
  return send(options, claim.id, options.late ? "not_running" : undefined, fields);
}

/**
 * The digest Slack refused for want of the bot in the channel, while it is still the channel's
 * latest slot; null otherwise. A later slot's digest counts from the last posted one, so it
 * covers what a refused digest before it would have shown: that one no longer waits.
 */
export async function waitingDigest(store: Store, channel: string): Promise<DigestRecord | null> {
  const latest = await store.latestDigest(channel);
  return latest?.status === "failed" && NOT_INVITED_CODES.includes(latest.failure ?? "")
    ? latest
    : null;
}

/**
 * Posts the waiting digest (see `waitingDigest`), marked as posted late for want of an invite.
 * The store hands it to one caller only, so the invite event, a retry and a restart racing each
 * other still post it once. Null when no digest waits or another caller took it.
 */
export async function postWaitingDigest(
  options: Omit<PostDigestOptions, "slot" | "late">,
): Promise<DigestOutcome | null> {
  const record = await waitingDigest(options.store, options.channel);
  if (!record || !(await options.store.reclaimDigest(record.id))) return null;
  const fields = { slot: record.slot.toISOString(), channel: options.channel, late: true };
  options.logger.info(fields, "posting the digest that waited for the bot to be invited");
  return send({ ...options, slot: record.slot, late: true }, record.id, "not_invited", fields);
}

async function send(
  options: PostDigestOptions,
  id: number,
  lateReason: LateReason | undefined,
  fields: Record<string, unknown>,
): Promise<DigestOutcome> {
  const { store, logger } = options;
  const { digest, message } = await composeDigest({
    ...options,
    now: options.now(),
    skipEmpty: options.skipEmpty,
    ...(lateReason ? { late: true, lateReason } : { late: false }),
  });
  if (!message) {
    await store.markDigestPosted(id, {
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
      await store.markDigestPosted(id, {
        messageTs: ts,
        postedAt: options.now(),
        counts: digest.totals,
      });
      options.access?.joined();
      logger.info({ ...fields, ts, new: digest.totals.new }, "digest posted");
      return { status: "posted", ts };
    } catch (error) {
      const retryAfter = (error as { retryAfter?: number }).retryAfter;
      const code = slackErrorCode(error) ?? (error as { code?: string }).code;
      if (typeof retryAfter === "number" && waits < MAX_RATE_LIMIT_WAITS) {
        waits++;
        logger.warn({ ...fields, retryAfter }, "digest rate limited; waiting");
        await sleep(retryAfter * 1000);
        continue;
      }
      failures++;
      if (code !== undefined && NOT_INVITED_CODES.includes(code)) {
        await store.markDigestFailed(id, code);
        options.access?.notInvited(code);
        logger.warn(
          { ...fields, reason: code },
          `digest not posted: the bot is not in the channel; ${inviteInstruction(options.channel, options.scope?.kind === "routed" ? "a channel of ROUTES_PATH" : "DIGEST_CHANNEL")} and it will be posted then`,
        );
        return { status: "waiting", reason: code };
      }
      // Errors Slack answers for a call it understood and refused (invalid_auth, is_archived…)
      // will not pass on a retry; only transport and server errors are retried.
      const permanent =
        code === "slack_webapi_platform_error" ||
        typeof (error as { data?: unknown }).data === "object";
      if (permanent || failures >= attempts) {
        const reason = String(code ?? (error as Error).message);
        await store.markDigestFailed(id, reason);
        logger.error({ ...fields, err: error, reason }, "digest not posted");
        return { status: "failed", reason };
      }
      logger.warn({ ...fields, attempt: failures, reason: code }, "digest post failed; retrying");
      await sleep(2 ** failures * 1000);
    }
  }
}

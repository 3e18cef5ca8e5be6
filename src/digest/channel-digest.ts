import { WebClient } from "@slack/web-api";
import type { Catalog } from "../catalog/catalog.js";
import type { DigestSettings } from "../config.js";
import type { Translator } from "../i18n/translator.js";
import type { Logger } from "../logger.js";
import type { Metrics } from "../metrics/metrics.js";
import { DigestChannelAccess } from "../slack/channel-access.js";
import type { Store } from "../store/types.js";
import { createDigestRunner, type DigestRunner } from "./digest-runner.js";

/** The digest of one channel: its Web API client, its runner and the bot's membership of it. */
export interface ChannelDigest {
  readonly client: WebClient;
  readonly runner: DigestRunner;
  readonly access: DigestChannelAccess;
}

/**
 * Builds the digest of `channel` as the bot runs it: with its own Web API client, which fails at
 * once on a rate limit and never retries (the runner waits out Slack's Retry-After and retries
 * itself, slot by slot), and one record of whether the bot is in the channel, shared by the runner,
 * the invite listener and `/syncerror status`.
 */
export function createChannelDigest(options: {
  readonly botToken: string;
  readonly slackApiUrl: string | undefined;
  readonly channel: string;
  readonly store: Store;
  readonly catalog: Catalog;
  readonly settings: DigestSettings;
  readonly logger: Logger;
  readonly now: () => Date;
  readonly sleep?: (ms: number) => Promise<void>;
  /** Counts digests posted and failed; nothing counted without. */
  readonly metrics?: Pick<Metrics, "digests">;
  /** The channel's language (BOT_LANGUAGE). */
  readonly translator?: Translator;
}): ChannelDigest {
  const client = new WebClient(options.botToken, {
    ...(options.slackApiUrl ? { slackApiUrl: options.slackApiUrl } : {}),
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
  });
  const access = new DigestChannelAccess(options.channel);
  const runner = createDigestRunner({
    store: options.store,
    catalog: options.catalog,
    client,
    channel: options.channel,
    settings: options.settings,
    now: options.now,
    logger: options.logger,
    access,
    ...(options.sleep ? { sleep: options.sleep } : {}),
    ...(options.metrics ? { metrics: options.metrics } : {}),
    ...(options.translator ? { translator: options.translator } : {}),
  });
  return { client, runner, access };
}

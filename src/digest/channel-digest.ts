import { WebClient } from "@slack/web-api";
import type { Catalog } from "../catalog/catalog.js";
import type { ChartRenderer } from "../charts/chart.js";
import type { DigestSettings } from "../config.js";
import type { Translator } from "../i18n/translator.js";
import type { Logger } from "../logger.js";
import type { Metrics } from "../metrics/metrics.js";
import type { Routing } from "../routing/routing.js";
import { DigestChannelAccess } from "../slack/channel-access.js";
import { createChartUploader } from "../slack/upload-chart.js";
import type { Store } from "../store/types.js";
import { createDigestRunner, type DigestRunner } from "./digest-runner.js";
import { type DigestScope, digestScopes } from "./digest-scope.js";

/** The digest of one channel: its Web API client, its runner and the bot's membership of it. */
export interface ChannelDigest {
  readonly channel: string;
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
  /** Which types the channel's digest shows (routing); every type when omitted. */
  readonly scope?: DigestScope;
  /** Draws the trend chart for the digest's thread (DIGEST_CHART); no chart when omitted. */
  readonly charts?: ChartRenderer | undefined;
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
    ...(options.scope ? { scope: options.scope } : {}),
    ...(options.charts && options.settings.chart !== "off"
      ? {
          chart: {
            renderer: options.charts,
            upload: createChartUploader(client, options.logger),
            setting: options.settings.chart,
          },
        }
      : {}),
  });
  return { channel: options.channel, client, runner, access };
}

/**
 * The digests the bot posts: DIGEST_CHANNEL's (`channel`) first, then one per channel the routing
 * sends types to, each with its own runner, slot claims and membership, so a routed channel
 * nobody invited the bot to waits for its invite without holding up the others.
 */
export function createChannelDigests(
  options: Omit<Parameters<typeof createChannelDigest>[0], "scope"> & {
    readonly routing?: Routing | undefined;
  },
): ChannelDigest[] {
  const { routing, ...common } = options;
  return digestScopes(routing, options.channel).map(({ channel, scope }) =>
    createChannelDigest({ ...common, channel, scope }),
  );
}

import type { WebClient } from "@slack/web-api";
import type { Catalog } from "../catalog/catalog.js";
import type { DigestSettings } from "../config.js";
import { type Translator, translator } from "../i18n/translator.js";
import type { Logger } from "../logger.js";
import type { Metrics } from "../metrics/metrics.js";
import type { DigestChannelAccess } from "../slack/channel-access.js";
import type { Store } from "../store/types.js";
import type { DigestScope } from "./digest-scope.js";
import { type DigestOutcome, postDigest, postWaitingDigest } from "./post-digest.js";
import { type DigestChart, postDigestChart } from "./post-digest-chart.js";
import { postWeeklySummary, type WeeklyOutcome } from "./post-weekly-summary.js";
import { latestSlot, slotMatcher } from "./schedule.js";

/** Everything the digest runs on; built in `src/main.ts`, local mode and tests. */
export interface DigestRunnerOptions {
  readonly store: Store;
  readonly catalog: Catalog;
  readonly client: WebClient;
  readonly channel: string;
  readonly settings: DigestSettings;
  readonly now: () => Date;
  readonly logger: Logger;
  readonly sleep?: (ms: number) => Promise<void>;
  /** Where what Slack says about the bot's membership of the channel is kept. */
  readonly access?: DigestChannelAccess;
  /** Counts digests posted and failed (`syncerror_digests_total`); nothing counted without. */
  readonly metrics?: Pick<Metrics, "digests">;
  /**
   * The channel's language (BOT_LANGUAGE), English when omitted. The digest still renders
   * English until its texts are in a catalog (issue 16); then it renders with this.
   */
  readonly translator?: Translator;
  /** Which types this channel's digest shows (routing); every type when omitted. */
  readonly scope?: DigestScope;
  /** The trend chart in the digest's thread (DIGEST_CHART); no chart when omitted. */
  readonly chart?: DigestChart;
}

/** The digest's entry points: the scheduled post, the catch-up at start, and a preview. */
export interface DigestRunner {
  /** Posts the digest of one slot, once; `late` marks a slot posted after its time. */
  post(slot: Date, late: boolean): Promise<DigestOutcome>;
  /**
   * Posts the channel's summary of the past week with the digest of `slot`, when it is a Monday's:
   * once per week and channel. The scheduler calls it after `post` at each slot.
   */
  postWeekly(slot: Date): Promise<WeeklyOutcome>;
  /**
   * Posts the weekly summary of the most recent slot the bot missed, if it was a Monday's, younger
   * than the catch-up window and its week was never handled; null when there is no such slot.
   */
  catchUpWeekly(): Promise<WeeklyOutcome | null>;
  /**
   * Posts the most recent slot the bot missed, if it is younger than the catch-up window and was
   * never handled; returns null when there is nothing to catch up.
   */
  catchUp(): Promise<DigestOutcome | null>;
  /**
   * Posts the digest Slack refused because the bot was not in the channel, if it still waits
   * (see `waitingDigest`): on the bot's invite, at start, and now and then until then. Null when
   * none waits. It goes out once, whichever trigger comes first.
   */
  postWaiting(): Promise<DigestOutcome | null>;
}

/** A slot posted this long after its time counts as late. */
const LATE_AFTER_MS = 60_000;

/** Builds the digest's entry points on `options`. */
export function createDigestRunner(options: DigestRunnerOptions): DigestRunner {
  const matches = slotMatcher(options.settings.schedule);
  // Only attempts count: a slot already handled, or one with nothing to say, posted nothing.
  // One refused for want of an invite failed (it is counted posted when it goes out later).
  const count = <T extends DigestOutcome | null>(outcome: T): T => {
    if (outcome?.status === "posted") options.metrics?.digests.inc({ outcome: "posted" });
    else if (outcome?.status === "failed" || outcome?.status === "waiting")
      options.metrics?.digests.inc({ outcome: "failed" });
    return outcome;
  };
  const postWeekly = (slot: Date) =>
    postWeeklySummary({ ...options, slot, timezone: options.settings.schedule.timezone });
  const timezone = options.settings.schedule.timezone;
  // The chart follows the digest this caller posted: once per slot and channel, as the digest.
  const withChart = async (slot: Date, outcome: DigestOutcome): Promise<DigestOutcome> => {
    if (options.chart && outcome.status === "posted")
      await postDigestChart({
        ...options,
        chart: options.chart,
        ts: outcome.ts,
        slot,
        timezone,
        translator: options.translator ?? translator("en"),
      });
    return outcome;
  };
  const post = (slot: Date, late: boolean) =>
    postDigest({
      ...options,
      slot,
      late,
      timezone,
      skipEmpty: options.settings.skipEmpty,
    })
      .then(count)
      .then((outcome) => withChart(slot, outcome));
  return {
    post,
    postWeekly,
    async catchUpWeekly() {
      const slot = latestSlot(matches, options.now(), options.settings.catchupHours);
      return slot ? postWeekly(slot) : null;
    },
    postWaiting: () =>
      postWaitingDigest({
        ...options,
        timezone: options.settings.schedule.timezone,
        skipEmpty: options.settings.skipEmpty,
      }).then(count),
    async catchUp() {
      const now = options.now();
      const slot = latestSlot(matches, now, options.settings.catchupHours);
      if (!slot || (await options.store.digestAt(slot, options.channel))) return null;
      return post(slot, now.getTime() - slot.getTime() > LATE_AFTER_MS);
    },
  };
}

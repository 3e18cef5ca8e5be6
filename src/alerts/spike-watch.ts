import type { AlertSettings } from "../config.js";
import type { Logger } from "../logger.js";
import { snoozesNow } from "../snooze/current-snoozes.js";
import { HOUR_MS } from "../store/alert-rows.js";
import type { Store } from "../store/types.js";
import { baselineHours, candidates, type Spike, type SpikeRule, spikesOf } from "./spike-rule.js";

/** The spike alerts' settings: the rule, the cooldown and the poll (ALERT_* in the configuration). */
export type SpikeAlertSettings = AlertSettings;

/**
 * The types not to alert on at `at`: snoozed and muted ones. A port: the snoozes are another
 * part's (issue 17); without it, none is quiet.
 */
export type QuietTypes = (at: Date) => Promise<ReadonlySet<string>>;

/** Where an alert went. */
export interface PostedAlert {
  readonly channel: string;
  readonly ts: string;
}

/** Posts a type's alert; null when it has nowhere to go (no routed channel, no DIGEST_CHANNEL). */
export type PostSpikeAlert = (spike: Spike, at: Date) => Promise<PostedAlert | null>;

/** What the watch runs on; built in `src/main.ts`, the sandboxed app and tests. */
export interface SpikeWatchOptions {
  readonly store: Store;
  readonly settings: SpikeAlertSettings;
  readonly now: () => Date;
  /** Types not to alert on; the snoozed and muted ones (the store's snoozes) when omitted. */
  readonly quietTypes?: QuietTypes;
  readonly post: PostSpikeAlert;
  readonly logger: Logger;
  /**
   * Told when the watch finds an import or scan it had not seen, or a resync job started or ended
   * (this process's, the command line's or another replica's, one resumed at start): the Home tabs
   * refresh then. Without it, the watch does not look at jobs.
   */
  readonly onActivity?: (() => void) | undefined;
}

/**
 * The spikes at `at`: each type's new errors in the hour up to `at` (counted from the errors)
 * against the median of its hours over the baseline days, the whole clock hours before the hour
 * that hour starts in (kept per hour by the store). The baseline is read only for the types with
 * enough new errors to spike.
 */
export async function findSpikes(
  store: Pick<Store, "newErrorsBetween" | "hourlyNewErrors">,
  at: Date,
  rule: SpikeRule,
): Promise<Spike[]> {
  const lastHour = await store.newErrorsBetween(new Date(at.getTime() - HOUR_MS), at);
  const over = candidates(lastHour, rule);
  if (over.length === 0) return [];
  const to = new Date(at.getTime() - HOUR_MS);
  const from = new Date(to.getTime() - baselineHours(rule) * HOUR_MS);
  return spikesOf(lastHour, await store.hourlyNewErrors(over, from, to), rule);
}

/**
 * Watches for spikes after each import or scan, wherever it ran: this process (its listeners call
 * `checkNow`), the command line or another replica (found by polling the latest import and scan).
 * Each spike of a type that is not quiet is claimed in the store first, so a type gets one alert
 * per cooldown however many replicas look; an alert Slack refused gives its claim back.
 */
export class SpikeWatch {
  /** The latest import and scan already checked, as "importId/scanId". */
  private seen: string | undefined;
  /**
   * The unfinished jobs at the last look, as their ids: one gone ended, one new started, wherever
   * it ran. One keyed read of a small table per poll: the cheapest way to see every job's end.
   */
  private jobsSeen: string | undefined;
  /** Checks run one at a time: a poll and an import's nudge at once check once. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: SpikeWatchOptions) {}

  /**
   * Checks for spikes when an import or scan happened since the last check (or none was made
   * yet), and alerts; returns the alerts posted. Safe to call from anywhere, at any time.
   */
  checkNow(): Promise<PostedAlert[]> {
    const run = this.queue.then(async () => {
      const { store, onActivity } = this.options;
      const [lastImport, lastScan, unfinished] = await Promise.all([
        store.lastImport(),
        store.lastScan(),
        onActivity ? store.unfinishedJobs() : undefined,
      ]);
      const marker = `${lastImport?.id ?? 0}/${lastScan?.id ?? 0}`;
      const jobs = unfinished
        ?.map((job) => job.id)
        .sort((a, b) => a - b)
        .join(",");
      // Not the first look at start: nothing new happened then, the Home tabs are current.
      const first = this.seen === undefined;
      if (!first && (marker !== this.seen || jobs !== this.jobsSeen)) onActivity?.();
      this.jobsSeen = jobs;
      if (marker === this.seen) return [];
      // Nothing imported or scanned yet: nothing to check, but the first import is then news.
      if (!lastImport && !lastScan) {
        this.seen = marker;
        return [];
      }
      const posted = await this.check(this.options.now());
      this.seen = marker;
      return posted;
    });
    this.queue = run.catch(() => {});
    return run;
  }

  /** Checks at `at` and alerts for each spike of a type that is not quiet and not cooling down. */
  async check(at: Date): Promise<PostedAlert[]> {
    const { store, settings, logger } = this.options;
    const spikes = await findSpikes(store, at, settings);
    if (spikes.length === 0) return [];
    const quiet = this.options.quietTypes
      ? await this.options.quietTypes(at)
      : new Set((await snoozesNow(store, at)).keys());
    const posted: PostedAlert[] = [];
    for (const spike of spikes) {
      if (quiet.has(spike.ruleId)) continue;
      const claimed = await store.claimSpikeAlert({ ...spike, at }, settings.cooldownMs);
      if (!claimed) continue;
      let where: PostedAlert | null = null;
      try {
        where = await this.options.post(spike, at);
      } catch (error) {
        logger.warn({ err: error, rule: spike.ruleId }, "could not post a spike alert");
      }
      if (!where) {
        // Given back, so the next check alerts once Slack takes it (an invite, a channel set).
        await store.releaseSpikeAlert(spike.ruleId, at);
        continue;
      }
      await store.markSpikeAlertPosted(spike.ruleId, at, where.channel, where.ts);
      logger.info(
        { rule: spike.ruleId, count: spike.count, usual: spike.usual, channel: where.channel },
        "spike alert posted",
      );
      posted.push(where);
    }
    return posted;
  }

  /** Resolves when no check runs (none queued either). */
  async idle(): Promise<void> {
    for (;;) {
      const queue = this.queue;
      await queue;
      if (queue === this.queue) return;
    }
  }

  /** Polls every `pollMs` until the returned stop is called (which waits for a check running). */
  start(): () => Promise<void> {
    const timer = setInterval(() => {
      this.checkNow().catch((error: unknown) =>
        this.options.logger.warn({ err: error }, "the spike check failed"),
      );
    }, this.options.settings.pollMs);
    timer.unref();
    return async () => {
      clearInterval(timer);
      await this.idle();
    };
  }
}

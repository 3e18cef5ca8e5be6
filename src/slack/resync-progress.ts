import type { WebClient } from "@slack/web-api";
import type { Catalog } from "../catalog/catalog.js";
import { offerLineCorrections } from "../corrections/correction-offers.js";
import type { Translator } from "../i18n/translator.js";
import type { Logger } from "../logger.js";
import { failuresByType } from "../resync/failures-by-type.js";
import type { ResyncJobs } from "../resync/resync-jobs.js";
import { HELD_BACK, offerForcedResync } from "../resync/resync-offers.js";
import type { SyncErrorRule } from "../rules/types.js";
import type { ResyncJob, Store } from "../store/types.js";
import type { SlackMessage } from "./blocks/index.js";
import type { SlackCorrections } from "./listeners/listener-deps.js";
import { errorMessage } from "./messages/error.js";
import { resyncProgressMessage, resyncSummaryMessage } from "./messages/resync-messages.js";
import type { PendingWork } from "./pending-work.js";

/** Slack asks apps to update a message at most about once a second; every 2 s is plenty to watch. */
export const PROGRESS_INTERVAL_MS = 2000;

/** What following a job's progress reads. */
export interface ProgressDeps {
  readonly store: Store;
  readonly catalog: Catalog;
  readonly logger: Logger;
  readonly now: () => Date;
  /** When set, the summary's failure lines offer "Not this type?" (checked again at the click). */
  readonly corrections?: SlackCorrections | undefined;
  /**
   * The language of the progress message and summary: the channel's (BOT_LANGUAGE), or the
   * person's where they go to one person only (the bot may not post in the channel).
   */
  readonly channelTranslator: Translator;
}

/** A job, how it ends, and the message that shows it. */
export interface FollowedJob {
  readonly rule: SyncErrorRule;
  readonly job: ResyncJob;
  readonly done: Promise<ResyncJob>;
  readonly message: { readonly channel: string; readonly ts: string };
}

/** The summary at a job's end, or the error in its place. */
export async function summaryOf(
  followed: Pick<FollowedJob, "rule" | "job" | "done">,
  deps: ProgressDeps,
): Promise<SlackMessage> {
  try {
    const finished = await followed.done;
    // Stopped between batches by a stopping process: the message keeps the progress so far, and
    // the next process, resuming the job, carries on in it to the summary.
    if (finished.status === "running") {
      return resyncProgressMessage(
        followed.rule,
        finished,
        await deps.store.jobBatches(finished.id),
        deps.channelTranslator,
      );
    }
    deps.logger.info(
      { job: finished.id, status: finished.status, ...finished.counts },
      "resync ended",
    );
    const records = await deps.store.jobRecords(finished.id);
    const held = records.filter((r) => r.status === "skipped" && r.skipped?.startsWith(HELD_BACK));
    const forceOffer =
      held.length > 0
        ? await offerForcedResync(deps.store, followed.rule, finished.id, held.length, deps.now())
        : undefined;
    const failures = failuresByType(records, deps.catalog);
    const corrections = deps.corrections
      ? await offerLineCorrections(
          deps.store,
          failures.map((f) => ({ shown: f.rule, message: f.sample })),
          deps.now(),
        )
      : [];
    return resyncSummaryMessage(
      followed.rule,
      finished,
      records,
      { failures, forceOffer, corrections },
      deps.channelTranslator,
    );
  } catch (error) {
    // Logged where the job ran; the channel sees it in place of the summary.
    return errorMessage(error, undefined, deps.channelTranslator);
  }
}

/**
 * Keeps a job's progress message current, at most every 2 seconds, and replaces it with the
 * summary at the end. Updates run one at a time and never hold the job up: the newest state wins.
 */
export async function keepProgressUpdated(
  client: WebClient,
  jobs: ResyncJobs,
  followed: FollowedJob,
  deps: ProgressDeps,
): Promise<void> {
  const { rule, job, message } = followed;
  let lastUpdate = deps.now().getTime();
  let updating: Promise<void> = Promise.resolve();
  const update = (content: SlackMessage) => {
    updating = updating
      .then(() => client.chat.update({ channel: message.channel, ts: message.ts, ...content }))
      .then(
        () => {},
        (error) => deps.logger.warn({ err: error, job: job.id }, "resync progress update failed"),
      );
    return updating;
  };
  const stopWatching = jobs.watch(job.id, async (current) => {
    const now = deps.now().getTime();
    if (now - lastUpdate < PROGRESS_INTERVAL_MS) return;
    lastUpdate = now;
    void update(
      resyncProgressMessage(
        rule,
        current,
        await deps.store.jobBatches(job.id),
        deps.channelTranslator,
      ),
    );
  });
  try {
    await update(await summaryOf(followed, deps));
  } finally {
    stopWatching();
  }
}

/**
 * Jobs resumed at start whose progress message was posted before the stop: that message goes on
 * showing their progress and ends with their summary, as if nothing had happened.
 */
export function followResumedJobs(
  client: WebClient,
  jobs: ResyncJobs,
  resumed: ReadonlyArray<{ readonly job: ResyncJob; readonly done: Promise<ResyncJob> }>,
  deps: ProgressDeps & {
    /** Tracks each message's last update, so a clean stop waits for it. */
    readonly pendingWork?: PendingWork;
  },
): void {
  for (const { job, done } of resumed) {
    const rule = deps.catalog.ruleById(job.ruleId);
    if (!job.progressMessage || !rule) continue;
    const following = keepProgressUpdated(
      client,
      jobs,
      { rule, job, done, message: job.progressMessage },
      deps,
    ).catch((error: unknown) =>
      deps.logger.error({ err: error, job: job.id }, "resync progress lost"),
    );
    deps.pendingWork?.add(following);
  }
}

import cron from "node-cron";
import type { DigestSettings } from "../config.js";
import type { Logger } from "../logger.js";
import type { DigestRunner } from "./digest-runner.js";
import { floorToMinute } from "./schedule.js";

/**
 * How often a digest that waits for the bot to be invited is tried again. The invite event posts
 * it at once; this catches an invite whose event never came (an install without the
 * member_joined_channel subscription, or the bot down at the time).
 */
const WAITING_RETRY_MS = 15 * 60 * 1000;

/**
 * Starts the digest schedule of every channel's digest (one without routing): first a digest that
 * waited for an invite, then the catch-up (node-cron does not run a slot the process was down
 * for), then node-cron at each slot, and a retry of a waiting digest every 15 minutes. A Monday's
 * slot also posts each channel's summary of the past week after its digest (a missed Monday slot's
 * catch-up too). Returns a stop function. Called only from `src/main.ts`.
 */
export async function scheduleDigest(
  runners: readonly DigestRunner[],
  settings: DigestSettings,
  logger: Logger,
): Promise<() => Promise<void>> {
  // A weekly summary that fails is logged; it never stops the digests.
  const weekly = async (work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (error) {
      logger.error({ err: error }, "weekly summary failed");
    }
  };
  // Each channel's digest (routing) on its own: one that fails or waits does not hold the others.
  const each = <T>(work: (runner: DigestRunner) => Promise<T>) => Promise.all(runners.map(work));
  await each(async (runner) => {
    const waited = await runner.postWaiting();
    if (waited) logger.info({ outcome: waited.status }, "waiting digest tried at start");
    const caught = await runner.catchUp();
    if (caught) logger.info({ outcome: caught.status }, "missed digest caught up");
    await weekly(() => runner.catchUpWeekly());
  });
  const retry = setInterval(() => {
    for (const runner of runners)
      runner.postWaiting().catch((error: unknown) => {
        logger.error({ err: error }, "retrying the waiting digest failed");
      });
  }, WAITING_RETRY_MS);
  retry.unref();
  const task = cron.schedule(
    settings.schedule.cron,
    async (context) => {
      const slot = floorToMinute(context.date);
      // The weekly summary after the digest, whatever the digest did: a quiet week is news too.
      await each(async (runner) => {
        await runner.post(slot, false);
        await weekly(() => runner.postWeekly(slot));
      });
    },
    { timezone: settings.schedule.timezone, name: "digest", noOverlap: true },
  );
  task.on("execution:missed", (context) => {
    // A sleeping laptop or a stalled process: post it late rather than lose it.
    logger.warn(
      { slot: context.date.toISOString() },
      "digest slot missed by the scheduler; catching up",
    );
    void each(async (runner) => {
      await runner.catchUp();
      await weekly(() => runner.catchUpWeekly());
    });
  });
  logger.info(
    {
      cron: settings.schedule.cron,
      timezone: settings.schedule.timezone,
      next: task.getNextRun()?.toISOString(),
    },
    "digest scheduled",
  );
  return async () => {
    clearInterval(retry);
    await task.destroy();
  };
}

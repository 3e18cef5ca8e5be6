import cron from "node-cron";
import type { DigestSettings } from "../config.js";
import type { Logger } from "../logger.js";
import type { DigestRunner } from "./digest-runner.js";
import { floorToMinute } from "./schedule.js";

/**
 * Starts the digest schedule: first the catch-up (node-cron does not run a slot the process was
 * down for), then node-cron at each slot. Returns a stop function. Called only from `src/main.ts`.
 */
export async function scheduleDigest(
  runner: DigestRunner,
  settings: DigestSettings,
  logger: Logger,
): Promise<() => Promise<void>> {
  const caught = await runner.catchUp();
  if (caught) logger.info({ outcome: caught.status }, "missed digest caught up");
  const task = cron.schedule(
    settings.schedule.cron,
    async (context) => {
      await runner.post(floorToMinute(context.date), false);
    },
    { timezone: settings.schedule.timezone, name: "digest", noOverlap: true },
  );
  task.on("execution:missed", (context) => {
    // A sleeping laptop or a stalled process: post it late rather than lose it.
    logger.warn(
      { slot: context.date.toISOString() },
      "digest slot missed by the scheduler; catching up",
    );
    void runner.catchUp();
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
    await task.destroy();
  };
}

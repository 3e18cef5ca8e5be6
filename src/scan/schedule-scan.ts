import cron from "node-cron";
import type { Logger } from "../logger.js";
import type { Scanner } from "./scanner.js";

/**
 * Scans on SCAN_CRON (hourly unless set). A slot that finds a scan still running (here, or on
 * another replica sharing the database: the scan lock) lets it be; a
 * failed scan is logged and the next slot tries again. Returns a stop function. Called only from
 * `src/main.ts`.
 */
export function scheduleScan(
  scanner: Scanner,
  expression: string,
  logger: Logger,
): () => Promise<void> {
  const task = cron.schedule(
    expression,
    async () => {
      try {
        const outcome = await scanner.request();
        if (outcome.kind === "running") logger.info({}, "scheduled scan skipped: one is running");
        if (outcome.kind === "running-elsewhere")
          logger.info({}, "scheduled scan skipped: one is running on another replica");
      } catch (error) {
        logger.error({ err: error }, "scheduled scan failed");
      }
    },
    { name: "scan", noOverlap: true },
  );
  logger.info({ cron: expression, next: task.getNextRun()?.toISOString() }, "scan scheduled");
  return async () => {
    await task.destroy();
  };
}

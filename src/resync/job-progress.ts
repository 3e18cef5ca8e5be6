import type { Translator } from "../i18n/translator.js";
import type { ResyncJob } from "../store/types.js";

/** How many of a job's batches there are and how many are settled (`Store.jobBatches`). */
export interface BatchProgress {
  readonly total: number;
  readonly settled: number;
}

/**
 * A running job's progress, counted as its summary counts them, so the last update and the
 * summary agree: "batch 2 of 30 · 182/3,000 records · 12 failed · 1 skipped". The batch is the one
 * being sent (batch 1 at the start, never 0); the records are all those requested, a record
 * counting once it is settled: accepted, failed, or skipped (held back by the check, or without
 * the id a resync needs). In the reader's language.
 */
export function jobProgressLine(job: ResyncJob, batches: BatchProgress, t: Translator): string {
  const c = job.counts;
  return t.t("resync.progressLine", {
    hasBatches: batches.total > 0 ? "yes" : "no",
    current: Math.min(batches.settled + 1, batches.total),
    batches: batches.total,
    settled: c.total - c.pending,
    total: c.total,
    failed: c.failed,
    skipped: c.skipped,
  });
}

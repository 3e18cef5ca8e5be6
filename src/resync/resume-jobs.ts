import type { Logger } from "../logger.js";
import { type ResyncRunDeps, runResyncJob } from "./run-resync-job.js";

/**
 * Finishes the jobs a stopped process left running, one after the other, at start. Records
 * confirmed before the stop are not sent again; the batch that was in flight is (the update is
 * idempotent). Each resumption is audited.
 */
export async function resumeUnfinishedJobs(
  deps: ResyncRunDeps & { readonly logger: Logger },
): Promise<number> {
  const jobs = deps.store.unfinishedJobs();
  for (const job of jobs) {
    deps.logger.info(
      { job: job.id, rule: job.ruleId, pending: job.counts.pending },
      "resuming resync job",
    );
    deps.store.audit({
      at: deps.now(),
      who: "syncerror",
      action: "resync.resume",
      ruleId: job.ruleId,
      jobId: job.id,
      count: job.counts.pending,
      outcome: "started",
      detail: "resumed at start",
    });
    const done = await runResyncJob(job.id, deps);
    const c = done.counts;
    deps.store.audit({
      at: deps.now(),
      who: "syncerror",
      action: "resync.finish",
      ruleId: done.ruleId,
      jobId: done.id,
      count: c.total,
      outcome: done.status,
      detail: `${c.accepted} accepted, ${c.failed} failed, ${c.skipped} skipped, ${c.pending} not sent${done.detail ? `: ${done.detail}` : ""}`,
    });
    deps.logger.info({ job: done.id, status: done.status, ...c }, "resync job finished");
  }
  return jobs.length;
}

import type { Logger } from "../logger.js";
import type { ResyncJob } from "../store/types.js";
import type { ResyncRunDeps } from "./run-resync-job.js";
import { runAudited } from "./start-resync.js";

/** Who the audit log names for work the bot does on its own. */
export const BOT_ACTOR = "syncerror";

/**
 * Finishes one job a stopped process left running. Records confirmed before the stop are not
 * sent again; the batch that was in flight is (the update is idempotent). Audited.
 */
export async function resumeJob(
  job: ResyncJob,
  deps: ResyncRunDeps & { readonly logger: Logger },
  /** Why, for the audit log: resumed at start, or taken over from a replica that stopped. */
  detail = "resumed at start",
): Promise<ResyncJob> {
  deps.logger.info(
    { job: job.id, rule: job.ruleId, pending: job.counts.pending },
    "resuming resync job",
  );
  await deps.store.audit({
    at: deps.now(),
    who: BOT_ACTOR,
    action: "resync.resume",
    ruleId: job.ruleId,
    jobId: job.id,
    count: job.counts.pending,
    outcome: "started",
    detail,
  });
  const done = await runAudited(job.id, BOT_ACTOR, deps);
  deps.logger.info(
    { job: done.id, status: done.status, ...done.counts },
    done.status === "running" ? "resync job left for the next process" : "resync job finished",
  );
  return done;
}

import type { Store } from "../store/types.js";
import type { RunningJobLeases } from "./metrics.js";

/**
 * The running resync jobs with the replica holding each one's lease: what the
 * `syncerror_resync_job_pending_records` gauge reads at each scrape. Every replica shows every
 * job (the store is shared), so any replica's scrape tells who runs what.
 */
export function runningJobLeases(
  store: Pick<Store, "unfinishedJobs" | "leaseOf">,
): RunningJobLeases {
  return async () => {
    const jobs = await store.unfinishedJobs();
    return await Promise.all(
      jobs.map(async (job) => ({
        job: job.id,
        rule: job.ruleId,
        owner: (await store.leaseOf(job.id))?.owner ?? "",
        pending: job.counts.pending,
      })),
    );
  };
}

import type { HubSpotResyncPort, RecordOutcome } from "../clients/hubspot-resync-port.js";
import type { HubSpotObjectType } from "../clients/hubspot-setup-port.js";
import type { SalesforceResyncPort } from "../clients/salesforce-resync-port.js";
import type { SalesforceObject } from "../clients/salesforce-setup-port.js";
import { BotError, userMessage } from "../errors.js";
import type { Logger } from "../logger.js";
import type { Metrics } from "../metrics/metrics.js";
import type { Preflight } from "../scan/preflight.js";
import type { ResyncJob, Store } from "../store/types.js";
import { claimLease, type JobLease, LeaseHeartbeat } from "./job-lease.js";
import { HELD_BACK } from "./resync-offers.js";

/** What running a job needs. */
export interface ResyncRunDeps {
  readonly store: Store;
  /** Undefined when HubSpot is not configured: its batches fail the job with that reason. */
  readonly hubspot: HubSpotResyncPort | undefined;
  readonly salesforce: SalesforceResyncPort | undefined;
  readonly triggers: { readonly hubspotProperty: string; readonly salesforceField: string };
  readonly now: () => Date;
  /**
   * Re-checks each batch's records just before it is sent, for types the scan can check; records
   * that would fail again are held back. Undefined: everything is sent (also `--force`).
   */
  readonly preflight?: Preflight | undefined;
  /** Called after every batch with the job's counts so far. */
  readonly onProgress?: (job: ResyncJob) => void | Promise<void>;
  /**
   * Asked before each batch: true once the process is stopping. The job then stops between
   * batches and stays `running`, its remaining records pending, for the next process to resume.
   */
  readonly stopping?: () => boolean;
  /** Counts batches and records sent, accepted and failed; nothing counted without. */
  readonly metrics?: Pick<Metrics, "resyncRecords" | "resyncBatches">;
  /**
   * This replica's lease on the jobs it runs: the job is claimed before its first batch (another
   * replica's live job is left alone and comes back still `running`), renewed as a heartbeat and
   * before each batch, and released on a stop. Without it (the CLI, local mode) nothing is claimed.
   */
  readonly lease?: JobLease | undefined;
  /** Says when a lease is lost or cannot be renewed. */
  readonly logger?: Logger | undefined;
}

/**
 * Sends a job's pending batches, one at a time, lowest first, and records each record's outcome
 * as its batch returns. It works from the store alone, so the same function resumes a job a
 * stopped process left running: settled records are not sent again, and the batch that was in
 * flight is sent again (setting the same trigger value is idempotent).
 */
export async function runResyncJob(jobId: number, deps: ResyncRunDeps): Promise<ResyncJob> {
  const { store, lease } = deps;
  const job = await store.job(jobId);
  if (!job) throw new Error(`no resync job ${jobId}`);
  if (lease && !(await claimLease(store, jobId, lease, deps.now))) {
    deps.logger?.info({ job: jobId }, "resync job is running on another replica: left to it");
    return job;
  }
  const heartbeat =
    lease && new LeaseHeartbeat(store, jobId, lease, deps.now, deps.logger ?? undefined);
  let finished = false;
  try {
    return await runClaimed(job, deps, heartbeat, async (status, reason) => {
      heartbeat?.end();
      const ended = await store.finishJob(jobId, status, deps.now(), reason);
      finished = true;
      return ended;
    });
  } finally {
    heartbeat?.end();
    // Stopped (or failed to record) while holding the job: another replica may take it at once.
    if (lease && heartbeat && !finished && !heartbeat.isLost())
      await store.releaseJob(jobId, lease.owner).catch((error: unknown) => {
        deps.logger?.warn({ err: error, job: jobId }, "releasing a resync job failed");
      });
  }
}

/** The batches of a job this replica holds (or, without a lease, simply runs). */
async function runClaimed(
  job: ResyncJob,
  deps: ResyncRunDeps,
  heartbeat: LeaseHeartbeat | undefined,
  finish: (status: "done" | "failed", reason?: string) => Promise<ResyncJob>,
): Promise<ResyncJob> {
  const { store } = deps;
  const jobId = job.id;
  for (;;) {
    if (deps.stopping?.()) return (await store.job(jobId)) as ResyncJob;
    // Taken over by another replica (this one was thought dead): it sends the rest, not this one.
    if (heartbeat && !(await heartbeat.renew())) return (await store.job(jobId)) as ResyncJob;
    const batch = await store.nextPendingBatch(jobId);
    if (batch.length === 0) return await finish("done");
    let outcomes: RecordOutcome[];
    let sending = batch;
    try {
      if (deps.preflight?.covers(job.ruleId)) {
        const held = await checkOrHoldBack(deps.preflight, job.ruleId, batch);
        if (held.size > 0) {
          await store.recordOutcomes(
            jobId,
            [...held].map(([fingerprint, reason]) => ({
              fingerprint,
              ok: false,
              heldBack: reason,
            })),
          );
          sending = batch.filter((r) => !held.has(r.fingerprint));
        }
      }
      const [first] = sending;
      if (!first) {
        await deps.onProgress?.((await store.job(jobId)) as ResyncJob);
        continue;
      }
      const ids = sending.map((r) => r.recordId);
      if (first.system === "hubspot") {
        if (!deps.hubspot)
          throw new BotError(
            "upstream_failed",
            "HubSpot is not configured (HUBSPOT_ACCESS_TOKEN).",
          );
        outcomes = await deps.hubspot.touch(
          first.object as HubSpotObjectType,
          ids,
          deps.triggers.hubspotProperty,
          job.triggerAt,
        );
      } else {
        if (!deps.salesforce)
          throw new BotError("upstream_failed", "Salesforce is not configured.");
        outcomes = await deps.salesforce.touch(
          first.object as SalesforceObject,
          ids,
          deps.triggers.salesforceField,
          job.triggerAt,
        );
      }
    } catch (error) {
      // The records of this and later batches stay pending: nothing is lost, and the job says why.
      const reason = error instanceof BotError ? error.message : String(error);
      return await finish("failed", reason);
    }
    // One CRM a batch: the system of its first record (sent, so never empty here).
    countBatch(deps.metrics, sending[0]?.system ?? "unknown", sending.length, outcomes);
    const fingerprints = new Map(sending.map((r) => [r.recordId, r.fingerprint]));
    await store.recordOutcomes(
      jobId,
      outcomes.map((o) => ({
        fingerprint: fingerprints.get(o.id) as string,
        ok: o.ok,
        ...(o.ok ? {} : { code: o.code, message: o.message }),
      })),
      deps.now(),
    );
    await deps.onProgress?.((await store.job(jobId)) as ResyncJob);
  }
}

/** A batch the CRM answered: one batch, its records sent, and each one's outcome. */
function countBatch(
  metrics: ResyncRunDeps["metrics"],
  system: string,
  sent: number,
  outcomes: readonly RecordOutcome[],
): void {
  if (!metrics) return;
  const accepted = outcomes.filter((o) => o.ok).length;
  metrics.resyncBatches.inc({ system });
  metrics.resyncRecords.inc({ system, outcome: "sent" }, sent);
  metrics.resyncRecords.inc({ system, outcome: "accepted" }, accepted);
  metrics.resyncRecords.inc({ system, outcome: "failed" }, outcomes.length - accepted);
}

/**
 * The preflight's verdict on a batch. When the check itself fails (the records or the metadata
 * could not be read), the whole batch is held back with that reason rather than sent unchecked or
 * failing the job: later batches still go, and `--force` sends these.
 */
async function checkOrHoldBack(
  preflight: Preflight,
  ruleId: string,
  batch: Parameters<Preflight["check"]>[1],
): Promise<ReadonlyMap<string, string>> {
  try {
    return await preflight.check(ruleId, batch);
  } catch (error) {
    const reason = `${HELD_BACK} the check before sending could not run: ${userMessage(error)}`;
    return new Map(batch.map((r) => [r.fingerprint, reason]));
  }
}

import type { Logger } from "../logger.js";
import type { Store } from "../store/types.js";

/**
 * How long a claim or a renewal holds a job. Renewed every third of it, so two renewals may fail
 * (a slow database) before the lease runs out; a replica that died leaves its jobs to the others
 * after at most this long (ResyncJobs.takeOverAbandoned looks as often).
 */
export const DEFAULT_LEASE_MS = 30_000;

/**
 * How often a replica looks for jobs whose replica died. A dead replica's lease runs out at most
 * one lease after its death (less: its last renewal came up to a third of a lease before); looking
 * every third of a lease, and at least every 5 s, takes the job over within the lease plus 5 s of
 * a kill -9 (issue 15's goal), however long the lease. A look is one small query.
 */
export function abandonedLookIntervalMs(leaseMs: number): number {
  return Math.max(100, Math.min(Math.floor(leaseMs / 3), 5_000));
}

/** A replica's hold on the resync jobs it runs (ResyncStore.claimJob). */
export interface JobLease {
  /** This replica's id, made once per process in src/main.ts: the jobs' lease owner. */
  readonly owner: string;
  /** How long a claim or a renewal holds a job (DEFAULT_LEASE_MS). */
  readonly ms: number;
  /**
   * True for an owner known to be gone (a process of this host that no longer runs; see
   * ownerIsGone in ../replica-id.ts): its job is taken at once, not after its lease.
   */
  readonly isGone?: (owner: string) => boolean;
}

/** Claims a running job for this replica; false when another replica holds a live lease on it. */
export async function claimLease(
  store: Store,
  jobId: number,
  lease: JobLease,
  now: () => Date,
): Promise<boolean> {
  const at = now();
  const until = new Date(at.getTime() + lease.ms);
  if (await store.claimJob(jobId, lease.owner, at, until)) return true;
  if (!lease.isGone) return false;
  const holder = await store.leaseOf(jobId);
  // Named in the claim, so a holder that renewed or changed meanwhile keeps the job.
  return holder !== null && lease.isGone(holder.owner)
    ? await store.claimJob(jobId, lease.owner, at, until, holder.owner)
    : false;
}

/**
 * Keeps a claimed job's lease alive while the job runs: renewed every third of the lease by a
 * timer (a batch may take longer than the lease) and before each batch by the runner. Once a
 * renewal says the lease is gone, another replica took the job over: this one must not send.
 */
export class LeaseHeartbeat {
  private lost = false;
  private ended = false;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly store: Store,
    private readonly jobId: number,
    private readonly lease: JobLease,
    private readonly now: () => Date,
    private readonly logger: Logger | undefined,
  ) {
    this.timer = setInterval(() => void this.renew(), Math.max(1, Math.floor(lease.ms / 3)));
    // A heartbeat never keeps the process alive on its own.
    this.timer.unref();
  }

  /** Renews the lease; false once it is lost (then for good). A failed renewal is retried later. */
  async renew(): Promise<boolean> {
    if (this.lost || this.ended) return !this.lost;
    try {
      const until = new Date(this.now().getTime() + this.lease.ms);
      const held = await this.store.renewLease(this.jobId, this.lease.owner, until);
      // A renewal answered after the job finished here says nothing about another replica.
      if (!held && !this.ended) {
        this.lost = true;
        this.logger?.warn(
          { job: this.jobId, replica: this.lease.owner },
          "resync job taken over by another replica: this one stops sending",
        );
      }
    } catch (error) {
      // The database is away for a moment: the lease runs on until it expires, and if another
      // replica takes the job meanwhile the next renewal says so.
      this.logger?.warn({ err: error, job: this.jobId }, "renewing a resync job's lease failed");
    }
    return !this.lost;
  }

  /** True once another replica took the job over. */
  isLost(): boolean {
    return this.lost;
  }

  /** Stops renewing: the job ended here, or is released. */
  end(): void {
    this.ended = true;
    clearInterval(this.timer);
  }
}

import type { Translator } from "../i18n/translator.js";
import type { Logger } from "../logger.js";
import type { SyncErrorRule } from "../rules/types.js";
import type { ObservedErrorWithFingerprint, ResyncJob } from "../store/types.js";
import { abandonedLookIntervalMs, claimLease, type JobLease } from "./job-lease.js";
import { resumeJob } from "./resume-jobs.js";
import { beginResync, runAudited, type StartResyncDeps } from "./start-resync.js";

/** What asking for a resync led to. */
export type ResyncRequest =
  | {
      /** A new job; `done` settles when it has run. */
      readonly kind: "started";
      readonly job: ResyncJob;
      readonly done: Promise<ResyncJob>;
    }
  | {
      /**
       * The type's job that was already running: a double click, a click delivered twice, a
       * second person. `done` is undefined when another process runs it.
       */
      readonly kind: "running";
      readonly job: ResyncJob;
      readonly done: Promise<ResyncJob> | undefined;
    };

/** A job resumed or taken over here, and how it ends. */
export interface ResumedJob {
  readonly job: ResyncJob;
  readonly done: Promise<ResyncJob>;
}

/** Called with the job's counts after each batch. */
export type ProgressWatcher = (job: ResyncJob) => void | Promise<void>;

/** What the registry runs with. */
export interface ResyncJobsDeps extends Omit<StartResyncDeps, "onProgress"> {
  readonly logger: Logger;
  /** This replica's lease on its jobs; without it (one process alone) nothing is claimed. */
  readonly lease?: JobLease | undefined;
}

/**
 * The bot's resync jobs in this process: at most one per error type. The store's unique running
 * job per type guards across processes; this registry also covers the seconds in which a request
 * is still checking the setup, so a double click costs no second round of checks, and it lets the
 * message that started a job follow its progress.
 */
export class ResyncJobs {
  private readonly active = new Map<string, Promise<ResyncRequest>>();
  private readonly watchers = new Map<number, Set<ProgressWatcher>>();
  private stopped = false;
  /** Resumed and taken-over jobs run one after the other. */
  private chain: Promise<unknown> = Promise.resolve();
  private readonly stopping = () => this.stopped;

  constructor(readonly deps: ResyncJobsDeps) {}

  /** Starts a job over these errors of the type, or returns the type's running job. */
  async request(
    rule: SyncErrorRule,
    errors: readonly ObservedErrorWithFingerprint[],
    requestedBy: string,
    options: {
      readonly force?: boolean;
      /** Sends the records resynced within the cooldown too ("Resync anyway"). */
      readonly resendRecent?: boolean;
      /** The language a refusal names the type in (the person's); English by default. */
      readonly names?: Translator;
    } = {},
  ): Promise<ResyncRequest> {
    const pending = this.active.get(rule.id);
    if (pending) {
      // A refusal of the first request is this one's answer too.
      const first = await pending;
      return { kind: "running", job: await this.current(first.job), done: first.done };
    }
    const starting = this.begin(rule, errors, requestedBy, {
      force: options.force === true,
      resendRecent: options.resendRecent === true,
      names: options.names,
    });
    this.active.set(rule.id, starting);
    try {
      const outcome = await starting;
      if (outcome.done) {
        const forget = () => {
          if (this.active.get(rule.id) === starting) this.active.delete(rule.id);
        };
        outcome.done.then(forget, forget);
      } else {
        this.active.delete(rule.id);
      }
      return outcome;
    } catch (error) {
      this.active.delete(rule.id);
      throw error;
    }
  }

  /** True while a job of this registry is starting or running. */
  running(): boolean {
    return this.active.size > 0;
  }

  /** Settles when no job of this registry is starting or running (for a clean stop). */
  async idle(): Promise<void> {
    while (this.running()) {
      const outcomes = await Promise.allSettled([...this.active.values()]);
      await Promise.allSettled(
        outcomes.flatMap((o) => (o.status === "fulfilled" && o.value.done ? [o.value.done] : [])),
      );
    }
  }

  /**
   * For a clean stop: every job of this registry stops before its next batch, the batch in flight
   * answered and recorded, and stays `running` in the store for the next process to resume (see
   * `resumeUnfinished`). Settles when none runs here any more.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.idle();
  }

  /** Follows a job's progress; returns the function that stops following. */
  watch(jobId: number, watcher: ProgressWatcher): () => void {
    const set = this.watchers.get(jobId) ?? new Set();
    set.add(watcher);
    this.watchers.set(jobId, set);
    return () => set.delete(watcher);
  }

  /**
   * Finishes, one after the other, the jobs a stopped process left running; each is registered
   * at once, so a click on its type meanwhile shows it rather than starting another. Returns the
   * jobs with their `done`, for whoever reports on them (their Slack progress message). With a
   * lease, only the jobs this replica can claim: another replica's live jobs are left to it.
   */
  async resumeUnfinished(): Promise<ReadonlyArray<ResumedJob>> {
    return await this.takeOver("resumed at start");
  }

  /**
   * Takes over the running jobs whose lease expired (their replica died without a clean stop) or
   * that a stopping replica released, and finishes them like `resumeUnfinished`. Called by
   * `watchForAbandoned`.
   */
  async takeOverAbandoned(): Promise<ReadonlyArray<ResumedJob>> {
    return await this.takeOver("taken over from a replica that stopped");
  }

  /**
   * Looks for abandoned jobs every third of a lease, at most 5 s apart (abandonedLookIntervalMs),
   * and hands the ones taken over to `onTakenOver` (which follows their progress messages).
   * Returns the function that stops it. Without a lease there is nothing to look for.
   */
  watchForAbandoned(onTakenOver: (jobs: ReadonlyArray<ResumedJob>) => void): () => void {
    const { lease } = this.deps;
    if (!lease) return () => {};
    let looking = false;
    const timer = setInterval(() => {
      // A slow database must not pile up looks.
      if (looking || this.stopped) return;
      looking = true;
      this.takeOverAbandoned()
        .then((jobs) => {
          if (jobs.length > 0) onTakenOver(jobs);
        })
        .catch((error: unknown) =>
          this.deps.logger.warn({ err: error }, "looking for abandoned resync jobs failed"),
        )
        .finally(() => {
          looking = false;
        });
    }, abandonedLookIntervalMs(lease.ms));
    timer.unref();
    return () => clearInterval(timer);
  }

  private async takeOver(detail: string): Promise<ReadonlyArray<ResumedJob>> {
    if (this.stopped) return [];
    const { lease, store } = this.deps;
    const claimed: ResyncJob[] = [];
    for (const job of await store.unfinishedJobs()) {
      // Running here already (started, resumed or taken over by this replica).
      if (this.active.has(job.ruleId)) continue;
      if (lease && !(await claimLease(store, job.id, lease, this.deps.now))) continue;
      claimed.push(job);
    }
    return claimed.map((job) => {
      // One after the other; a job whose turn comes after a stop is left as it is, unresumed and
      // unaudited. One waiting its turn is claimed again then (its first lease may have run out).
      const done = this.chain.then(async () =>
        this.stopped
          ? await this.leave(job)
          : await resumeJob(
              job,
              { ...this.deps, onProgress: (j) => this.notify(j), stopping: this.stopping },
              detail,
            ),
      );
      this.chain = done.catch(() => {});
      this.active.set(job.ruleId, Promise.resolve({ kind: "running", job, done }));
      const forget = () => {
        this.active.delete(job.ruleId);
        this.watchers.delete(job.id);
      };
      done.then(forget, forget);
      done.catch((error) =>
        this.deps.logger.error({ err: error, job: job.id }, "resuming a resync job failed"),
      );
      return { job, done };
    });
  }

  private async begin(
    rule: SyncErrorRule,
    errors: readonly ObservedErrorWithFingerprint[],
    requestedBy: string,
    {
      force,
      resendRecent,
      names,
    }: {
      readonly force: boolean;
      readonly resendRecent: boolean;
      readonly names: Translator | undefined;
    },
  ): Promise<ResyncRequest> {
    const { job, started } = await beginResync(rule, errors, requestedBy, this.deps, {
      resendRecent,
      ...(names ? { names } : {}),
    });
    // Started with this replica's lease (beginResync), so no other replica takes it meanwhile.
    if (!started) return { kind: "running", job, done: undefined };
    const done = runAudited(job.id, requestedBy, {
      ...this.deps,
      // Forced: sent as they are, without the preflight's re-check.
      ...(force ? { preflight: undefined } : {}),
      onProgress: (j) => this.notify(j),
      stopping: this.stopping,
    }).finally(() => this.watchers.delete(job.id));
    // The caller awaits `done`; this only keeps a failure from going unhandled when nobody does.
    done.catch((error) => this.deps.logger.error({ err: error, job: job.id }, "resync job failed"));
    return { kind: "started", job, done };
  }

  /** A claimed job whose turn came after a stop: released, so another replica takes it at once. */
  private async leave(job: ResyncJob): Promise<ResyncJob> {
    const { lease, store } = this.deps;
    if (lease) await store.releaseJob(job.id, lease.owner);
    return job;
  }

  private async current(job: ResyncJob): Promise<ResyncJob> {
    return (await this.deps.store.job(job.id)) ?? job;
  }

  private async notify(job: ResyncJob): Promise<void> {
    for (const watcher of this.watchers.get(job.id) ?? []) {
      try {
        await watcher(job);
      } catch (error) {
        // A progress message that cannot be updated must not stop the resync.
        this.deps.logger.warn({ err: error, job: job.id }, "resync progress update failed");
      }
    }
  }
}

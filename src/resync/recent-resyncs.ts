import type { SyncErrorRule } from "../rules/types.js";
import type { ObservedErrorWithFingerprint, Store } from "../store/types.js";
import { resyncTarget } from "./plan-resync.js";

/** A job that resynced some of the records asked for again, within the cooldown. */
export interface RecentJob {
  readonly jobId: number;
  readonly requestedBy: string;
  /** When it last sent one of them. */
  readonly sentAt: Date;
  /** How many of the records asked for it sent. */
  readonly count: number;
}

/** The errors whose records a job resynced within the cooldown, and those jobs. */
export interface RecentResyncs {
  /** Fingerprint → why it is skipped: "resynced 3 minutes ago by @U0ANN (job 4)". */
  readonly reasons: ReadonlyMap<string, string>;
  /** Latest first. */
  readonly jobs: readonly RecentJob[];
}

export const NO_RECENT: RecentResyncs = { reasons: new Map(), jobs: [] };

/**
 * Which of these errors' records a job sent, and had accepted, within `cooldownMs` of `now`: a
 * second resync right after one finished would mark them again for nothing, the integration not
 * having had the time to sync them. A cooldown of 0 finds none.
 */
export async function findRecentResyncs(
  store: Store,
  rule: SyncErrorRule,
  errors: readonly ObservedErrorWithFingerprint[],
  now: Date,
  cooldownMs: number,
): Promise<RecentResyncs> {
  if (cooldownMs <= 0 || errors.length === 0) return NO_RECENT;
  const targets = new Map<string, string[]>();
  for (const error of errors) {
    const target = resyncTarget(rule, error);
    if ("skipped" in target) continue;
    const key = `${target.system}|${target.id}`;
    targets.set(key, [...(targets.get(key) ?? []), error.fingerprint]);
  }
  const found = await store.recentlyResynced(
    [...targets.keys()].map((key) => {
      const [system, recordId = ""] = key.split("|") as ["hubspot" | "salesforce", string];
      return { system, recordId };
    }),
    new Date(now.getTime() - cooldownMs),
  );
  const jobs = new Map<number, { requestedBy: string; sentAt: Date; fingerprints: string[] }>();
  for (const r of found) {
    const job = jobs.get(r.jobId) ?? {
      requestedBy: r.requestedBy,
      sentAt: r.sentAt,
      fingerprints: [],
    };
    if (r.sentAt > job.sentAt) job.sentAt = r.sentAt;
    job.fingerprints.push(...(targets.get(`${r.system}|${r.recordId}`) ?? []));
    jobs.set(r.jobId, job);
  }
  const reasons = new Map<string, string>();
  const list: RecentJob[] = [];
  for (const [jobId, job] of jobs) {
    const reason = recentReason({ jobId, ...job }, now);
    for (const fingerprint of job.fingerprints) reasons.set(fingerprint, reason);
    list.push({
      jobId,
      requestedBy: job.requestedBy,
      sentAt: job.sentAt,
      count: job.fingerprints.length,
    });
  }
  list.sort((a, b) => b.sentAt.getTime() - a.sentAt.getTime());
  return { reasons, jobs: list };
}

/** "resynced 3 minutes ago by @U0ANN (job 4)": Slack renders the @ of a user id as a mention. */
export function recentReason(
  job: Pick<RecentJob, "jobId" | "requestedBy" | "sentAt">,
  now: Date,
): string {
  return `resynced ${timeAgo(job.sentAt, now)} by ${whoStarted(job.requestedBy)} (job ${job.jobId})`;
}

/** "@U0ANN" for a Slack user, "the CLI" for the terminal. */
export function whoStarted(requestedBy: string): string {
  if (requestedBy === "cli") return "the CLI";
  return /^[UW][A-Z0-9]{2,}$/.test(requestedBy) ? `@${requestedBy}` : requestedBy;
}

/** "just now", "1 minute ago", "3 minutes ago", "2 hours ago", "3 days ago". */
export function timeAgo(then: Date, now: Date): string {
  const seconds = Math.max(0, Math.floor((now.getTime() - then.getTime()) / 1000));
  if (seconds < 60) return "just now";
  const [amount, unit] =
    seconds < 3600
      ? [Math.floor(seconds / 60), "minute"]
      : seconds < 86_400
        ? [Math.floor(seconds / 3600), "hour"]
        : [Math.floor(seconds / 86_400), "day"];
  return `${amount} ${unit}${amount === 1 ? "" : "s"} ago`;
}

/**
 * "1,000 of 1,200 were resynced 3 minutes ago by @U0ANN (job 4)"; with several jobs, "5 of 9
 * were resynced within the cooldown: 3 resynced 3 minutes ago by … (job 4); 2 resynced …".
 */
export function recentSummary(recent: RecentResyncs, total: number, now: Date): string {
  const n = (value: number) => value.toLocaleString("en");
  const count = recent.reasons.size;
  const head =
    count === total
      ? total === 1
        ? "It was"
        : `All ${n(total)} were`
      : `${n(count)} of ${n(total)} ${count === 1 ? "was" : "were"}`;
  const [only, ...more] = recent.jobs;
  if (only && more.length === 0) return `${head} ${recentReason(only, now)}`;
  const clauses = recent.jobs.map((job) => `${n(job.count)} ${recentReason(job, now)}`);
  return `${head} resynced within the cooldown: ${clauses.join("; ")}`;
}

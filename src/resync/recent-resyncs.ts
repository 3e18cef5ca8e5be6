import { type Translator, translator } from "../i18n/translator.js";
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

/**
 * "resynced 3 minutes ago by @U0ANN (job 4)": the reason a skipped record is stored with, in
 * English (the database, the audit and `--json` keep it stable); `sayRecentReason` says it in a
 * reader's language. Slack renders the @ of a user id as a mention.
 */
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

/** How long ago, as a unit and an amount of it: what `timeAgo` and the catalog both say. */
export interface Ago {
  readonly unit: "now" | "minute" | "hour" | "day";
  readonly amount: number;
}

/** How long before `now` `then` was, in the largest whole unit (under a minute is "now"). */
export function agoOf(then: Date, now: Date): Ago {
  const seconds = Math.max(0, Math.floor((now.getTime() - then.getTime()) / 1000));
  if (seconds < 60) return { unit: "now", amount: 0 };
  if (seconds < 3600) return { unit: "minute", amount: Math.floor(seconds / 60) };
  if (seconds < 86_400) return { unit: "hour", amount: Math.floor(seconds / 3600) };
  return { unit: "day", amount: Math.floor(seconds / 86_400) };
}

/** "just now", "1 minute ago", "3 minutes ago", "2 hours ago", "3 days ago". */
export function timeAgo(then: Date, now: Date): string {
  const { unit, amount } = agoOf(then, now);
  if (unit === "now") return "just now";
  return `${amount} ${unit}${amount === 1 ? "" : "s"} ago`;
}

/** The catalog's values for who started a job: `by` is "cli" for the terminal. */
function byValues(requestedBy: string): { by: string; who: string } {
  return requestedBy === "cli"
    ? { by: "cli", who: "" }
    : { by: "user", who: whoStarted(requestedBy) };
}

/** `recentReason` in the reader's language. */
export function sayRecentReason(
  job: Pick<RecentJob, "jobId" | "requestedBy" | "sentAt">,
  now: Date,
  t: Translator,
): string {
  return t.t("resync.recentReason", {
    ...agoOf(job.sentAt, now),
    ...byValues(job.requestedBy),
    job: job.jobId,
  });
}

const STORED_RECENT = /^resynced (?:just now|(\d+) (minute|hour|day)s? ago) by (.+) \(job (\d+)\)$/;

/**
 * A stored `recentReason` in the reader's language (the time as it was when the job was
 * planned); undefined when `stored` is not one.
 */
export function sayStoredRecentReason(stored: string, t: Translator): string | undefined {
  const match = STORED_RECENT.exec(stored);
  if (!match) return undefined;
  const [, amount, unit, who = "", job = ""] = match;
  return t.t("resync.recentReason", {
    unit: unit ?? "now",
    amount: Number(amount ?? 0),
    ...(who === "the CLI" ? { by: "cli", who: "" } : { by: "user", who }),
    job,
  });
}

/** Which records of how many were resynced lately: the head of a sentence about them. */
function headOf(count: number, total: number): { head: string; count: number; total: number } {
  return { head: count === total ? (total === 1 ? "it" : "all") : "some", count, total };
}

/**
 * "1,000 of 1,200 were resynced 3 minutes ago by @U0ANN (job 4)"; with several jobs, "5 of 9
 * were resynced within the cooldown: 3 resynced 3 minutes ago by … (job 4); 2 resynced …". In
 * the reader's language (English when `t` is not given).
 */
export function recentSummary(
  recent: RecentResyncs,
  total: number,
  now: Date,
  t: Translator = translator("en"),
): string {
  const head = headOf(recent.reasons.size, total);
  const [only, ...more] = recent.jobs;
  if (only && more.length === 0)
    return t.t("resync.recentOne", { ...head, reason: sayRecentReason(only, now, t) });
  const clauses = recent.jobs.map((job) =>
    t.t("resync.recentClause", { count: job.count, reason: sayRecentReason(job, now, t) }),
  );
  return t.t("resync.recentMany", { ...head, clauses: clauses.join("; ") });
}

/**
 * Why a resync was refused because every record was resynced within the cooldown, as a catalog
 * message: the latest job named (with several, "within the cooldown, last …").
 */
export function recentRefusal(
  recent: RecentResyncs,
  total: number,
  now: Date,
): { readonly key: "resync.refusedRecent"; readonly values: Record<string, string | number> } {
  const [latest] = recent.jobs;
  return {
    key: "resync.refusedRecent",
    values: {
      ...headOf(recent.reasons.size, total),
      jobs: recent.jobs.length,
      ...(latest
        ? { ...agoOf(latest.sentAt, now), ...byValues(latest.requestedBy), job: latest.jobId }
        : { unit: "now", amount: 0, by: "user", who: "", job: "" }),
    },
  };
}

import type { Catalog } from "../catalog/catalog.js";
import { ruleWords } from "../catalog/labels.js";
import type { HubSpotSetupPort } from "../clients/hubspot-setup-port.js";
import type { SalesforceResyncPort } from "../clients/salesforce-resync-port.js";
import type { SalesforceSetupPort } from "../clients/salesforce-setup-port.js";
import { BotError, type ErrorText, type UserText } from "../errors.js";
import { type Translator, translator } from "../i18n/translator.js";
import type { SyncErrorRule } from "../rules/types.js";
import type { ObservedErrorWithFingerprint, ResyncJob, ResyncRecordPlan } from "../store/types.js";
import { checkSetup } from "./check-setup.js";
import { claimLease } from "./job-lease.js";
import { batchCounts, planResync } from "./plan-resync.js";
import {
  findRecentResyncs,
  NO_RECENT,
  type RecentResyncs,
  recentRefusal,
} from "./recent-resyncs.js";
import { recordTriggerChecks } from "./record-trigger-checks.js";
import { type ResyncRunDeps, runResyncJob } from "./run-resync-job.js";

/** A resync was refused before anything was sent: why, in the admin's terms and language. */
export class ResyncRefusedError extends BotError {
  override readonly name = "ResyncRefusedError";
  constructor(text: ErrorText) {
    super("resync_refused", text);
  }
}

/** A type's name as the errors say it: in `names`'s language, without a trailing "error". */
function typeIn(rule: SyncErrorRule, names: Translator | undefined): string {
  return ruleWords(names ?? translator("en"))
    .name(rule)
    .trim()
    .replace(/\s+errors?$/i, "");
}

/** What starting a resync needs, besides running it. */
export interface StartResyncDeps extends ResyncRunDeps {
  readonly catalog: Catalog;
  readonly setup: {
    readonly hubspot: HubSpotSetupPort | undefined;
    readonly salesforce: SalesforceSetupPort | undefined;
  };
  /** RESYNC_SALESFORCE_RESERVE: the share of the daily API allocation a job must leave (0.2). */
  readonly salesforceReserve: number;
  /** RESYNC_COOLDOWN: records sent this recently are skipped unless forced; 0 or unset, never. */
  readonly cooldownMs?: number;
}

/** The outcome of a request to resync a type. */
export type StartOutcome =
  | {
      readonly kind: "dry-run";
      readonly rule: SyncErrorRule;
      readonly plan: readonly ResyncRecordPlan[];
    }
  | {
      /**
       * Ran to its end here; or, with `job.status` still `running`, stopped here because another
       * process sharing the database took it over (this one's lease ran out).
       */
      readonly kind: "finished";
      readonly rule: SyncErrorRule;
      readonly job: ResyncJob;
      readonly resumed: boolean;
    }
  | {
      /** The type's job is running in another process that holds its lease: nothing sent here. */
      readonly kind: "running-elsewhere";
      readonly rule: SyncErrorRule;
      readonly job: ResyncJob;
    };

/**
 * Finds the one error type a person names, or refuses with the nearest names (in `names`'s
 * language, the person's; English by default).
 */
export function resolveRule(catalog: Catalog, query: string, names?: Translator): SyncErrorRule {
  const { match, suggestions } = catalog.explain(query);
  if (match && match.confidence >= 0.9) return match.rule;
  const words = ruleWords(names ?? translator("en"));
  const nearest = suggestions.map((s) => words.name(s.rule)).join(", ");
  throw new ResyncRefusedError({
    key: "resync.noMatch",
    values: { query, nearest, hasNearest: nearest ? "yes" : "no" },
  });
}

/**
 * Resyncs the open errors of one type: plans the batches, and unless this is a dry run, checks
 * that the triggers exist and that Salesforce's daily allocation can spare the calls, starts the
 * job (or picks up the type's unfinished one), runs it to the end and audits both ends.
 */
export async function startResync(
  query: string,
  options: {
    readonly requestedBy: string;
    readonly dryRun: boolean;
    /** Sends the records resynced within the cooldown too (`--force`). */
    readonly resendRecent?: boolean;
    /** The language a refusal names error types in (the reader's); English by default. */
    readonly names?: Translator;
  },
  deps: StartResyncDeps,
): Promise<StartOutcome> {
  const rule = resolveRule(deps.catalog, query, options.names);
  const errors = await deps.store.openErrorsOf(rule.id);
  const resendRecent = options.resendRecent === true;
  // A dry run sends nothing, not even a running job's remaining batches.
  if (options.dryRun) {
    const recent = resendRecent ? NO_RECENT : await recentOf(rule, errors, deps);
    return { kind: "dry-run", rule, plan: planResync(rule, errors, recent.reasons) };
  }
  const { job, started } = await beginResync(rule, errors, options.requestedBy, deps, {
    resendRecent,
    ...(options.names ? { names: options.names } : {}),
  });
  if (!started && deps.lease && !(await claimLease(deps.store, job.id, deps.lease, deps.now)))
    return { kind: "running-elsewhere", rule, job };
  if (!started) {
    await deps.store.audit({
      at: deps.now(),
      who: options.requestedBy,
      action: "resync.resume",
      ruleId: rule.id,
      jobId: job.id,
      count: job.counts.pending,
      outcome: "started",
      detail: null,
    });
  }
  return {
    kind: "finished",
    rule,
    job: await runAudited(job.id, options.requestedBy, deps),
    resumed: !started,
  };
}

/**
 * Starts a job over the given open errors of a type, after the same checks as `startResync`, and
 * audits the start; it does not run the job. When a job of the type is already running (started
 * here or by another process), returns that one with `started: false`.
 */
export async function beginResync(
  rule: SyncErrorRule,
  errors: readonly ObservedErrorWithFingerprint[],
  requestedBy: string,
  deps: StartResyncDeps,
  options: {
    /** Sends the records resynced within the cooldown too; otherwise they are skipped. */
    readonly resendRecent?: boolean;
    /** The language a refusal names the type in (the reader's); English by default. */
    readonly names?: Translator;
  } = {},
): Promise<{ readonly job: ResyncJob; readonly started: boolean }> {
  // Only spares the checks below the calls they make; the start itself refuses a second job.
  const running = await deps.store.runningJob(rule.id);
  if (running) return { job: running, started: false };
  const recent = options.resendRecent ? NO_RECENT : await recentOf(rule, errors, deps);
  const plan = planResync(rule, errors, recent.reasons);
  if (plan.length === 0)
    throw new ResyncRefusedError({
      key: "resync.noOpen",
      values: { type: typeIn(rule, options.names) },
    });
  if (recent.reasons.size > 0 && plan.every((r) => r.skipped)) {
    const sendable = plan.filter((r) => recent.reasons.has(r.fingerprint)).length;
    throw new ResyncRefusedError(recentRefusal(recent, sendable, deps.now()));
  }

  await refuseUnlessReady(plan, requestedBy, deps);
  const now = deps.now();
  // The store looks for a running job and starts this one in one transaction: another request
  // (or replica) that won the race while the checks ran gets its job back, not a second one.
  // With a lease the job is written already held by this replica: claimed in the same step as
  // its start, so another replica's look for abandoned jobs never finds it unowned.
  const { job, started } = await deps.store.startResyncJob({
    ruleId: rule.id,
    requestedBy,
    requestedAt: now,
    triggerAt: now,
    records: plan,
    ...(deps.lease
      ? { lease: { owner: deps.lease.owner, until: new Date(now.getTime() + deps.lease.ms) } }
      : {}),
  });
  if (!started) return { job, started: false };
  await deps.store.audit({
    at: now,
    who: requestedBy,
    action: "resync.start",
    ruleId: rule.id,
    jobId: job.id,
    count: job.counts.total,
    outcome: "started",
    detail: null,
  });
  return { job, started: true };
}

/** The errors whose records were resynced within the cooldown. */
async function recentOf(
  rule: SyncErrorRule,
  errors: readonly ObservedErrorWithFingerprint[],
  deps: StartResyncDeps,
): Promise<RecentResyncs> {
  return await findRecentResyncs(deps.store, rule, errors, deps.now(), deps.cooldownMs ?? 0);
}

/**
 * Runs a started job to its end and audits how it ended; a job the process stopped between
 * batches (`deps.stopping`) comes back still `running`, unaudited.
 */
export async function runAudited(
  jobId: number,
  who: string,
  deps: ResyncRunDeps,
): Promise<ResyncJob> {
  const job = await runResyncJob(jobId, deps);
  // Stopped between batches by a stopping process: not finished, the next process resumes it.
  if (job.status === "running") return job;
  const c = job.counts;
  await deps.store.audit({
    at: deps.now(),
    who,
    action: "resync.finish",
    ruleId: job.ruleId,
    jobId,
    count: c.total,
    outcome: job.status,
    detail: `${c.accepted} accepted, ${c.failed} failed, ${c.skipped} skipped, ${c.pending} not sent${job.detail ? `: ${job.detail}` : ""}`,
  });
  return job;
}

/**
 * Refuses unless the trigger exists, updateable and of the right type, on every object the plan
 * sends to (objects it does not touch may lack it), and the Salesforce allocation can spare it.
 * What the check found is kept for the Home tab.
 */
async function refuseUnlessReady(
  plan: readonly ResyncRecordPlan[],
  requestedBy: string,
  deps: StartResyncDeps,
): Promise<void> {
  const batches = batchCounts(plan);
  const touched = new Set(plan.filter((r) => !r.skipped).map((r) => `${r.system}|${r.object}`));
  const report = await checkSetup({
    hubspot: batches.hubspot > 0 ? deps.setup.hubspot : undefined,
    salesforce: batches.salesforce > 0 ? deps.setup.salesforce : undefined,
    property: deps.triggers.hubspotProperty,
    field: deps.triggers.salesforceField,
    create: false,
  });
  // The Home tab says what this check found (per system it reached), refused or not.
  await recordTriggerChecks(deps.store, report, {
    at: deps.now(),
    by: requestedBy,
    via: "preflight",
  });
  const problems = report.items.filter((i) => {
    if (i.status === "ok") return false;
    // A side the job does not touch may be unconfigured.
    if (i.status === "not-configured")
      return i.system === "hubspot" ? batches.hubspot > 0 : batches.salesforce > 0;
    return touched.has(`${i.system}|${i.object}`);
  });
  if (problems.length > 0) {
    // Each line is said in the reader's language (the refusal's values may be catalog messages).
    const lines: UserText[] = problems.map((p) =>
      p.status === "not-configured"
        ? p.said
        : {
            key: "setup.line",
            values: {
              system: p.system === "hubspot" ? "HubSpot" : "Salesforce",
              object: p.object,
              name: p.name,
              detail: p.said,
            },
          },
    );
    throw new ResyncRefusedError({ key: "resync.triggersNotReady", values: { lines } });
  }
  if (batches.salesforce > 0 && deps.salesforce)
    await refuseUnlessAllocation(deps.salesforce, batches.salesforce, deps.salesforceReserve);
}

/** HubSpot's connector shares the org's daily allocation; a resync must not starve it. */
async function refuseUnlessAllocation(
  port: SalesforceResyncPort,
  calls: number,
  reserve: number,
): Promise<void> {
  const limit = await port.dailyApiLimit();
  const keep = Math.ceil(limit.max * reserve);
  if (limit.remaining - calls < keep) {
    throw new ResyncRefusedError({
      key: "resync.allocation",
      values: { remaining: limit.remaining, max: limit.max, calls, keep },
    });
  }
}

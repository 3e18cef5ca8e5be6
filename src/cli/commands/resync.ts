import { ruleWords } from "../../catalog/labels.js";
import { createHubSpotLimiters } from "../../clients/hubspot-paced-call.js";
import { UsageError } from "../../errors.js";
import type { Translator } from "../../i18n/translator.js";
import { localClock } from "../../local-time.js";
import { loadMappings } from "../../mappings/load-mappings.js";
import { ownerIsGone } from "../../replica-id.js";
import { DEFAULT_LEASE_MS } from "../../resync/job-lease.js";
import { jobProgressLine } from "../../resync/job-progress.js";
import { batchCounts } from "../../resync/plan-resync.js";
import { buildResyncDeps } from "../../resync/resync-deps.js";
import { saySkipReason } from "../../resync/say-skip-reason.js";
import { type StartOutcome, startResync } from "../../resync/start-resync.js";
import type { Store } from "../../store/types.js";
import { type CliCommand, HELP_OPTION } from "../cli-command.js";
import { EXIT, PROGRAM } from "../exit-codes.js";
import { write } from "../io.js";
import { createProgress } from "../progress.js";

/**
 * `syncerror resync <error type>`: the batched resync from the terminal, or its plan. The text (and
 * the progress on stderr) in `--lang`'s language; `--json` keeps its English keys and stored
 * reasons.
 */
export const resync: CliCommand = {
  name: "resync",
  usage: [`${PROGRAM} resync <error type…> [--dry-run] [--force] [--json]`],
  summary:
    "Resync the open errors of one type in batches of 100; --dry-run shows the batches; --force also sends records checked broken or resynced within RESYNC_COOLDOWN",
  options: {
    "dry-run": { type: "boolean" },
    force: { type: "boolean" },
    json: { type: "boolean" },
    ...HELP_OPTION,
  },
  async run({ values, positionals }, io, context) {
    const query = positionals.join(" ").trim();
    const t = context.translator;
    if (query === "") throw new UsageError({ key: "resync.cliUsage" }, resync.usage.join("\n"));
    const config = context.config();
    const dryRun = values["dry-run"] === true;
    // A dry run calls nothing, so it needs no credentials.
    const hubspotClient = dryRun ? undefined : await context.clients.hubspot();
    const connection = dryRun ? undefined : await context.clients.salesforce();
    const progress = createProgress(io.stderr, !values.json);
    const store = await context.store();
    // Beside replicas on PostgreSQL, the CLI takes its HubSpot calls from their shared budget.
    const limiters = createHubSpotLimiters(
      config.resync.hubspotRateLimit,
      config.databaseUrl === undefined ? undefined : store,
    );
    const outcome = await startResync(
      query,
      // --force also sends the records resynced within RESYNC_COOLDOWN.
      { requestedBy: "cli", dryRun, resendRecent: values.force === true, names: t },
      {
        ...buildResyncDeps({
          hubspot: hubspotClient,
          salesforce: connection,
          settings: config.resync,
          store,
          catalog: context.catalog,
          now: context.now,
          hubspotLimiter: limiters.limiter,
          hubspotSearchLimiter: limiters.searchLimiter,
          // Without --force, records the checks still find broken are held back, not sent.
          mappings:
            dryRun || values.force === true
              ? undefined
              : await loadMappings(config.scan.mappingsPath),
        }),
        // Held under a lease like a bot replica's job: the bot's replicas sharing the database
        // leave it alone while this process renews it, and take it over if this one is killed.
        lease: {
          owner: context.replica.id,
          ms: config.resync.leaseMs ?? DEFAULT_LEASE_MS,
          isGone: (owner) => ownerIsGone(owner, context.replica),
        },
        // Counted as the summary counts, so the last update and the summary agree.
        onProgress: async (job) =>
          progress.update(
            t.t("resync.cliProgress", {
              line: jobProgressLine(job, await store.jobBatches(job.id), t),
            }),
          ),
      },
    );
    progress.done();
    const json = await summaryJson(outcome, store);
    await write(
      io.stdout,
      `${values.json ? JSON.stringify(json, null, 2) : summaryText(outcome, json, t)}\n`,
    );
    return outcome.kind === "dry-run" ||
      (outcome.kind === "finished" && outcome.job.status === "done")
      ? EXIT.ok
      : EXIT.refused;
  },
};

function tally(values: Iterable<string>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

interface PlannedBatch {
  /** Counted from 1, as the text and the progress line count them. */
  readonly batch: number;
  readonly system: string;
  readonly object: string;
  readonly ids: string[];
}

/** The JSON of a dry run (the batches) or of a finished job (counts, failures by code, skips by reason). */
export async function summaryJson(outcome: StartOutcome, store: Store) {
  if (outcome.kind === "dry-run") {
    const sent = outcome.plan.filter((r) => !r.skipped);
    const plan: PlannedBatch[] = [];
    for (const r of sent) {
      const last = plan.at(-1);
      // The plan counts batches from 0; people, the text below and the JSON count them from 1.
      const batch = r.batch + 1;
      if (last && last.batch === batch) last.ids.push(r.recordId);
      else plan.push({ batch, system: r.system, object: r.object, ids: [r.recordId] });
    }
    return {
      type: outcome.rule.name,
      dryRun: true as const,
      records: sent.length,
      batches: batchCounts(outcome.plan),
      skipped: tally(outcome.plan.flatMap((r) => (r.skipped ? [r.skipped] : []))),
      plan,
    };
  }
  const records = await store.jobRecords(outcome.job.id);
  return {
    type: outcome.rule.name,
    dryRun: false as const,
    job: outcome.job.id,
    resumed: outcome.kind === "finished" && outcome.resumed,
    status: outcome.job.status,
    ...outcome.job.counts,
    failures: tally(records.flatMap((r) => (r.status === "failed" && r.code ? [r.code] : []))),
    skippedReasons: tally(records.flatMap((r) => (r.skipped ? [r.skipped] : []))),
    detail: outcome.job.detail,
    /** The process holding the job's lease, when it runs elsewhere. */
    heldBy: outcome.job.status === "running" ? await store.leaseOf(outcome.job.id) : null,
  };
}

/**
 * The text `syncerror resync` prints: the dry run's batches, the finished job's counts, failures
 * and skips, or the job another process holds; in `t`'s language (the JSON's stored reasons said
 * in it too).
 */
export function summaryText(
  outcome: StartOutcome,
  json: Awaited<ReturnType<typeof summaryJson>>,
  t: Translator,
): string {
  const type = ruleWords(t).name(outcome.rule);
  const reason = (stored: string) => saySkipReason(stored, t, outcome.rule);
  if (json.dryRun) {
    const lines = [
      t.t("resync.cliDryRun", {
        records: json.records,
        type,
        hubspot: json.batches.hubspot,
        salesforce: json.batches.salesforce,
      }),
    ];
    for (const b of json.plan) {
      const sample = b.ids.slice(0, 3).join(", ") + (b.ids.length > 3 ? ", …" : "");
      lines.push(
        t.t("resync.cliBatch", {
          batch: b.batch,
          system: b.system,
          object: b.object,
          records: b.ids.length,
          sample,
        }),
      );
    }
    for (const [stored, n] of Object.entries(json.skipped))
      lines.push(t.t("resync.cliSkipped", { count: n, reason: reason(stored) }));
    return lines.join("\n");
  }
  if (outcome.kind === "dry-run") return "";
  const c = outcome.job.counts;
  if (outcome.job.status === "running") {
    // Another process sharing the database (a bot replica) holds the job: it sends the rest and
    // posts the summary where the job's progress shows.
    return [
      t.t("resync.cliElsewhere", {
        job: json.job,
        type,
        holder: json.heldBy ? "yes" : "no",
        owner: json.heldBy?.owner ?? "",
        until: json.heldBy ? localClock(json.heldBy.until, { seconds: true }) : "",
        sentHere: outcome.kind === "finished" ? "yes" : "no",
      }),
      t.t("resync.cliSoFar", { ...c }),
      t.t("resync.cliElsewhereHint", { program: PROGRAM }),
    ].join("\n");
  }
  const lines = [
    t.t("resync.cliFinished", {
      resumed: json.resumed ? "yes" : "no",
      job: json.job,
      type,
      status: json.status,
    }),
    t.t("resync.cliCounts", { ...c }),
  ];
  for (const [code, n] of Object.entries(json.failures))
    lines.push(t.t("resync.cliFailedAgain", { count: n, code }));
  for (const [stored, n] of Object.entries(json.skippedReasons))
    lines.push(t.t("resync.cliSkipped", { count: n, reason: reason(stored) }));
  // Why the job stopped: an error's message, stored with the job and shown as stored.
  if (json.detail) lines.push(`  ${json.detail}`);
  return lines.join("\n");
}

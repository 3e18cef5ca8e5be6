import { createHubSpotLimiters } from "../../clients/hubspot-paced-call.js";
import { UsageError } from "../../errors.js";
import { localClock } from "../../local-time.js";
import { loadMappings } from "../../mappings/load-mappings.js";
import { count } from "../../plural.js";
import { ownerIsGone } from "../../replica-id.js";
import { DEFAULT_LEASE_MS } from "../../resync/job-lease.js";
import { jobProgressLine } from "../../resync/job-progress.js";
import { batchCounts } from "../../resync/plan-resync.js";
import { buildResyncDeps } from "../../resync/resync-deps.js";
import { type StartOutcome, startResync } from "../../resync/start-resync.js";
import type { Store } from "../../store/types.js";
import { type CliCommand, HELP_OPTION } from "../cli-command.js";
import { EXIT, PROGRAM } from "../exit-codes.js";
import { write } from "../io.js";
import { createProgress } from "../progress.js";

/** `syncerror resync <error type>`: the batched resync from the terminal, or its plan. */
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
    if (query === "") {
      throw new UsageError(
        "Name the error type to resync, e.g. syncerror resync Invalid email.",
        resync.usage.join("\n"),
      );
    }
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
      { requestedBy: "cli", dryRun, resendRecent: values.force === true },
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
          progress.update(`Resyncing: ${jobProgressLine(job, await store.jobBatches(job.id))}`),
      },
    );
    progress.done();
    const json = await summaryJson(outcome, store);
    await write(
      io.stdout,
      `${values.json ? JSON.stringify(json, null, 2) : summaryText(outcome, json)}\n`,
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
async function summaryJson(outcome: StartOutcome, store: Store) {
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

function summaryText(outcome: StartOutcome, json: Awaited<ReturnType<typeof summaryJson>>): string {
  if (json.dryRun) {
    const lines = [
      `Dry run: ${count(json.records, `${json.type} record`, `${json.type} records`)} in ${count(json.batches.hubspot, "HubSpot batch", "HubSpot batches")} and ${count(json.batches.salesforce, "Salesforce batch", "Salesforce batches")}. Nothing was sent.`,
    ];
    for (const b of json.plan) {
      const sample = b.ids.slice(0, 3).join(", ") + (b.ids.length > 3 ? ", …" : "");
      lines.push(
        `  batch ${b.batch}: ${b.system} ${b.object}, ${count(b.ids.length, "record", "records")} (${sample})`,
      );
    }
    for (const [reason, n] of Object.entries(json.skipped)) lines.push(`  skipped ${n}: ${reason}`);
    return lines.join("\n");
  }
  if (outcome.kind === "dry-run") return "";
  const c = outcome.job.counts;
  if (outcome.job.status === "running") {
    // Another process sharing the database (a bot replica) holds the job: it sends the rest and
    // posts the summary where the job's progress shows.
    const sentHere =
      outcome.kind === "finished" ? " This process stopped sending when it did." : "";
    const holder = json.heldBy
      ? ` (${json.heldBy.owner}, its lease renewed until ${localClock(json.heldBy.until, { seconds: true })})`
      : "";
    return [
      `Resync job ${json.job} of ${json.type} is running in another process sharing the database${holder}, which sends the rest.${sentHere}`,
      `  so far: ${c.accepted} accepted · ${c.failed} failed again · ${c.skipped} skipped · ${c.pending} not sent yet`,
      `  How it ends shows in ${PROGRAM} audit once it has finished. Should that process have died on another machine, run this again after its lease: it takes the job over.`,
    ].join("\n");
  }
  const lines = [
    `${json.resumed ? "Resumed and finished" : "Finished"} resync job ${json.job} of ${json.type}: ${json.status}.`,
    `  ${c.total} requested · ${c.accepted} accepted · ${c.failed} failed again · ${c.skipped} skipped${c.pending ? ` · ${c.pending} not sent` : ""}`,
  ];
  for (const [code, n] of Object.entries(json.failures)) lines.push(`  failed again ${n}: ${code}`);
  for (const [reason, n] of Object.entries(json.skippedReasons))
    lines.push(`  skipped ${n}: ${reason}`);
  if (json.detail) lines.push(`  ${json.detail}`);
  return lines.join("\n");
}

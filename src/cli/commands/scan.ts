import { createHubSpotLimiters } from "../../clients/hubspot-paced-call.js";
import { BotError, UsageError } from "../../errors.js";
import type { Translator } from "../../i18n/translator.js";
import { loadMappings } from "../../mappings/load-mappings.js";
import { changesLines } from "../../scan/changes-text.js";
import { runScan } from "../../scan/run-scan.js";
import { buildScanDeps } from "../../scan/scan-deps.js";
import type { ScanSummary } from "../../scan/scan-types.js";
import { skipReasonText } from "../../scan/skip-reason.js";
import { type CliCommand, HELP_OPTION } from "../cli-command.js";
import { EXIT, PROGRAM } from "../exit-codes.js";
import { write } from "../io.js";
import { createProgress } from "../progress.js";

/**
 * `syncerror scan`: finds sync errors through HubSpot's and Salesforce's APIs (records that are
 * not syncing, and why) and stores them beside the imported ones.
 */
export const scan: CliCommand = {
  name: "scan",
  usage: [`${PROGRAM} scan [--json]`],
  summary: "Find sync errors through the HubSpot and Salesforce APIs, without an export",
  options: { json: { type: "boolean" }, ...HELP_OPTION },
  async run({ values, positionals }, io, context) {
    if (positionals.length > 0)
      throw new UsageError(
        { key: "cli.noArguments", values: { command: "scan" } },
        scan.usage.join("\n"),
      );
    const config = context.config();
    const hubspot = await context.clients.hubspot();
    const salesforce = await context.clients.salesforce();
    if (!hubspot && !salesforce) {
      throw new UsageError({ key: "cli.scanNeedsClients" }, scan.usage.join("\n"));
    }
    const store = await context.store();
    // The bot's replicas scan on a schedule: two scans at once would read everything twice and
    // race to record it. The terminal takes the same lock, and is refused while another holds it.
    const lock = await store.tryScanLock(context.replica.id);
    if (!lock) {
      throw new BotError("store_refused", { key: "cli.scanRunning" });
    }
    try {
      const progress = createProgress(io.stderr, !values.json);
      // Beside replicas on PostgreSQL, the CLI takes its HubSpot calls from their shared budget.
      const limiters = createHubSpotLimiters(
        config.resync.hubspotRateLimit,
        config.databaseUrl === undefined ? undefined : store,
      );
      const { scan: record, summary } = await runScan(
        buildScanDeps({
          hubspot,
          salesforce,
          config,
          mappings: await loadMappings(config.scan.mappingsPath),
          hubspotLimiter: limiters.limiter,
          hubspotSearchLimiter: limiters.searchLimiter,
          store,
          catalog: context.catalog,
          now: context.now,
          onProgress: ({ side, read }) =>
            progress.update(context.translator.t("cli.scanProgress", { side, read })),
        }),
      );
      progress.done();
      const json = { ...summary, newErrors: record.newCount, resolved: record.resolved };
      await write(
        io.stdout,
        `${values.json ? JSON.stringify(json, null, 2) : summaryText(summary, record.newCount, record.resolved, context.translator)}\n`,
      );
      return EXIT.ok;
    } finally {
      await lock.release();
    }
  },
};

/** The scan's summary as the terminal shows it, in `t`'s language. */
export function summaryText(
  summary: ScanSummary,
  newCount: number,
  resolved: number,
  t: Translator,
): string {
  const lines = [
    t.t("cli.scanRead", {
      full: summary.full ? "yes" : "no",
      hubspot: summary.hubspotRead,
      salesforce: summary.salesforceRead,
    }),
    `  ${t.t("cli.scanStuck", { stuck: summary.stuck, unexplained: summary.stuckWithoutReason })}`,
    `  ${t.t("cli.scanCounts", {
      new: newCount,
      resolved,
      hubspotCalls: summary.calls.hubspot,
      salesforceCalls: summary.calls.salesforce,
    })}`,
  ];
  const skipped = skipReasonText(summary, t);
  if (skipped) lines.push(`  ${skipped}`);
  for (const line of changesLines(summary, t)) lines.push(`  ${line}`);
  const byRule = Object.entries(summary.findingsByRule).sort((a, b) => b[1] - a[1]);
  for (const [rule, count] of byRule) lines.push(`  ${t.number(count).padStart(7)}  ${rule}`);
  if (summary.mappingFindings.length > 0) {
    lines.push("", t.t("cli.scanMapping"));
    for (const f of summary.mappingFindings) lines.push(`  ${f.pair}: ${f.message}`);
  }
  return lines.join("\n");
}

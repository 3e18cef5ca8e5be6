import { UpstreamError } from "../clients/hubspot-resync-port.js";
import { sayUserText, type UserText, userMessage } from "../errors.js";
import { translator } from "../i18n/translator.js";
import { OBJECT_PAIRS, pairKey } from "../mappings/mappings.js";
import type { ScanRecord } from "../store/types.js";
import { DETECTORS } from "./detect/index.js";
import { learnChanges } from "./learn-changes.js";
import { type MutableScanContext, readScanContext } from "./read-context.js";
import { ScanCollector } from "./scan-collector.js";
import { scanHubSpot } from "./scan-hubspot.js";
import { scanSalesforce } from "./scan-salesforce.js";
import type { MappingFinding, ScanDeps, ScanSummary } from "./scan-types.js";

/**
 * One scan of both systems: the metadata once, then HubSpot's records in scope (stuck ones are
 * checked for the reason), then Salesforce's records changed since the last scan that read them
 * all, then the mapping-level checks once per pair. The findings and what was read go to the store
 * in one transaction; nothing is written if the scan fails part-way.
 *
 * A Salesforce problem (its allocation at the reserve or unreadable, a describe or query that
 * fails, a session that cannot be renewed) never stops the HubSpot pass: the scan stores what it
 * found, says in `salesforceSkipped` what happened to Salesforce, and the next scan reads again
 * the Salesforce changes this one missed.
 */
export async function runScan(deps: ScanDeps): Promise<{ scan: ScanRecord; summary: ScanSummary }> {
  const startedAt = deps.now();
  const last = await deps.store.lastScan();
  const since = last ? new Date(last.startedAt.getTime() - deps.settings.overlapMs) : null;
  const salesforceSince = salesforceReadSince(last, deps.settings.overlapMs);
  let skipped = await salesforceOverBudget(deps);
  let salesforce = skipped ? undefined : deps.salesforce;
  const context = await readScanContext({ hubspot: deps.hubspot, salesforce }, deps.mappings, {
    onSalesforceError: (error) => {
      salesforce = undefined;
      skipped = { key: "scan.skipMetadata", values: { detail: userMessage(error) } };
    },
  });
  // Before the record passes, so the audit trail's read counts against the same allocation
  // check; never rejects, so what it cannot learn never costs the scan its findings.
  const changes = await learnChanges({
    store: deps.store,
    read: context.schemaRead,
    salesforce,
    startedAt,
  });
  const collected = new ScanCollector(deps.catalog, startedAt);

  if (deps.hubspot) await scanHubSpot(deps.hubspot, { deps, context, since, startedAt, collected });
  const mappingFindings = deps.hubspot && salesforce ? checkMappings(context) : [];
  let salesforceComplete = false;
  if (salesforce) {
    try {
      await scanSalesforce(salesforce, {
        deps,
        context,
        since: salesforceSince,
        startedAt,
        collected,
      });
      salesforceComplete = true;
    } catch (error) {
      // HubSpot's own failures (an email lookup during this pass) fail the scan as they would.
      if (error instanceof UpstreamError && error.service === "hubspot") throw error;
      skipped = {
        key: "scan.skipStopped",
        values: { read: collected.salesforceRead, detail: userMessage(error) },
      };
    }
  }

  const summary: ScanSummary = {
    full: since === null,
    hubspotRead: collected.hubspotRead,
    salesforceRead: collected.salesforceRead,
    stuck: collected.stuck,
    stuckWithoutReason: collected.stuckWithoutReason,
    findingsByRule: collected.byRule,
    mappingFindings,
    calls: deps.calls(),
    // Stored in English, as scans always were; the reason's key lets each reader have it in theirs.
    salesforceSkipped: skipped ? sayUserText(skipped, translator("en")) : null,
    salesforceSkippedReason: skipped,
    salesforceComplete,
    salesforceSince: salesforceSince?.toISOString() ?? null,
    changes,
  };
  // An import may hold the store's write transaction; the store makes the scan wait its turn
  // (a look here and a write after it would let an import start in between).
  const scan = await deps.store.recordScan({
    startedAt,
    finishedAt: deps.now(),
    since,
    findings: collected.findings,
    scanned: collected.scanned,
    summary,
  });
  return { scan, summary };
}

/**
 * Where this scan's Salesforce pass starts: after the last scan that read Salesforce to the end
 * (with the overlap), or where the last one started when it did not, so changes it missed are
 * read now; null (everything) before any.
 */
function salesforceReadSince(last: ScanRecord | null, overlapMs: number): Date | null {
  if (!last) return null;
  const summary = (last.summary ?? {}) as Partial<
    Pick<ScanSummary, "salesforceComplete" | "salesforceSince" | "salesforceSkipped">
  >;
  // Scans stored before these fields: complete unless Salesforce was left out.
  const complete = summary.salesforceComplete ?? !summary.salesforceSkipped;
  if (complete) return new Date(last.startedAt.getTime() - overlapMs);
  return summary.salesforceSince ? new Date(summary.salesforceSince) : null;
}

/** The mapping-level checks, once per pair: they are about a mapped field, not a record. */
function checkMappings(context: MutableScanContext): MappingFinding[] {
  return OBJECT_PAIRS.flatMap((pair) =>
    DETECTORS.flatMap((d) => (d.on === "mapping" ? d.detect(pair, context) : [])).map((f) => ({
      pair: pairKey(pair),
      ruleId: f.ruleId,
      field: f.field,
      message: f.message,
    })),
  );
}

/**
 * Why Salesforce must be left out of this scan (its allocation at the reserve, or unreadable), or
 * null.
 */
async function salesforceOverBudget(deps: ScanDeps): Promise<UserText | null> {
  if (!deps.salesforce || !deps.salesforceBudget) return null;
  let allocation: { readonly max: number; readonly remaining: number };
  try {
    allocation = await deps.salesforceBudget.allocation();
  } catch (error) {
    return { key: "scan.skipAllocationUnreadable", values: { detail: userMessage(error) } };
  }
  const { max, remaining } = allocation;
  const keep = Math.ceil(max * deps.salesforceBudget.reserve);
  if (remaining > keep) return null;
  return { key: "scan.skipOverReserve", values: { remaining, max, keep } };
}

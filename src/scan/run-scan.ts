import { setTimeout as sleep } from "node:timers/promises";
import { OBJECT_PAIRS, pairKey } from "../mappings/mappings.js";
import type { ScanRecord } from "../store/types.js";
import { DETECTORS } from "./detect/index.js";
import { type MutableScanContext, readScanContext } from "./read-context.js";
import { ScanCollector } from "./scan-collector.js";
import { scanHubSpot } from "./scan-hubspot.js";
import { scanSalesforce } from "./scan-salesforce.js";
import type { MappingFinding, ScanDeps, ScanSummary } from "./scan-types.js";

/** How often a finished scan looks again whether an import still holds the store. */
const IMPORT_WAIT_MS = 500;

/**
 * One scan of both systems: the metadata once, then HubSpot's records in scope (stuck ones are
 * checked for the reason), then Salesforce's records changed since the last scan, then the
 * mapping-level checks once per pair. The findings and what was read go to the store in one
 * transaction; nothing is written if the scan fails part-way.
 */
export async function runScan(deps: ScanDeps): Promise<{ scan: ScanRecord; summary: ScanSummary }> {
  const startedAt = deps.now();
  const last = deps.store.lastScan();
  const since = last ? new Date(last.startedAt.getTime() - deps.settings.overlapMs) : null;
  const salesforceSkipped = await salesforceOverBudget(deps);
  const salesforce = salesforceSkipped ? undefined : deps.salesforce;
  const context = await readScanContext({ hubspot: deps.hubspot, salesforce }, deps.mappings);
  const collected = new ScanCollector(deps.catalog, startedAt);

  if (deps.hubspot) await scanHubSpot(deps.hubspot, { deps, context, since, startedAt, collected });
  if (salesforce) await scanSalesforce(salesforce, { deps, context, since, startedAt, collected });
  const mappingFindings = deps.hubspot && salesforce ? checkMappings(context) : [];

  const summary: ScanSummary = {
    full: since === null,
    hubspotRead: collected.hubspotRead,
    salesforceRead: collected.salesforceRead,
    stuck: collected.stuck,
    stuckWithoutReason: collected.stuckWithoutReason,
    findingsByRule: collected.byRule,
    mappingFindings,
    calls: deps.calls(),
    salesforceSkipped,
  };
  // An import holds the store's write transaction between its rows; the scan waits its turn.
  while (deps.store.importInProgress()) await sleep(IMPORT_WAIT_MS);
  const scan = deps.store.recordScan({
    startedAt,
    finishedAt: deps.now(),
    since,
    findings: collected.findings,
    scanned: collected.scanned,
    summary,
  });
  return { scan, summary };
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

/** Why Salesforce must be left out of this scan (its allocation at the reserve), or null. */
async function salesforceOverBudget(deps: ScanDeps): Promise<string | null> {
  if (!deps.salesforce || !deps.salesforceBudget) return null;
  const { max, remaining } = await deps.salesforceBudget.allocation();
  const keep = Math.ceil(max * deps.salesforceBudget.reserve);
  if (remaining > keep) return null;
  return `Salesforce has ${remaining.toLocaleString("en")} of ${max.toLocaleString("en")} daily API calls left, within the ${keep.toLocaleString("en")} kept for HubSpot's connector (RESYNC_SALESFORCE_RESERVE); Salesforce was not read.`;
}

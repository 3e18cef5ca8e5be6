import type { Catalog } from "../catalog/catalog.js";
import type { HubSpotRecord, HubSpotScanPort } from "../clients/hubspot-scan-port.js";
import { HUBSPOT_OBJECT_TYPES, type HubSpotObjectType } from "../clients/hubspot-setup-port.js";
import { type SalesforceScanPort, soqlDateTime } from "../clients/salesforce-scan-port.js";
import { SALESFORCE_OBJECTS, type SalesforceObject } from "../clients/salesforce-setup-port.js";
import { type Mappings, OBJECT_PAIRS } from "../mappings/mappings.js";
import type { SyncObject } from "../rules/types.js";
import type { ObservedError, ScannedRecord, ScanRecord, Store } from "../store/types.js";
import { DETECTORS } from "./detect/index.js";
import type { Finding } from "./finding.js";
import { type MutableScanContext, readScanContext } from "./read-context.js";
import { SYNC_PROPERTIES, stuckRecord } from "./stuck.js";

/** How a scan reads. */
export interface ScanSettings {
  /** HUBSPOT_INCLUSION_LIST_ID: only these contacts are in scope; all when undefined. */
  readonly inclusionListId: string | undefined;
  /** SCAN_GRACE: how long a record may take to sync before it counts as stuck. */
  readonly graceMs: number;
  /** How far before the last scan's start an incremental scan reads again, for late writes. */
  readonly overlapMs: number;
}

/** What a scan runs with. */
export interface ScanDeps {
  readonly store: Store;
  readonly catalog: Catalog;
  readonly hubspot: HubSpotScanPort | undefined;
  readonly salesforce: SalesforceScanPort | undefined;
  readonly mappings: Mappings;
  readonly settings: ScanSettings;
  readonly now: () => Date;
  /** API calls made so far on each side, for the summary. */
  readonly calls: () => { readonly hubspot: number; readonly salesforce: number };
  /**
   * Salesforce's daily API allocation and the share to leave for HubSpot's connector
   * (RESYNC_SALESFORCE_RESERVE): at the reserve, the scan leaves Salesforce out and says so.
   */
  readonly salesforceBudget?: {
    readonly allocation: () => Promise<{ readonly max: number; readonly remaining: number }>;
    readonly reserve: number;
  };
  /** After each page: which side and object, and how many records read so far. */
  readonly onProgress?: (progress: { readonly side: string; readonly read: number }) => void;
}

/** A mapping-level finding: about a mapped field, not a record. */
export interface MappingFinding {
  readonly pair: string;
  readonly ruleId: string;
  readonly field: string | null;
  readonly message: string;
}

/** What a scan reports. */
export interface ScanSummary {
  readonly full: boolean;
  readonly hubspotRead: number;
  readonly salesforceRead: number;
  readonly stuck: number;
  readonly stuckWithoutReason: number;
  readonly findingsByRule: Readonly<Record<string, number>>;
  readonly mappingFindings: readonly MappingFinding[];
  readonly calls: { readonly hubspot: number; readonly salesforce: number };
  /** Why Salesforce was left out, when it was. */
  readonly salesforceSkipped: string | null;
}

const SINGULAR: Readonly<Record<HubSpotObjectType, SyncObject>> = {
  contacts: "contact",
  companies: "company",
  deals: "deal",
};
const SALESFORCE_SYNC_OBJECT: Readonly<Record<SalesforceObject, SyncObject>> = {
  Lead: "contact",
  Contact: "contact",
  Account: "company",
  Opportunity: "deal",
};

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
  const salesforcePort = salesforceSkipped ? undefined : deps.salesforce;
  const context = await readScanContext(
    { hubspot: deps.hubspot, salesforce: salesforcePort },
    deps.mappings,
  );
  const findings: ObservedError[] = [];
  const scanned: ScannedRecord[] = [];
  const byRule: Record<string, number> = {};
  const seen = new Set<string>();
  let stuck = 0;
  let stuckWithoutReason = 0;
  let hubspotRead = 0;
  let salesforceRead = 0;

  const add = (
    found: Finding,
    record: Omit<
      ObservedError,
      "ruleId" | "category" | "direction" | "message" | "statusCode" | "occurredAt"
    >,
  ) => {
    const rule = deps.catalog.ruleById(found.ruleId);
    if (!rule) return;
    // One error per record and type, as the store keys them; the first finding words it.
    const key = `${record.objectType}|${record.hubspotId ?? record.salesforceId}|${rule.id}`;
    if (seen.has(key)) return;
    seen.add(key);
    byRule[rule.id] = (byRule[rule.id] ?? 0) + 1;
    findings.push({
      ...record,
      ruleId: rule.id,
      category: rule.category,
      direction: rule.direction,
      message: found.message,
      statusCode: found.statusCode,
      occurredAt: startedAt,
    });
  };

  if (deps.hubspot) {
    for (const objectType of HUBSPOT_OBJECT_TYPES) {
      for await (const page of hubspotRecords(
        deps.hubspot,
        objectType,
        properties(objectType, deps.mappings),
        since,
        deps.settings,
      )) {
        for (const record of page) {
          hubspotRead++;
          scanned.push({
            objectType: SINGULAR[objectType],
            hubspotId: record.id,
            salesforceId: null,
          });
          if (objectType === "contacts") indexEmail(context, record);
          const problem = stuckRecord(objectType, record, startedAt, deps.settings.graceMs);
          if (!problem) continue;
          stuck++;
          const view = {
            objectType,
            id: record.id,
            values: record.properties,
            pair: problem.pair,
            creates: problem.creates,
          };
          const found = DETECTORS.flatMap((d) =>
            d.on === "hubspot-record" ? d.detect(view, context) : [],
          );
          const where = {
            objectType: SINGULAR[objectType],
            hubspotId: record.id,
            salesforceId: problem.salesforceId,
            recordName: nameOf(record),
          };
          for (const f of found) add(f, where);
          if (found.length === 0) {
            stuckWithoutReason++;
            // Reported as what it is: not syncing, and no reason the scan can name.
            add(
              {
                ruleId: "unknown-error",
                field: null,
                message: `Not synced to Salesforce (${problem.reason}) for longer than the grace period; the scan found no reason it can name (unknown error).`,
                statusCode: null,
              },
              where,
            );
          }
        }
        deps.onProgress?.({ side: `HubSpot ${objectType}`, read: hubspotRead });
      }
    }
  }

  if (salesforcePort) {
    const port = salesforcePort;
    for (const object of SALESFORCE_OBJECTS) {
      const fields = salesforceFieldsToRead(object, context);
      const where = since ? ` WHERE LastModifiedDate >= ${soqlDateTime(since)}` : "";
      await port.query(`SELECT ${fields.join(", ")} FROM ${object}${where}`, async (records) => {
        if (since && deps.hubspot && (object === "Lead" || object === "Contact"))
          await lookUpEmails(deps.hubspot, context, records);
        for (const values of records) {
          salesforceRead++;
          const id = String(values.Id);
          scanned.push({
            objectType: SALESFORCE_SYNC_OBJECT[object],
            hubspotId: null,
            salesforceId: id,
          });
          const view = { object, id, values };
          for (const d of DETECTORS) {
            if (d.on !== "salesforce-record") continue;
            for (const f of d.detect(view, context)) {
              add(f, {
                objectType: SALESFORCE_SYNC_OBJECT[object],
                hubspotId: null,
                salesforceId: id,
                recordName:
                  typeof values.Name === "string"
                    ? values.Name
                    : typeof values.Email === "string"
                      ? values.Email
                      : null,
              });
            }
          }
        }
        deps.onProgress?.({ side: `Salesforce ${object}`, read: salesforceRead });
      });
    }
  }

  const mappingFindings: MappingFinding[] = [];
  if (deps.hubspot && salesforcePort) {
    for (const pair of OBJECT_PAIRS) {
      for (const d of DETECTORS) {
        if (d.on !== "mapping") continue;
        for (const f of d.detect(pair, context))
          mappingFindings.push({
            pair: `${pair.hubspot}:${pair.salesforce}`,
            ruleId: f.ruleId,
            field: f.field,
            message: f.message,
          });
      }
    }
  }

  const summary: ScanSummary = {
    full: since === null,
    hubspotRead,
    salesforceRead,
    stuck,
    stuckWithoutReason,
    findingsByRule: byRule,
    mappingFindings,
    calls: deps.calls(),
    salesforceSkipped,
  };
  const scan = deps.store.recordScan({
    startedAt,
    finishedAt: deps.now(),
    since,
    findings,
    scanned,
    summary,
  });
  return { scan, summary };
}

/** Why Salesforce must be left out of this scan (its allocation at the reserve), or null. */
async function salesforceOverBudget(deps: ScanDeps): Promise<string | null> {
  if (!deps.salesforce || !deps.salesforceBudget) return null;
  const { max, remaining } = await deps.salesforceBudget.allocation();
  const keep = Math.ceil(max * deps.salesforceBudget.reserve);
  if (remaining > keep) return null;
  return `Salesforce has ${remaining.toLocaleString("en")} of ${max.toLocaleString("en")} daily API calls left, within the ${keep.toLocaleString("en")} kept for HubSpot's connector (RESYNC_SALESFORCE_RESERVE); Salesforce was not read.`;
}

/** The properties a HubSpot record is read with: its mapped ones and the sync bookkeeping. */
function properties(objectType: HubSpotObjectType, mappings: Mappings): string[] {
  const mapped = OBJECT_PAIRS.filter((p) => p.hubspot === objectType).flatMap((p) =>
    (mappings.get(`${p.hubspot}:${p.salesforce}`) ?? []).map((m) => m.hubspot),
  );
  const names =
    objectType === "contacts"
      ? ["email", "firstname", "lastname"]
      : objectType === "companies"
        ? ["name"]
        : ["dealname"];
  return [...new Set([...mapped, ...SYNC_PROPERTIES, ...names, "hubspot_owner_id"])];
}

/** The Salesforce fields read per object: the mapped ones that exist, and what the checks use. */
function salesforceFieldsToRead(object: SalesforceObject, context: MutableScanContext): string[] {
  const described = context.salesforceFields.get(object);
  const mapped = OBJECT_PAIRS.filter((p) => p.salesforce === object).flatMap((p) =>
    (context.mappings.get(`${p.hubspot}:${p.salesforce}`) ?? []).map((m) => m.salesforce),
  );
  const wanted = [
    "Id",
    "OwnerId",
    "LastModifiedDate",
    ...mapped,
    ...(object === "Opportunity" ? ["StageName", "Name"] : []),
    ...(object === "Lead" || object === "Contact" ? ["Email"] : ["Name"]),
  ];
  return [
    ...new Set(
      wanted
        .map((name) => described?.get(name.toLowerCase())?.name)
        .filter((n): n is string => n !== undefined),
    ),
  ];
}

/**
 * The HubSpot records in scope, a page at a time: the inclusion list's contacts (read by id), or
 * every record on a first scan, or those modified since the last one.
 */
async function* hubspotRecords(
  port: HubSpotScanPort,
  objectType: HubSpotObjectType,
  properties: readonly string[],
  since: Date | null,
  settings: ScanSettings,
): AsyncGenerator<readonly HubSpotRecord[]> {
  if (objectType === "contacts" && settings.inclusionListId) {
    let after: string | undefined;
    do {
      const page = await port.listMembersPage(settings.inclusionListId, after);
      for (let i = 0; i < page.ids.length; i += 100) {
        const records = await port.read(objectType, page.ids.slice(i, i + 100), properties);
        // Incremental: only members changed since the last scan are checked again.
        yield since ? records.filter((r) => r.updatedAt >= since) : records;
      }
      after = page.after;
    } while (after);
    return;
  }
  if (!since) {
    let after: string | undefined;
    do {
      const page = await port.recordsPage(objectType, properties, after);
      yield page.records;
      after = page.after;
    } while (after);
    return;
  }
  let afterId: string | undefined;
  do {
    const page = await port.modifiedPage(objectType, properties, since, afterId);
    yield page.records;
    afterId = page.after;
  } while (afterId);
}

/** Remembers which HubSpot contact holds an email, and the Salesforce records it is linked to. */
function indexEmail(context: MutableScanContext, record: HubSpotRecord): void {
  const email = record.properties.email?.trim().toLowerCase();
  if (!email) return;
  const ids = [record.properties.salesforcecontactid, record.properties.salesforceleadid].filter(
    (id): id is string => typeof id === "string" && id !== "",
  );
  context.hubspotContactsByEmail.set(email, { id: record.id, salesforceIds: ids });
}

/** On an incremental scan, asks HubSpot which contacts hold the emails not seen this scan. */
async function lookUpEmails(
  port: HubSpotScanPort,
  context: MutableScanContext,
  records: readonly Record<string, unknown>[],
): Promise<void> {
  const unknown = [
    ...new Set(
      records
        .map((r) => (typeof r.Email === "string" ? r.Email.trim().toLowerCase() : ""))
        .filter((e) => e !== "" && !context.hubspotContactsByEmail.has(e)),
    ),
  ];
  for (let i = 0; i < unknown.length; i += 100) {
    const found = await port.contactsByEmail(unknown.slice(i, i + 100), [
      "email",
      "salesforcecontactid",
      "salesforceleadid",
    ]);
    for (const record of found) indexEmail(context, record);
  }
}

function nameOf(record: HubSpotRecord): string | null {
  const p = record.properties;
  const person = [p.firstname, p.lastname].filter(Boolean).join(" ");
  return person || p.name || p.dealname || p.email || null;
}

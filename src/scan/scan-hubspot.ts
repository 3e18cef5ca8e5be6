import type { HubSpotRecord, HubSpotScanPort } from "../clients/hubspot-scan-port.js";
import { HUBSPOT_OBJECT_TYPES, type HubSpotObjectType } from "../clients/hubspot-setup-port.js";
import { type Mappings, mappedFields, OBJECT_PAIRS } from "../mappings/mappings.js";
import type { SyncObject } from "../rules/types.js";
import { DETECTORS } from "./detect/index.js";
import { resolveInclusionList } from "./inclusion-list.js";
import { indexEmail } from "./read-context.js";
import type { Pass } from "./scan-types.js";
import { stuckRecord, syncProperties } from "./stuck.js";

const SINGULAR: Readonly<Record<HubSpotObjectType, SyncObject>> = {
  contacts: "contact",
  companies: "company",
  deals: "deal",
};

/**
 * HubSpot's records in scope, page by page: every contact's email goes into the index the
 * Salesforce pass checks against, and each stuck record is checked for why. A stuck record the
 * checks find nothing on is reported as such (Unknown error), not guessed at.
 */
export async function scanHubSpot(port: HubSpotScanPort, pass: Pass): Promise<void> {
  const { deps, context, collected } = pass;
  // The list is looked up again on every scan: it may have been renamed, deleted or replaced.
  const given = deps.settings.inclusionListId;
  const inclusionList = given ? (await resolveInclusionList(port, given)).listId : undefined;
  for (const objectType of HUBSPOT_OBJECT_TYPES) {
    const wanted = properties(objectType, deps.mappings);
    const records = hubspotRecords(port, objectType, wanted, pass.since, inclusionList);
    for await (const page of records) {
      for (const record of page) {
        collected.read({
          objectType: SINGULAR[objectType],
          hubspotId: record.id,
          salesforceId: null,
        });
        if (objectType === "contacts") indexEmail(context, record);
        const problem = stuckRecord(objectType, record, pass.startedAt, deps.settings.graceMs);
        if (!problem) continue;
        collected.stuck++;
        const view = { objectType, id: record.id, values: record.properties, ...problem };
        const found = DETECTORS.flatMap((d) =>
          d.on === "hubspot-record" ? d.detect(view, context) : [],
        );
        const place = {
          objectType: SINGULAR[objectType],
          hubspotId: record.id,
          salesforceId: problem.salesforceId,
          recordName: nameOf(record),
        };
        for (const f of found) collected.add(f, place);
        if (found.length > 0) continue;
        collected.stuckWithoutReason++;
        collected.add(
          {
            ruleId: "unknown-error",
            field: null,
            message: `Not synced to Salesforce (${problem.reason}) for longer than the grace period; the scan found no reason it can name (unknown error).`,
            statusCode: null,
          },
          place,
        );
      }
      deps.onProgress?.({ side: `HubSpot ${objectType}`, read: collected.hubspotRead });
    }
  }
}

/** The properties a HubSpot record is read with: its mapped ones and the sync bookkeeping. */
function properties(objectType: HubSpotObjectType, mappings: Mappings): string[] {
  const mapped = OBJECT_PAIRS.filter((p) => p.hubspot === objectType).flatMap((p) =>
    mappedFields(mappings, p).map((m) => m.hubspot),
  );
  const names =
    objectType === "contacts"
      ? ["email", "firstname", "lastname"]
      : objectType === "companies"
        ? ["name"]
        : ["dealname"];
  return [...new Set([...mapped, ...syncProperties(objectType), ...names, "hubspot_owner_id"])];
}

/**
 * The HubSpot records in scope, a page at a time: the inclusion list's contacts (read by id; the
 * list by its ILS id), or every record on a first scan, or those modified since the last one.
 */
async function* hubspotRecords(
  port: HubSpotScanPort,
  objectType: HubSpotObjectType,
  properties: readonly string[],
  since: Date | null,
  inclusionListId: string | undefined,
): AsyncGenerator<readonly HubSpotRecord[]> {
  if (objectType === "contacts" && inclusionListId) {
    let after: string | undefined;
    do {
      const page = await port.listMembersPage(inclusionListId, after);
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

function nameOf(record: HubSpotRecord): string | null {
  const p = record.properties;
  const person = [p.firstname, p.lastname].filter(Boolean).join(" ");
  return person || p.name || p.dealname || p.email || null;
}

import type { HubSpotScanPort } from "../clients/hubspot-scan-port.js";
import { type SalesforceScanPort, soqlDateTime } from "../clients/salesforce-scan-port.js";
import { SALESFORCE_OBJECTS, type SalesforceObject } from "../clients/salesforce-setup-port.js";
import { mappedFields, OBJECT_PAIRS } from "../mappings/mappings.js";
import type { SyncObject } from "../rules/types.js";
import { DETECTORS } from "./detect/index.js";
import { indexEmail, type MutableScanContext } from "./read-context.js";
import type { ScanContext } from "./scan-context.js";
import type { Pass } from "./scan-types.js";

const SALESFORCE_SYNC_OBJECT: Readonly<Record<SalesforceObject, SyncObject>> = {
  Lead: "contact",
  Contact: "contact",
  Account: "company",
  Opportunity: "deal",
};

/** Salesforce's records (changed since the last scan), a SOQL page at a time, through the checks. */
export async function scanSalesforce(port: SalesforceScanPort, pass: Pass): Promise<void> {
  const { deps, context, since, collected } = pass;
  for (const object of SALESFORCE_OBJECTS) {
    const fields = salesforceFieldsToRead(object, context);
    const where = since ? ` WHERE LastModifiedDate >= ${soqlDateTime(since)}` : "";
    await port.query(`SELECT ${fields.join(", ")} FROM ${object}${where}`, async (records) => {
      // An incremental scan has not read every HubSpot contact: ask for the emails it lacks.
      if (since && deps.hubspot && (object === "Lead" || object === "Contact"))
        await lookUpEmails(deps.hubspot, context, records);
      for (const values of records) {
        const id = String(values.Id);
        const objectType = SALESFORCE_SYNC_OBJECT[object];
        collected.read({ objectType, hubspotId: null, salesforceId: id });
        const view = { object, id, values };
        const place = {
          objectType,
          hubspotId: null,
          salesforceId: id,
          recordName: salesforceName(values),
        };
        for (const d of DETECTORS) {
          if (d.on === "salesforce-record")
            for (const f of d.detect(view, context)) collected.add(f, place);
        }
      }
      deps.onProgress?.({ side: `Salesforce ${object}`, read: collected.salesforceRead });
    });
  }
}

function salesforceName(values: Readonly<Record<string, unknown>>): string | null {
  if (typeof values.Name === "string") return values.Name;
  return typeof values.Email === "string" ? values.Email : null;
}

/**
 * The Salesforce fields read per object: the mapped ones that exist, and what the checks use
 * (Email, StageName, OwnerId, Name). Bounded by the mappings, not by how many fields the org has.
 */
export function salesforceFieldsToRead(object: SalesforceObject, context: ScanContext): string[] {
  const described = context.salesforceFields.get(object);
  const mapped = OBJECT_PAIRS.filter((p) => p.salesforce === object).flatMap((p) =>
    mappedFields(context.mappings, p).map((m) => m.salesforce),
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

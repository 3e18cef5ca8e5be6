import { isValidSalesforceId } from "../../clients/salesforce-id.js";
import { finding } from "../finding.js";
import { type ScanContext, salesforceField } from "../scan-context.js";
import { type Detector, type HubSpotRecordView, mappedValues } from "./detector.js";

/** The HubSpot properties that hold a record's Salesforce id, per object. */
export const SALESFORCE_ID_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  contacts: ["salesforcecontactid", "salesforceleadid"],
  companies: ["salesforceaccountid"],
  deals: ["hs_salesforceopportunityid"],
};

// Shaped like an id (15 or 18 letters and digits): a wrong one is an invalid id; anything else
// is not an id at all, which HubSpot reports as a missing one.
const ID_SHAPED = /^(?:[A-Za-z0-9]{15}|[A-Za-z0-9]{18})$/;

/** The ids a record would send: its own Salesforce id, and its mapped lookup fields (not owner). */
function sentIds(
  record: HubSpotRecordView,
  context: ScanContext,
): Array<{ field: string; value: string; own: boolean }> {
  const ids = (SALESFORCE_ID_PROPERTIES[record.objectType] ?? []).flatMap((property) => {
    const value = record.values[property]?.trim();
    return value ? [{ field: "Id", value, own: true }] : [];
  });
  for (const { field, value } of mappedValues(record, context)) {
    const target = salesforceField(context, record.pair.salesforce, field);
    // Owners are matched by email, not sent as ids.
    if (target?.type === "reference" && target.name !== "OwnerId")
      ids.push({ field: target.name, value: value.trim(), own: false });
  }
  return ids;
}

/**
 * Invalid Salesforce ID: an id the sync would send, in the record's own Salesforce id property or
 * in a mapped lookup field, that is shaped like an id but wrong (its case checksum does not match).
 */
export const invalidSalesforceId: Detector = {
  ruleId: "invalid-salesforce-id",
  on: "hubspot-record",
  detect(record, context) {
    return sentIds(record, context)
      .filter(({ value }) => ID_SHAPED.test(value) && !isValidSalesforceId(value))
      .map(({ field, value, own }) =>
        finding(
          "invalid-salesforce-id",
          field,
          `MALFORMED_ID: ${own ? `${record.pair.salesforce} ID` : field}: id value of incorrect type: ${value}`,
          "MALFORMED_ID",
        ),
      );
  },
};

/** Missing Salesforce ID: a lookup field or Salesforce id property holding something not an id. */
export const missingSalesforceId: Detector = {
  ruleId: "missing-salesforce-id",
  on: "hubspot-record",
  detect(record, context) {
    return sentIds(record, context)
      .filter(({ value }) => !ID_SHAPED.test(value))
      .map(({ field, value }) =>
        finding(
          "missing-salesforce-id",
          field,
          `Lookup field ${field} only accepts a Salesforce record ID: ${value} is not a Salesforce ID`,
        ),
      );
  },
};

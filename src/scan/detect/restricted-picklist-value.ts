import { finding } from "../finding.js";
import { salesforceField } from "../scan-context.js";
import { type Detector, mappedValues } from "./detector.js";
import { unknownPicklistValues } from "./picklist-values.js";

// State and country picklists have their own error types.
const STATE_OR_COUNTRY = /(?:State|Country)(?:Code)?$/;

/**
 * Restricted picklist value: the Salesforce picklist only accepts its own values, and the mapped
 * HubSpot value is not one of its active ones.
 */
export const restrictedPicklistValue: Detector = {
  ruleId: "restricted-picklist-value",
  on: "hubspot-record",
  detect(record, context) {
    return mappedValues(record, context).flatMap(({ field, value }) => {
      const target = salesforceField(context, record.pair.salesforce, field);
      if (!target?.picklist || !target.restricted || STATE_OR_COUNTRY.test(target.name)) return [];
      return unknownPicklistValues(target, value).map((bad) =>
        finding(
          "restricted-picklist-value",
          target.name,
          `INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST: ${target.name}: bad value for restricted picklist field: ${bad}`,
          "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
        ),
      );
    });
  },
};

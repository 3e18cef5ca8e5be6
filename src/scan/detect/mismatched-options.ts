import type { SalesforceObject } from "../../clients/salesforce-setup-port.js";
import { mappedFields, OBJECT_PAIRS } from "../../mappings/mappings.js";
import { finding } from "../finding.js";
import { salesforceField } from "../scan-context.js";
import { type Detector, mappedValues, textOf } from "./detector.js";
import { unknownPicklistValues } from "./picklist-values.js";

const STATE_OR_COUNTRY = /(?:State|Country)(?:Code)?$/;

/**
 * Mismatched options, both ways: a HubSpot value that an unrestricted Salesforce picklist does not
 * list (Salesforce stores it, but it matches no option), and a Salesforce picklist value that is
 * not among the options of the HubSpot dropdown property it maps to.
 */
export const mismatchedOptionsToSalesforce: Detector = {
  ruleId: "mismatched-options",
  on: "hubspot-record",
  detect(record, context) {
    return mappedValues(record, context).flatMap(({ property, field, value }) => {
      const target = salesforceField(context, record.pair.salesforce, field);
      if (!target?.picklist || target.restricted || STATE_OR_COUNTRY.test(target.name)) return [];
      return unknownPicklistValues(target, value).map((bad) =>
        finding(
          "mismatched-options",
          target.name,
          `Mismatched options: the HubSpot value ${bad} of ${property} has no matching option in the Salesforce picklist ${target.name}`,
        ),
      );
    });
  },
};

/** The Salesforce→HubSpot half of Mismatched options. */
export const mismatchedOptionsToHubSpot: Detector = {
  ruleId: "mismatched-options",
  on: "salesforce-record",
  detect(record, context) {
    const findings = [];
    for (const pair of OBJECT_PAIRS.filter((p) => p.salesforce === record.object)) {
      const properties = context.hubspotProperties.get(pair.hubspot);
      for (const m of mappedFields(context.mappings, pair)) {
        const property = properties?.get(m.hubspot);
        const source = salesforceField(context, record.object as SalesforceObject, m.salesforce);
        // Deal stages have their own error type; owners map through users, not options.
        if (property?.type !== "enumeration" || m.hubspot === "dealstage") continue;
        if (m.hubspot === "hubspot_owner_id" || !source?.picklist) continue;
        const value = textOf(record.values[source.name]);
        if (value === "") continue;
        const allowed = new Set(property.options.map((o) => o.value));
        for (const entry of value.split(";").map((v) => v.trim())) {
          if (entry === "" || allowed.has(entry)) continue;
          findings.push(
            finding(
              "mismatched-options",
              source.name,
              `Mismatched options: the Salesforce value ${entry} on ${source.name} has no matching option in the HubSpot property ${property.name}`,
            ),
          );
        }
      }
    }
    return findings;
  },
};

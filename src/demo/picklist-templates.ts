/**
 * Picklist values: a value one system has and the other lacks, a restricted value set that
 * refuses it, and fields that have reached their limit of options.
 */
import type { MessageContext, MessageTemplate } from "./message-template.js";
import { template } from "./message-template.js";
import { chance } from "./random.js";
import { PICKLIST_FIELDS } from "./salesforce-fields.js";
import { apiValue, oneOf, salesforceJson } from "./template-helpers.js";
import { wordList } from "./word-list.js";

const SF_TO_HS = { direction: "salesforce-to-hubspot" } as const;
const HS_TO_SF = { direction: "hubspot-to-salesforce" } as const;
const LIMITED_PROPERTIES = wordList(
  "product_interest, industry_detail, event_attended, competitor",
);
const LIMITED_FIELDS = wordList("Product_Line__c, Competitor__c, Event__c, Product_SKU__c");
// Options that exist in every org, shown by HubSpot as the allowed ones.
const ALLOWED_OPTIONS = wordList("Other, Andet, Standard");
const NEW_OPTIONS = wordList(
  "Wind turbines, Solar 12kW, Heat pump XL, Webinar 2026-03, Nordlys A/S",
);

function picklistValue(c: MessageContext) {
  const field = oneOf(c, PICKLIST_FIELDS[c.salesforceObject]);
  return { field, value: oneOf(c, field.values) };
}

/** Picklist value messages, keyed by rule id. */
export const PICKLIST_TEMPLATES: Readonly<Record<string, readonly MessageTemplate[]>> = {
  "mismatched-options": [
    template(
      2,
      (c) => {
        const { field, value } = picklistValue(c);
        const label = oneOf(c, ALLOWED_OPTIONS);
        const option = `[label: \\"${label}\\"\\nvalue: \\"${apiValue(label).toLowerCase()}\\"\\n]`;
        return `Property values were not valid: [{"isValid":false,"message":"${value} was not one of the allowed options: ${option}","error":"INVALID_OPTION","name":"${field.hubspotName}"}]`;
      },
      SF_TO_HS,
    ),
    template(
      2,
      (c) => {
        const { field, value } = picklistValue(c);
        return `Mismatched options: the Salesforce value ${apiValue(value)} on ${field.api} has no matching option in the HubSpot property ${field.hubspotLabel}`;
      },
      SF_TO_HS,
    ),
    template(
      1,
      (c) => {
        const { field, value } = picklistValue(c);
        return `The picklist value '${value}' doesn't match any current options of the HubSpot property ${field.hubspotName}`;
      },
      SF_TO_HS,
    ),
    template(
      1,
      (c) => {
        const { field, value } = picklistValue(c);
        return `picklist value not found: ${field.api} = ${value}`;
      },
      HS_TO_SF,
    ),
  ],
  "restricted-picklist-value": [
    template(3, (c) => {
      const { field, value } = picklistValue(c);
      const fields = chance(c.random, 0.4) ? `: [${field.api}]` : "";
      return `INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST: ${field.label}: bad value for restricted picklist field: ${value}${fields}`;
    }),
    template(2, (c) => {
      const { field, value } = picklistValue(c);
      return salesforceJson(
        "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
        `${field.label}: bad value for restricted picklist field: ${value}`,
        [field.api],
      );
    }),
    template(0.5, (c) => {
      const { field, value } = picklistValue(c);
      return `invalid_or_null_for_restricted_picklist: ${field.label}: bad value for restricted picklist field: ${value}`;
    }),
    template(1, (c) => {
      const { field, value } = picklistValue(c);
      return `Bad value for restricted picklist field: ${field.api} = ${value}`;
    }),
  ],
  "option-limit-exceeded": [
    template(
      2,
      (c) =>
        `Option limit exceeded: the property ${oneOf(c, LIMITED_PROPERTIES)} has reached the maximum number of options`,
      SF_TO_HS,
    ),
    template(
      1,
      (c) =>
        `Cannot add option '${oneOf(c, NEW_OPTIONS)}': the HubSpot property ${oneOf(c, LIMITED_PROPERTIES)} has too many options`,
      SF_TO_HS,
    ),
    template(
      1,
      (c) =>
        `Picklist ${oneOf(c, LIMITED_FIELDS)} exceeded the maximum number of values (1000); value ${oneOf(c, NEW_OPTIONS)} was not added`,
      HS_TO_SF,
    ),
  ],
};

/**
 * Property values: a value Salesforce or HubSpot refuses as it stands (too long, not an email,
 * not a number or date, missing where required).
 */
import type { SyncObject } from "../rules/types.js";
import type { MessageContext, MessageTemplate, SalesforceObject } from "./message-template.js";
import { template } from "./message-template.js";
import { chance, randomInt } from "./random.js";
import { LOOKUP_FIELDS } from "./salesforce-fields.js";
import { id15, oneOf, salesforceJson, salesforceNoun } from "./template-helpers.js";
import { TEXT_FIELDS } from "./text-fields.js";
import { wordList } from "./word-list.js";

const HS_TO_SF = { direction: "hubspot-to-salesforce" } as const;
const SF_TO_HS = { direction: "salesforce-to-hubspot" } as const;

// [label, API name, HubSpot property, kind] of number and date fields, by object.
type TypedField = readonly [string, string, string, "number" | "date" | "integer"];
const TYPED_FIELDS: Readonly<Record<SalesforceObject, readonly TypedField[]>> = {
  Lead: [
    ["No. of Employees", "NumberOfEmployees", "numberofemployees", "integer"],
    ["Annual Revenue", "AnnualRevenue", "annualrevenue", "number"],
  ],
  Contact: [["Birthdate", "Birthdate", "date_of_birth", "date"]],
  Account: [
    ["Employees", "NumberOfEmployees", "numberofemployees", "integer"],
    ["Annual Revenue", "AnnualRevenue", "annualrevenue", "number"],
    ["Founded Year", "Founded_Year__c", "founded_year", "integer"],
  ],
  Opportunity: [
    ["Amount", "Amount", "amount", "number"],
    ["Close Date", "CloseDate", "closedate", "date"],
    ["Probability (%)", "Probability", "hs_deal_stage_probability", "number"],
  ],
  Task: [["Due Date", "ActivityDate", "hs_timestamp", "date"]],
};
// Plausible but wrongly formatted: Danish decimal commas and impossible dates.
const BAD_NUMBERS = ["12,5", "1.234,50", "2.500.000,00", "45 000", "7½", "3.5.1"];
const BAD_DATES = wordList("2026-13-45, 31.02.2026, 2026-02-30, 00-00-0000, 31/04/2026");
const REQUIRED: Readonly<Record<SalesforceObject, readonly string[]>> = {
  Lead: ["LastName", "Company", "LastName, Company"],
  Contact: ["LastName"],
  Account: ["Name", "Industry__c", "Customer_Segment__c"],
  Opportunity: ["CloseDate", "Amount", "CloseDate, Amount"],
  Task: ["Subject"],
};
const HUBSPOT_REQUIRED: Readonly<Record<SyncObject, string>> = {
  contact: "Lifecycle stage",
  company: "Company domain name",
  deal: "Close date",
  activity: "Task type",
};

/** A broken version of the record's email, in the ways people mistype addresses. */
function badEmail(c: MessageContext): string {
  const at = c.email.indexOf("@");
  const [local, domain] = [c.email.slice(0, at), c.email.slice(at + 1)];
  const dot = domain.lastIndexOf(".");
  switch (randomInt(c.random, 0, 5)) {
    case 0:
      return `${local}@${domain.slice(0, dot)}`;
    case 1:
      return `${local}@@${domain}`;
    case 2:
      return `${local}@${domain.slice(0, dot)},${domain.slice(dot + 1)}`;
    case 3:
      return `${local}@${domain}.`;
    case 4:
      return `${local}.${domain}`;
    default:
      return `${local.replace(".", "..")}@${domain}`;
  }
}

function typedValue(c: MessageContext) {
  const [label, api, hubspotName, kind] = oneOf(c, TYPED_FIELDS[c.salesforceObject]);
  const value = oneOf(c, kind === "date" ? BAD_DATES : BAD_NUMBERS);
  return { label, api, hubspotName, kind, value };
}

/** Property value messages, keyed by rule id. */
export const PROPERTY_VALUE_TEMPLATES: Readonly<Record<string, readonly MessageTemplate[]>> = {
  "string-too-long": [
    template(3, (c) => {
      const field = oneOf(c, TEXT_FIELDS[c.salesforceObject]);
      const fields = chance(c.random, 0.4) ? `: [${field.api}]` : "";
      return `STRING_TOO_LONG: ${field.label}: data value too large: ${field.overflow(c.random, c.recordName)} (max length=${field.max})${fields}`;
    }),
    template(2, (c) => {
      const field = oneOf(c, TEXT_FIELDS[c.salesforceObject]);
      const value = field.overflow(c.random, c.recordName);
      return salesforceJson(
        "STRING_TOO_LONG",
        `${field.label}: data value too large: ${value} (max length=${field.max})`,
        [field.api],
      );
    }),
    template(0.5, (c) => {
      const field = oneOf(c, TEXT_FIELDS[c.salesforceObject]);
      return `string_too_long: ${field.label}: data value too large: ${field.overflow(c.random, c.recordName)} (max length=${field.max}): [${field.api}]`;
    }),
    template(1, (c) => {
      const field = oneOf(c, TEXT_FIELDS[c.salesforceObject]);
      return `data value too large: ${field.overflow(c.random, c.recordName)} (max length=${field.max})`;
    }),
    template(1, (c) => {
      const field = oneOf(c, TEXT_FIELDS[c.salesforceObject]);
      const length = field.overflow(c.random, c.recordName).length;
      return `The value of ${field.hubspotLabel} is ${length} characters long, but the Salesforce field ${field.api} allows at most ${field.max} characters.`;
    }),
  ],
  "invalid-email": [
    template(
      3,
      (c) => `INVALID_EMAIL_ADDRESS: Email: invalid email address: ${badEmail(c)}: [Email]`,
    ),
    template(2, (c) =>
      salesforceJson("INVALID_EMAIL_ADDRESS", `Email: invalid email address: ${badEmail(c)}`, [
        "Email",
      ]),
    ),
    template(0.5, (c) => `invalid_email_address: Email: invalid email address: ${badEmail(c)}`),
    template(1, (c) => {
      const details = [
        {
          isValid: false,
          message: `Email address ${badEmail(c)} is invalid`,
          error: "INVALID_EMAIL",
          name: "email",
        },
      ];
      const message = `Property values were not valid: ${JSON.stringify(details)}`;
      return JSON.stringify({ status: "error", message, category: "VALIDATION_ERROR" });
    }),
    template(
      1,
      (c) =>
        `The email address on Salesforce ${salesforceNoun(c)} ${id15(c.salesforceId)} is not a valid email address.`,
    ),
  ],
  "invalid-value": [
    template(
      3,
      (c) => {
        const { label, api, value } = typedValue(c);
        const fields = chance(c.random, 0.5) ? `: [${api}]` : "";
        return `INVALID_TYPE_ON_FIELD_IN_RECORD: ${label}: value not of required type: ${value}${fields}`;
      },
      HS_TO_SF,
    ),
    template(
      1.5,
      (c) =>
        `FIELD_FILTER_VALIDATION_EXCEPTION: Value does not exist or does not match filter criteria.: [${oneOf(c, LOOKUP_FIELDS[c.salesforceObject]).api}]`,
      HS_TO_SF,
    ),
    template(
      1,
      (c) => {
        const lookup = oneOf(c, LOOKUP_FIELDS[c.salesforceObject]);
        return salesforceJson(
          "FIELD_FILTER_VALIDATION_EXCEPTION",
          `${lookup.label}: value does not exist or does not match filter criteria.`,
          [lookup.api],
        );
      },
      HS_TO_SF,
    ),
    template(
      2,
      (c) => {
        const { hubspotName, kind, value } = typedValue(c);
        const error = `INVALID_${kind === "number" ? "DECIMAL" : kind.toUpperCase()}`;
        return `Property values were not valid: [{"isValid":false,"message":"${value} was not a valid ${kind}.","error":"${error}","name":"${hubspotName}"}]`;
      },
      SF_TO_HS,
    ),
  ],
  "missing-required-value": [
    template(
      3,
      (c) => {
        const fields = oneOf(c, REQUIRED[c.salesforceObject]);
        const repeat = chance(c.random, 0.4) ? `: [${fields}]` : "";
        return `REQUIRED_FIELD_MISSING: Required fields are missing: [${fields}]${repeat}`;
      },
      HS_TO_SF,
    ),
    template(
      2,
      (c) => {
        const fields = oneOf(c, REQUIRED[c.salesforceObject]);
        return salesforceJson(
          "REQUIRED_FIELD_MISSING",
          `Required fields are missing: [${fields}]`,
          fields.split(", "),
        );
      },
      HS_TO_SF,
    ),
    template(
      0.5,
      (c) => `required fields are missing: [${oneOf(c, REQUIRED[c.salesforceObject])}]`,
      HS_TO_SF,
    ),
    template(
      2,
      (c) =>
        `The Salesforce record has no value for the required HubSpot property ${HUBSPOT_REQUIRED[c.object]}`,
      SF_TO_HS,
    ),
  ],
};

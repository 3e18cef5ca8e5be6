/**
 * Duplicates, three ways: an email HubSpot already has (Salesforce → HubSpot), a Salesforce
 * duplicate rule blocking a new record, and a unique field already holding the value.
 */
import type { MessageTemplate, SalesforceObject } from "./message-template.js";
import { template } from "./message-template.js";
import { chance } from "./random.js";
import { KEY_PREFIXES } from "./salesforce-id.js";
import { hubspotNoun, id15, oneOf, otherHubspotId, salesforceJson } from "./template-helpers.js";

const DUPLICATE_RULES: Readonly<Record<SalesforceObject, readonly string[]>> = {
  Lead: ["Standard Lead Duplicate Rule", "Leads – match on email"],
  Contact: ["Standard Contact Duplicate Rule", "Contacts – match on email and account"],
  Account: ["Standard Account Duplicate Rule", "Accounts – match on CVR"],
  Opportunity: ["Opportunities – same account and close month"],
  Task: ["Standard Lead Duplicate Rule"],
};
// [API name, label] of fields marked Unique or External ID in Salesforce.
const UNIQUE_FIELDS: Readonly<Record<SalesforceObject, readonly (readonly [string, string])[]>> = {
  Lead: [
    ["HubSpot_ID__c", "HubSpot ID"],
    ["Personal_Email__c", "Personal email"],
  ],
  Contact: [
    ["HubSpot_ID__c", "HubSpot ID"],
    ["Employee_Number__c", "Employee number"],
  ],
  Account: [
    ["CVR_Number__c", "CVR number"],
    ["VAT_Number__c", "VAT number"],
    ["Customer_Number__c", "Customer number"],
  ],
  Opportunity: [
    ["Contract_Number__c", "Contract number"],
    ["HubSpot_Deal_ID__c", "HubSpot deal ID"],
  ],
  Task: [["HubSpot_Activity_ID__c", "HubSpot activity ID"]],
};
const EXTERNAL_IDS = ["HubSpot_ID__c", "External_Id__c", "ERP_Id__c"];
const CREATING_DUPLICATE =
  "creating a duplicate record. We recommend you use an existing record instead.";

/** Duplicate messages, keyed by rule id. */
export const DUPLICATE_TEMPLATES: Readonly<Record<string, readonly MessageTemplate[]>> = {
  "email-already-in-use": [
    template(0.3, () => "Email already in use"),
    template(
      2,
      (c) =>
        `${c.salesforceObject} ${c.salesforceId} could not sync: the email address ${c.email} is ` +
        `already in use by HubSpot contact ${otherHubspotId(c.random)}`,
    ),
    template(1, (c) => `email already exists on another HubSpot contact (${c.email})`),
    template(1.5, (c) =>
      JSON.stringify({
        status: "error",
        message: `Contact already exists. Existing ID: ${otherHubspotId(c.random)}`,
        category: "CONFLICT",
      }),
    ),
    template(1, (c) => `A contact with this email address already exists in HubSpot: ${c.email}`),
  ],
  "salesforce-duplicate-rule": [
    template(2, () => "DUPLICATES_DETECTED: Use one of these records?"),
    template(2, () => salesforceJson("DUPLICATES_DETECTED", `You're ${CREATING_DUPLICATE}`, [])),
    template(0.5, () => `duplicates_detected: You are ${CREATING_DUPLICATE}`),
    template(1.5, (c) => {
      const who = c.object === "contact" ? c.email : c.recordName;
      const rule = oneOf(c, DUPLICATE_RULES[c.salesforceObject]);
      return `${c.salesforceObject} for ${who} was blocked by the Salesforce duplicate rule ${rule}`;
    }),
    template(1, () => `You’re ${CREATING_DUPLICATE}`),
  ],
  "restricted-unique-value": [
    template(2, (c) => {
      const [field] = oneOf(c, UNIQUE_FIELDS[c.salesforceObject]);
      const other = c.org.newId(KEY_PREFIXES[c.salesforceObject]);
      return `DUPLICATE_VALUE: duplicate value found: ${field} duplicates value on record with id: ${other}`;
    }),
    template(1, (c) => {
      const prefix = KEY_PREFIXES[c.salesforceObject];
      const [a, b] = [c.org.newId(prefix), c.org.newId(prefix)];
      return `DUPLICATE_EXTERNAL_ID: ${oneOf(c, EXTERNAL_IDS)}: more than one record found for external id field: [${a}, ${b}]`;
    }),
    template(1, (c) => {
      const [field] = oneOf(c, UNIQUE_FIELDS[c.salesforceObject]);
      const other = id15(c.org.newId(KEY_PREFIXES[c.salesforceObject]));
      return salesforceJson(
        "DUPLICATE_VALUE",
        `duplicate value found: ${field} duplicates value on record with id: ${other}`,
        chance(c.random, 0.5) ? [field] : [],
      );
    }),
    template(1, (c) => {
      const [field] = oneOf(c, UNIQUE_FIELDS[c.salesforceObject]);
      return `duplicate value found: ${field} duplicates value on record with id: ${id15(c.org.newId(KEY_PREFIXES[c.salesforceObject]))}`;
    }),
    template(1, (c) => {
      const [, label] = oneOf(c, UNIQUE_FIELDS[c.salesforceObject]);
      return `The unique field ${label} already exists on another Salesforce record, so this ${hubspotNoun(c)} cannot sync.`;
    }),
  ],
};

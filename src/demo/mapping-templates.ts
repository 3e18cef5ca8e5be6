/**
 * Property mappings and associations: values of the wrong type or that are not Salesforce ids,
 * ids Salesforce rejects, and records whose associations HubSpot cannot make (yet).
 */
import type { MessageContext, MessageTemplate } from "./message-template.js";
import { template } from "./message-template.js";
import { chance } from "./random.js";
import { companyName, emailAddress, emailDomain, personName } from "./record-names.js";
import { LOOKUP_FIELDS } from "./salesforce-fields.js";
import { KEY_PREFIXES } from "./salesforce-id.js";
import { oneOf, otherHubspotId, salesforceJson } from "./template-helpers.js";
import { wordList } from "./word-list.js";

// Words where a number belongs; the first word decides that the type is wholly wrong.
const WORDY_VALUES = wordList("about two million, ca. 50 ansatte, TBD, ja, N/A, Q3 2026, ukendt");
const WORDY_FIELDS = wordList("Annual Revenue, No. of Employees, Amount, Close Date, Founded Year");
// [HubSpot property (type), Salesforce field (type)] that cannot map onto each other.
const TYPE_PAIRS = [
  ["annualrevenue (string)", "AnnualRevenue (currency)"],
  ["numberofemployees (string)", "NumberOfEmployees (number)"],
  ["closedate (string)", "CloseDate (date)"],
  ["newsletter_opt_in (enumeration)", "Newsletter_Opt_In__c (checkbox)"],
  ["industry (enumeration)", "Industry__c (number)"],
] as const;
const WRONG_TARGETS = [
  KEY_PREFIXES.Account,
  KEY_PREFIXES.Contact,
  KEY_PREFIXES.Opportunity,
  KEY_PREFIXES.Lead,
];
const ASSOCIATED = { contact: ["contacts", "companies"], company: ["companies", "deals"] } as const;

/** What people put in a lookup's HubSpot property instead of an id: a name, an email, an id. */
function notAnId(c: MessageContext, target: string): string {
  if (chance(c.random, 0.25)) return otherHubspotId(c.random);
  if (target !== KEY_PREFIXES.Contact) return companyName(c.random);
  const name = personName(c.random);
  return chance(c.random, 0.5) ? name : emailAddress(name, emailDomain(c.random));
}

/** An id Salesforce rejects: a broken checksum, or a valid id of the wrong object. */
function rejectedId(c: MessageContext, target: string): string {
  if (chance(c.random, 0.5)) {
    return c.org.newId(
      oneOf(
        c,
        WRONG_TARGETS.filter((prefix) => prefix !== target),
      ),
    );
  }
  const id = c.org.newId(target);
  // Rotating the checksum's middle symbol keeps the shape of an id but breaks it.
  const broken = id[16] === "A" ? "B" : "A";
  return `${id.slice(0, 16)}${broken}${id.slice(17)}`;
}

/** Mapping and association messages, keyed by rule id. */
export const MAPPING_TEMPLATES: Readonly<Record<string, readonly MessageTemplate[]>> = {
  "type-mismatch": [
    template(
      2,
      (c) =>
        `INVALID_TYPE_ON_FIELD_IN_RECORD: ${oneOf(c, WORDY_FIELDS)}: value not of required type: ${oneOf(c, WORDY_VALUES)}`,
      { direction: "hubspot-to-salesforce" },
    ),
    template(2, (c) => {
      const [hubspot, salesforce] = oneOf(c, TYPE_PAIRS);
      return `Mismatched types: the HubSpot property ${hubspot} cannot sync to the Salesforce field ${salesforce}`;
    }),
    template(0.3, () => "Type mismatch"),
  ],
  "missing-salesforce-id": [
    template(3, (c) => {
      const lookup = oneOf(c, LOOKUP_FIELDS[c.salesforceObject]);
      return `MALFORMED_ID: ${lookup.label}: id value of incorrect type: ${notAnId(c, lookup.target)}: [${lookup.api}]`;
    }),
    template(1, (c) => {
      const lookup = oneOf(c, LOOKUP_FIELDS[c.salesforceObject]);
      return `FIELD_INTEGRITY_EXCEPTION: ${lookup.label}: id value of incorrect type: ${notAnId(c, lookup.target)}: [${lookup.api}]`;
    }),
    template(1, (c) => {
      const lookup = oneOf(c, LOOKUP_FIELDS[c.salesforceObject]);
      return salesforceJson(
        "MALFORMED_ID",
        `${lookup.label}: id value of incorrect type: ${notAnId(c, lookup.target)}`,
        [lookup.api],
      );
    }),
    template(0.5, (c) => {
      const lookup = oneOf(c, LOOKUP_FIELDS[c.salesforceObject]);
      return `malformed_id: ${lookup.label}: id value of incorrect type: ${notAnId(c, lookup.target)}`;
    }),
    template(1, (c) => {
      const lookup = oneOf(c, LOOKUP_FIELDS[c.salesforceObject]);
      return (
        `The value '${notAnId(c, lookup.target)}' in the property ${lookup.hubspotLabel} isn't a ` +
        `Salesforce ID. The reference field ${lookup.api} only accepts the ID of an existing record.`
      );
    }),
  ],
  "invalid-salesforce-id": [
    template(2, (c) => {
      const lookup = oneOf(c, LOOKUP_FIELDS[c.salesforceObject]);
      return `INVALID_CROSS_REFERENCE_KEY: ${lookup.label}: invalid cross reference id: [${lookup.api}]`;
    }),
    template(2, (c) => {
      const lookup = oneOf(c, LOOKUP_FIELDS[c.salesforceObject]);
      return `MALFORMED_ID: ${lookup.label}: id value of incorrect type: ${rejectedId(c, lookup.target)}: [${lookup.api}]`;
    }),
    template(1, (c) => {
      const lookup = oneOf(c, LOOKUP_FIELDS[c.salesforceObject]);
      return `FIELD_INTEGRITY_EXCEPTION: ${lookup.label}: id value of incorrect type: ${rejectedId(c, lookup.target)}: [${lookup.api}]`;
    }),
    template(1, () => salesforceJson("INVALID_ID_FIELD", "invalid record id", [])),
    template(0.5, (c) => {
      // A 15-character id that lost its last character on the way through a spreadsheet.
      const truncated = c.org.newId(KEY_PREFIXES[c.salesforceObject]).slice(0, 14);
      return `malformed id: ${c.salesforceObject} ID ${truncated} was rejected by Salesforce`;
    }),
  ],
  "association-limit-reached": [
    template(0.3, () => "Association limit reached"),
    template(
      2,
      (c) =>
        `${c.salesforceObject} ${c.salesforceId} could not sync: company ${otherHubspotId(c.random)} has reached the association limit for contacts`,
      { objects: ["contact"] },
    ),
    template(
      2,
      (c) =>
        `Salesforce opportunity ${c.salesforceId} was not synced because deal ${c.recordId} has reached its association limit`,
      { objects: ["deal"] },
    ),
    template(
      2,
      (c) =>
        `association limit exceeded: account ${c.salesforceId} is linked to more companies than HubSpot allows`,
      { objects: ["company"] },
    ),
    template(
      1,
      (c) => {
        const [a, b] = ASSOCIATED[c.object === "company" ? "company" : "contact"];
        return `The record exceeds the maximum number of associations allowed between ${a} and ${b}`;
      },
      { objects: ["contact", "company"] },
    ),
  ],
  "waiting-for-account-to-sync": [
    template(0.3, () => "Waiting for account to sync", {
      salesforceObjects: ["Contact", "Opportunity"],
    }),
    template(2, (c) => `Contact ${c.salesforceId} is waiting for its associated account to sync`, {
      objects: ["contact"],
      salesforceObjects: ["Contact"],
    }),
    template(
      2,
      (c) =>
        `Opportunity ${c.salesforceId}: waiting for the Salesforce account ${c.org.newId(KEY_PREFIXES.Account)} to sync to HubSpot`,
      { objects: ["deal"] },
    ),
    template(1, () => "waiting for account to be synced before this contact can be associated", {
      objects: ["contact"],
      salesforceObjects: ["Contact"],
    }),
    template(
      1,
      (c) =>
        `The parent account has not been synced yet, so the ${c.object === "deal" ? "opportunity" : "contact"} cannot be created in HubSpot`,
      { salesforceObjects: ["Contact", "Opportunity"] },
    ),
  ],
};

/**
 * Permissions and the unknown: what Salesforce answers when the integration user may not see a
 * record, use the API, or write a field, and the transient failures nobody can classify.
 */
import type { MessageTemplate, SalesforceObject } from "./message-template.js";
import { template } from "./message-template.js";
import { chance, randomInt } from "./random.js";
import { KEY_PREFIXES } from "./salesforce-id.js";
import {
  hubspotNoun,
  id15,
  oneOf,
  salesforceErrorId,
  salesforceJson,
  salesforceNoun,
} from "./template-helpers.js";
import { wordList } from "./word-list.js";

// Fields a profile typically leaves read-only for the integration user, by object.
const GUARDED_FIELDS: Readonly<Record<SalesforceObject, readonly string[]>> = {
  Lead: wordList("Rating, LeadSource, HubSpot_Score__c, Lead_Grade__c, Partner_Tier__c, Industry"),
  Contact: wordList("HubSpot_Score__c, Lifecycle_Stage__c, Newsletter_Opt_In__c, Department"),
  Account: wordList("Annual_Contract_Value__c, Customer_Tier__c, Rating, NumberOfEmployees"),
  Opportunity: wordList("Annual_Contract_Value__c, Forecast_Category__c, Probability, Discount__c"),
  Task: wordList("CallDisposition, Meeting_Outcome__c, Type"),
};
const SECURITY_ADVICE =
  "Please check the security settings of this field and verify that it is read/write for your " +
  "profile or permission set.";
const CROSS_REFERENCED = [KEY_PREFIXES.Account, KEY_PREFIXES.Contact, KEY_PREFIXES.User];

/** Permission and unknown-error messages, keyed by rule id. */
export const ACCESS_TEMPLATES: Readonly<Record<string, readonly MessageTemplate[]>> = {
  "insufficient-access-or-missing-salesforce-record": [
    template(3, (c) => {
      const id = c.org.newId(oneOf(c, CROSS_REFERENCED));
      return `INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY: insufficient access rights on cross-reference id: ${id15(id)}`;
    }),
    template(2, () =>
      salesforceJson(
        "INSUFFICIENT_ACCESS_OR_READONLY",
        "insufficient access rights on object id",
        [],
      ),
    ),
    template(1, () => "ENTITY_IS_DELETED: entity is deleted: []"),
    template(0.5, () => "entity_is_locked: the entity is locked for editing"),
    template(
      1,
      () => "ENTITY_IS_LOCKED: This record is locked. If you need to edit it, contact your admin.",
    ),
  ],
  "insufficient-salesforce-access": [
    template(
      0.5,
      () => "API_DISABLED_FOR_ORG: API is not enabled for this Organization or Partner",
    ),
    template(1, () =>
      salesforceJson("API_CURRENTLY_DISABLED", "API is disabled for this User", []),
    ),
    template(
      2,
      () =>
        "INSUFFICIENT_ACCESS: Insufficient Privileges: You do not have the level of access " +
        "necessary to perform the operation you requested. Please contact the owner of the " +
        "record or your administrator if access is necessary.",
    ),
    template(
      1,
      (c) =>
        `INVALID_TYPE: sObject type '${c.salesforceObject}' is not supported. If you are ` +
        "attempting to use a custom object, be sure to append the '__c' after the entity name. " +
        "Please reference your WSDL or the describe call for the appropriate names.",
    ),
    template(
      1,
      (c) =>
        `insufficient privileges: the integration user cannot create ${c.salesforceObject} records`,
    ),
  ],
  "salesforce-field-permission": [
    template(3, (c) => {
      const fields = GUARDED_FIELDS[c.salesforceObject];
      const first = oneOf(c, fields);
      const second = chance(c.random, 0.3) ? oneOf(c, fields) : first;
      const list = second === first ? first : `${first}, ${second}`;
      return `INVALID_FIELD_FOR_INSERT_UPDATE: Unable to create/update fields: ${list}. ${SECURITY_ADVICE}`;
    }),
    template(2, (c) => {
      const field = oneOf(c, GUARDED_FIELDS[c.salesforceObject]);
      return salesforceJson(
        "INVALID_FIELD_FOR_INSERT_UPDATE",
        `Unable to create/update fields: ${field}. ${SECURITY_ADVICE}`,
        [field],
      );
    }),
    template(
      1,
      (c) =>
        `INVALID_FIELD: No such column '${oneOf(c, GUARDED_FIELDS[c.salesforceObject])}' on entity ` +
        `'${c.salesforceObject}'. If you are attempting to use a custom field, be sure to append ` +
        "the '__c' after the custom field name. Please reference your WSDL or the describe call " +
        "for the appropriate names.",
    ),
    template(
      0.5,
      (c) =>
        `unable to create/update fields: ${oneOf(c, GUARDED_FIELDS[c.salesforceObject])}. please ` +
        "check the security settings of this field and verify that it is read/write for your profile",
    ),
    template(
      1,
      (c) =>
        "The integration user does not have edit access to the Salesforce field " +
        `${c.salesforceObject}.${oneOf(c, GUARDED_FIELDS[c.salesforceObject])}`,
    ),
  ],
  "unknown-error": [
    template(
      2,
      (c) =>
        "UNKNOWN_EXCEPTION: An unexpected error occurred. Please include this ErrorId if you " +
        `contact support: ${salesforceErrorId(c.random)}`,
      { direction: "hubspot-to-salesforce" },
    ),
    template(
      2,
      (c) =>
        "UNABLE_TO_LOCK_ROW: unable to obtain exclusive access to this record or " +
        `${randomInt(c.random, 1, 200)} records: ${c.org.newId(KEY_PREFIXES.Account)}`,
      { direction: "hubspot-to-salesforce" },
    ),
    template(
      1,
      () =>
        salesforceJson(
          "SERVER_UNAVAILABLE",
          "Could not perform the operation: server unavailable, try again later",
          [],
        ),
      { direction: "hubspot-to-salesforce" },
    ),
    template(
      1,
      (c) => `An unknown error occurred while syncing this ${hubspotNoun(c)} to Salesforce.`,
      { direction: "hubspot-to-salesforce" },
    ),
    template(
      1,
      (c) => `An unknown error occurred while syncing this ${salesforceNoun(c)} from Salesforce.`,
      { direction: "salesforce-to-hubspot" },
    ),
    template(0.5, () => "unable_to_lock_row: unable to obtain exclusive access to this record", {
      direction: "hubspot-to-salesforce",
    }),
  ],
};

/**
 * Custom code: Salesforce automation rejecting HubSpot's write. Validation rules speak in their
 * author's words; Apex triggers and flows wrap the error their own DML statement hit, which is why
 * these templates nest a second, inner error the way Salesforce prints it.
 */
import type { MessageContext, MessageTemplate, SalesforceObject } from "./message-template.js";
import { template } from "./message-template.js";
import { chance, randomInt } from "./random.js";
import { PICKLIST_FIELDS } from "./salesforce-fields.js";
import { KEY_PREFIXES } from "./salesforce-id.js";
import { oneOf, salesforceErrorId, salesforceJson } from "./template-helpers.js";
import { TEXT_FIELDS } from "./text-fields.js";

// [message, field]: validation rules as admins write them, by object.
const VALIDATIONS: Readonly<Record<SalesforceObject, readonly (readonly [string, string])[]>> = {
  Lead: [
    ["Phone must be in international format (+45 12 34 56 78)", "Phone"],
    ["Company is required for B2B leads. Use 'Privatperson' for consumers", "Company"],
    ["Lead Source must be filled in before conversion", "LeadSource"],
    ["Please enter a valid Danish postal code (4 digits)", "PostalCode"],
  ],
  Contact: [
    ["Phone must be in international format (+45 12 34 56 78)", "Phone"],
    ["Contacts cannot be moved to another account by integrations", "AccountId"],
    ["Marketing consent date is required when Opt-in is checked", "Consent_Date__c"],
  ],
  Account: [
    ["CVR number must be 8 digits", "CVR_Number__c"],
    ["Key accounts can only be edited by the account team", "OwnerId"],
    ["Billing postal code is required for customers", "BillingPostalCode"],
  ],
  Opportunity: [
    ["Close Date cannot be in the past for open opportunities.", "CloseDate"],
    ["Amount is required from the Proposal step onwards", "Amount"],
    ["Discounts above 20% need approval from Sales Ops", "Discount__c"],
  ],
  Task: [
    ["Due Date must be within 90 days", "ActivityDate"],
    ["Logged calls must have a Call Result", "CallDisposition"],
  ],
};
const FLOWS = [
  "Assign Account Owner",
  "Lead Routing – DK",
  "Update Opportunity Contact Roles",
  "Set Customer Tier",
  "Stamp Last Activity Date",
];
const METHODS = ["setOwner", "assignTerritory", "syncContactRoles", "updateRollups", "validate"];

function validation(c: MessageContext): readonly [string, string] {
  return oneOf(c, VALIDATIONS[c.salesforceObject]);
}

/** The error an automation's own write hit, as Salesforce prints it after "first error:". */
function innerError(c: MessageContext, separator: ", " | ": "): string {
  const r = c.random;
  switch (randomInt(r, 0, 4)) {
    case 0: {
      const field = oneOf(c, PICKLIST_FIELDS[c.salesforceObject]);
      const value = oneOf(c, field.values);
      return `INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST${separator}${field.label}: bad value for restricted picklist field: ${value}: [${field.api}]`;
    }
    case 1: {
      const field = oneOf(c, TEXT_FIELDS[c.salesforceObject]);
      return `STRING_TOO_LONG${separator}${field.label}: data value too large (max length=${field.max}): [${field.api}]`;
    }
    case 2:
      return `INSUFFICIENT_ACCESS_OR_READONLY${separator}insufficient access rights on object id: []`;
    case 3: {
      const [message, field] = validation(c);
      return `FIELD_CUSTOM_VALIDATION_EXCEPTION${separator}${message}: [${field}]`;
    }
    default:
      return `REQUIRED_FIELD_MISSING${separator}Required fields are missing: [Region__c]: [Region__c]`;
  }
}

// A trigger on the synced object; HubSpot inserts records it has no Salesforce id for yet.
function trigger(c: MessageContext) {
  const event = c.salesforceId ? "Update" : "Insert";
  const name = chance(c.random, 0.5)
    ? `${c.salesforceObject}Trigger`
    : `${c.salesforceObject}After${event}`;
  const timing = `${chance(c.random, 0.5) ? "Before" : "After"}${event}`;
  return { name, timing, event };
}

/** Custom code messages, keyed by rule id. */
export const CUSTOM_CODE_TEMPLATES: Readonly<Record<string, readonly MessageTemplate[]>> = {
  "custom-code": [
    template(3, (c) => {
      const [message, field] = validation(c);
      return `FIELD_CUSTOM_VALIDATION_EXCEPTION: ${message}: [${field}]`;
    }),
    template(2, (c) => {
      const [message, field] = validation(c);
      return salesforceJson("FIELD_CUSTOM_VALIDATION_EXCEPTION", message, [field]);
    }),
    template(2, (c) => {
      const { name, timing, event } = trigger(c);
      const related = chance(c.random, 0.6) ? ` with id ${c.org.newId(KEY_PREFIXES.Account)}` : "";
      return (
        `CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY: ${name}: execution of ${timing} caused by: ` +
        `System.DmlException: ${event} failed. First exception on row 0${related}; first error: ` +
        `${innerError(c, ", ")}: Trigger.${name}: line ${randomInt(c.random, 3, 240)}, column 1`
      );
    }),
    // Apex stack traces are multi-line; the export keeps the line breaks inside the cell.
    template(1, (c) => {
      const { name, timing } = trigger(c);
      const handler = `${c.salesforceObject}TriggerHandler`;
      return (
        `CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY: ${name}: execution of ${timing} caused by: ` +
        "System.NullPointerException: Attempt to de-reference a null object\n\n" +
        `Class.${handler}.${oneOf(c, METHODS)}: line ${randomInt(c.random, 10, 400)}, column 1\n` +
        `Class.${handler}.run: line ${randomInt(c.random, 10, 60)}, column 1\n` +
        `Trigger.${name}: line ${randomInt(c.random, 2, 20)}, column 1`
      );
    }),
    template(2, (c) => {
      const flow = oneOf(c, FLOWS);
      const quoted = chance(c.random, 0.7) ? `“${flow}”` : `"${flow}"`;
      return (
        `CANNOT_EXECUTE_FLOW_TRIGGER: We can't save this record because the ${quoted} process ` +
        "failed. Give your Salesforce admin these details. This error occurred when the flow " +
        `tried to ${chance(c.random, 0.7) ? "update" : "create"} records: ${innerError(c, ": ")}. ` +
        "You can look up ExceptionCode values in the SOAP API Developer Guide. " +
        `Error ID: ${salesforceErrorId(c.random)}`
      );
    }),
    template(0.5, (c) =>
      [
        "An unhandled fault has occurred in this flow",
        `An unhandled fault has occurred while processing the flow “${oneOf(c, FLOWS)}”. ` +
          "Please contact your system administrator for more information.",
      ].join("\n"),
    ),
  ],
};

import { SYNC_ERRORS_ARTICLE } from "./help-articles.js";
import { defineRule } from "./types.js";

export default defineRule({
  id: "invalid-value",
  name: "Invalid value",
  danishName: "Ugyldig værdi",
  danishNameSource: "hubspot",
  aliases: ["Invalid property value", "Property value not valid", "Value not valid", "Bad value"],
  symptoms: ["value does not meet the property's requirements", "value in the wrong format"],
  category: "property-values",
  // HubSpot files this under Salesforce → HubSpot, but Salesforce's own codes for a value of the
  // right kind yet wrong form (INVALID_TYPE_ON_FIELD_IN_RECORD, lookup filters) come from writes
  // the other way, so the rule covers both.
  direction: "either",
  objects: ["contact", "company", "deal"],
  signals: [
    // A plausible value in the wrong format (12,5 for a whole number, 2024-13-45 for a date).
    // type-mismatch outweighs this when the value is of a wholly different kind.
    { code: "INVALID_TYPE_ON_FIELD_IN_RECORD" },
    // A lookup filter refused the referenced record.
    { code: "FIELD_FILTER_VALIDATION_EXCEPTION" },
    { pattern: /\bvalue does not exist or does not match filter criteria\b/i },
    // HubSpot's property validation, when a Salesforce value breaks a HubSpot property's rules.
    // More specific rules (INVALID_OPTION, INVALID_EMAIL) win through their status codes.
    { pattern: /\bProperty values were not valid\b/i },
    {
      pattern:
        /\b(?:is|was) not a valid (?:number|integer|decimal|date|datetime|date-time|timestamp|boolean|url|phone number)\b/i,
    },
    // A lookup filter answers with FIELD_INTEGRITY_EXCEPTION too; its wording tells it from a state.
    {
      code: "FIELD_INTEGRITY_EXCEPTION",
      pattern: /\bvalue does not exist or does not match filter criteria\b/i,
      weight: 1,
    },
    // The right kind of value in a format Salesforce cannot read.
    { pattern: /\bcannot deserialize instance of datetime from VALUE_STRING\b/i },
    { pattern: /\bis not a valid value for the type xsd:\w+/i },
    { pattern: /\bvalue not of required type\b/i },
    // HubSpot's property validation codes for a value of the right property in a wrong format.
    { code: "INVALID_INTEGER" },
    { code: "INVALID_LONG" },
    { code: "INVALID_DATE" },
    { code: "INVALID_DATETIME" },
    // The Bulk API reports a value it cannot parse under INVALID_FIELD; the field itself is fine.
    { code: "INVALID_FIELD", pattern: /\bFailed to deserialize field\b/i, weight: 1 },
  ],
  cause:
    "A value is of roughly the right kind but not in a form the receiving property accepts, such " +
    "as a number with a decimal comma, an impossible date, or a record a lookup filter excludes. " +
    "Most often it is a Salesforce value that breaks the rules of the HubSpot property it syncs to.",
  fix: [
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text:
        "In the Sync Health tab, open the Invalid value card and note the property, the value and " +
        "the Salesforce record of each error.",
    },
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text:
        "In Settings → Properties, open that property and check what it accepts (field type, " +
        "number format, date format, allowed options or validation rules).",
    },
    {
      actor: "salesforce-admin",
      system: "salesforce",
      text:
        "Edit the field on each Salesforce record so its value meets those requirements, or, for a " +
        "lookup filter error, pick a record that satisfies the field's lookup filter.",
    },
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text: "Resync the affected records from the Sync Health tab once the values are corrected.",
    },
  ],
  translations: {
    da: {
      cause:
        "Værdien er nogenlunde af den rigtige slags, men ikke i en form, som den modtagende " +
        "egenskab accepterer – f.eks. et tal med decimalkomma, en dato, der ikke findes, eller " +
        "en post, som et opslagsfilter udelukker. Oftest er det en værdi fra Salesforce, der " +
        "bryder reglerne for den HubSpot-egenskab, den synkroniseres til.",
      fix: [
        "Åbn kortet Ugyldig værdi på fanen Sync Health, og notér egenskaben, værdien og " +
          "Salesforce-posten for hver fejl.",
        "Åbn egenskaben under Indstillinger → Egenskaber i HubSpot, og tjek, hvad den " +
          "accepterer (felttype, talformat, datoformat, tilladte valgmuligheder eller " +
          "valideringsregler).",
        "Ret feltet på hver Salesforce-post, så værdien opfylder kravene. Skyldes fejlen et " +
          "opslagsfilter, så vælg en post, som feltets opslagsfilter tillader.",
        "Synkroniser de berørte poster igen fra fanen Sync Health, når værdierne er rettet.",
      ],
    },
  },
  resync: "after-fix",
  related: ["type-mismatch", "mismatched-options", "string-too-long", "invalid-email"],
  helpUrl: SYNC_ERRORS_ARTICLE,
  examples: {
    matches: [
      "INVALID_TYPE_ON_FIELD_IN_RECORD: Number Of Employees: value not of required type: 12,5: [NumberOfEmployees]",
      "INVALID_TYPE_ON_FIELD_IN_RECORD: Close Date: value not of required type: 2024-13-45",
      "FIELD_FILTER_VALIDATION_EXCEPTION: Value does not exist or does not match filter criteria.: [Partner_Account__c]",
      '[{"statusCode":"FIELD_FILTER_VALIDATION_EXCEPTION","message":"Account Name: value does not exist or does not match filter criteria.","fields":["AccountId"]}]',
      'Property values were not valid: [{"isValid":false,"message":"1.234,50 was not a valid number.","error":"INVALID_DECIMAL","name":"amount"}]',
    ],
    nearMisses: [
      "INVALID_TYPE_ON_FIELD_IN_RECORD: Annual Revenue: value not of required type: about two million",
      "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST: Lead Source: bad value for restricted picklist field: Webinar",
      "INVALID_EMAIL_ADDRESS: Email: invalid email address: jane.doe@acme",
    ],
  },
});

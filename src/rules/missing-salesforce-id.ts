import { SYNC_ERRORS_ARTICLE } from "./help-articles.js";
import { defineRule } from "./types.js";

/**
 * Salesforce's "id value of incorrect type: <value>" where the value is not shaped like a
 * Salesforce id at all (not exactly 15 or 18 letters and digits): a name, an email address or a
 * HubSpot record id sent into a lookup field. An id-shaped value belongs to invalid-salesforce-id.
 */
const NOT_AN_ID_VALUE =
  /\bid value of incorrect type:[ \t]*(?![a-z0-9]{15}(?:[a-z0-9]{3})?(?![a-z0-9]))[^\s:]/i;

export default defineRule({
  id: "missing-salesforce-id",
  name: "Missing Salesforce ID",
  danishName: "Manglende Salesforce-id",
  danishNameSource: "hubspot",
  aliases: [
    "Missing Salesforce record ID",
    "Not a Salesforce ID",
    "Lookup field needs a Salesforce ID",
    "Reference field value is not an ID",
  ],
  category: "property-mappings",
  direction: "hubspot-to-salesforce",
  objects: ["contact", "company", "deal"],
  signals: [
    // Salesforce rejects a non-id in a lookup with MALFORMED_ID or FIELD_INTEGRITY_EXCEPTION; both
    // codes belong to other rules, so only the "value is not an id at all" wording counts here.
    // The weights keep it above invalid-salesforce-id's "id value of incorrect type" signals.
    { code: "MALFORMED_ID", pattern: NOT_AN_ID_VALUE, weight: 0.75 },
    { code: "FIELD_INTEGRITY_EXCEPTION", pattern: NOT_AN_ID_VALUE, weight: 0.75 },
    { pattern: NOT_AN_ID_VALUE, weight: 0.75 },
    // HubSpot's wording about a lookup/reference field that got something other than a record id.
    {
      code: "INVALID_CROSS_REFERENCE_KEY",
      pattern:
        /\b(?:lookup|reference) field\b[^.\n]{0,60}?\b(?:requires?|expects?|only accepts?)\b/i,
      weight: 0.5,
    },
    { pattern: /\b(?:is not|isn(?:'|’)t) an? (?:existing )?Salesforce (?:record )?ID\b/i },
    {
      pattern:
        /\b(?:lookup|reference) field\b[^.\n]{0,60}?\b(?:requires?|expects?|only accepts?) (?:an? |the )?(?:valid )?(?:Salesforce )?(?:record )?IDs?\b/i,
    },
  ],
  cause:
    "A HubSpot property is mapped to a Salesforce lookup (reference) field, and the value HubSpot " +
    "sent is not the id of an existing Salesforce record: it is a name, an email address, a HubSpot " +
    "record id or some other text. A lookup field only stores a link to a record, so Salesforce " +
    "refuses the value.",
  fix: [
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text:
        "In the Salesforce integration settings, open the object's field mappings and find the " +
        "HubSpot property that is mapped to the lookup field named in the error.",
    },
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text:
        "If that property holds names or other text, remove the mapping or map it to a text field " +
        "in Salesforce instead of the lookup field.",
    },
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text:
        "If the mapping is intended, replace the value on each affected record with the 15- or " +
        "18-character id of the existing Salesforce record it should point to.",
    },
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text: "Resync the affected records from the Sync Health tab once the property holds valid ids.",
    },
  ],
  translations: {
    da: {
      cause:
        "En HubSpot-egenskab er mappet til et opslagsfelt (referencefelt) i Salesforce, og den " +
        "værdi, HubSpot sendte, er ikke id'et på en eksisterende Salesforce-post, men et navn, " +
        "en e-mailadresse, et HubSpot-post-id eller anden tekst. Et opslagsfelt kan kun rumme " +
        "et link til en post, så Salesforce afviser værdien.",
      fix: [
        "Åbn objektets feltmapping i Salesforce-integrationens indstillinger, og find den " +
          "HubSpot-egenskab, der er mappet til det opslagsfelt, fejlen nævner.",
        "Indeholder egenskaben navne eller anden tekst, så fjern mappingen, eller map " +
          "egenskaben til et tekstfelt i Salesforce i stedet for opslagsfeltet.",
        "Er mappingen tilsigtet, så erstat værdien på hver berørt post med det 15 eller 18 " +
          "tegn lange id på den eksisterende Salesforce-post, den skal pege på.",
        "Synkroniser de berørte poster igen fra fanen Sync Health, når egenskaben indeholder " +
          "gyldige id'er.",
      ],
    },
  },
  resync: "after-fix",
  related: [
    "invalid-salesforce-id",
    "type-mismatch",
    "insufficient-access-or-missing-salesforce-record",
  ],
  helpUrl: SYNC_ERRORS_ARTICLE,
  examples: {
    matches: [
      "MALFORMED_ID: Parent Account ID: id value of incorrect type: Acme Holdings Ltd: [ParentId]",
      "FIELD_INTEGRITY_EXCEPTION: Account ID: id value of incorrect type: jane.doe@acme.com: [AccountId]",
      '[{"statusCode":"MALFORMED_ID","message":"Partner Account: id value of incorrect type: 9876543210","fields":["Partner_Account__c"]}]',
      "malformed_id: Referred By: id value of incorrect type: Mette Hansen",
      "The value 'Nordisk Partner ApS' in the property Partner account isn't a Salesforce ID. The reference field Partner_Account__c only accepts the ID of an existing record.",
    ],
    nearMisses: [
      "MALFORMED_ID: Account ID: id value of incorrect type: 0015g00000AbCdEXYZ: [AccountId]",
      "INVALID_CROSS_REFERENCE_KEY: invalid cross reference id",
      "INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY: insufficient access rights on cross-reference id: 0015g00000AbCdE",
    ],
  },
});

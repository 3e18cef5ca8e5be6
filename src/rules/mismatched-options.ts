import { SYNC_ERRORS_ARTICLE } from "./help-articles.js";
import { defineRule } from "./types.js";

export default defineRule({
  id: "mismatched-options",
  name: "Mismatched options",
  danishName: "Uoverensstemmende valgmuligheder",
  danishNameSource: "faithful",
  aliases: [
    "Picklist value not found",
    "Picklist mismatch",
    "Mismatched picklist values",
    "Dropdown option mismatch",
  ],
  symptoms: [
    "dropdown values do not match the picklist values",
    "picklist values differ between HubSpot and Salesforce",
  ],
  category: "picklists",
  direction: "either",
  objects: ["contact", "company", "deal"],
  signals: [
    // HubSpot's CRM rejects a value that is not one of a dropdown property's options with
    // INVALID_OPTION. A deal stage is the exception: missing-or-invalid-opportunity-stage claims
    // it with a weighted signal on the same code.
    { code: "INVALID_OPTION", pattern: /\bnot one of the allowed options\b/i },
    // Weighted above invalid-value's generic "Property values were not valid".
    { pattern: /\bwas not one of the allowed options\b/i, weight: 0.5 },
    {
      pattern:
        /\b(?:does not|doesn(?:'|’)?t) match any (?:of the )?(?:current |existing |available )?(?:picklist |dropdown )?options?\b/i,
    },
    { pattern: /\bno matching (?:picklist |dropdown |property )?option\b/i },
    { pattern: /\bpicklist value not found\b/i },
    // An Error type column pasted together with the message.
    { pattern: /\bmismatched options\b/i },
  ],
  cause:
    "A picklist or dropdown value set on one side has no counterpart among the current options on " +
    "the other side. The integration compares the internal (API) names of the options, so two " +
    "options with the same label but different internal values still do not match.",
  fix: [
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text:
        "In Settings → Properties, open the property named in the error and note the internal value " +
        "of every option.",
    },
    {
      actor: "salesforce-admin",
      system: "salesforce",
      text:
        "In Setup → Object Manager → the object → Fields & Relationships → the mapped picklist field, " +
        "edit each value so its API Name equals the internal value of the matching HubSpot option.",
    },
    {
      actor: "salesforce-admin",
      system: "salesforce",
      text:
        "Add a picklist value in Salesforce for every HubSpot option that is missing there, with the " +
        "same internal value.",
    },
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text:
        "Add an option in HubSpot for every Salesforce value that is missing there, then resync the " +
        "affected records from the Sync Health tab.",
    },
  ],
  translations: {
    da: {
      cause:
        "En værdi i en pickliste eller dropdown på den ene side har ikke noget modstykke " +
        "blandt de aktuelle valgmuligheder på den anden. Integrationen sammenligner " +
        "valgmulighedernes interne navne (API-navne), så valgmuligheder med samme etiket, men " +
        "forskellige interne værdier, matcher stadig ikke hinanden.",
      fix: [
        "Åbn egenskaben fra fejlen under Indstillinger → Egenskaber i HubSpot, og notér den " +
          "interne værdi for hver valgmulighed.",
        'Åbn det mappede picklistefelt under "Setup → Object Manager" → objektet → "Fields & ' +
          'Relationships" i Salesforce, og ret hver værdi, så dens "API Name" er den samme som ' +
          "den interne værdi på den tilsvarende HubSpot-valgmulighed.",
        "Tilføj en picklisteværdi i Salesforce med samme interne værdi for hver " +
          "HubSpot-valgmulighed, der mangler dér.",
        "Tilføj en valgmulighed i HubSpot for hver Salesforce-værdi, der mangler dér, og " +
          "synkroniser derefter de berørte poster igen fra fanen Sync Health.",
      ],
    },
  },
  resync: "after-fix",
  related: ["restricted-picklist-value", "option-limit-exceeded", "type-mismatch", "invalid-value"],
  helpUrl: SYNC_ERRORS_ARTICLE,
  examples: {
    matches: [
      'Property values were not valid: [{"isValid":false,"message":"Platinum was not one of the allowed options: [label: \\"Gold\\"\\nvalue: \\"gold\\"\\n]","error":"INVALID_OPTION","name":"customer_tier"}]',
      "Mismatched options: the Salesforce value Partner_Referral on LeadSource has no matching option in the HubSpot property Lead source",
      "The picklist value 'Enterprise (EMEA)' doesn't match any current options of the HubSpot property segment",
      "picklist value not found: Industry = Renewable Energy",
    ],
    nearMisses: [
      "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST: Lead Source: bad value for restricted picklist field: Webinar",
      "Option limit exceeded: the property product_interest has reached the maximum number of options",
      "Mismatched types: the HubSpot property industry (enumeration) cannot sync to the Salesforce field Industry__c (number)",
    ],
  },
});

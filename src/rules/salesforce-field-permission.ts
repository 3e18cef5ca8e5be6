import { SYNC_ERRORS_ARTICLE } from "./help-articles.js";
import { defineRule } from "./types.js";

export default defineRule({
  id: "salesforce-field-permission",
  name: "Salesforce field permission",
  danishName: "tilladelse til Salesforce-feltet",
  danishNameSource: "hubspot",
  aliases: [
    "Salesforce field permissions missing",
    "Field permission",
    "Field-level security",
    "Unable to create/update fields",
  ],
  symptoms: [
    "integration user cannot edit the field",
    "no read or edit access to the field",
    "field-level security",
  ],
  category: "permissions",
  direction: "hubspot-to-salesforce",
  objects: ["contact", "company", "deal", "activity"],
  signals: [
    { code: "INVALID_FIELD_FOR_INSERT_UPDATE" },
    { code: "INVALID_FIELD" },
    // Salesforce's sentences, for pastes that lost the code.
    { pattern: /\bUnable to create\/update fields?\b/i },
    { pattern: /\bcheck the security settings of this field\b/i },
    { pattern: /\bNo such column\b/i },
    // HubSpot's own wording for a mapped field the integration user cannot see or edit.
    {
      pattern:
        /\b(?:integration )?user (?:does not|doesn't) have (?:read|edit|read and edit|read\/edit|write) (?:access|permissions?) (?:to|on|for) (?:the )?(?:salesforce )?field\b/i,
    },
    // The Bulk API names an unknown or hidden field this way.
    { pattern: /\bField name not found\b/i },
    { pattern: /\bdoes not have the correct permissions \('(?:updateable|createable)'/i },
    { pattern: /\bField [\w.]{1,120} is not editable\b/i },
    { pattern: /\bexternal ID field does not exist or is not accessible\b/i },
    {
      code: "FIELD_INTEGRITY_EXCEPTION",
      pattern: /\bnot available in this org due to insufficient privileges\b/i,
      weight: 1,
    },
    { pattern: /\bnot available in this org due to insufficient privileges\b/i },
  ],
  cause:
    "Field-level security in Salesforce hides a mapped field from the integration user, or makes " +
    "it read-only for that user. HubSpot then cannot write the field, and a field it cannot see " +
    "looks to the API as if it did not exist.",
  fix: [
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text: "From the error, note the Salesforce field's API name and the object it belongs to.",
    },
    {
      actor: "salesforce-admin",
      system: "salesforce",
      text:
        "In Setup → Object Manager → the object → Fields & Relationships → the field → Set " +
        "Field-Level Security, tick Visible and clear Read-Only for the integration user's profile, " +
        "or grant Read and Edit on the field in a permission set assigned to that user.",
    },
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text:
        "If the field was deleted or renamed in Salesforce, update or remove its mapping in the " +
        "Salesforce integration's field mappings.",
    },
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text: "Resync the affected records from the Sync Health tab once the integration user can edit the field.",
    },
  ],
  translations: {
    da: {
      cause:
        "Sikkerheden på feltniveau i Salesforce skjuler et mappet felt for " +
        "integrationsbrugeren eller gør det skrivebeskyttet for brugeren. Så kan HubSpot ikke " +
        "skrive til feltet, og et felt, brugeren ikke kan se, ser for API'et ud, som om det " +
        "ikke findes.",
      fix: [
        "Notér ud fra fejlen Salesforce-feltets API-navn og det objekt, feltet hører til.",
        'Gå i Salesforce til "Setup → Object Manager" → objektet → "Fields & Relationships" → ' +
          'feltet → "Set Field-Level Security", sæt flueben i "Visible", og fjern fluebenet i ' +
          '"Read-Only" for integrationsbrugerens profil, eller giv læse- og redigeringsadgang ' +
          "til feltet i et tilladelsessæt, der er tildelt brugeren.",
        "Er feltet slettet eller omdøbt i Salesforce, så opdater eller fjern dets mapping i " +
          "Salesforce-integrationens feltmapping.",
        "Synkroniser de berørte poster igen fra fanen Sync Health, når integrationsbrugeren " +
          "kan redigere feltet.",
      ],
    },
  },
  resync: "after-fix",
  related: [
    "insufficient-salesforce-access",
    "insufficient-access-or-missing-salesforce-record",
    "type-mismatch",
  ],
  helpUrl: SYNC_ERRORS_ARTICLE,
  examples: {
    matches: [
      "INVALID_FIELD_FOR_INSERT_UPDATE: Unable to create/update fields: Rating, LeadSource. Please check the security settings of this field and verify that it is read/write for your profile or permission set.",
      '[{"statusCode":"INVALID_FIELD_FOR_INSERT_UPDATE","message":"Unable to create/update fields: Annual_Contract_Value__c. Please check the security settings of this field and verify that it is read/write for your profile or permission set.","fields":["Annual_Contract_Value__c"]}]',
      "INVALID_FIELD: No such column 'HubSpot_Score__c' on entity 'Lead'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name.",
      "unable to create/update fields: Industry. please check the security settings of this field and verify that it is read/write for your profile",
      "The integration user does not have edit access to the Salesforce field Lead.Partner_Tier__c",
    ],
    nearMisses: [
      "INSUFFICIENT_ACCESS_OR_READONLY: insufficient access rights on object id",
      "API_DISABLED_FOR_ORG: API is not enabled for this Organization or Partner",
      "STRING_TOO_LONG: Title: data value too large: Senior Vice President of Global Revenue Operations and Strategic Partnerships (max length=80)",
    ],
  },
});

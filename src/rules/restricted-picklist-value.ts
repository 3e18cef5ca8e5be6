import { SYNC_ERRORS_ARTICLE } from "./help-articles.js";
import { defineRule } from "./types.js";

export default defineRule({
  id: "restricted-picklist-value",
  name: "Restricted picklist value",
  danishName: "Begrænset picklisteværdi",
  danishNameSource: "faithful",
  aliases: [
    "Bad value for restricted picklist",
    "Restricted picklist",
    "Restricted picklist error",
    "Invalid value for restricted picklist",
  ],
  category: "picklists",
  direction: "hubspot-to-salesforce",
  objects: ["contact", "company", "deal", "activity"],
  signals: [
    { code: "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST" },
    {
      code: "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
      pattern: /\bbad value for restricted picklist field\b/i,
    },
    // Salesforce's sentence and setting, for pastes that lost the status code.
    { pattern: /\bbad value for restricted picklist field\b/i },
    { pattern: /\brestrict picklist to the values defined in the value set\b/i },
    // An Error type column pasted together with the message.
    { pattern: /\brestricted picklist value\b/i },
  ],
  cause:
    'The Salesforce field is a picklist with "Restrict picklist to the values defined in the value ' +
    'set" switched on, and the value coming from HubSpot is not in that value set. Salesforce ' +
    "refuses any value outside the set, including a blank where a value is expected.",
  fix: [
    {
      actor: "salesforce-admin",
      system: "salesforce",
      text:
        "In Setup → Object Manager → the object → Fields & Relationships, open the field named in the " +
        "error and add the rejected value to its Values list with New.",
    },
    {
      actor: "salesforce-admin",
      system: "salesforce",
      text:
        'If the field should accept every HubSpot value, click Edit on the field and clear "Restrict ' +
        'picklist to the values defined in the value set".',
    },
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text:
        "If the value is wrong instead, change it on the affected HubSpot records (or remove the option " +
        "from the HubSpot property) so only values in the Salesforce set remain.",
    },
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text: "Resync the affected records from the Sync Health tab once the value is allowed.",
    },
  ],
  translations: {
    da: {
      cause:
        'Salesforce-feltet er en pickliste med indstillingen "Restrict picklist to the values ' +
        'defined in the value set" slået til, og værdien fra HubSpot findes ikke i ' +
        "værdisættet. Salesforce afviser alle værdier uden for sættet, også en tom værdi, hvor " +
        "der forventes en.",
      fix: [
        'Åbn feltet fra fejlen under "Setup → Object Manager" → objektet → "Fields & ' +
          'Relationships" i Salesforce, og tilføj den afviste værdi til listen "Values" med ' +
          '"New".',
        'Skal feltet acceptere alle værdier fra HubSpot, så klik på "Edit" på feltet, og fjern ' +
          'fluebenet ud for "Restrict picklist to the values defined in the value set".',
        "Er det i stedet værdien, der er forkert, så ret den på de berørte HubSpot-poster " +
          "(eller fjern valgmuligheden fra HubSpot-egenskaben), så der kun er værdier fra " +
          "Salesforce-sættet tilbage.",
        "Synkroniser de berørte poster igen fra fanen Sync Health, når værdien er tilladt.",
      ],
    },
  },
  resync: "after-fix",
  related: ["mismatched-options", "mismatched-state-or-country-value", "custom-code"],
  helpUrl: SYNC_ERRORS_ARTICLE,
  examples: {
    matches: [
      "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST: Lead Source: bad value for restricted picklist field: Webinar",
      '[{"statusCode":"INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST","message":"Industry: bad value for restricted picklist field: Renewable Energy","fields":["Industry"]}]',
      "invalid_or_null_for_restricted_picklist: Lead Status: bad value for restricted picklist field: Marketing Qualified",
      "Bad value for restricted picklist field: Customer_Tier__c = Platinum",
    ],
    nearMisses: [
      "FIELD_CUSTOM_VALIDATION_EXCEPTION: Lead Source must be filled in before conversion: [LeadSource]",
      "Mismatched options: the Salesforce value Partner_Referral on LeadSource has no matching option in the HubSpot property Lead source",
      "FIELD_INTEGRITY_EXCEPTION: There's a problem with this state, even though it may appear correct. Please select a state from the list of valid states.: State/Province",
    ],
  },
});

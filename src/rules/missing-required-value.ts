import { SYNC_ERRORS_ARTICLE } from "./help-articles.js";
import { defineRule } from "./types.js";

export default defineRule({
  id: "missing-required-value",
  name: "Missing required value",
  danishName: "Manglende påkrævet værdi",
  danishNameSource: "faithful",
  aliases: [
    "Required field missing",
    "Required fields are missing",
    "Missing required field",
    "Required property missing",
  ],
  category: "property-values",
  // HubSpot files this under Salesforce → HubSpot (a property required in HubSpot is empty in
  // Salesforce); Salesforce's REQUIRED_FIELD_MISSING is the same problem on a write the other way.
  direction: "either",
  objects: ["contact", "company", "deal"],
  signals: [
    // A required field is empty. StageName and OwnerId belong to more specific rules, whose
    // code-and-pattern signals outweigh this one.
    { code: "REQUIRED_FIELD_MISSING" },
    // Salesforce's wording, for pastes that lost the status code.
    { pattern: /\bRequired fields are missing:/i },
    // HubSpot's wording.
    { pattern: /\b(?:no|missing) value for (?:the |a )?required (?:HubSpot )?propert(?:y|ies)\b/i },
    {
      pattern:
        /\brequired (?:HubSpot )?property\b[^.\n]{0,60}?\b(?:is empty|is missing|has no value)\b/i,
    },
  ],
  cause:
    "A property or field that must have a value is empty on the record being synced. Usually the " +
    "Salesforce record has no value for a property marked as required in HubSpot; the same " +
    "happens the other way when a required Salesforce field gets no value from HubSpot.",
  fix: [
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text:
        "In the Sync Health tab, open the Missing required value card and note which property or " +
        "field each error names and on which record.",
    },
    {
      actor: "salesforce-admin",
      system: "salesforce",
      text: "Fill in that field on each Salesforce record so every property HubSpot requires has a value.",
    },
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text:
        "If Salesforce names a required field of its own (Required fields are missing: [X]), fill " +
        "in the mapped HubSpot property on the record, or map a property to that field in the " +
        "integration's field mappings.",
    },
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text: "Resync the affected records from the Sync Health tab once the values are filled in.",
    },
  ],
  translations: {
    da: {
      cause:
        "En egenskab eller et felt, der skal have en værdi, er tomt på den post, der " +
        "synkroniseres. Som regel mangler Salesforce-posten en værdi i en egenskab, der er " +
        "markeret som påkrævet i HubSpot; det samme sker den anden vej, når et påkrævet " +
        "Salesforce-felt ikke får nogen værdi fra HubSpot.",
      fix: [
        "Åbn kortet Missing required value på fanen Sync Health, og notér, hvilken egenskab " +
          "eller hvilket felt hver fejl nævner, og på hvilken post.",
        "Udfyld feltet på hver Salesforce-post, så alle egenskaber, HubSpot kræver, har en " +
          "værdi.",
        'Nævner Salesforce et af sine egne påkrævede felter ("Required fields are missing: ' +
          '[X]"), så udfyld den mappede HubSpot-egenskab på posten, eller map en egenskab til ' +
          "feltet i integrationens feltmapping.",
        "Synkroniser de berørte poster igen fra fanen Sync Health, når værdierne er udfyldt.",
      ],
    },
  },
  resync: "after-fix",
  related: ["missing-or-invalid-opportunity-stage", "owner-assignment", "missing-required-country"],
  helpUrl: SYNC_ERRORS_ARTICLE,
  examples: {
    matches: [
      "REQUIRED_FIELD_MISSING: Required fields are missing: [LastName]",
      "REQUIRED_FIELD_MISSING: Required fields are missing: [Company]: [Company]",
      '[{"statusCode":"REQUIRED_FIELD_MISSING","message":"Required fields are missing: [Industry__c]","fields":["Industry__c"]}]',
      "required fields are missing: [CloseDate]",
      "The Salesforce record has no value for the required HubSpot property Lifecycle stage",
    ],
    nearMisses: [
      "REQUIRED_FIELD_MISSING: Required fields are missing: [StageName]",
      "REQUIRED_FIELD_MISSING: Required fields are missing: [OwnerId]",
      "FIELD_INTEGRITY_EXCEPTION: A country/territory must be specified before specifying a state value for field: State/Province",
    ],
  },
});

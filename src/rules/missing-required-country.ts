import { SYNC_ERRORS_ARTICLE } from "./help-articles.js";
import { defineRule } from "./types.js";

export default defineRule({
  id: "missing-required-country",
  name: "Missing required country",
  danishName: "Manglende påkrævet land",
  danishNameSource: "faithful",
  aliases: ["Country required", "State without country", "Country is missing", "Missing country"],
  symptoms: [
    "state is set but the country is empty",
    "country missing while the state is filled in",
  ],
  category: "property-values",
  direction: "hubspot-to-salesforce",
  objects: ["contact", "company"],
  signals: [
    // Salesforce's sentence under FIELD_INTEGRITY_EXCEPTION. The weight keeps it above
    // mismatched-state-or-country-value, whose own pattern on that code matches "state"/"country".
    {
      code: "FIELD_INTEGRITY_EXCEPTION",
      pattern: /\bmust be specified before specifying a state\b/i,
      weight: 1,
    },
    // The same sentence without its code, and HubSpot's wording; weighted for the same reason.
    { pattern: /\bmust be specified before specifying a state\b/i, weight: 1 },
    {
      pattern:
        /\bstate(?:\/(?:region|province))? (?:is set|has a value|was set)\b[^.\n]{0,60}?\b(?:but|without) (?:a |any |no )?country\b/i,
      weight: 1,
    },
    {
      pattern:
        /\bcountry(?:\/(?:region|territory))? is required (?:when|if|whenever) (?:a |the )?state\b/i,
      weight: 1,
    },
  ],
  cause:
    "With state and country/territory picklists switched on, Salesforce will not save a state " +
    "unless the record also has a country. The HubSpot record has a State/Region value but its " +
    "Country is empty, so the update is refused.",
  fix: [
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text:
        "On each affected record, fill in the Country/Region property with the country the state " +
        "belongs to, spelled as Salesforce's integration value (for example Denmark or United States).",
    },
    {
      actor: "salesforce-admin",
      system: "salesforce",
      text:
        "In Setup → State and Country/Territory Picklists, confirm that the country is active and " +
        "visible and that the state is listed under it.",
    },
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text:
        "In Settings → Properties, make State/Region and Country/Region dropdown select properties " +
        "with Salesforce's values, and require Country on the forms and imports that set a state.",
    },
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text: "Resync the affected records from the Sync Health tab once each one has a country.",
    },
  ],
  translations: {
    da: {
      cause:
        "Når picklisterne for stat og land/område er slået til, gemmer Salesforce ikke en " +
        "stat, medmindre posten også har et land. HubSpot-posten har en værdi i Stat/region, " +
        "men Land/region er tom, så opdateringen bliver afvist.",
      fix: [
        "Udfyld egenskaben Land/region på hver berørt post med det land, staten hører til, " +
          "stavet som Salesforces integrationsværdi (f.eks. Denmark eller United States).",
        'Bekræft under "Setup → State and Country/Territory Picklists" i Salesforce, at landet ' +
          "er aktivt og synligt, og at staten står under det.",
        "Gør Stat/region og Land/region til dropdown-egenskaber med Salesforces værdier under " +
          "Indstillinger → Egenskaber, og gør Land/region påkrævet i de formularer og importer, " +
          "der udfylder en stat.",
        "Synkroniser de berørte poster igen fra fanen Sync Health, når de alle har et land.",
      ],
    },
  },
  resync: "after-fix",
  related: [
    "mismatched-state-or-country-value",
    "restricted-picklist-value",
    "missing-required-value",
  ],
  helpUrl: SYNC_ERRORS_ARTICLE,
  examples: {
    matches: [
      "FIELD_INTEGRITY_EXCEPTION: A country/territory must be specified before specifying a state value for field: Billing State/Province: [BillingState]",
      '[{"statusCode":"FIELD_INTEGRITY_EXCEPTION","message":"A country/territory must be specified before specifying a state value for field: State/Province","fields":["State"]}]',
      "field_integrity_exception: a country must be specified before specifying a state value for field: Mailing State/Province",
      "A country/territory must be specified before specifying a state value for field: State/Province",
      "State/Region is set to Ontario but no Country/Region is set on this contact",
    ],
    nearMisses: [
      "FIELD_INTEGRITY_EXCEPTION: There's a problem with this state, even though it may appear correct. Please select a state from the list of valid states.: State/Province",
      "FIELD_INTEGRITY_EXCEPTION: The existing country/territory doesn't recognize the state value: Bavaria",
      "REQUIRED_FIELD_MISSING: Required fields are missing: [Country]",
    ],
  },
});

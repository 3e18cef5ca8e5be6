import { SYNC_ERRORS_ARTICLE } from "./help-articles.js";
import { defineRule } from "./types.js";

export default defineRule({
  id: "default-sales-process-unavailable",
  name: "Default sales process unavailable",
  danishName: "Standardsalgsproces ikke tilgængelig",
  danishNameSource: "faithful",
  aliases: [
    "Missing record type",
    "Sales process unavailable",
    "No default sales process",
    "Opportunity record type missing",
  ],
  category: "picklists",
  direction: "salesforce-to-hubspot",
  objects: ["deal"],
  signals: [
    // HubSpot's wording.
    { pattern: /\bdefault sales process (?:is )?(?:unavailable|not available|not found)\b/i },
    { pattern: /\bno (?:default )?sales process (?:is )?(?:available|assigned|found)\b/i },
    {
      pattern:
        /\b(?:missing|no|without an?) (?:opportunity )?record ?type\b[^.\n]{0,40}?\b(?:opportunit(?:y|ies)|sales process)\b/i,
    },
  ],
  cause:
    "The opportunity reaches HubSpot without a record type, so HubSpot cannot tell which sales " +
    "process, and therefore which stages, apply to it. This usually happens when record types are " +
    "switched on for opportunities in Salesforce but not used, or some opportunities were created " +
    "without one.",
  fix: [
    {
      actor: "salesforce-admin",
      system: "salesforce",
      text:
        "In Setup → Object Manager → Opportunity → Record Types, check which record types exist and " +
        "whether your team actually uses them.",
    },
    {
      actor: "salesforce-admin",
      system: "salesforce",
      text:
        "If you do not use record types, deactivate every opportunity record type so all opportunities " +
        "fall back to the master sales process.",
    },
    {
      actor: "salesforce-admin",
      system: "salesforce",
      text:
        "If you do use them, create a record type tied to a sales process, make it the default for the " +
        "integration user's profile, and set it on the opportunities that have none.",
    },
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text: "Resync the affected deals from the Sync Health tab once every opportunity has a usable record type.",
    },
  ],
  translations: {
    da: {
      cause:
        'Salgsmuligheden kommer til HubSpot uden en posttype ("Record Type"), så HubSpot kan ' +
        "ikke se, hvilken salgsproces – og dermed hvilke faser – der gælder for den. Det sker " +
        "typisk, når posttyper er slået til for salgsmuligheder i Salesforce uden at blive " +
        "brugt, eller når nogle salgsmuligheder er oprettet uden en posttype.",
      fix: [
        'Åbn "Setup → Object Manager → Opportunity → Record Types" i Salesforce, og se, hvilke ' +
          "posttyper der findes, og om jeres team faktisk bruger dem.",
        "Bruger I ikke posttyper, så deaktiver alle posttyper på salgsmuligheder, så alle " +
          'salgsmuligheder falder tilbage på den overordnede salgsproces ("Master").',
        "Bruger I dem, så opret en posttype, der er knyttet til en salgsproces, gør den til " +
          "standard for integrationsbrugerens profil, og sæt den på de salgsmuligheder, der ikke " +
          "har nogen.",
        "Synkroniser de berørte aftaler igen fra fanen Sync Health, når alle salgsmuligheder " +
          "har en brugbar posttype.",
      ],
    },
  },
  resync: "after-fix",
  related: ["missing-or-invalid-opportunity-stage", "inactive-opportunity-stage"],
  helpUrl: SYNC_ERRORS_ARTICLE,
  examples: {
    matches: [
      "Default sales process unavailable for opportunity 0065g00000Dq7RtAAJ",
      "Opportunity 0065g00000Dq7RtAAJ could not sync: missing record type, so no sales process applies to this opportunity",
      "The default sales process is not available: no record type is assigned to opportunities for the integration user",
    ],
    nearMisses: [
      "INVALID_CROSS_REFERENCE_KEY: Record Type ID: this ID value isn't valid for the user: 0125g000000AbCdAAK",
      "Missing or invalid opportunity stage: the stage Qualification does not exist in the HubSpot pipeline Sales Pipeline",
    ],
  },
});

import { SYNC_ERRORS_ARTICLE } from "./help-articles.js";
import { defineRule } from "./types.js";

export default defineRule({
  id: "inactive-opportunity-stage",
  name: "Inactive opportunity stage",
  danishName: "Inaktiv salgsmulighedsfase",
  danishNameSource: "faithful",
  aliases: ["Inactive stage", "Deactivated opportunity stage", "Opportunity stage is inactive"],
  category: "picklists",
  direction: "salesforce-to-hubspot",
  objects: ["deal"],
  signals: [
    // HubSpot's wording; Salesforce itself accepts opportunities in an inactive stage.
    { pattern: /\binactive (?:opportunity )?stage\b/i },
    {
      pattern:
        /\b(?:opportunity )?stage\b[^.\n]{0,80}?\bis (?:inactive|deactivated|no longer active)\b/i,
    },
  ],
  cause:
    "The opportunity sits in a stage that has been deactivated in Salesforce's Stage picklist. " +
    "Salesforce keeps such opportunities, but HubSpot cannot bring them in as deals while the stage " +
    "is inactive.",
  fix: [
    {
      actor: "salesforce-admin",
      system: "salesforce",
      text:
        "In Setup → Object Manager → Opportunity → Fields & Relationships → Stage, find the stage " +
        "under Inactive Values and click Activate if it is still in use.",
    },
    {
      actor: "salesforce-admin",
      system: "salesforce",
      text:
        "If the stage should stay retired, open each affected opportunity and move it to an active " +
        "stage instead.",
    },
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text:
        "Make sure the active stage the opportunities now use has a matching deal stage in the HubSpot " +
        "pipeline, then resync the affected deals from the Sync Health tab.",
    },
  ],
  translations: {
    da: {
      cause:
        "Salgsmuligheden står i en fase, der er deaktiveret i Salesforce-picklisten Stage. " +
        "Salesforce beholder den slags salgsmuligheder, men HubSpot kan ikke hente dem ind som " +
        "aftaler, så længe fasen er inaktiv.",
      fix: [
        'Find fasen under "Inactive Values" i "Setup → Object Manager → Opportunity → Fields & ' +
          'Relationships → Stage" i Salesforce, og klik på "Activate", hvis den stadig er i ' +
          "brug.",
        "Skal fasen forblive udfaset, så åbn hver berørt salgsmulighed, og flyt den til en " +
          "aktiv fase i stedet.",
        "Sørg for, at den aktive fase, salgsmulighederne nu står i, har en tilsvarende " +
          "aftalefase i HubSpot-pipelinen, og synkroniser derefter de berørte aftaler igen fra " +
          "fanen Sync Health.",
      ],
    },
  },
  resync: "after-fix",
  related: ["missing-or-invalid-opportunity-stage", "default-sales-process-unavailable"],
  helpUrl: SYNC_ERRORS_ARTICLE,
  examples: {
    matches: [
      "Inactive opportunity stage: opportunity 0065g00000Dq7RtAAJ is in the inactive stage Negotiation/Review",
      "The opportunity stage 'Proposal/Price Quote' is inactive in Salesforce, so opportunity 0065g00000Dq7RtAAJ could not sync",
      "cannot sync opportunity 0065g00000Dq7RtAAJ: stage Perception Analysis is deactivated",
    ],
    nearMisses: [
      "REQUIRED_FIELD_MISSING: Required fields are missing: [StageName]",
      "INACTIVE_OWNER_OR_USER: operation performed with inactive user [0055g00000F2mQz] as owner of opportunity",
      "Missing or invalid opportunity stage: the stage Qualification does not exist in the HubSpot pipeline Sales Pipeline",
    ],
  },
});

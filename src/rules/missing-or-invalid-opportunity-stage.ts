import { SYNC_ERRORS_ARTICLE } from "./help-articles.js";
import { defineRule } from "./types.js";

export default defineRule({
  id: "missing-or-invalid-opportunity-stage",
  name: "Missing or invalid opportunity stage",
  danishName: "Manglende eller ugyldig salgsmulighedsfase",
  danishNameSource: "faithful",
  aliases: [
    "Invalid deal stage",
    "Missing opportunity stage",
    "Opportunity stage not in pipeline",
    "Deal stage not found",
  ],
  category: "picklists",
  direction: "salesforce-to-hubspot",
  objects: ["deal"],
  signals: [
    // Salesforce: the Stage field is empty (missing-required-value owns the code alone).
    { code: "REQUIRED_FIELD_MISSING", pattern: /\bStageName\b/ },
    // HubSpot rejecting a deal stage that is not in the pipeline (mismatched-options owns the
    // code for every other dropdown property).
    { code: "INVALID_OPTION", pattern: /\bdealstage\b/i, weight: 0.5 },
    {
      pattern: /\bnot one of the allowed options\b[^\n]{0,200}?\bdealstage\b/i,
      weight: 1,
    },
    // HubSpot's wording.
    { pattern: /\b(?:missing|invalid) (?:opportunity|deal) stage\b/i },
    {
      pattern:
        /\bstage\b[^.\n]{0,80}?\b(?:does not|doesn(?:'|’)?t) exist in (?:the )?(?:HubSpot )?(?:deal )?pipeline\b/i,
    },
    { pattern: /\bno matching (?:deal )?stage in (?:the )?(?:HubSpot )?(?:deal )?pipeline\b/i },
  ],
  cause:
    "The opportunity's Stage in Salesforce is empty, or it holds a stage that has no matching deal " +
    "stage in the HubSpot pipeline the opportunity syncs into. HubSpot cannot create or update a deal " +
    "without a stage it knows.",
  fix: [
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text:
        "In Settings → Objects → Deals → Pipelines, open the pipeline the opportunities sync into and " +
        "check that it has a stage for the Salesforce stage named in the error.",
    },
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text:
        "Add the missing deal stage, or in the Salesforce integration's deal settings map the Salesforce " +
        "stage to an existing HubSpot deal stage.",
    },
    {
      actor: "salesforce-admin",
      system: "salesforce",
      text: "If the error names an empty StageName, open each affected opportunity and set its Stage.",
    },
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text: "Resync the affected deals from the Sync Health tab once every stage exists in the pipeline.",
    },
  ],
  translations: {
    da: {
      cause:
        "Feltet Stage på salgsmuligheden i Salesforce er tomt, eller salgsmuligheden står i en " +
        "fase, der ikke har en tilsvarende aftalefase i den HubSpot-pipeline, salgsmuligheden " +
        "synkroniseres til. HubSpot kan ikke oprette eller opdatere en aftale uden en fase, " +
        "den kender.",
      fix: [
        "Åbn den pipeline, salgsmulighederne synkroniseres til, under Indstillinger → Objekter " +
          "→ Aftaler → Pipelines i HubSpot, og tjek, at den har en fase for den Salesforce-fase, " +
          "fejlen nævner.",
        "Tilføj den manglende aftalefase, eller map Salesforce-fasen til en eksisterende " +
          "aftalefase i HubSpot under Salesforce-integrationens indstillinger for aftaler.",
        "Nævner fejlen et tomt StageName, så åbn hver berørt salgsmulighed, og udfyld feltet " +
          "Stage.",
        "Synkroniser de berørte aftaler igen fra fanen Sync Health, når alle faser findes i " +
          "pipelinen.",
      ],
    },
  },
  resync: "after-fix",
  related: [
    "inactive-opportunity-stage",
    "default-sales-process-unavailable",
    "missing-required-value",
    "mismatched-options",
  ],
  helpUrl: SYNC_ERRORS_ARTICLE,
  examples: {
    matches: [
      "REQUIRED_FIELD_MISSING: Required fields are missing: [StageName]",
      '[{"statusCode":"REQUIRED_FIELD_MISSING","message":"Required fields are missing: [StageName]","fields":["StageName"]}]',
      "Missing or invalid opportunity stage: the stage Qualification does not exist in the HubSpot pipeline Sales Pipeline",
      'Property values were not valid: [{"isValid":false,"message":"Id. Decision Makers was not one of the allowed options","error":"INVALID_OPTION","name":"dealstage"}]',
      "invalid deal stage 'Closed Won - Pending' for opportunity 0065g00000Dq7RtAAJ",
    ],
    nearMisses: [
      "REQUIRED_FIELD_MISSING: Required fields are missing: [LastName]",
      "Inactive opportunity stage: opportunity 0065g00000Dq7RtAAJ is in the inactive stage Negotiation/Review",
      "REQUIRED_FIELD_MISSING: Required fields are missing: [OwnerId]",
    ],
  },
});

import { SYNC_ERRORS_ARTICLE } from "./help-articles.js";
import { defineRule } from "./types.js";

export default defineRule({
  id: "salesforce-duplicate-rule",
  name: "Salesforce duplicate rule",
  danishName: "Salesforce-duplikatregel",
  danishNameSource: "hubspot",
  aliases: [
    "Duplicate rule",
    "Duplicates detected",
    "Salesforce matching rule",
    "Duplicate record blocked",
  ],
  category: "duplicates",
  direction: "hubspot-to-salesforce",
  objects: ["contact", "company", "deal"],
  signals: [
    { code: "DUPLICATES_DETECTED" },
    // Salesforce's standard duplicate-rule alerts, for pastes without the status code.
    { pattern: /\bUse one of these records\?/i },
    { pattern: /\byou(?:(?:'|’)re| are) creating a duplicate record\b/i },
    {
      pattern: /\b(?:blocked|rejected|prevented) by (?:a |the )?(?:salesforce )?duplicate rule\b/i,
    },
    { pattern: /\bdetected duplicates\b/i },
    { pattern: /\bduplicate rule\b[^.\n]{0,80}?\bmatched\b/i },
  ],
  cause:
    "A duplicate rule in Salesforce found an existing lead, contact or account that its matching " +
    "rule considers the same, and the rule is set to block the save. The record HubSpot sent is " +
    "therefore refused.",
  fix: [
    {
      actor: "salesforce-admin",
      system: "salesforce",
      text:
        "In Setup → Duplicate Management → Duplicate Rules, open the active rule for the object in " +
        "the error and the matching rule it uses.",
    },
    {
      actor: "salesforce-admin",
      system: "salesforce",
      text:
        "Find the existing Salesforce record the rule matched and merge it with, or tell it apart " +
        "from, the record HubSpot is sending.",
    },
    {
      actor: "salesforce-admin",
      system: "salesforce",
      text:
        "If the integration should be allowed through, change the rule's Action On Create and Action " +
        "On Edit from Block to Allow, or add a condition that leaves out the integration user.",
    },
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text: "Resync the affected records from the Sync Health tab once the duplicate or the rule is dealt with.",
    },
  ],
  translations: {
    da: {
      cause:
        "En dubletregel i Salesforce har fundet et eksisterende lead, en kontakt eller en " +
        "konto, som den matchende regel anser for at være den samme, og dubletreglen er sat " +
        "til at blokere, at posten gemmes. Derfor bliver posten fra HubSpot afvist.",
      fix: [
        'Åbn den aktive dubletregel for objektet i fejlen under "Setup → Duplicate Management ' +
          '→ Duplicate Rules" i Salesforce, og se, hvilken matchende regel den bruger.',
        "Find den eksisterende Salesforce-post, reglen matchede, og flet den med posten fra " +
          "HubSpot, eller sørg for, at posterne kan skelnes fra hinanden.",
        'Skal integrationen kunne komme igennem, så skift reglens "Action On Create" og ' +
          '"Action On Edit" fra "Block" til "Allow", eller tilføj en betingelse, der undtager ' +
          "integrationsbrugeren.",
        "Synkroniser de berørte poster igen fra fanen Sync Health, når dubletten eller reglen " +
          "er håndteret.",
      ],
    },
  },
  resync: "after-fix",
  related: ["email-already-in-use", "restricted-unique-value", "custom-code"],
  helpUrl: SYNC_ERRORS_ARTICLE,
  examples: {
    matches: [
      "DUPLICATES_DETECTED: Use one of these records?",
      '[{"statusCode":"DUPLICATES_DETECTED","message":"You\'re creating a duplicate record. We recommend you use an existing record instead.","fields":[]}]',
      "duplicates_detected: You are creating a duplicate record. We recommend you use an existing record instead.",
      "Lead for jane.doe@example.com was blocked by the Salesforce duplicate rule Standard Lead Duplicate Rule",
      "You’re creating a duplicate record. We recommend you use an existing record instead.",
    ],
    nearMisses: [
      "DUPLICATE_VALUE: duplicate value found: Customer_Number__c duplicates value on record with id: 0015g00000LmNoPAAZ",
      "Email already in use: jane.doe@example.com already exists on HubSpot contact 51234",
      "CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY: LeadTrigger: execution of AfterInsert caused by: System.DmlException: Insert failed. First exception on row 0; first error: DUPLICATES_DETECTED, Use one of these records?: []",
    ],
  },
});

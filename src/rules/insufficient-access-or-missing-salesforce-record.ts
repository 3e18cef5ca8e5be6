import { SYNC_ERRORS_ARTICLE } from "./help-articles.js";
import { defineRule } from "./types.js";

export default defineRule({
  id: "insufficient-access-or-missing-salesforce-record",
  name: "Insufficient access or missing Salesforce record",
  danishName: "Utilstrækkelig adgang eller manglende Salesforce-post",
  danishNameSource: "hubspot",
  aliases: [
    "Insufficient access rights",
    "Insufficient access on cross-reference entity",
    "Missing Salesforce record",
    "Entity is deleted",
    "Record is locked",
  ],
  symptoms: [
    "record was deleted in Salesforce",
    "id points to a deleted record",
    "no access to the record",
  ],
  category: "permissions",
  direction: "hubspot-to-salesforce",
  objects: ["contact", "company", "deal", "activity"],
  signals: [
    { code: "INSUFFICIENT_ACCESS_OR_READONLY" },
    { code: "INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY" },
    { code: "ENTITY_IS_DELETED" },
    { code: "ENTITY_IS_LOCKED" },
    // Salesforce's sentences for the same codes, for pastes that lost the code.
    { pattern: /\binsufficient access rights on (?:cross-reference id|object id)\b/i },
    { pattern: /\bentity is deleted\b/i },
    { pattern: /\b(?:the )?entity is locked for editing\b/i },
    { pattern: /\bcannot reference converted lead\b/i },
    { pattern: /\bThe record you attempted to access has been deleted\b/i },
    { pattern: /\bThe new owner must have read permission\b/i },
    { pattern: /\bCannot modify managed object\b/i },
    { pattern: /\bThe requested resource does not exist\b/i },
    // The generic access code with the record-level wording: the record, not the API, is out of reach.
    {
      code: "INSUFFICIENT_ACCESS",
      pattern: /\binsufficient access rights on (?:cross-reference id|object id)\b/i,
    },
    // A record locked by an approval process, as the UI and API say it without the code.
    { pattern: /\bThis record is locked\b/i },
  ],
  cause:
    "HubSpot tried to write a value or association that points at a Salesforce record the " +
    "integration user cannot reach: the record is deleted, locked (for example by an approval " +
    "process), or hidden from that user by sharing settings. Most often the HubSpot value itself " +
    "is wrong, such as an owner, account or lookup id that no longer fits.",
  fix: [
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text:
        "In the Sync Health tab, open the error and note the field and the Salesforce id it refers " +
        "to (an owner, account, or other lookup).",
    },
    {
      actor: "salesforce-admin",
      system: "salesforce",
      text:
        "Open that id in Salesforce; if the record was deleted, restore it from the Recycle Bin, or " +
        "have the HubSpot admin change the value or association to a record that exists.",
    },
    {
      actor: "salesforce-admin",
      system: "salesforce",
      text:
        "If the record exists, give the integration user access to it through Setup → Sharing " +
        "Settings, a sharing rule or its role, or unlock it if an approval process holds it.",
    },
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text: "Resync the affected records from the Sync Health tab once the value or access is corrected.",
    },
  ],
  translations: {
    da: {
      cause:
        "HubSpot forsøgte at skrive en værdi eller tilknytning, der peger på en " +
        "Salesforce-post, som integrationsbrugeren ikke kan nå: posten er slettet, låst " +
        "(f.eks. af en godkendelsesproces) eller skjult for brugeren af " +
        "delingsindstillingerne. Oftest er det selve værdien i HubSpot, der er forkert, f.eks. " +
        "et ejer-, konto- eller opslags-id, der ikke længere passer.",
      fix: [
        "Åbn fejlen på fanen Sync Health, og notér feltet og det Salesforce-id, fejlen " +
          "henviser til (en ejer, en konto eller et andet opslag).",
        "Slå id'et op i Salesforce. Er posten slettet, så gendan den fra papirkurven (\"Recycle " +
          'Bin"), eller bed HubSpot-administratoren ændre værdien eller tilknytningen til en ' +
          "post, der findes.",
        'Findes posten, så giv integrationsbrugeren adgang til den via "Setup → Sharing ' +
          'Settings", en delingsregel eller brugerens rolle, eller lås posten op, hvis en ' +
          "godkendelsesproces holder den låst.",
        "Synkroniser de berørte poster igen fra fanen Sync Health, når værdien eller adgangen " +
          "er rettet.",
      ],
    },
  },
  resync: "after-fix",
  related: ["insufficient-salesforce-access", "invalid-salesforce-id", "missing-salesforce-id"],
  helpUrl: SYNC_ERRORS_ARTICLE,
  examples: {
    matches: [
      "INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY: insufficient access rights on cross-reference id: 0015g00000QrStUAAV",
      '[{"statusCode":"INSUFFICIENT_ACCESS_OR_READONLY","message":"insufficient access rights on object id","fields":[]}]',
      "ENTITY_IS_DELETED: entity is deleted: []",
      "entity_is_locked: the entity is locked for editing",
      "ENTITY_IS_LOCKED: This record is locked. If you need to edit it, contact your admin.",
    ],
    nearMisses: [
      "INSUFFICIENT_ACCESS: Insufficient Privileges: You do not have the level of access necessary to perform the operation you requested.",
      "INVALID_CROSS_REFERENCE_KEY: AccountId: invalid cross reference id",
      "INVALID_FIELD_FOR_INSERT_UPDATE: Unable to create/update fields: Rating. Please check the security settings of this field and verify that it is read/write for your profile or permission set.",
    ],
  },
});

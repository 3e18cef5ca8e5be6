import { SYNC_ERRORS_ARTICLE } from "./help-articles.js";
import { defineRule } from "./types.js";

export default defineRule({
  id: "restricted-unique-value",
  name: "Restricted unique value",
  danishName: "Begrænset unik værdi",
  danishNameSource: "faithful",
  aliases: [
    "Duplicate value",
    "Duplicate value found",
    "Unique field conflict",
    "Duplicate external ID",
  ],
  symptoms: ["duplicate value in a unique field", "duplicate value found"],
  category: "property-values",
  direction: "hubspot-to-salesforce",
  objects: ["contact", "company", "deal"],
  signals: [
    { code: "DUPLICATE_VALUE" },
    { code: "DUPLICATE_EXTERNAL_ID" },
    // Salesforce's wording, for pastes that lost the status code.
    { pattern: /\bduplicate value found:/i },
    { pattern: /\bduplicates value on record with id\b/i },
    { pattern: /\bmore than one record found for external id field\b/i },
    // HubSpot's wording.
    {
      pattern:
        /\bunique (?:field|value)\b[^.\n]{0,80}?\balready (?:used|held|exists|in use) (?:on|by|in) (?:another|a different) (?:Salesforce )?record\b/i,
    },
    { pattern: /\bexternal ID provided matches more than one record\b/i },
    { pattern: /\bDuplicate external id specified\b/i },
  ],
  cause:
    "The Salesforce field is marked Unique (or is a unique External ID), and another Salesforce " +
    "record already holds the value HubSpot tried to write. Salesforce allows each value only " +
    "once in such a field, so the second record is refused.",
  fix: [
    {
      actor: "salesforce-admin",
      system: "salesforce",
      text:
        "Open the record whose id the error gives and compare it with the HubSpot record: if both " +
        "are the same person or company, merge them in Salesforce.",
    },
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text:
        "If they are different records, change the value on the HubSpot record so it is unique, " +
        "or clear it if the property should not be copied between records.",
    },
    {
      actor: "salesforce-admin",
      system: "salesforce",
      text:
        "Review the field in Setup → Object Manager → the object → Fields & Relationships and the " +
        "matching rules under Duplicate Management, and untick Unique if the value need not be unique.",
    },
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text: "Resync the affected records from the Sync Health tab once the value no longer collides.",
    },
  ],
  translations: {
    da: {
      cause:
        'Salesforce-feltet er markeret som "Unique" (eller er et unikt "External ID"), og en ' +
        "anden Salesforce-post har allerede den værdi, HubSpot forsøgte at skrive. Salesforce " +
        "tillader kun hver værdi én gang i sådan et felt, så posten fra HubSpot bliver afvist.",
      fix: [
        "Åbn posten med det id, fejlen angiver, og sammenlign den med HubSpot-posten: er det " +
          "samme person eller virksomhed, så flet dem i Salesforce.",
        "Er det forskellige poster, så ændr værdien på HubSpot-posten, så den er unik, eller " +
          "ryd den, hvis egenskaben ikke skal kopieres mellem poster.",
        'Gennemgå feltet under "Setup → Object Manager" → objektet → "Fields & Relationships" ' +
          'og de matchende regler under "Duplicate Management", og fjern fluebenet i "Unique", ' +
          "hvis værdien ikke behøver at være unik.",
        "Synkroniser de berørte poster igen fra fanen Sync Health, når værdien ikke længere " +
          "findes på en anden post.",
      ],
    },
  },
  resync: "after-fix",
  related: ["salesforce-duplicate-rule", "email-already-in-use", "custom-code"],
  helpUrl: SYNC_ERRORS_ARTICLE,
  examples: {
    matches: [
      "DUPLICATE_VALUE: duplicate value found: HubSpot_ID__c duplicates value on record with id: 0035g00000XyZ12AAB",
      "DUPLICATE_EXTERNAL_ID: External_Id__c: more than one record found for external id field: [0015g00000AbCdEXYZ, 0015g00000AbCdFXYZ]",
      '[{"statusCode":"DUPLICATE_VALUE","message":"duplicate value found: Customer_Number__c duplicates value on record with id: 0015g00000AbCdE","fields":[]}]',
      "duplicate value found: VAT_Number__c duplicates value on record with id: 0015g00000AbCdE",
      "The unique field CVR number already exists on another Salesforce record, so this company cannot sync.",
    ],
    nearMisses: [
      "DUPLICATES_DETECTED: Use one of these records?",
      "You're creating a duplicate record. We recommend you use an existing record instead.",
      "A contact with this email address already exists in HubSpot",
    ],
  },
});

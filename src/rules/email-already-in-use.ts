import { SYNC_ERRORS_ARTICLE } from "./help-articles.js";
import { defineRule } from "./types.js";

export default defineRule({
  id: "email-already-in-use",
  name: "Email already in use",
  danishName: "E-mail allerede i brug",
  danishNameSource: "hubspot",
  aliases: [
    "Email already exists",
    "Email address already in use",
    "Duplicate contact email",
    "Contact already exists",
  ],
  symptoms: ["two records share the same email", "the same email on several leads or contacts"],
  category: "duplicates",
  direction: "salesforce-to-hubspot",
  objects: ["contact"],
  signals: [
    // HubSpot-side: HubSpot keeps one contact per email address; no Salesforce status code.
    { pattern: /\be-?mail(?: address)? (?:is )?already in use\b/i },
    {
      pattern:
        /\be-?mail(?: address)? \S{1,254} is already (?:in use|taken) by (?:another |an existing )?(?:hubspot )?contact\b/i,
    },
    {
      pattern:
        /\be-?mail(?: address)? already exists (?:on|in|for) (?:an(?:other)? |the |a )?(?:existing )?(?:hubspot )?contact\b/i,
    },
    {
      pattern:
        /\b(?:a |another )?contact with (?:this|that|the same) e-?mail(?: address)? already exists\b/i,
    },
    // HubSpot's CRM API answer to a create with a taken address (category CONFLICT).
    { pattern: /\bcontact already exists\. existing id\b/i },
    // HubSpot's create answer when a contact already holds the address.
    { pattern: /\bcontact with e-?mail \S{1,254} already exists\b/i },
  ],
  cause:
    "HubSpot allows one contact per email address. The Salesforce lead or contact carries an " +
    "address that a different HubSpot contact already holds, so HubSpot cannot create or link " +
    "a second contact for it.",
  fix: [
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text:
        "In Contacts, search for the email address from the error to find the HubSpot contact " +
        "that already holds it.",
    },
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text:
        "If that contact is the same person, merge it with the right record; otherwise open it " +
        "and clear or change its Email property so the address is free.",
    },
    {
      actor: "salesforce-admin",
      system: "salesforce",
      text:
        "If Salesforce holds the person twice (a lead and a contact, or two contacts), merge the " +
        "duplicates or convert the lead so only one record carries the address.",
    },
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text: "Resync the affected records from the Sync Health tab once only one contact uses the address.",
    },
  ],
  translations: {
    da: {
      cause:
        "I HubSpot kan en e-mailadresse kun høre til én kontakt. Salesforce-leadet eller " +
        "-kontakten har en adresse, som allerede står på en anden HubSpot-kontakt, så HubSpot " +
        "kan hverken oprette en ny kontakt til adressen eller knytte endnu en kontakt til den.",
      fix: [
        "Søg under Kontakter i HubSpot efter e-mailadressen fra fejlen for at finde den " +
          "kontakt, der allerede har den.",
        "Er det den samme person, så flet kontakten med den rigtige post; ellers åbn den, og " +
          "ryd eller ændr egenskaben E-mail, så adressen bliver ledig.",
        "Findes personen flere gange i Salesforce (som både lead og kontakt eller som dobbelte " +
          "kontakter), så flet dubletterne, eller konverter leadet, så kun én post har adressen.",
        "Synkroniser de berørte poster igen fra fanen Sync Health, når kun én kontakt bruger " +
          "adressen.",
      ],
    },
  },
  resync: "after-fix",
  related: ["salesforce-duplicate-rule", "restricted-unique-value", "invalid-email"],
  helpUrl: SYNC_ERRORS_ARTICLE,
  examples: {
    matches: [
      "Email already in use",
      "Lead 00Q5g00000Xy7ZaEAJ could not sync: the email address jane.doe@example.com is already in use by HubSpot contact 51234",
      "email already exists on another HubSpot contact (mads.jensen@example.dk)",
      '{"status":"error","message":"Contact already exists. Existing ID: 9051","category":"CONFLICT"}',
      "A contact with this email address already exists in HubSpot: sales@acme-example.com",
    ],
    nearMisses: [
      "DUPLICATES_DETECTED: Use one of these records?",
      "DUPLICATE_VALUE: duplicate value found: Email__c duplicates value on record with id: 0035g00000Kx8PqAAJ",
      "INVALID_EMAIL_ADDRESS: Email: invalid email address: jane.doe@@example.com",
    ],
  },
});

import { SYNC_ERRORS_ARTICLE } from "./help-articles.js";
import { defineRule } from "./types.js";

export default defineRule({
  id: "invalid-email",
  name: "Invalid email",
  danishName: "Ugyldig e-mail",
  danishNameSource: "hubspot",
  aliases: ["Invalid email address", "Bad email format", "Malformed email", "Email format error"],
  symptoms: ["bad email address", "malformed email"],
  category: "property-values",
  direction: "salesforce-to-hubspot",
  objects: ["contact"],
  signals: [
    { code: "INVALID_EMAIL_ADDRESS" },
    // HubSpot's property validation names the same problem INVALID_EMAIL.
    { code: "INVALID_EMAIL" },
    // Salesforce's and HubSpot's wording, for pastes that lost the status code.
    { pattern: /\binvalid e-?mail address\b/i },
    { pattern: /\be-?mail address [^\s"]{1,254} is invalid\b/i },
    { pattern: /\b(?:is|was) not a valid e-?mail(?: address)?\b/i },
    { pattern: /\binvalid e-?mail(?: address)?\b/i, weight: -0.5 },
  ],
  cause:
    "The email address on the Salesforce lead or contact is not a well-formed address (for " +
    "example it lacks a domain, has two @ signs or contains a space or comma). HubSpot will not " +
    "store a malformed address in its Email property, so the record cannot come across.",
  fix: [
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text:
        "In the Sync Health tab, open the Invalid email card and note the Salesforce record and the " +
        "address each error shows.",
    },
    {
      actor: "salesforce-admin",
      system: "salesforce",
      text:
        "Open each Salesforce lead or contact and correct the Email field to a complete address " +
        "such as name@company.dk, removing spaces, commas and extra @ signs.",
    },
    {
      actor: "salesforce-admin",
      system: "salesforce",
      text:
        "If the bad addresses come from a form or an import, fix that source so it validates " +
        "email addresses before they reach Salesforce.",
    },
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text: "Resync the records from the Sync Health tab once their email addresses are corrected.",
    },
  ],
  translations: {
    da: {
      cause:
        "E-mailadressen på Salesforce-leadet eller -kontakten er ikke en gyldig adresse (den " +
        "mangler f.eks. et domæne, har mere end ét @ eller indeholder mellemrum eller komma). " +
        "HubSpot gemmer ikke en ugyldig adresse i egenskaben E-mail, så posten kan ikke " +
        "synkroniseres.",
      fix: [
        "Åbn kortet Ugyldig e-mail på fanen Sync Health, og notér Salesforce-posten og " +
          "adressen for hver fejl.",
        "Åbn hvert lead eller hver kontakt i Salesforce, og ret E-mail-feltet til en " +
          "fuldstændig adresse som navn@firma.dk uden mellemrum, kommaer og ekstra @.",
        "Kommer de forkerte adresser fra en formular eller en import, så ret kilden, så den " +
          "validerer e-mailadresser, før de når Salesforce.",
        "Synkroniser posterne igen fra fanen Sync Health, når deres e-mailadresser er rettet.",
      ],
    },
  },
  resync: "after-fix",
  related: ["email-already-in-use", "invalid-value", "custom-code"],
  helpUrl: SYNC_ERRORS_ARTICLE,
  examples: {
    matches: [
      "INVALID_EMAIL_ADDRESS: Email: invalid email address: jane.doe@acme: [Email]",
      '[{"statusCode":"INVALID_EMAIL_ADDRESS","message":"Email: invalid email address: kontakt@firma .dk","fields":["Email"]}]',
      "invalid_email_address: Email: invalid email address: mads@@firma.dk",
      '{"status":"error","message":"Property values were not valid: [{\\"isValid\\":false,\\"message\\":\\"Email address peter@firma,dk is invalid\\",\\"error\\":\\"INVALID_EMAIL\\",\\"name\\":\\"email\\"}]","category":"VALIDATION_ERROR"}',
      "The email address on Salesforce lead 00Q5g00000AbCdE is not a valid email address.",
    ],
    nearMisses: [
      "A contact with this email address already exists in HubSpot",
      "DUPLICATE_VALUE: duplicate value found: Email__c duplicates value on record with id: 0035g00000XyZ12",
      "CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY: LeadTrigger: execution of BeforeInsert caused by: System.DmlException: Insert failed. First exception on row 0; first error: INVALID_EMAIL_ADDRESS, Email: invalid email address: x@: [Email]",
    ],
  },
});

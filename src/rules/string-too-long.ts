import { SYNC_ERRORS_ARTICLE } from "./help-articles.js";
import { defineRule } from "./types.js";

export default defineRule({
  id: "string-too-long",
  name: "String too long",
  danishName: "Tekststreng for lang",
  danishNameSource: "faithful",
  aliases: ["Data value too large", "Value too long", "Text too long", "Field value too long"],
  category: "property-values",
  direction: "either",
  objects: ["contact", "company", "deal", "activity"],
  signals: [
    { code: "STRING_TOO_LONG" },
    { code: "STRING_TOO_LONG", pattern: /\bdata value too large\b/i },
    // Salesforce's wording, for pastes that lost the status code.
    { pattern: /\bdata value too large\b/i },
    { pattern: /\(max length=\d{1,6}\)/i },
    // HubSpot's wording.
    {
      pattern:
        /\b(?:exceeds|is longer than) the (?:maximum|max) (?:length|number of characters)\b/i,
    },
    { pattern: /\ballows (?:at most|a maximum of|up to) \d{1,6} characters\b/i },
  ],
  cause:
    "The value is longer than the field it is written to can hold. Most often a Salesforce text " +
    "field has a smaller character limit than the HubSpot property mapped to it (a last name is " +
    "capped at 80 characters, a title at 128), so the longer value is refused.",
  fix: [
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text:
        "Open the affected record and find the property named in the error; the error's max length " +
        "tells you how many characters the field allows.",
    },
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text:
        "Shorten the value to fit that limit, in HubSpot or on the Salesforce record, whichever " +
        "system the value came from.",
    },
    {
      actor: "salesforce-admin",
      system: "salesforce",
      text:
        "If longer values are expected, raise the limit in Setup → Object Manager → the object → " +
        "Fields & Relationships → the field → Edit → Length (standard fields such as Last Name " +
        "cannot be raised).",
    },
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text: "Resync the affected records from the Sync Health tab once the value fits the field.",
    },
  ],
  translations: {
    da: {
      cause:
        "Værdien er længere, end det felt, den skrives til, kan rumme. Oftest har et tekstfelt " +
        "i Salesforce en lavere tegngrænse end den HubSpot-egenskab, det er mappet til (et " +
        "efternavn må højst være 80 tegn, en titel 128), så den længere værdi bliver afvist.",
      fix: [
        'Åbn den berørte post, og find egenskaben fra fejlen; fejlens "max length" viser, hvor ' +
          "mange tegn feltet tillader.",
        "Forkort værdien, så den holder sig inden for grænsen, i HubSpot eller på " +
          "Salesforce-posten, alt efter hvilket system værdien kom fra.",
        'Forventes der længere værdier, så hæv grænsen under "Setup → Object Manager" → ' +
          'objektet → "Fields & Relationships" → feltet → "Edit" → "Length" (standardfelter som ' +
          '"Last Name" kan ikke udvides).',
        "Synkroniser de berørte poster igen fra fanen Sync Health, når værdien passer til " +
          "feltet.",
      ],
    },
  },
  resync: "after-fix",
  related: ["invalid-value", "type-mismatch", "custom-code"],
  helpUrl: SYNC_ERRORS_ARTICLE,
  examples: {
    matches: [
      "STRING_TOO_LONG: Last Name: data value too large: Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa (max length=80)",
      '[{"statusCode":"STRING_TOO_LONG","message":"Title: data value too large: Senior Vice President of Global Strategic Partnerships, Channel Alliances and Business Development for the Nordic Region (max length=128)","fields":["Title"]}]',
      "string_too_long: Phone: data value too large: +45 12 34 56 78 / +45 87 65 43 21 (reception) (max length=40): [Phone]",
      "data value too large: Nordisk Ejendomsadministration og Facility Management Holding A/S (max length=40)",
      "The value of Job Title is 214 characters long, but the Salesforce field Title allows at most 128 characters.",
    ],
    nearMisses: [
      "INVALID_TYPE_ON_FIELD_IN_RECORD: Number Of Employees: value not of required type: 12,5",
      "Option limit exceeded: the property Industry has too many options",
      "REQUIRED_FIELD_MISSING: Required fields are missing: [LastName]",
    ],
  },
});

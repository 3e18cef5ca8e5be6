import { SYNC_ERRORS_ARTICLE } from "./help-articles.js";
import { defineRule } from "./types.js";

export default defineRule({
  id: "option-limit-exceeded",
  name: "Option limit exceeded",
  danishName: "Grænse for valgmuligheder overskredet",
  danishNameSource: "faithful",
  aliases: [
    "Too many picklist options",
    "Picklist limit reached",
    "Property option limit",
    "Too many dropdown options",
  ],
  category: "picklists",
  direction: "either",
  objects: ["contact", "company", "deal"],
  signals: [
    // HubSpot's wording, and Salesforce's for a picklist value set that is full.
    { pattern: /\boptions? limit (?:exceeded|reached)\b/i },
    {
      pattern:
        /\b(?:reached|exceeds|exceeded|exceed) (?:the |its )?(?:maximum|max|limit)(?: number)? (?:of )?(?:property |picklist |dropdown )?(?:options|values)\b/i,
    },
    { pattern: /\btoo many (?:property |picklist |dropdown )?options\b/i },
    { pattern: /\bpicklist (?:value )?limit (?:exceeded|reached)\b/i },
  ],
  cause:
    "A HubSpot property or a Salesforce picklist already holds as many options as it is allowed, so " +
    "the sync cannot add the option a record needs. It often starts when a free-text field is mapped " +
    "to a dropdown or picklist, because every new text value becomes a new option.",
  fix: [
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text:
        "In Settings → Properties, open the property named in the error and delete the options your " +
        "team no longer uses.",
    },
    {
      actor: "salesforce-admin",
      system: "salesforce",
      text:
        "In Setup → Object Manager → the object → Fields & Relationships → the mapped picklist, delete " +
        "unused values rather than deactivating them, since inactive values still count toward the limit.",
    },
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text:
        "In the Salesforce integration's field mappings, check that the property and the field have " +
        "matching types (dropdown to picklist, text to text) and change any mapping that feeds free " +
        "text into a picklist.",
    },
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text: "Resync the affected records from the Sync Health tab once there is room for the option.",
    },
  ],
  translations: {
    da: {
      cause:
        "En HubSpot-egenskab eller en Salesforce-pickliste har allerede så mange " +
        "valgmuligheder, som den må have, så synkroniseringen kan ikke tilføje den " +
        "valgmulighed, en post skal bruge. Det starter ofte, når et fritekstfelt er mappet til " +
        "en dropdown eller pickliste, fordi hver ny tekstværdi bliver en ny valgmulighed.",
      fix: [
        "Åbn egenskaben fra fejlen under Indstillinger → Egenskaber i HubSpot, og slet de " +
          "valgmuligheder, jeres team ikke længere bruger.",
        'Slet ubrugte værdier i den mappede pickliste under "Setup → Object Manager" → ' +
          'objektet → "Fields & Relationships" i Salesforce i stedet for at deaktivere dem, for ' +
          "inaktive værdier tæller stadig med i grænsen.",
        "Tjek i Salesforce-integrationens feltmapping, at egenskaben og feltet har matchende " +
          "typer (dropdown til pickliste, tekst til tekst), og ret enhver mapping, der sender " +
          "fritekst ind i en pickliste.",
        "Synkroniser de berørte poster igen fra fanen Sync Health, når der er plads til " +
          "valgmuligheden.",
      ],
    },
  },
  resync: "after-fix",
  related: ["mismatched-options", "type-mismatch", "restricted-picklist-value"],
  helpUrl: SYNC_ERRORS_ARTICLE,
  examples: {
    matches: [
      "Option limit exceeded: the property product_interest has reached the maximum number of options",
      "Cannot add option 'Wind turbines': the HubSpot property industry_detail has too many options",
      "Picklist Product_Line__c exceeded the maximum number of values (1000); value Solar 12kW was not added",
    ],
    nearMisses: [
      "Mismatched options: the Salesforce value Partner_Referral on LeadSource has no matching option in the HubSpot property Lead source",
      "Association limit reached: company 8812345678 has reached the association limit for contacts",
      "STRING_TOO_LONG: Product Interest: data value too large: Solar, Wind, Storage, Heat pumps (max length=40)",
    ],
  },
});

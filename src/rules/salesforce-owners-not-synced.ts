import { SYNC_ERRORS_ARTICLE } from "./help-articles.js";
import { defineRule } from "./types.js";

export default defineRule({
  id: "salesforce-owners-not-synced",
  name: "Salesforce owners not synced",
  danishName: "Salesforce-ejere ikke synkroniseret",
  danishNameSource: "hubspot",
  aliases: [
    "Owners not synced",
    "Salesforce users not synced",
    "Unsupported user type",
    "Owner sync failed",
  ],
  symptoms: [
    "owner not found in HubSpot",
    "Salesforce user is not a Standard user",
    "owner's user type is not supported",
    "record owner missing in HubSpot",
  ],
  category: "picklists",
  direction: "salesforce-to-hubspot",
  objects: ["contact", "company", "deal"],
  signals: [
    // HubSpot's wording; nothing fails in Salesforce itself.
    { pattern: /\bsalesforce owners? (?:were |was |are |is )?not synced\b/i },
    { pattern: /\bunsupported (?:salesforce )?user ?type\b/i },
    { pattern: /\buser ?type\b[^.\n]{0,40}?\b(?:is )?not supported\b/i },
    {
      pattern:
        /\b(?:cannot|can(?:'|’)?t|could not|couldn(?:'|’)?t) (?:be )?sync(?:ed)? as (?:a |an )?(?:HubSpot )?owners?\b/i,
    },
  ],
  cause:
    "HubSpot only brings in Salesforce users as owners when their user type is Standard, Power " +
    "Partner or Guest. Records owned by a user of any other type (for example a Chatter or " +
    "customer-community user) cannot get a matching HubSpot owner.",
  fix: [
    {
      actor: "salesforce-admin",
      system: "salesforce",
      text:
        "In Setup → Users → Users, open each user named in the error and check the user type that " +
        "comes with their User License.",
    },
    {
      actor: "salesforce-admin",
      system: "salesforce",
      text:
        "Give every user who owns synced records a license whose user type is Standard, Power Partner " +
        "or Guest, or reassign their records to such a user.",
    },
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text:
        "Once the owners are supported, resync the affected records from the Sync Health tab and check " +
        "that the users now appear as HubSpot owners.",
    },
  ],
  translations: {
    da: {
      cause:
        "HubSpot henter kun Salesforce-brugere ind som ejere, hvis deres brugertype er " +
        "Standard, Power Partner eller Guest. Poster, der ejes af en bruger af en anden type " +
        "(f.eks. en Chatter-bruger eller en bruger i et kundecommunity), kan ikke få en " +
        "tilsvarende ejer i HubSpot.",
      fix: [
        'Åbn hver bruger, fejlen nævner, under "Setup → Users → Users" i Salesforce, og tjek ' +
          'den brugertype, der følger med brugerens "User License".',
        "Giv alle brugere, der ejer synkroniserede poster, en licens med brugertypen Standard, " +
          "Power Partner eller Guest, eller flyt deres poster til en sådan bruger.",
        "Når ejerne understøttes, så synkroniser de berørte poster igen fra fanen Sync Health, " +
          "og tjek, at brugerne nu vises som ejere i HubSpot.",
      ],
    },
  },
  resync: "after-fix",
  related: ["inactive-salesforce-owner", "owner-assignment"],
  helpUrl: SYNC_ERRORS_ARTICLE,
  examples: {
    matches: [
      "Salesforce owners not synced: user 0055g00000Hk2LmAAJ has the unsupported user type CsnOnly",
      "Salesforce owner was not synced because the user type PowerCustomerSuccess is not supported",
      "The Salesforce user 0055g00000Hk2LmAAJ (Chatter Free) cannot be synced as a HubSpot owner",
    ],
    nearMisses: [
      "INACTIVE_OWNER_OR_USER: operation performed with inactive user [0055g00000F2mQz] as owner of lead",
      "REQUIRED_FIELD_MISSING: Required fields are missing: [OwnerId]",
    ],
  },
});

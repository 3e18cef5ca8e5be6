import { SYNC_ERRORS_ARTICLE } from "./help-articles.js";
import { defineRule } from "./types.js";

export default defineRule({
  id: "mismatched-state-or-country-value",
  name: "Mismatched state or country value",
  danishName: "Uoverensstemmende værdi for stat eller land",
  danishNameSource: "faithful",
  aliases: [
    "Invalid state or country",
    "State and country picklist error",
    "Invalid state value",
    "Country not recognized",
  ],
  symptoms: [
    "state does not belong to the country",
    "state not in the country's list",
    "country spelled differently",
    "country or state written another way than Salesforce's list, like USA for United States",
  ],
  category: "picklists",
  direction: "hubspot-to-salesforce",
  objects: ["contact", "company"],
  signals: [
    // Salesforce reports every state/country picklist problem as FIELD_INTEGRITY_EXCEPTION. The
    // state-without-country case belongs to missing-required-country, whose pattern on the same
    // code carries a higher weight than this one.
    { code: "FIELD_INTEGRITY_EXCEPTION" },
    {
      code: "FIELD_INTEGRITY_EXCEPTION",
      pattern: /\b(?:states?|countr(?:y|ies)|provinces?|StateCode|CountryCode)\b/i,
    },
    // Salesforce's own sentences, for pastes that lost the status code.
    { pattern: /\bthere(?:'|’)?s a problem with this (?:state|country)\b/i },
    { pattern: /\bselect a (?:state|country(?:\/territory)?) from the list of valid\b/i },
    { pattern: /\bcountry(?:\/territory)? doesn(?:'|’)?t recognize the state value\b/i },
    // An Error type column pasted together with the message.
    { pattern: /\bmismatched state or country value\b/i },
    // State and country picklists name the field by its code and the value that is not enabled.
    {
      pattern:
        /(?:State|Country)Code field contains\b[^.\n]{0,80}?\bwhich isn(?:'|’)t an available (?:state|country)/i,
      weight: 1,
    },
    {
      code: "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
      pattern:
        /\b(?:State|Country)(?:\/Territory)? Code: bad value for restricted picklist field\b/i,
      weight: 1,
    },
    {
      pattern:
        /\b(?:State|Country)(?:\/Territory)? Code: bad value for restricted picklist field\b/i,
      weight: 1,
    },
  ],
  cause:
    "Salesforce's state and country/territory picklists are switched on, and the state or country " +
    "HubSpot sent is not one Salesforce accepts: it is spelled differently, not enabled, or the " +
    "state does not belong to the country. HubSpot keeps these properties as free text by default, " +
    "so any typed variant can reach Salesforce.",
  fix: [
    {
      actor: "salesforce-admin",
      system: "salesforce",
      text:
        "In Setup → State and Country/Territory Picklists, check that the record's country and state " +
        "are both active and visible, and that the state is listed under that country.",
    },
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text:
        "On each affected record, set Country whenever State/Region has a value, and use exactly the " +
        "value Salesforce expects: the full name (integration value) for State and Country, or the " +
        "ISO code if the property is mapped to StateCode or CountryCode.",
    },
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text:
        "If both a code and a name are synced, make them agree (for example CountryCode DK with " +
        "Country Denmark), since Salesforce rejects an update where they point to different places.",
    },
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text:
        "In Settings → Properties, turn the State/Region and Country properties into dropdown select " +
        "properties whose options are Salesforce's state and country values, so new records can only " +
        "hold valid values.",
    },
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text: "Resync the affected records from the Sync Health tab once their state and country are corrected.",
    },
  ],
  translations: {
    da: {
      cause:
        "Salesforces picklister for stat og land/område er slået til, og den stat eller det " +
        "land, HubSpot sendte, er ikke en værdi, Salesforce accepterer: den er stavet " +
        "anderledes, er ikke aktiveret, eller staten hører ikke til landet. I HubSpot er disse " +
        "egenskaber som standard fritekst, så enhver indtastet variant kan nå frem til " +
        "Salesforce.",
      fix: [
        'Tjek under "Setup → State and Country/Territory Picklists" i Salesforce, at postens ' +
          "land og stat begge er aktive og synlige, og at staten står under det land.",
        "Udfyld Land/region på hver berørt post, når Stat/region har en værdi, og brug præcis " +
          "den værdi, Salesforce forventer: det fulde navn (integrationsværdien) til State og " +
          "Country, eller ISO-koden, hvis egenskaben er mappet til StateCode eller CountryCode.",
        "Synkroniseres både en kode og et navn, så sørg for, at de stemmer overens (f.eks. " +
          "CountryCode DK med Country Denmark), for Salesforce afviser en opdatering, hvor de " +
          "peger på forskellige steder.",
        "Gør egenskaberne Stat/region og Land/region til dropdown-egenskaber under " +
          "Indstillinger → Egenskaber, med Salesforces stats- og landeværdier som " +
          "valgmuligheder, så nye poster kun kan få gyldige værdier.",
        "Synkroniser de berørte poster igen fra fanen Sync Health, når deres stat og land er " +
          "rettet.",
      ],
    },
  },
  resync: "after-fix",
  related: ["missing-required-country", "restricted-picklist-value", "mismatched-options"],
  helpUrl: SYNC_ERRORS_ARTICLE,
  examples: {
    matches: [
      "FIELD_INTEGRITY_EXCEPTION: There's a problem with this state, even though it may appear correct. Please select a state from the list of valid states.: State/Province",
      "FIELD_INTEGRITY_EXCEPTION: The existing country/territory doesn't recognize the state value: Jylland",
      '[{"statusCode":"FIELD_INTEGRITY_EXCEPTION","message":"There\'s a problem with this country, even though it may appear correct. Please select a country/territory from the list of valid countries.","fields":["CountryCode"]}]',
      "field_integrity_exception: there's a problem with this state, even though it may appear correct.",
      "Mismatched state or country value: Sjælland is not a valid state for Denmark in Salesforce",
    ],
    nearMisses: [
      "FIELD_INTEGRITY_EXCEPTION: A country/territory must be specified before specifying a state value for field: State/Province",
      "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST: Region: bad value for restricted picklist field: Nordjylland",
      "STRING_TOO_LONG: State/Province: data value too large: Region Syddanmark og omegn (max length=80)",
    ],
  },
});

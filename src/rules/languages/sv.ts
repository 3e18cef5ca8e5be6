import { defineLanguage } from "./types.js";

// Adobe's Swedish Marketo Measure docs list the Salesforce messages its CRM export meets
// (translation memory plus machine translation, so an approximation of Salesforce's own strings).
// Patterns keep to the key phrase each family shares.
const ADOBE_SV =
  "github:AdobeDocs/marketo-measure.sv-SE/help/configuration-and-setup/getting-started-with-marketo-measure/error-notifications.md";

/** Swedish: Salesforce's standard messages, as Adobe's Swedish docs render them. */
export default defineLanguage({
  code: "sv",
  name: "Swedish",
  wordings: [
    {
      // "Required fields are missing: [...]"
      type: "missing-required-value",
      pattern: /obligatoriska\s+fält\s+saknas/i,
      source: ADOBE_SV,
    },
    {
      // "bad value for restricted picklist field"
      type: "restricted-picklist-value",
      pattern: /värde\s+för\s+begränsat\s+(?:list|plocklist|urvalslist|val)fält/i,
      source: ADOBE_SV,
    },
    {
      // "duplicate value found: <field> duplicates value on record with id: <id>"
      type: "restricted-unique-value",
      pattern: /dubblettvärde\s+hittades/i,
      source: ADOBE_SV,
    },
    {
      // The duplicate rule's alert: "You're creating a duplicate record."
      type: "salesforce-duplicate-rule",
      pattern: /du\s+skapar\s+en\s+dubblett(?:post)?/i,
      source: ADOBE_SV,
    },
    {
      // "insufficient access rights on object id / cross-reference id"
      type: "insufficient-access-or-missing-salesforce-record",
      pattern:
        /otillräckliga?\s+(?:behörighet(?:er)?|åtkomsträttigheter)\s+för\s+(?:objekt|korsreferens)-?\s*id/i,
      source: ADOBE_SV,
    },
    {
      // ENTITY_IS_LOCKED: "This record is locked."
      type: "insufficient-access-or-missing-salesforce-record",
      pattern: /posten\s+är\s+låst/i,
      source: ADOBE_SV,
    },
    {
      // The lookup filter: "Value does not exist or does not match filter criteria."
      type: "invalid-value",
      pattern: /finns\s+inte\s+eller\s+matchar\s+inte\s+filtervillkoren/i,
      source: ADOBE_SV,
    },
    {
      // "There's a problem with this country, even though it may appear correct."
      type: "mismatched-state-or-country-value",
      pattern: /problem\s+med\s+det\s+här\s+(?:landet|delstaten)/i,
      source: ADOBE_SV,
    },
    {
      // INACTIVE_OWNER_OR_USER: "operation performed with inactive user [id] as owner of contact"
      type: "inactive-salesforce-owner",
      pattern: /med\s+(?:den\s+)?inaktiva?\s+användaren/i,
      source: ADOBE_SV,
    },
    {
      // INVALID_FIELD_FOR_INSERT_UPDATE: "Unable to create/update fields: ..."
      type: "salesforce-field-permission",
      pattern: /det\s+går\s+inte\s+att\s+skapa\s*\/\s*uppdatera\s+fält/i,
      source: ADOBE_SV,
    },
  ],
  examples: [
    {
      message:
        "Du skapar en dubblettpost. Vi rekommenderar att du använder en befintlig post i stället.",
      type: "salesforce-duplicate-rule",
      source: ADOBE_SV,
    },
    {
      message: "dubblettvärde hittades: Email_Unique__c-dubblettvärde i post med ID: 123",
      type: "restricted-unique-value",
      source: ADOBE_SV,
    },
    {
      message: "Den här posten är låst. Kontakta din administratör om du behöver redigera den.",
      type: "insufficient-access-or-missing-salesforce-record",
      source: ADOBE_SV,
    },
    {
      message:
        'Värdet finns inte eller matchar inte filtervillkoren. Välj en användare med rollen"Account Executive, Inside Sales"',
      type: "invalid-value",
      source: ADOBE_SV,
    },
    {
      message:
        "Det finns ett problem med det här landet, även om det kan se korrekt ut. Välj ett land/territorium i listan över giltiga länder.: Land",
      type: "mismatched-state-or-country-value",
      source: ADOBE_SV,
    },
    {
      message: "åtgärden utfördes med den inaktiva användaren [1234] som ägare av kontakten",
      type: "inactive-salesforce-owner",
      source: ADOBE_SV,
    },
    {
      message: "Otillräcklig behörighet för objekt-ID: [123]",
      type: "insufficient-access-or-missing-salesforce-record",
      source: ADOBE_SV,
    },
    {
      message:
        "Det går inte att skapa/uppdatera fält: bizible2__Unique Id__c. Kontrollera säkerhetsinställningarna för det här fältet och verifiera att det är skrivskyddat för din profil eller behörighetsgrupp.",
      type: "salesforce-field-permission",
      source: ADOBE_SV,
    },
    {
      message: "Otillräckliga åtkomsträttigheter för korsreferens-ID: 01 23456",
      type: "insufficient-access-or-missing-salesforce-record",
      source: ADOBE_SV,
    },
    {
      message: "felaktigt värde för begränsat listfält: Okänt",
      type: "restricted-picklist-value",
      source: ADOBE_SV,
    },
    {
      message: "Obligatoriska fält saknas: [Product_Type__c]",
      type: "missing-required-value",
      source: ADOBE_SV,
    },
  ],
});

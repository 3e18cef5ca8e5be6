import { defineLanguage } from "./types.js";

// Adobe's Dutch Marketo Measure docs list the Salesforce messages its CRM export meets (translation
// memory plus machine translation, so an approximation of Salesforce's own strings). Several of
// its Dutch entries keep Salesforce's English message, which the English rules already read.
const ADOBE_NL =
  "github:AdobeDocs/marketo-measure.nl-NL/help/configuration-and-setup/getting-started-with-marketo-measure/error-notifications.md";

/** Dutch: Salesforce's standard messages, as Adobe's Dutch docs render them. */
export default defineLanguage({
  code: "nl",
  name: "Dutch",
  wordings: [
    {
      // "bad value for restricted picklist field"
      type: "restricted-picklist-value",
      pattern:
        /(?:veld\s+met\s+(?:een\s+)?beperkte|beperkt\s+)\s*(?:keuzelijst|selectielijst|picklist)/i,
      source: ADOBE_NL,
    },
    {
      // The duplicate rule's alert: "You're creating a duplicate record."
      type: "salesforce-duplicate-rule",
      pattern: /u\s+maakt\s+een\s+(?:gedupliceerde?|dubbele)\s+record/i,
      source: ADOBE_NL,
    },
    {
      // "insufficient access rights on object id / cross-reference"
      type: "insufficient-access-or-missing-salesforce-record",
      pattern: /onvoldoende\s+toegangsrechten\s+(?:voor|op)\s+(?:object-?\s*id|kruisverwijzing)/i,
      source: ADOBE_NL,
    },
    {
      // INACTIVE_OWNER_OR_USER: "operation performed with inactive user [id] as owner of contact"
      type: "inactive-salesforce-owner",
      pattern: /met\s+(?:een\s+)?(?:niet-actieve|inactieve)\s+gebruiker/i,
      source: ADOBE_NL,
    },
    {
      // INVALID_FIELD_FOR_INSERT_UPDATE: "Unable to create/update fields: ..."
      type: "salesforce-field-permission",
      pattern: /kan\s+geen\s+velden\s+maken\s*\/\s*bijwerken/i,
      source: ADOBE_NL,
    },
  ],
  examples: [
    {
      message:
        "U maakt een gedupliceerde record. We raden u aan een bestaande record te gebruiken.",
      type: "salesforce-duplicate-rule",
      source: ADOBE_NL,
    },
    {
      message: "bewerking uitgevoerd met niet-actieve gebruiker [1234] als eigenaar van contact",
      type: "inactive-salesforce-owner",
      source: ADOBE_NL,
    },
    {
      message: "onvoldoende toegangsrechten voor object-id: [123]",
      type: "insufficient-access-or-missing-salesforce-record",
      source: ADOBE_NL,
    },
    {
      message:
        "Kan geen velden maken/bijwerken: bizible2_UniqueId_UniqueId_C Id__c. Controleer de beveiligingsinstellingen van dit veld en controleer of het gelezen/geschreven is voor uw profiel of rechtenset.",
      type: "salesforce-field-permission",
      source: ADOBE_NL,
    },
    {
      message: "onvoldoende toegangsrechten voor kruisverwijzing: 01 23456",
      type: "insufficient-access-or-missing-salesforce-record",
      source: ADOBE_NL,
    },
    {
      message: "ongeldige waarde voor veld met beperkte keuzelijst: Onbekend",
      type: "restricted-picklist-value",
      source: ADOBE_NL,
    },
  ],
});

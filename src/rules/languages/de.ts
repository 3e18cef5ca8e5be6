import { defineLanguage } from "./types.js";

// Adobe's German Marketo Measure docs list the Salesforce messages its CRM export meets, in German
// (translation memory plus machine translation, so an approximation of Salesforce's own strings).
// Each pattern is built on the key phrase a family shares, not on the whole sentence.
const ADOBE_DE =
  "github:AdobeDocs/marketo-measure.de-DE/help/configuration-and-setup/getting-started-with-marketo-measure/error-notifications.md";

/** German: Salesforce's standard messages, as Adobe's German docs render them. */
export default defineLanguage({
  code: "de",
  name: "German",
  wordings: [
    {
      // "Required fields are missing: [...]"; "Pflichtfeld" is the other word German UIs use.
      type: "missing-required-value",
      pattern: /erforderliche\s+felder\s+fehlen|pflichtfelder?\s+fehl(?:en|t)/i,
      source: ADOBE_DE,
    },
    {
      // "bad value for restricted picklist field"
      type: "restricted-picklist-value",
      pattern: /wert\s+für\s+(?:das\s+|ein\s+)?eingeschränkte[sn]?\s+auswahllisten?-?feld/i,
      source: ADOBE_DE,
    },
    {
      // "duplicate value found: <field> duplicates value on record with id: <id>"
      type: "restricted-unique-value",
      pattern: /doppelter\s+wert\s+gefunden|duplikatwert\s+gefunden/i,
      source: ADOBE_DE,
    },
    {
      // The duplicate rule's alert: "You're creating a duplicate record. We recommend you use an existing record instead."
      type: "salesforce-duplicate-rule",
      pattern:
        /(?:erstellen\s+einen|ein)\s+doppelte[nr]?\s+(?:eintrag|datensatz)|stattdessen\s+einen\s+vorhandenen\s+datensatz/i,
      source: ADOBE_DE,
    },
    {
      // "insufficient access rights on object id / cross-reference id"
      type: "insufficient-access-or-missing-salesforce-record",
      pattern:
        /unzureichende\s+zugriffsrechte\s+(?:für|auf)\s+(?:die\s+)?(?:objekt|querverweis)-?\s*id/i,
      source: ADOBE_DE,
    },
    {
      // ENTITY_IS_LOCKED: "This record is locked. If you need to edit it, contact your admin."
      type: "insufficient-access-or-missing-salesforce-record",
      pattern: /(?:dieser\s+)?datensatz\s+ist\s+gesperrt/i,
      source: ADOBE_DE,
    },
    {
      // The lookup filter: "Value does not exist or does not match filter criteria."
      type: "invalid-value",
      pattern:
        /(?:existiert|gibt\s+es)\s+nicht\s+oder\s+entspricht\s+nicht\s+den\s+filterkriterien/i,
      source: ADOBE_DE,
    },
    {
      // "There's a problem with this country, even though it may appear correct."
      type: "mismatched-state-or-country-value",
      pattern: /problem\s+mit\s+diese[mr]\s+(?:land|bundesland|staat)\b/i,
      source: ADOBE_DE,
    },
    {
      // INACTIVE_OWNER_OR_USER: "operation performed with inactive user [id] as owner of contact"
      type: "inactive-salesforce-owner",
      pattern: /mit\s+inaktive[mn]?\s+benutzer/i,
      source: ADOBE_DE,
    },
    {
      // INVALID_FIELD_FOR_INSERT_UPDATE: "Unable to create/update fields: ..."
      type: "salesforce-field-permission",
      pattern: /felder\s+können\s+nicht\s+erstellt\s*\/\s*aktualisiert\s+werden/i,
      source: ADOBE_DE,
    },
  ],
  examples: [
    {
      message:
        "Es wird ein doppelter Eintrag erstellt. Es wird empfohlen, stattdessen einen vorhandenen Datensatz zu verwenden.",
      type: "salesforce-duplicate-rule",
      source: ADOBE_DE,
    },
    {
      message: "Doppelter Wert gefunden: E-Mail_Unique__c dupliziert Wert im Datensatz mit ID: 123",
      type: "restricted-unique-value",
      source: ADOBE_DE,
    },
    {
      message:
        "Dieser Datensatz ist gesperrt. Wenn Sie sie bearbeiten müssen, wenden Sie sich an Ihren Administrator",
      type: "insufficient-access-or-missing-salesforce-record",
      source: ADOBE_DE,
    },
    {
      message:
        "Wert existiert nicht oder entspricht nicht den Filterkriterien. Wählen Sie einen Benutzer mit der Rolle „Account Executive, Inside Sales“",
      type: "invalid-value",
      source: ADOBE_DE,
    },
    {
      message:
        "Es gibt ein Problem mit diesem Land, auch wenn es korrekt erscheinen mag. Bitte ein Land/Gebiet aus der Liste der gültigen Länder auswählen.: Land",
      type: "mismatched-state-or-country-value",
      source: ADOBE_DE,
    },
    {
      message: "Vorgang mit inaktivem Benutzer [1234] als Kontaktbesitzer ausgeführt",
      type: "inactive-salesforce-owner",
      source: ADOBE_DE,
    },
    {
      message: "Unzureichende Zugriffsrechte für Objekt-ID: [123]",
      type: "insufficient-access-or-missing-salesforce-record",
      source: ADOBE_DE,
    },
    {
      message:
        "Felder können nicht erstellt/aktualisiert werden: bizible2__UniqueId__c. Überprüfen Sie die Sicherheitseinstellungen dieses Felds und stellen Sie sicher, dass es für Ihr Profil oder Ihren Berechtigungssatz L",
      type: "salesforce-field-permission",
      source: ADOBE_DE,
    },
    {
      message: "Unzureichende Zugriffsrechte für Querverweis-ID: 0123456",
      type: "insufficient-access-or-missing-salesforce-record",
      source: ADOBE_DE,
    },
    {
      message: "ungültiger Wert für eingeschränktes Auswahllistenfeld: Unbekannt",
      type: "restricted-picklist-value",
      source: ADOBE_DE,
    },
    {
      message: "Erforderliche Felder fehlen: [Product_Type__c]",
      type: "missing-required-value",
      source: ADOBE_DE,
    },
  ],
});

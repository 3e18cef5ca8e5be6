import { defineLanguage } from "./types.js";

// Adobe's Italian Marketo Measure docs list the Salesforce messages its CRM export meets, in Italian
// (translation memory plus machine translation, so an approximation of Salesforce's own strings).
// Salesforce's Italian UI calls a picklist "elenco di selezione"; Adobe writes "elenco a discesa":
// the picklist pattern takes both.
const ADOBE_IT =
  "github:AdobeDocs/marketo-measure.it-IT/help/configuration-and-setup/getting-started-with-marketo-measure/error-notifications.md";

/** Italian: Salesforce's standard messages, as Adobe's Italian docs render them. */
export default defineLanguage({
  code: "it",
  name: "Italian",
  wordings: [
    {
      // "bad value for restricted picklist field"
      type: "restricted-picklist-value",
      pattern:
        /campo\s+(?:dell['’]|di\s+)elenco\s+(?:a\s+discesa|di\s+selezione)\s+(?:con\s+restrizioni|limitato)/i,
      source: ADOBE_IT,
    },
    {
      // "duplicate value found: <field> duplicates value on record with id: <id>"
      type: "restricted-unique-value",
      pattern: /valore\s+duplicato\s+trovato/i,
      source: ADOBE_IT,
    },
    {
      // The duplicate rule's alert: "You're creating a duplicate record."
      type: "salesforce-duplicate-rule",
      pattern: /stai\s+creando\s+un\s+record\s+duplicato/i,
      source: ADOBE_IT,
    },
    {
      // ENTITY_IS_LOCKED: "This record is locked."
      type: "insufficient-access-or-missing-salesforce-record",
      pattern: /record\s+è\s+bloccato/i,
      source: ADOBE_IT,
    },
    {
      // The lookup filter: "Value does not exist or does not match filter criteria."
      type: "invalid-value",
      pattern: /valore\s+non\s+esiste\s+o\s+non\s+corrisponde\s+ai\s+criteri\s+del\s+filtro/i,
      source: ADOBE_IT,
    },
    {
      // "There's a problem with this country, even though it may appear correct."
      type: "mismatched-state-or-country-value",
      pattern: /problema\s+con\s+questo\s+(?:paese|stato)/i,
      source: ADOBE_IT,
    },
    {
      // INACTIVE_OWNER_OR_USER: "operation performed with inactive user [id] as owner of contact"
      type: "inactive-salesforce-owner",
      pattern: /con\s+l['’]utente\s+inattivo/i,
      source: ADOBE_IT,
    },
    {
      // INVALID_FIELD_FOR_INSERT_UPDATE: "Unable to create/update fields: ..."
      type: "salesforce-field-permission",
      pattern: /impossibile\s+creare\s*\/\s*aggiornare\s+i\s+campi/i,
      source: ADOBE_IT,
    },
  ],
  examples: [
    {
      message:
        "Stai creando un record duplicato. È consigliabile utilizzare invece un record esistente.",
      type: "salesforce-duplicate-rule",
      source: ADOBE_IT,
    },
    {
      message: "valore duplicato trovato: Email_Unique__c duplica il valore nel record con ID: 123",
      type: "restricted-unique-value",
      source: ADOBE_IT,
    },
    {
      message: "questo record è bloccato. Se devi modificarlo, contatta l’amministratore.",
      type: "insufficient-access-or-missing-salesforce-record",
      source: ADOBE_IT,
    },
    {
      message:
        'il valore non esiste o non corrisponde ai criteri del filtro. Selezionare un utente con il ruolo "Account Executive, Inside Sales"',
      type: "invalid-value",
      source: ADOBE_IT,
    },
    {
      message:
        "Si è verificato un problema con questo paese, anche se potrebbe sembrare corretto. Seleziona un paese/territorio dall’elenco dei paesi validi.: Paese",
      type: "mismatched-state-or-country-value",
      source: ADOBE_IT,
    },
    {
      message: "operazione eseguita con l'utente inattivo [1234] come proprietario del contatto",
      type: "inactive-salesforce-owner",
      source: ADOBE_IT,
    },
    {
      message:
        "Impossibile creare/aggiornare i campi: bizible2__UniqueId__c. Controlla le impostazioni di protezione di questo campo e verifica che sia in lettura/scrittura per il tuo profilo o set di autorizzazioni.",
      type: "salesforce-field-permission",
      source: ADOBE_IT,
    },
    {
      message: "valore non valido per il campo dell'elenco a discesa con restrizioni: Sconosciuto",
      type: "restricted-picklist-value",
      source: ADOBE_IT,
    },
  ],
});

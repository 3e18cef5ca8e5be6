import { defineMessages } from "../define-messages.js";

/**
 * Salesforce's Setup Audit Trail as the scan reads it: the note for the admin when the
 * integration user may not read it. `{permission}` is Salesforce's name of the permission
 * ("View Setup and Configuration"), which Salesforce shows in English whatever the language.
 */
export const auditTrail = defineMessages({
  en: {
    notReadable:
      "Salesforce's Setup Audit Trail was skipped: the integration user may not read it. Give that user's profile or a permission set “{permission}” so the bot can tell which Setup change started a wave of errors.",
  },
  da: {
    notReadable:
      "Salesforces revisionsspor for opsætning blev sprunget over: integrationsbrugeren må ikke læse det. Giv brugerens profil eller et tilladelsessæt “{permission}”, så botten kan se, hvilken ændring i opsætningen der startede en bølge af fejl.",
  },
});

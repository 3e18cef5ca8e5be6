import { defineMessages } from "../define-messages.js";

/**
 * The resync triggers' check (`syncerror setup`, and a resync refused because a trigger is not
 * ready): what was found for each property or field, and the mapping the admin adds in HubSpot.
 * Salesforce's and HubSpot's screen paths are in quotes, as their English interfaces show them.
 */
export const setup = defineMessages({
  en: {
    line: "{system} {object} {name}: {detail}",
    hubspotNotConfigured:
      "HUBSPOT_ACCESS_TOKEN is not set, so HubSpot→Salesforce resyncs cannot run.",
    salesforceNotConfigured:
      "Salesforce is not configured (SALESFORCE_INSTANCE_URL and SALESFORCE_ACCESS_TOKEN, or the login variables), so Salesforce→HubSpot resyncs cannot run.",
    fieldMissing:
      "Add a Date/Time field {field} to {object} (Setup → Object Manager → {object} → Fields & Relationships), editable by the integration user.",
    fieldWrongType: "{name} is a {type} field; it must be Date/Time.",
    fieldNotUpdateable:
      "{name} exists but the integration user cannot write it (or it is a formula); give it edit access.",
    fieldOk: "Present, Date/Time, writable.",
    propertyOk: "Present, date-time.",
    propertyWrongType:
      "{name} is a {type} property; it must be date-time. Use another RESYNC_HUBSPOT_PROPERTY or change it.",
    propertyMissing: "Missing: run syncerror setup --create to create it.",
    propertyCreated: "Created as a date-time property.",
    mappingWhere:
      "In HubSpot: Settings → Integrations → Connected Apps → Salesforce → Contacts, Companies and Deals → Field mappings:",
    mappingWhat:
      'map the HubSpot property {property} to the Salesforce field {field} (on Lead and Contact, Account, Opportunity), with the sync rule "Two-way".',
    mappingThen:
      "A resync then updates one of them, and the integration syncs the record, in the direction the error needs.",
  },
  da: {
    line: "{system} {object} {name}: {detail}",
    hubspotNotConfigured:
      "HUBSPOT_ACCESS_TOKEN er ikke sat, så synkronisering igen fra HubSpot til Salesforce kan ikke køre.",
    salesforceNotConfigured:
      "Salesforce er ikke sat op (SALESFORCE_INSTANCE_URL og SALESFORCE_ACCESS_TOKEN eller login-variablerne), så synkronisering igen fra Salesforce til HubSpot kan ikke køre.",
    fieldMissing:
      'Opret et Dato/klokkeslæt-felt {field} på {object} ("Setup → Object Manager → {object} → Fields & Relationships"), som integrationsbrugeren kan redigere.',
    fieldWrongType: "{name} er et {type}-felt; det skal være Dato/klokkeslæt.",
    fieldNotUpdateable:
      "{name} findes, men integrationsbrugeren kan ikke skrive i det (eller det er en formel); giv redigeringsadgang til det.",
    fieldOk: "Findes, Dato/klokkeslæt, kan skrives.",
    propertyOk: "Findes, dato og klokkeslæt.",
    propertyWrongType:
      "{name} er en egenskab af typen {type}; den skal være dato og klokkeslæt. Brug en anden RESYNC_HUBSPOT_PROPERTY, eller ret egenskaben.",
    propertyMissing: "Mangler: kør syncerror setup --create for at oprette den.",
    propertyCreated: "Oprettet som egenskab af typen dato og klokkeslæt.",
    mappingWhere:
      "I HubSpot: Indstillinger → Integrationer → Tilsluttede apps → Salesforce → Kontakter, virksomheder og handler → Feltmappings:",
    mappingWhat:
      'map HubSpot-egenskaben {property} til Salesforce-feltet {field} (på Lead og Contact, Account og Opportunity) med synkroniseringsreglen "Two-way".',
    mappingThen:
      "Så opdaterer en synkronisering igen den ene af dem, og integrationen synkroniserer posten i den retning, fejlen kræver.",
  },
});

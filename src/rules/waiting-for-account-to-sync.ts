import { SYNC_ERRORS_ARTICLE } from "./help-articles.js";
import { defineRule } from "./types.js";

export default defineRule({
  id: "waiting-for-account-to-sync",
  name: "Waiting for account to sync",
  danishName: "Venter på synkronisering af konto",
  danishNameSource: "faithful",
  aliases: [
    "Waiting for account",
    "Waiting for company to sync",
    "Account not synced",
    "Account not yet synced",
  ],
  category: "associations",
  direction: "salesforce-to-hubspot",
  objects: ["contact", "deal"],
  signals: [
    // HubSpot-side: the record waits for its Salesforce account; no Salesforce status code exists.
    {
      pattern:
        /\bwaiting for (?:the |its |their )?(?:associated |parent |related )?(?:salesforce )?(?:account|company)(?: \w{15,18})? to (?:sync|be synced)\b/i,
    },
    {
      pattern:
        /\b(?:associated|parent|related) (?:salesforce )?account (?:has not|hasn't|is not|isn't) (?:yet )?(?:been )?synced\b/i,
    },
    { pattern: /\baccount (?:has not|hasn't) (?:yet )?been synced to a hubspot company\b/i },
  ],
  cause:
    "The lead, contact or opportunity is linked to a Salesforce account that does not have a " +
    "HubSpot company yet. HubSpot holds the record back until that account has come across, so " +
    "the association can be made.",
  fix: [
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text:
        "In Settings → Integrations → Connected Apps → Salesforce, open the Companies tab and check " +
        "that Salesforce accounts are set to sync to HubSpot companies.",
    },
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text:
        "Run an import of Salesforce accounts into HubSpot companies from the Salesforce integration " +
        "settings, so the missing account is created as a company.",
    },
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text:
        "When the import has finished, reopen the Sync Health tab and check that the waiting " +
        "records are gone; they sync on their own once their account exists as a company.",
    },
  ],
  translations: {
    da: {
      cause:
        "Leadet, kontakten eller salgsmuligheden er knyttet til en Salesforce-konto, der endnu " +
        "ikke har en virksomhed i HubSpot. HubSpot holder posten tilbage, indtil kontoen er " +
        "synkroniseret, så tilknytningen kan oprettes.",
      fix: [
        "Gå i HubSpot til Indstillinger → Integrationer → Forbundne apps → Salesforce, åbn " +
          "fanen Virksomheder, og tjek, at Salesforce-konti er sat til at synkronisere med " +
          "HubSpot-virksomheder.",
        "Kør en import af Salesforce-konti til HubSpot-virksomheder fra " +
          "Salesforce-integrationens indstillinger, så den manglende konto bliver oprettet som " +
          "virksomhed.",
        "Åbn fanen Sync Health igen, når importen er færdig, og tjek, at de ventende poster er " +
          "væk; de synkroniseres af sig selv, så snart deres konto findes som virksomhed.",
      ],
    },
  },
  resync: "never",
  related: ["association-limit-reached", "missing-salesforce-id"],
  helpUrl: SYNC_ERRORS_ARTICLE,
  examples: {
    matches: [
      "Waiting for account to sync",
      "Contact 0035g00000Kx8PqAAJ is waiting for its associated account to sync",
      "Opportunity 0065g00000AbCdEAAV: waiting for the Salesforce account 0015g00000LmNoPAAZ to sync to HubSpot",
      "waiting for account to be synced before this lead can be associated",
      "The parent account has not been synced yet, so the contact cannot be created in HubSpot",
    ],
    nearMisses: [
      "Association limit reached",
      "INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY: insufficient access rights on cross-reference id: 0015g00000LmNoPAAZ",
      "INVALID_CROSS_REFERENCE_KEY: AccountId: invalid cross reference id",
    ],
  },
});

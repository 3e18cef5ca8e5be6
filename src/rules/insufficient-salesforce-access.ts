import { SYNC_ERRORS_ARTICLE } from "./help-articles.js";
import { defineRule } from "./types.js";

export default defineRule({
  id: "insufficient-salesforce-access",
  name: "Insufficient Salesforce access",
  danishName: "Utilstrækkelig adgang til Salesforce",
  danishNameSource: "hubspot",
  aliases: [
    "Insufficient privileges",
    "Insufficient Salesforce permissions",
    "API disabled for org",
    "API not enabled",
  ],
  symptoms: [
    "integration user is missing a permission set",
    "integration user lacks permissions",
    "API access disabled",
  ],
  category: "permissions",
  direction: "hubspot-to-salesforce",
  objects: ["contact", "company", "deal", "activity"],
  signals: [
    { code: "API_DISABLED_FOR_ORG" },
    { code: "API_CURRENTLY_DISABLED" },
    { code: "MISSING_PERMISSION" },
    // Salesforce's sentences, which also arrive under codes no rule owns (INSUFFICIENT_ACCESS,
    // INVALID_TYPE) or with no code at all.
    { pattern: /\bInsufficient Privileges\b/i },
    { pattern: /\bdo not have the level of access necessary to perform the operation\b/i },
    { pattern: /\bsObject type '?[\w.]{1,120}'? is not supported\b/i },
    { pattern: /\bAPI is (?:not enabled|disabled) for this (?:Organization|User)\b/i },
    { pattern: /\bThis session is not valid for use with the REST API\b/i },
    { pattern: /\boperation you requested isn(?:'|’)t allowed due to a security policy\b/i },
    { pattern: /\buse of the [\w ]{1,40} API requires a user with\b/i },
    // HubSpot's Danish interface names the suspension reasons this way.
    { pattern: /API-adgang er deaktiveret/i },
    { pattern: /objekttilladelser mangler/i },
  ],
  cause:
    "The integration user's profile and permission sets do not let it do what the sync needs: the " +
    "API may be switched off for the user or the org, or the user lacks create, read or edit " +
    "rights on a whole object such as leads, opportunities or tasks.",
  fix: [
    {
      actor: "salesforce-admin",
      system: "salesforce",
      text:
        "In Setup → Users, open the integration user's profile and check that the API Enabled " +
        "system permission is ticked and that the org's edition includes API access.",
    },
    {
      actor: "salesforce-admin",
      system: "salesforce",
      text:
        "In that profile or an assigned permission set, grant Read, Create and Edit on every object " +
        "HubSpot syncs (leads, contacts, accounts, opportunities and tasks).",
    },
    {
      actor: "salesforce-admin",
      system: "salesforce",
      text:
        "If the error names an sObject type that is not supported, give the integration user access " +
        "to that object, or have the HubSpot admin remove the sync setting that uses it.",
    },
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text: "Resync the affected records from the Sync Health tab once the integration user has the permissions.",
    },
  ],
  translations: {
    da: {
      cause:
        "Salesforce-integrationsbrugerens profil og tilladelsessæt giver ikke de rettigheder, " +
        "synkroniseringen kræver: API-adgangen kan være slået fra for brugeren eller for hele " +
        "organisationen, eller brugeren mangler rettigheder til at oprette, læse eller " +
        "redigere et helt objekt som leads, salgsmuligheder eller opgaver.",
      fix: [
        'Åbn integrationsbrugerens profil under "Setup → Users" i Salesforce, og tjek, at ' +
          'systemtilladelsen "API Enabled" er slået til, og at organisationens Salesforce-udgave ' +
          "omfatter API-adgang.",
        'Giv i profilen eller i et tildelt tilladelsessæt rettighederne "Read", "Create" og ' +
          '"Edit" på alle objekter, HubSpot synkroniserer (leads, kontakter, konti, ' +
          "salgsmuligheder og opgaver).",
        "Nævner fejlen en sObject-type, der ikke understøttes, så giv integrationsbrugeren " +
          "adgang til objektet, eller bed HubSpot-administratoren fjerne den " +
          "synkroniseringsindstilling, der bruger det.",
        "Synkroniser de berørte poster igen fra fanen Sync Health, når integrationsbrugeren " +
          "har tilladelserne.",
      ],
    },
  },
  resync: "after-fix",
  related: [
    "salesforce-field-permission",
    "insufficient-access-or-missing-salesforce-record",
    "unknown-error",
  ],
  helpUrl: SYNC_ERRORS_ARTICLE,
  examples: {
    matches: [
      "API_DISABLED_FOR_ORG: API is not enabled for this Organization or Partner",
      '[{"statusCode":"API_CURRENTLY_DISABLED","message":"API is disabled for this User","fields":[]}]',
      "INSUFFICIENT_ACCESS: Insufficient Privileges: You do not have the level of access necessary to perform the operation you requested. Please contact the owner of the record or your administrator if access is necessary.",
      "INVALID_TYPE: sObject type 'Opportunity' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name.",
      "insufficient privileges: the integration user cannot create Task records",
    ],
    nearMisses: [
      "INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY: insufficient access rights on cross-reference id: 0055g00000AbCdEAAV",
      "INVALID_FIELD_FOR_INSERT_UPDATE: Unable to create/update fields: OwnerId. Please check the security settings of this field and verify that it is read/write for your profile or permission set.",
      "REQUEST_LIMIT_EXCEEDED: TotalRequests Limit exceeded.",
    ],
  },
});

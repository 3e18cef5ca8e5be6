import { SYNC_ERRORS_ARTICLE } from "./help-articles.js";
import { defineRule } from "./types.js";

export default defineRule({
  id: "inactive-salesforce-owner",
  name: "Inactive Salesforce owner",
  danishName: "Inaktiv Salesforce-ejer",
  danishNameSource: "hubspot",
  aliases: ["Inactive owner", "Deactivated Salesforce user", "Owner is inactive", "Inactive user"],
  category: "picklists",
  direction: "hubspot-to-salesforce",
  objects: ["contact", "company", "deal", "activity"],
  signals: [
    { code: "INACTIVE_OWNER_OR_USER" },
    { code: "INACTIVE_OWNER_OR_USER", pattern: /\binactive user\b/i },
    // Salesforce's sentence, for pastes that lost the status code.
    { pattern: /\boperation performed with inactive user\b/i },
    // HubSpot's wording.
    { pattern: /\bowner is (?:an )?(?:inactive|deactivated) (?:in )?salesforce(?: user)?\b/i },
    { pattern: /\b(?:inactive|deactivated) salesforce (?:owner|user)\b/i },
    // Reassigning records of an inactive owner fails with this wording, often under
    // CANNOT_REPARENT_RECORD.
    { code: "CANNOT_REPARENT_RECORD", pattern: /\bowner is inactive\b/i },
    { pattern: /\bowner is inactive\b/i },
  ],
  cause:
    "The HubSpot record's owner is mapped to a Salesforce user who has been deactivated. Salesforce " +
    "will not let the integration give a record to an inactive user, so the create or update is " +
    "refused.",
  fix: [
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text:
        "Open each affected record (or filter the records by the owner named in the error) and note " +
        "which HubSpot user owns it.",
    },
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text:
        "Change the record's owner property (Contact owner, Company owner or Deal owner, or the " +
        "activity's assignee) to a user who is active in Salesforce.",
    },
    {
      actor: "salesforce-admin",
      system: "salesforce",
      text:
        "If the records should stay with the original owner, reactivate that user in Setup → Users → " +
        "Users → Edit by ticking Active.",
    },
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text: "Resync the affected records from the Sync Health tab once every owner is an active Salesforce user.",
    },
  ],
  translations: {
    da: {
      cause:
        "Ejeren af HubSpot-posten er knyttet til en Salesforce-bruger, der er deaktiveret. " +
        "Salesforce lader ikke integrationen give en post til en inaktiv bruger, så " +
        "oprettelsen eller opdateringen bliver afvist.",
      fix: [
        "Åbn hver berørt post (eller filtrer posterne på den ejer, fejlen nævner), og notér, " +
          "hvilken HubSpot-bruger der ejer den.",
        "Skift postens ejer (Kontaktejer, Virksomhedsejer eller Aftaleejer, eller den bruger, " +
          "aktiviteten er tildelt) til en bruger, der er aktiv i Salesforce.",
        "Skal posterne blive hos den oprindelige ejer, så genaktiver brugeren i Salesforce " +
          'under "Setup → Users → Users" → "Edit" ved at sætte flueben i "Active".',
        "Synkroniser de berørte poster igen fra fanen Sync Health, når alle ejere er aktive " +
          "Salesforce-brugere.",
      ],
    },
  },
  resync: "after-fix",
  related: ["salesforce-owners-not-synced", "owner-assignment", "insufficient-salesforce-access"],
  helpUrl: SYNC_ERRORS_ARTICLE,
  examples: {
    matches: [
      "INACTIVE_OWNER_OR_USER: operation performed with inactive user [0055g00000F2mQz] as owner of lead",
      '[{"statusCode":"INACTIVE_OWNER_OR_USER","message":"operation performed with inactive user [0055g00000F2mQzAAJ] as owner of opportunity","fields":["OwnerId"]}]',
      "inactive_owner_or_user: owner or user is inactive",
      "The record owner is inactive in Salesforce (user 0055g00000F2mQzAAJ), so this contact cannot be updated",
    ],
    nearMisses: [
      "REQUIRED_FIELD_MISSING: Required fields are missing: [OwnerId]",
      "Salesforce owners not synced: user 0055g00000Hk2LmAAJ has the unsupported user type CsnOnly",
      "INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY: insufficient access rights on cross-reference id: 0055g00000F2mQz",
    ],
  },
});

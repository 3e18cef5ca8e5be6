import { SYNC_ERRORS_ARTICLE } from "./help-articles.js";
import { defineRule } from "./types.js";

export default defineRule({
  id: "association-limit-reached",
  name: "Association limit reached",
  danishName: "Grænse for tilknytninger nået",
  danishNameSource: "faithful",
  aliases: [
    "Association limit exceeded",
    "Associations limit reached",
    "Too many associations",
    "Association limit",
  ],
  category: "associations",
  direction: "salesforce-to-hubspot",
  objects: ["contact", "company", "deal"],
  signals: [
    // HubSpot-side: Salesforce has no status code for this, so only HubSpot's own wording counts.
    {
      pattern:
        /\b(?:has|have|had) reached (?:the|its|their|hubspot(?:'|’)?s) (?:maximum )?association limits?\b/i,
    },
    { pattern: /\bassociation limits? (?:reached|exceeded|hit)\b/i },
    {
      pattern:
        /\b(?:exceeds?|exceeded|over) the (?:maximum )?(?:number of )?associations? (?:limit|allowed)\b/i,
    },
    { pattern: /\bmaximum number of associat(?:ions|ed records)\b/i },
  ],
  cause:
    "HubSpot caps how many records one record can be associated with. The Salesforce record is " +
    "linked to a record that has already used up that allowance, so HubSpot cannot add one more " +
    "association and the record is left out of the sync.",
  fix: [
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text:
        "In Settings → Integrations → Connected Apps → Salesforce → Sync Health, open the " +
        "Association limit reached card and note which record has run out of associations.",
    },
    {
      actor: "salesforce-admin",
      system: "salesforce",
      text:
        "On that Salesforce record, remove related records it no longer needs, or move some of them " +
        "to another Salesforce record (for example re-parent contacts to a different account).",
    },
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text: "Resync the affected records from the Sync Health tab once the association count is below the limit.",
    },
  ],
  translations: {
    da: {
      cause:
        "HubSpot har en grænse for, hvor mange poster én post kan være tilknyttet. " +
        "Salesforce-posten er tilknyttet en post, der allerede har brugt hele sin kvote af " +
        "tilknytninger, så HubSpot kan ikke oprette endnu en tilknytning, og posten bliver " +
        "ikke synkroniseret.",
      fix: [
        "Gå i HubSpot til Indstillinger → Integrationer → Forbundne apps → Salesforce → Sync " +
          "Health, åbn kortet Association limit reached, og notér, hvilken post der ikke kan få " +
          "flere tilknytninger.",
        "Fjern de relaterede poster, som Salesforce-posten ikke længere har brug for, eller " +
          "flyt nogle af dem til en anden Salesforce-post (knyt f.eks. kontakter til en anden " +
          "konto).",
        "Synkroniser de berørte poster igen fra fanen Sync Health, når antallet af " +
          "tilknytninger er under grænsen.",
      ],
    },
  },
  resync: "after-fix",
  related: ["waiting-for-account-to-sync", "option-limit-exceeded"],
  helpUrl: SYNC_ERRORS_ARTICLE,
  examples: {
    matches: [
      "Association limit reached",
      "Contact 0035g00000Kx8PqAAJ could not sync: company 8412036571 has reached the association limit for contacts",
      "Salesforce opportunity 0065g00000AbCdEAAV was not synced because deal 15566204 has reached its association limit",
      "association limit exceeded: account 0015g00000LmNoPAAZ is linked to more companies than HubSpot allows",
      "The record exceeds the maximum number of associations allowed between contacts and companies",
    ],
    nearMisses: [
      "Waiting for account to sync: contact 0035g00000Kx8PqAAJ belongs to account 0015g00000LmNoPAAZ",
      "Option limit exceeded: the property industry has reached its limit of 1000 options",
      "REQUEST_LIMIT_EXCEEDED: TotalRequests Limit exceeded.",
    ],
  },
});

import { SYNC_ERRORS_ARTICLE } from "./help-articles.js";
import { defineRule } from "./types.js";

export default defineRule({
  id: "unknown-error",
  name: "Unknown error",
  danishName: "Ukendt fejl",
  danishNameSource: "hubspot",
  aliases: ["Unexpected error", "Unknown exception", "Unknown sync error", "Unclassified error"],
  symptoms: [
    "record locked by another process",
    "request timed out",
    "Salesforce server error",
    "internal error with no reason",
    "Salesforce API request limit used up for the day",
    "request too large or too many concurrent requests",
  ],
  category: "unknown",
  direction: "either",
  objects: ["contact", "company", "deal", "activity"],
  signals: [
    // Salesforce's catch-all, and transient server-side failures.
    { code: "UNKNOWN_EXCEPTION" },
    { code: "UNABLE_TO_LOCK_ROW" },
    { code: "SERVER_UNAVAILABLE" },
    // Wording, for pastes that lost the status code.
    { pattern: /\bunknown error\b/i },
    { pattern: /\bPlease include this ErrorId if you contact support\b/i },
    { pattern: /\bunable to obtain exclusive access to this record\b/i },
    // Salesforce's limits and timeouts: nothing about the record is wrong; a later retry can pass.
    { pattern: /\b(?:TotalRequests|request) Limit exceeded\b/i },
    {
      pattern: /\bhas been reached\b[^.\n]{0,40}?\bper 24 hours\b|\bper 24 hrs has been reached\b/i,
    },
    { pattern: /\b(?:query request was running too long|took too long to complete)\b/i },
    // HubSpot's answers for a property that is missing or computed: the request, not the record's
    // value, is wrong.
    { code: "PROPERTY_DOESNT_EXIST" },
    { code: "READ_ONLY_VALUE" },
    // An empty request; no record was read.
    { code: "REQUIRED_FIELD_MISSING", pattern: /\bAt least 1 record is required\b/i },
  ],
  cause:
    "Neither HubSpot nor Salesforce gave a reason it can name: Salesforce failed with an internal " +
    "error, a record was locked by another process, or the server did not answer. Some of these " +
    "clear on HubSpot's own retries; the ones that keep coming back need HubSpot Support.",
  fix: [
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text:
        "In Settings → Integrations → Connected Apps → Salesforce → Sync Health, open the Unknown " +
        "error card and click Export errors to get every message, record and date.",
    },
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text:
        "Open a ticket with HubSpot Support (Help → Support in HubSpot) and send the export, the " +
        "full error text with any Salesforce ErrorId, the HubSpot record IDs and Salesforce IDs, " +
        "the object type and when the errors began.",
    },
    {
      actor: "hubspot-support",
      system: "hubspot",
      text:
        "Trace the failing syncs in HubSpot's logs and tell the admin what to change, or confirm " +
        "when the problem is fixed on HubSpot's side.",
    },
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text: "Resync the affected records from the Sync Health tab only after HubSpot Support confirms the fix.",
    },
  ],
  translations: {
    da: {
      cause:
        "Hverken HubSpot eller Salesforce gav en årsag, der kan sættes navn på: Salesforce " +
        "fejlede internt, en post var låst af en anden proces, eller serveren svarede ikke. " +
        "Nogle af fejlene forsvinder ved HubSpots egne genforsøg; dem, der bliver ved med at " +
        "komme igen, kræver hjælp fra HubSpot Support.",
      fix: [
        "Gå i HubSpot til Indstillinger → Integrationer → Forbundne apps → Salesforce → Sync " +
          'Health, åbn kortet Ukendt fejl, og klik på "Export errors" for at få alle ' +
          "fejltekster, poster og datoer.",
        "Opret en sag hos HubSpot Support (via Hjælp-menuen i HubSpot), og send eksporten, " +
          "hele fejlteksten med et eventuelt Salesforce-ErrorId, HubSpot-post-id'erne og " +
          "Salesforce-id'erne, objekttypen og tidspunktet, hvor fejlene begyndte.",
        "Spor de fejlende synkroniseringer i HubSpots logfiler, og fortæl administratoren, " +
          "hvad der skal ændres, eller bekræft, når problemet er løst hos HubSpot.",
        "Synkroniser først de berørte poster igen fra fanen Sync Health, når HubSpot Support " +
          "har bekræftet, at fejlen er rettet.",
      ],
    },
  },
  resync: "after-fix",
  related: ["custom-code", "insufficient-salesforce-access"],
  helpUrl: SYNC_ERRORS_ARTICLE,
  examples: {
    matches: [
      "UNKNOWN_EXCEPTION: An unexpected error occurred. Please include this ErrorId if you contact support: 1418297395-48810 (-1022496521)",
      "UNABLE_TO_LOCK_ROW: unable to obtain exclusive access to this record or 1 records: 0015g00000AbCdEXYZ",
      '[{"statusCode":"SERVER_UNAVAILABLE","message":"Could not perform the operation: server unavailable, try again later","fields":[]}]',
      "An unknown error occurred while syncing this contact to Salesforce.",
      "unable_to_lock_row: unable to obtain exclusive access to this record",
    ],
    nearMisses: [
      "CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY: ContactTrigger: execution of AfterUpdate caused by: System.NullPointerException: Attempt to de-reference a null object: Trigger.ContactTrigger: line 12, column 1",
      "STRING_TOO_LONG: City: data value too large: Frederiksberg Kommune og omegn (max length=40)",
      "INSUFFICIENT_ACCESS_OR_READONLY: insufficient access rights on object id",
    ],
  },
});

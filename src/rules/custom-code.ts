import { SYNC_ERRORS_ARTICLE } from "./help-articles.js";
import { defineRule } from "./types.js";

export default defineRule({
  id: "custom-code",
  name: "Custom code",
  danishName: "brugerdefineret kode",
  danishNameSource: "hubspot",
  aliases: [
    "Validation rule error",
    "Apex trigger error",
    "Flow error",
    "Custom validation exception",
  ],
  category: "custom-code",
  direction: "hubspot-to-salesforce",
  objects: ["contact", "company", "deal", "activity"],
  // The wrapper: when any signal fires, the text after the evidence is classified again as the
  // inner error (e.g. the "first error: …" an Apex trigger's DML statement hit).
  wrapsInnerError: true,
  signals: [
    // A validation rule's own message follows this code; it seldom wraps another status code.
    { code: "FIELD_CUSTOM_VALIDATION_EXCEPTION" },
    // An Apex trigger or process threw; the inner error usually follows "first error:".
    { code: "CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY" },
    { code: "CANNOT_EXECUTE_FLOW_TRIGGER" },
    // The code with the automation's own wording: strongest evidence, and the inner error is read
    // from after the wording rather than from the trigger or flow name.
    {
      code: "CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY",
      pattern: /\bexecution of (?:Before|After) ?(?:Insert|Update|Delete|Undelete)\s+caused by\b/i,
    },
    { code: "CANNOT_EXECUTE_FLOW_TRIGGER", pattern: /\bThe flow tried to\b/i },
    // Automation wording, for pastes whose status code is missing or comes later in the text.
    {
      pattern: /\bexecution of (?:Before|After) ?(?:Insert|Update|Delete|Undelete)\s+caused by\b/i,
    },
    { pattern: /\bApex trigger [\w.]{1,255} caused an unexpected exception\b/i },
    { pattern: /\bAn Apex error occurred\b/i },
    { pattern: /\bThe flow tried to\b/i },
    { pattern: /\bunhandled fault has occurred in this flow\b/i },
    {
      pattern:
        /\bwe can(?:'|’|no)t save this record because the .{1,200}? (?:process|flow) failed\b/i,
    },
    // Apex exceptions as they reach an API client, with or without the wrapping status code.
    { pattern: /\bSystem\.[A-Za-z]{2,60}Exception\b/ },
    {
      pattern:
        /\b(?:Insert|Update|Upsert|Delete|Undelete|Merge|ConvertLead) failed\. First exception on row \d+/i,
    },
    // An Apex stack line: the error came out of someone's class or trigger.
    { pattern: /\b(?:Class|Trigger)\.[\w.]{1,255}: line \d+, column \d+/ },
    // Governor limits are hit by automation, not by the integration's own single-record writes.
    { pattern: /\bApex CPU time limit exceeded\b/i },
    {
      pattern:
        /\b(?:LimitException\b|Too many [\w ]{0,30}?(?:SOQL queries|DML (?:statements|rows)|query rows|future calls|callouts)\b)/i,
    },
    { pattern: /\bfailed to trigger a flow\b/i },
    // Flow faults as the flow error e-mail and the API report them.
    { pattern: /\bThe flow failed to access the value\b/i },
    { pattern: /\berror (?:occurred )?(?:at )?element [\w.]{1,80} \(Flow\w{1,40}\)/i },
    { pattern: /\bError Occurred During Flow\b/i },
  ],
  cause:
    "Automation in Salesforce (a validation rule, an Apex trigger, a flow or a process) rejected " +
    "the record HubSpot tried to write. The message is written by whoever built that automation, " +
    "and it often carries a second, inner error from the step the automation itself failed on.",
  fix: [
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text:
        "In Settings → Integrations → Connected Apps → Salesforce → Sync Health, open the Custom " +
        "code card and copy the full message, including the trigger, flow or rule name and any " +
        "inner error.",
    },
    {
      actor: "salesforce-admin",
      system: "salesforce",
      text:
        "In Setup, open the automation the message names (Object Manager → the object → Validation " +
        "Rules or Triggers, or Process Automation → Flows) and find the condition that rejects the " +
        "integration user's update.",
    },
    {
      actor: "salesforce-admin",
      system: "salesforce",
      text:
        "Change that rule, trigger or flow so it accepts the values HubSpot sends, for example by " +
        "exempting the integration user or handling empty values, or fix the inner error it reports.",
    },
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text:
        "If the rule is correct as it stands, correct the property values on the affected HubSpot " +
        "records so they satisfy it.",
    },
    {
      actor: "hubspot-admin",
      system: "hubspot",
      text: "Resync the affected records from the Sync Health tab once the automation or the values are fixed.",
    },
  ],
  translations: {
    da: {
      cause:
        "Automatisering i Salesforce – en valideringsregel, en Apex-trigger, et flow eller en " +
        "proces – har afvist den post, HubSpot forsøgte at skrive. Fejlteksten er skrevet af " +
        "den, der har bygget automatiseringen, og den indeholder ofte en underliggende fejl " +
        "fra det trin, hvor automatiseringen selv gik galt.",
      fix: [
        "Gå i HubSpot til Indstillinger → Integrationer → Forbundne apps → Salesforce → Sync " +
          "Health, åbn kortet Brugerdefineret kode, og kopiér hele fejlteksten, inklusive navnet " +
          "på triggeren, flowet eller reglen og eventuelle underliggende fejl.",
        'Åbn i Salesforce den automatisering, fejlteksten nævner (i Setup under "Object ' +
          'Manager" → objektet → "Validation Rules" eller "Triggers", eller under "Process ' +
          'Automation" → "Flows"), og find den betingelse, der afviser integrationsbrugerens ' +
          "opdatering.",
        "Ret reglen, triggeren eller flowet, så de værdier, HubSpot sender, bliver accepteret " +
          "– f.eks. ved at undtage integrationsbrugeren eller håndtere tomme værdier – eller ret " +
          "den underliggende fejl, som automatiseringen melder.",
        "Er reglen korrekt, som den er, så ret i stedet egenskabsværdierne på de berørte " +
          "HubSpot-poster, så de overholder den.",
        "Synkroniser de berørte poster igen fra fanen Sync Health, når automatiseringen eller " +
          "værdierne er rettet.",
      ],
    },
  },
  resync: "after-fix",
  related: [
    "invalid-salesforce-id",
    "restricted-picklist-value",
    "salesforce-duplicate-rule",
    "unknown-error",
  ],
  helpUrl: SYNC_ERRORS_ARTICLE,
  examples: {
    matches: [
      "FIELD_CUSTOM_VALIDATION_EXCEPTION: Phone must be in international format: [Phone]",
      '[{"statusCode":"FIELD_CUSTOM_VALIDATION_EXCEPTION","message":"Close Date cannot be in the past for open opportunities.","fields":["CloseDate"]}]',
      "CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY: LeadTrigger: execution of BeforeInsert caused by: System.DmlException: Insert failed. First exception on row 0; first error: INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST, Lead Source: bad value for restricted picklist field: Webinar: [LeadSource]: Trigger.LeadTrigger: line 27, column 1",
      "CANNOT_EXECUTE_FLOW_TRIGGER: We can't save this record because the “Assign Account Owner” process failed. Give your Salesforce admin these details. This error occurred when the flow tried to update records: STRING_TOO_LONG: Description: data value too large (max length=255). You can look up ExceptionCode values in the SOAP API Developer Guide. Error ID: 1208447339-170153 (-1538920482)",
      "cannot_insert_update_activate_entity: ContactAfterUpdate: execution of AfterUpdate caused by: System.DmlException: Update failed. First exception on row 0 with id 0015g00000AbCdEAAV; first error: INSUFFICIENT_ACCESS_OR_READONLY, insufficient access rights on object id: []",
    ],
    nearMisses: [
      "INVALID_EMAIL_ADDRESS: Email: invalid email address: jane.doe@example",
      "DUPLICATES_DETECTED: Use one of these records?",
      "UNKNOWN_EXCEPTION: An unexpected error occurred. Please include this ErrorId if you contact support: 1418297395-48810 (-1022496521)",
    ],
  },
});

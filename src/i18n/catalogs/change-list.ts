import { defineMessages } from "../define-messages.js";

/**
 * `/syncerror changes` and `syncerror changes`: the changes to Salesforce's and HubSpot's setup
 * the bot learnt of in a period, newest first. `{when}` is a moment (Slack date markup, or the
 * terminal's local time), `{from}` and `{to}` the moments between which a change only a scan saw
 * happened; `{change}` a phrase of the `changes` catalog; `{type}` an error type's name; `{lead}`
 * a duration of the `causes` catalog; `{days}` the period. The Setup Audit Trail and its
 * permission are named as Salesforce shows them.
 */
export const changeList = defineMessages({
  en: {
    title:
      "{count, plural, =0 {No changes} one {# change} other {# changes}} in Salesforce and HubSpot in the last {days, plural, one {day} other {# days}}",
    none: "The bot learnt of no change to Salesforce's or HubSpot's setup in the last {days, plural, one {day} other {# days}}.",
    sources:
      'Changes come from each scan, which compares the fields, picklists, options and rules with the scan before, and from Salesforce\'s Setup Audit Trail, which the integration user reads with the "View Setup and Configuration" permission.',
    line: "{when} · {change}{who, select, none {} other { · by {who}}} · {source}",
    between: "between {from} and {to}",
    before: "by {to}",
    sourceAudit: "Setup Audit Trail",
    sourceScan: "seen by a scan of {system, select, hubspot {HubSpot} other {Salesforce}}",
    startedAfter:
      "→ likely started {count, plural, one {# {type} error} other {# {type} errors}} (first {lead} later)",
    startedOn:
      "→ likely started {count, plural, one {# {type} error} other {# {type} errors}} (first on {first})",
    more: "and {count} more — run `syncerror changes --since {days}d` for all",
    badPeriod:
      "“{typed}” is not a period: type a number of days from 1 to {max}, like `7d` or `30d`.",
  },
  da: {
    title:
      "{count, plural, =0 {Ingen ændringer} one {# ændring} other {# ændringer}} i Salesforce og HubSpot {days, plural, one {det seneste døgn} other {de seneste # dage}}",
    none: "Botten har ikke set nogen ændring i opsætningen af Salesforce eller HubSpot {days, plural, one {det seneste døgn} other {de seneste # dage}}.",
    sources:
      'Ændringerne kommer fra hver scanning, som sammenligner felter, picklister, valgmuligheder og regler med scanningen før, og fra Salesforces revisionsspor for opsætning, som integrationsbrugeren læser med tilladelsen "View Setup and Configuration".',
    line: "{when} · {change}{who, select, none {} other { · af {who}}} · {source}",
    between: "mellem {from} og {to}",
    before: "senest {to}",
    sourceAudit: "revisionsspor for opsætning",
    sourceScan: "set ved en scanning af {system, select, hubspot {HubSpot} other {Salesforce}}",
    startedAfter:
      "→ startede sandsynligvis {count, plural, one {# fejl af typen {type}} other {# fejl af typen {type}}} (den første {lead} senere)",
    startedOn:
      "→ startede sandsynligvis {count, plural, one {# fejl af typen {type}} other {# fejl af typen {type}}} (den første {first})",
    more: "og {count} mere — kør `syncerror changes --since {days}d` for at se dem alle",
    badPeriod:
      "“{typed}” er ikke en periode: skriv et antal dage fra 1 til {max}, fx `7d` eller `30d`.",
  },
});

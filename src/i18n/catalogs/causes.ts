import { defineMessages } from "../define-messages.js";

/**
 * The likely cause of a wave of errors, as the digest, a spike alert and an explanation show it.
 * `{change}` is a phrase of the `changes` catalog; `{type}` the error type's name; `{count}` the
 * wave's errors; `{lead}` a duration (`minutes`, `hours`, `days`); `{when}`, `{from}`, `{to}` and
 * `{first}` moments (`moment`); `{who}` the Salesforce user the audit trail names; `{place}`
 * where the errors are. An exact time comes from Salesforce's Setup Audit Trail; a change only the
 * bot's scans saw happened between two scans, and the sentence says so rather than guess.
 */
export const causes = defineMessages({
  en: {
    likelyAudited:
      "Likely cause: {change} on {when} (Setup Audit Trail{who, select, none {} other {: {who}}}), {lead} before the first of {count, plural, one {# {type} error} other {# {type} errors}}{place}.",
    likelyScanned:
      "Likely cause: {change} between {from} and {to} (seen by the bot's scans); the first of {count, plural, one {# {type} error} other {# {type} errors}} came on {first}{place}.",
    also: "Also possible: {change} on {when}.",
    alsoScanned: "Also possible: {change} between {from} and {to}.",
    placeAll: ", {count, plural, one {on {field}} =2 {both on {field}} other {all on {field}}}",
    placeFirst: ", all of the first {sampled} on {field}",
    placeSome: ", {named} of the first {sampled} on {field}",
    moment: "{day} at {time}",
    minutes: "{n, plural, one {# minute} other {# minutes}}",
    hours: "{n, plural, one {# hour} other {# hours}}",
    hoursMinutes:
      "{h, plural, one {# hour} other {# hours}} {m, plural, one {# minute} other {# minutes}}",
    days: "{n, plural, one {# day} other {# days}}",
  },
  da: {
    likelyAudited:
      "Sandsynlig årsag: {change} {when} (revisionsspor for opsætning{who, select, none {} other {: {who}}}), {lead} før den første af {count, plural, one {# fejl af typen {type}} other {# fejl af typen {type}}}{place}.",
    likelyScanned:
      "Sandsynlig årsag: {change} mellem {from} og {to} (set af bottens scanninger); den første af {count, plural, one {# fejl af typen {type}} other {# fejl af typen {type}}} kom {first}{place}.",
    also: "Også muligt: {change} {when}.",
    alsoScanned: "Også muligt: {change} mellem {from} og {to}.",
    placeAll: ", {count, plural, one {på {field}} =2 {begge på {field}} other {alle på {field}}}",
    placeFirst: ", alle de første {sampled} på {field}",
    placeSome: ", {named} af de første {sampled} på {field}",
    moment: "den {day} kl. {time}",
    minutes: "{n, plural, one {# minut} other {# minutter}}",
    hours: "{n, plural, one {# time} other {# timer}}",
    hoursMinutes:
      "{h, plural, one {# time} other {# timer}} og {m, plural, one {# minut} other {# minutter}}",
    days: "{n, plural, one {# dag} other {# dage}}",
  },
});

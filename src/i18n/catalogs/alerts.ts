import { defineMessages } from "../define-messages.js";

/**
 * Spike alerts (issue 17): the alert posted in a type's channel when its new errors in the last
 * hour break the rule, the rule explained, and its "Fixed, resync now" button. `{name}` is an error
 * type's name, `{usual}` a number already formatted, `{mentions}` Slack mentions of user groups.
 */
export const alerts = defineMessages({
  en: {
    headline:
      "🚨 *Spike in {name}*: {count, plural, one {# new error} other {# new errors}} in the last hour; usually {usual} an hour.",
    text: "Spike in {name}: {count} new in the last hour; usually {usual}",
    forMentions: "{mentions}: this one is yours.",
    rule: "Alerted because that is more than {factor}× the type's usual hourly rate (the median hour of the last {days, plural, one {# day} other {# days}}) and at least {min}. No other alert for this type for {hours, plural, one {# hour} other {# hours}}.",
    fixed: "Fixed, resync now",
  },
  da: {
    headline:
      "🚨 *Stigning i {name}*: {count, plural, one {# ny fejl} other {# nye fejl}} i den seneste time; normalt {usual} i timen.",
    text: "Stigning i {name}: {count} nye i den seneste time; normalt {usual}",
    forMentions: "{mentions}: denne er jeres.",
    rule: "Advarslen kommer, fordi det er mere end {factor} gange typens normale antal i timen (mediantimen i de seneste {days, plural, one {# dag} other {# dage}}) og mindst {min}. Ingen anden advarsel om denne type de næste {hours, plural, one {# time} other {# timer}}.",
    fixed: "Rettet, synkroniser igen nu",
  },
});

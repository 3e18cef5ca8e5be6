import { defineMessages } from "../define-messages.js";

/**
 * Snoozed and muted error types: the ⋯ menu's Snooze… / Unsnooze, the snooze modal, the answers,
 * the note on a type's line, the digest's folded line and its announcements of ends, and
 * `/syncerror snoozed`. `{by}` and `{endedBy}` are Slack mentions, `{date}` and `{since}` Slack
 * dates, `{name}` an error type's name, `{state}` one of the `until*` or `muted` texts.
 */
export const snooze = defineMessages({
  en: {
    menuSnooze: "Snooze…",
    menuUnsnooze: "Unsnooze",
    menuUnmute: "Unmute",
    modalTitle: "Snooze an error type",
    modalSubmit: "Snooze",
    modalClose: "Cancel",
    modalIntro:
      "*{name}* · {open, plural, =0 {nothing open} other {# open}}. While it's snoozed, the digest folds it into one line; `/syncerror status` and resyncs still count it.",
    lengthLabel: "For how long",
    length1d: "1 day",
    length7d: "7 days",
    lengthDoubled: "Until its count doubles ({at} open)",
    lengthDate: "Until a date",
    lengthMute: "Mute (until someone unmutes it)",
    dateLabel: "Date, for “Until a date”",
    reasonLabel: "Why (optional)",
    reasonPlaceholder: "Waiting for the Salesforce admin's fix",
    errorPickDate: "Pick a date, or another choice.",
    errorPastDate: "Pick a date after today.",
    untilDate: "until {date}",
    untilDoubled: "until its count doubles ({at} open)",
    muted: "muted",
    snoozeDone:
      "You snoozed *{name}* {state}. The digest folds it into one line until then; `/syncerror snoozed` lists it.",
    muteDone:
      "You muted *{name}*. The digest folds it into one line until someone unmutes it; `/syncerror snoozed` lists it.",
    replacedNote: " It replaces the snooze {by} set.",
    note: ":zzz: {muted, select, yes {muted} other {snoozed {state}}}",
    lifted:
      "*{name}* is back in the digest; you lifted its {muted, select, yes {mute} other {snooze}}.",
    notSnoozed: "*{name}* isn't snoozed or muted.",
    unknownType: "That error type is no longer in the catalog, so it can't be snoozed.",
    noModal: "Slack didn't open the snooze dialog in time. Choose Snooze… again.",
    folded:
      ":zzz: {count, plural, one {# snoozed type} other {# snoozed types}} · {new, plural, other {# new}} · `/syncerror snoozed` lists them",
    endExpired: ":alarm_clock: *{name}* is back: the snooze {by} set until {date} ended.",
    endDoubled:
      ":alarm_clock: *{name}* is back: its count doubled ({baseline} open when {by} snoozed it).",
    endLifted:
      ":alarm_clock: *{name}* is back: {endedBy} lifted the {muted, select, yes {mute} other {snooze}}.",
    listTitle: "Snoozed and muted error types",
    listLine:
      "• *{name}* · {state} · by {by} since {since}{reason, select, none {} other { · “{reason}”}}",
    listNone:
      "No error type is snoozed or muted. Snooze one from the ⋯ menu on its line in the digest or in `/syncerror status`.",
    listText:
      "{count, plural, =0 {No error type is snoozed or muted} one {# error type is snoozed or muted} other {# error types are snoozed or muted}}",
  },
  da: {
    menuSnooze: "Udsæt…",
    menuUnsnooze: "Ophæv udsættelse",
    menuUnmute: "Ophæv dæmpning",
    modalTitle: "Udsæt en fejltype",
    modalSubmit: "Udsæt",
    modalClose: "Annuller",
    modalIntro:
      "*{name}* · {open, plural, =0 {intet åbent} one {# åben} other {# åbne}}. Mens den er udsat, samler oversigten den på én linje; `/syncerror status` og nye synkroniseringer tæller den stadig med.",
    lengthLabel: "Hvor længe",
    length1d: "1 dag",
    length7d: "7 dage",
    lengthDoubled: "Til antallet er fordoblet ({at} åbne)",
    lengthDate: "Til en dato",
    lengthMute: "Dæmp (til nogen ophæver det)",
    dateLabel: "Dato, til “Til en dato”",
    reasonLabel: "Hvorfor (valgfrit)",
    reasonPlaceholder: "Venter på rettelsen fra Salesforce-administratoren",
    errorPickDate: "Vælg en dato eller et andet valg.",
    errorPastDate: "Vælg en dato efter i dag.",
    untilDate: "til {date}",
    untilDoubled: "til antallet er fordoblet ({at} åbne)",
    muted: "dæmpet",
    snoozeDone:
      "Du har udsat *{name}* {state}. Oversigten samler den på én linje indtil da; `/syncerror snoozed` viser den.",
    muteDone:
      "Du har dæmpet *{name}*. Oversigten samler den på én linje, til nogen ophæver det; `/syncerror snoozed` viser den.",
    replacedNote: " Den afløser udsættelsen, som {by} satte.",
    note: ":zzz: {muted, select, yes {dæmpet} other {udsat {state}}}",
    lifted:
      "*{name}* er tilbage i oversigten; du har ophævet {muted, select, yes {dæmpningen} other {udsættelsen}}.",
    notSnoozed: "*{name}* er hverken udsat eller dæmpet.",
    unknownType: "Den fejltype findes ikke længere i kataloget, så den kan ikke udsættes.",
    noModal: "Slack nåede ikke at åbne vinduet til udsættelse. Vælg Udsæt… igen.",
    folded:
      ":zzz: {count, plural, one {# udsat fejltype} other {# udsatte fejltyper}} · {new, plural, one {# ny} other {# nye}} · `/syncerror snoozed` viser dem",
    endExpired:
      ":alarm_clock: *{name}* er tilbage: udsættelsen, som {by} satte til {date}, er slut.",
    endDoubled:
      ":alarm_clock: *{name}* er tilbage: antallet er fordoblet ({baseline} åbne, da {by} udsatte den).",
    endLifted:
      ":alarm_clock: *{name}* er tilbage: {endedBy} har ophævet {muted, select, yes {dæmpningen} other {udsættelsen}}.",
    listTitle: "Udsatte og dæmpede fejltyper",
    listLine:
      "• *{name}* · {state} · af {by} siden {since}{reason, select, none {} other { · “{reason}”}}",
    listNone:
      "Ingen fejltype er udsat eller dæmpet. Udsæt en fra ⋯-menuen på dens linje i oversigten eller i `/syncerror status`.",
    listText:
      "{count, plural, =0 {Ingen fejltype er udsat eller dæmpet} one {# fejltype er udsat eller dæmpet} other {# fejltyper er udsat eller dæmpet}}",
  },
});

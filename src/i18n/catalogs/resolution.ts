import { defineMessages } from "../define-messages.js";

/**
 * Time to resolution (issue 17): the section of `/syncerror status` and `syncerror status` with
 * median and 90th percentile per error type and per owner over 30 days, and the weekly Monday
 * summary each digest channel gets. `{median}` and `{p90}` are durations written by `minutes`,
 * `hours` or `days`; `{owner}` a Slack mention (or a user id in the terminal); `{name}` an error
 * type's name; `{channel}` a channel link; `{date}` a Slack date.
 */
export const resolution = defineMessages({
  en: {
    minutes: "{n, plural, one {# minute} other {# minutes}}",
    hours: "{n, plural, one {# hour} other {# hours}}",
    days: "{n, plural, one {# day} other {# days}}",
    title:
      "*Time to resolution, last {days, plural, one {# day} other {# days}}* (median · 90% within)",
    type: "• {name}: {median} · {p90} ({resolved, plural, one {# resolved} other {# resolved}})",
    owner: "• {owner}: {median} · {p90} ({resolved, plural, one {# resolved} other {# resolved}})",
    byOwner: "*By owner* (resolved while on the type)",
    moreTypes: "… and {hidden, plural, one {# more error type} other {# more error types}}",
    moreOwners: "… and {hidden, plural, one {# more owner} other {# more owners}}",
    none: "No errors were resolved in the last {days, plural, one {# day} other {# days}}.",
    cliTitle:
      "Time to resolution, last {days, plural, one {# day} other {# days}} (median, 90% within):",
    cliByOwner: "By owner (resolved while on the type):",
    cliNone: "No errors were resolved in the last {days, plural, one {# day} other {# days}}.",

    weeklyTitle: "Week of {from} to {to}",
    weeklyText:
      "Week of {from} to {to}: {opened, plural, other {#}} opened, {resolved, plural, other {#}} resolved, {open, plural, other {#}} still open",
    weeklyCounts:
      "*{opened, plural, other {#}}* opened · *{resolved, plural, other {#}}* resolved · *{open, plural, other {#}}* still open",
    weeklyOldest: "Oldest open: *{name}*, open since {date} ({age})",
    weeklyNoneOpen: "Nothing is open.",
    weeklySlowest: "*Slowest to resolve this week* (median · 90% within)",
    weeklyNoneResolved: "Nothing was resolved this week.",
    weeklyScope: "Error types of this channel only (ROUTES_PATH).",
    weeklyMainScope: "The error types no route sends elsewhere.",
    cliWeeklyTitle: "Week of {from} to {to} in {channel}:",
    cliWeeklyCounts:
      "{opened, plural, other {#}} opened, {resolved, plural, other {#}} resolved, {open, plural, other {#}} still open.",
    cliWeeklyOldest: "Oldest open: {name}, open since {date} ({age}).",
    cliWeeklySlowest: "Slowest to resolve (median, 90% within):",
  },
  da: {
    minutes: "{n, plural, one {# minut} other {# minutter}}",
    hours: "{n, plural, one {# time} other {# timer}}",
    days: "{n, plural, one {# dag} other {# dage}}",
    title:
      "*Tid til løsning, de seneste {days, plural, one {# dag} other {# dage}}* (median · 90 % inden for)",
    type: "• {name}: {median} · {p90} ({resolved, plural, one {# løst} other {# løst}})",
    owner: "• {owner}: {median} · {p90} ({resolved, plural, one {# løst} other {# løst}})",
    byOwner: "*Efter ejer* (løst, mens vedkommende havde typen)",
    moreTypes: "… og {hidden, plural, one {# fejltype mere} other {# fejltyper mere}}",
    moreOwners: "… og {hidden, plural, one {# ejer mere} other {# ejere mere}}",
    none: "Ingen fejl blev løst de seneste {days, plural, one {# dag} other {# dage}}.",
    cliTitle:
      "Tid til løsning, de seneste {days, plural, one {# dag} other {# dage}} (median, 90 % inden for):",
    cliByOwner: "Efter ejer (løst, mens vedkommende havde typen):",
    cliNone: "Ingen fejl blev løst de seneste {days, plural, one {# dag} other {# dage}}.",

    weeklyTitle: "Ugen fra {from} til {to}",
    weeklyText:
      "Ugen fra {from} til {to}: {opened, plural, other {#}} nye, {resolved, plural, other {#}} løst, {open, plural, other {#}} stadig åbne",
    weeklyCounts:
      "*{opened, plural, other {#}}* nye · *{resolved, plural, other {#}}* løst · *{open, plural, other {#}}* stadig åbne",
    weeklyOldest: "Ældste åbne: *{name}*, åben siden {date} ({age})",
    weeklyNoneOpen: "Intet er åbent.",
    weeklySlowest: "*Langsomst at løse i denne uge* (median · 90 % inden for)",
    weeklyNoneResolved: "Intet blev løst i denne uge.",
    weeklyScope: "Kun denne kanals fejltyper (ROUTES_PATH).",
    weeklyMainScope: "De fejltyper, ingen rute sender andetsteds hen.",
    cliWeeklyTitle: "Ugen fra {from} til {to} i {channel}:",
    cliWeeklyCounts:
      "{opened, plural, other {#}} nye, {resolved, plural, other {#}} løst, {open, plural, other {#}} stadig åbne.",
    cliWeeklyOldest: "Ældste åbne: {name}, åben siden {date} ({age}).",
    cliWeeklySlowest: "Langsomst at løse (median, 90 % inden for):",
  },
});

import { defineMessages } from "../define-messages.js";

/**
 * The charts (issue 18): their titles (`hasScope` is `yes` when the chart is of one category or
 * type, named by `scope`), series and axis names, the age buckets, the empty chart's line, and the
 * alt text that states the numbers a chart shows (Slack's alt text and the file's description for
 * screen readers). Category and type names come from the explain catalog and the rules; the
 * lists inside the alt texts (`categories`, `list`, `buckets`) are joined by the translator.
 * Then what `/syncerror chart` and `syncerror chart` say while drawing, when done and when what
 * was typed names no category, type or period; chart kinds and periods are literal words (`trend`,
 * `30d`) and stay as typed in Danish (the Danish kind names are accepted too).
 */
export const charts = defineMessages({
  en: {
    trendTitle:
      "New and resolved sync errors per day, {days, plural, one {last day} other {last # days}}{hasScope, select, yes { · {scope}} other {}}",
    breakdownTitle: "Open sync errors by type{hasScope, select, yes { · {scope}} other {}}",
    ageTitle:
      "Open sync errors by how long they have been open{hasScope, select, yes { · {scope}} other {}}",
    seriesResolved: "Resolved (below the line)",
    seriesOpen: "Open at the end of the day (right axis)",
    axisPerDay: "Errors per day",
    axisOpen: "Open errors",
    otherTypes: "{count, plural, one {# other type} other {# other types}}",
    bucketUnderDay: "Under 1 day",
    bucketWeek: "1–7 days",
    bucketMonth: "7–30 days",
    bucketQuarter: "30–90 days",
    bucketOlder: "Over 90 days",
    emptyPeriod: "No sync errors in this period",
    emptyOpen: "No open sync errors",
    item: "{name}: {count}",
    trendAlt:
      "{title}. From {from} to {to}: {new, plural, one {# new error} other {# new errors}} and {resolved, plural, other {#}} resolved. Most new on {peakDay}: {peakNew, plural, other {#}}. Open: {openStart, plural, other {#}} at the end of {from}, {openEnd, plural, other {#}} now.{hasCategories, select, yes { New by category: {categories}.} other {}}",
    trendAltEmpty:
      "{title}. From {from} to {to}: no new or resolved sync errors; {open, plural, other {#}} open now.",
    breakdownAlt:
      "{title}: {total, plural, one {# open error} other {# open errors}} of {types, plural, one {# type} other {# types}}. Largest first: {list}.",
    ageAlt:
      "{title}: {total, plural, one {# open error} other {# open errors}}. By age: {buckets}.{hasOld, select, yes { Open for over 90 days, by category: {old}.} other {}}",
    emptyAlt: "{title}: no open sync errors.",
    // `/syncerror chart`, `syncerror chart` and the digest's chart.
    commandDrawing: "Drawing the {kind} chart…",
    commandPosted: "Posted *{title}* in this channel.",
    commandComment: "Asked for by <@{user}>.",
    commandWritten: "Wrote {title} to {path}",
    unknownScope:
      'There is no category or error type "{typed}".{hasNearest, select, yes { Did you mean: {nearest}?} other {}} The categories are: {categories}.',
    badDays: '"{typed}" is not a period: write 30d, 90d, or any number of days from 1 to {max}.',
    notAvailable:
      "Charts are not available in this bot: it was started without a chart renderer or without Slack's file upload.",
    digestComment: "The last {days} days, new and resolved per day.",
  },
  da: {
    trendTitle:
      "Nye og løste synkroniseringsfejl pr. dag, {days, plural, one {det seneste døgn} other {de seneste # dage}}{hasScope, select, yes { · {scope}} other {}}",
    breakdownTitle:
      "Åbne synkroniseringsfejl efter type{hasScope, select, yes { · {scope}} other {}}",
    ageTitle:
      "Åbne synkroniseringsfejl efter hvor længe de har været åbne{hasScope, select, yes { · {scope}} other {}}",
    seriesResolved: "Løste (under nullinjen)",
    seriesOpen: "Åbne ved dagens slutning (højre akse)",
    axisPerDay: "Fejl pr. dag",
    axisOpen: "Åbne fejl",
    otherTypes: "{count, plural, one {# anden type} other {# andre typer}}",
    bucketUnderDay: "Under 1 dag",
    bucketWeek: "1–7 dage",
    bucketMonth: "7–30 dage",
    bucketQuarter: "30–90 dage",
    bucketOlder: "Over 90 dage",
    emptyPeriod: "Ingen synkroniseringsfejl i perioden",
    emptyOpen: "Ingen åbne synkroniseringsfejl",
    item: "{name}: {count}",
    trendAlt:
      "{title}. Fra {from} til {to}: {new, plural, one {# ny fejl} other {# nye fejl}} og {resolved, plural, other {#}} løste. Flest nye {peakDay}: {peakNew, plural, other {#}}. Åbne: {openStart, plural, other {#}} ved slutningen af {from}, {openEnd, plural, other {#}} nu.{hasCategories, select, yes { Nye efter kategori: {categories}.} other {}}",
    trendAltEmpty:
      "{title}. Fra {from} til {to}: ingen nye eller løste synkroniseringsfejl; {open, plural, other {#}} åbne nu.",
    breakdownAlt:
      "{title}: {total, plural, one {# åben fejl} other {# åbne fejl}} af {types, plural, one {# type} other {# typer}}. Største først: {list}.",
    ageAlt:
      "{title}: {total, plural, one {# åben fejl} other {# åbne fejl}}. Efter alder: {buckets}.{hasOld, select, yes { Åbne i over 90 dage, efter kategori: {old}.} other {}}",
    emptyAlt: "{title}: ingen åbne synkroniseringsfejl.",
    commandDrawing: "Tegner diagrammet {kind}…",
    commandPosted: "*{title}* er lagt i kanalen.",
    commandComment: "Bestilt af <@{user}>.",
    commandWritten: "Skrev {title} til {path}",
    unknownScope:
      'Der findes ingen kategori eller fejltype "{typed}".{hasNearest, select, yes { Mente du: {nearest}?} other {}} Kategorierne er: {categories}.',
    badDays: '"{typed}" er ikke en periode: skriv 30d, 90d eller et antal dage fra 1 til {max}.',
    notAvailable:
      "Diagrammer findes ikke i denne bot: den blev startet uden diagramtegning eller uden Slacks filoverførsel.",
    digestComment: "De seneste {days} dage: nye og løste fejl pr. dag.",
  },
});

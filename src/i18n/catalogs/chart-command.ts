import { defineMessages } from "../define-messages.js";

/**
 * `/syncerror chart` and `syncerror chart`: what they say while drawing, when done, and when what
 * was typed names no chart, no category or type, or no period. Chart kinds and periods are
 * literal words (`trend`, `30d`) and stay as typed in Danish; the Danish kind names are accepted
 * too (tendens, fordeling, alder).
 */
export const chartCommand = defineMessages({
  en: {
    drawing: "Drawing the {kind} chart…",
    posted: "Posted *{title}* in this channel.",
    postedComment: "<@{user}> asked for *{title}*.",
    written: "Wrote {title} to {path}",
    unknownScope:
      'There is no category or error type "{typed}".{hasNearest, select, yes { Did you mean: {nearest}?} other {}} The categories are: {categories}.',
    badDays: '"{typed}" is not a period: write 30d, 90d, or any number of days from 1 to {max}.',
    notAvailable:
      "Charts are not available in this bot: it was started without a chart renderer or without Slack's file upload.",
    digestComment: "The last {days} days, new and resolved per day.",
  },
  da: {
    drawing: "Tegner diagrammet {kind}…",
    posted: "*{title}* er lagt i kanalen.",
    postedComment: "<@{user}> bad om *{title}*.",
    written: "Skrev {title} til {path}",
    unknownScope:
      'Der findes ingen kategori eller fejltype "{typed}".{hasNearest, select, yes { Mente du: {nearest}?} other {}} Kategorierne er: {categories}.',
    badDays: '"{typed}" er ikke en periode: skriv 30d, 90d eller et antal dage fra 1 til {max}.',
    notAvailable:
      "Diagrammer findes ikke i denne bot: den blev startet uden diagramtegning eller uden Slacks filoverførsel.",
    digestComment: "De seneste {days} dage: nye og løste fejl pr. dag.",
  },
});

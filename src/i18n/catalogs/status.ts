import { defineMessages } from "../define-messages.js";

/**
 * `/syncerror status` and `syncerror status`: the open errors by category and type, the rest
 * collapsed, the last import (or how to make one), and the notice it opens with while the bot is
 * not in the digest channel. Category and type names come from the explain catalog and the rules;
 * Slack's date markup (`<!date^…|…>`) and channel links are put together by the renderer, since
 * `<` starts a tag in these messages. The Resync buttons use the digest's and explain's words.
 */
export const status = defineMessages({
  en: {
    title: "{open, plural, other {#}} open sync errors",
    // The notification text keeps its number plain, as it always had.
    text: "{open} open sync errors",
    category: "*{name}*: {count, plural, other {#}}",
    byType: "*By error type*",
    type: "• {name}: *{count, plural, other {#}}*",
    more: "… and {hidden, plural, one {# more error type} other {# more error types}} — `/syncerror status all`",
    lastImport: "Last import: {file}, {date}, {rows, plural, one {# row} other {# rows}}",
    nothingImported: "Nothing imported yet: `/syncerror import` says how.",
    noticeWaiting:
      ":warning: The digest of {date} is waiting: the bot is not in {channel}, so Slack refused it. Type `/invite @syncerror` in {channel}; the digest is posted as soon as the bot joins.",
    noticeNotInvited:
      ":warning: The bot is not in {channel}: it cannot post the digest there or see the exports dropped there. Type `/invite @syncerror` in {channel}.",

    cliTitle: "{open, plural, other {#}} open sync errors.",
    cliByType: "By error type:",
    cliLastImport:
      "Last import: {file}, {date} by {by} ({rows, plural, one {# row} other {# rows}}, {new, plural, other {#}} new, {resolved, plural, other {#}} resolved).",
    cliNothingImported: "No export has been imported yet: syncerror import '<file>'.",
  },
  da: {
    title: "{open, plural, one {# åben synkroniseringsfejl} other {# åbne synkroniseringsfejl}}",
    text: "Åbne synkroniseringsfejl: {open}",
    category: "*{name}*: {count, plural, other {#}}",
    byType: "*Efter fejltype*",
    type: "• {name}: *{count, plural, other {#}}*",
    more: "… og {hidden, plural, one {# fejltype mere} other {# fejltyper mere}} — `/syncerror status all`",
    lastImport: "Seneste import: {file}, {date}, {rows, plural, one {# række} other {# rækker}}",
    nothingImported: "Intet importeret endnu: `/syncerror import` fortæller hvordan.",
    noticeWaiting:
      ":warning: Oversigten fra {date} venter: botten er ikke med i {channel}, så Slack afviste den. Skriv `/invite @syncerror` i {channel}; oversigten bliver sendt, så snart botten er med.",
    noticeNotInvited:
      ":warning: Botten er ikke med i {channel}: den kan ikke sende oversigten dertil eller se de eksporter, der bliver lagt der. Skriv `/invite @syncerror` i {channel}.",

    cliTitle:
      "{open, plural, one {# åben synkroniseringsfejl.} other {# åbne synkroniseringsfejl.}}",
    cliByType: "Efter fejltype:",
    cliLastImport:
      "Seneste import: {file}, {date} af {by} ({rows, plural, one {# række} other {# rækker}}, {new, plural, other {#}} nye, {resolved, plural, other {#}} løst).",
    cliNothingImported: "Der er ikke importeret nogen eksport endnu: syncerror import '<fil>'.",
  },
});

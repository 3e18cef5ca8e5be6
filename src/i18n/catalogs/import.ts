import { defineMessages } from "../define-messages.js";

/**
 * An export dropped in Slack: "importing…" in its thread, then the summary in place of it (the
 * counts, the new errors by type, the rejected rows, the columns read), and the question about the
 * open errors the export did not list, with its two buttons and who answered it. `types` is the
 * object types joined as a list (`objectType`, the word used before "errors"), `objects` the same
 * in the plural (`objects`). The fallback `text` (notifications) keeps its numbers plain, as it
 * always had.
 */
export const importing = defineMessages({
  en: {
    importing: ":hourglass_flowing_sand: Importing *{file}*…",
    importingText: "Importing {file}…",
    unchanged:
      "*{file}* is the same file as the last import, so nothing changed. {open, plural, one {# error is} other {# errors are}} open from it.",
    unchangedText: "{file}: nothing changed",
    imported: ":inbox_tray: Imported *{file}*: {rows, plural, one {# row} other {# rows}}.",
    counts:
      "*{new, number}* new · *{open, number}* still open · *{resolved, number}* resolved · *{rejected, number}* rejected",
    newByType: "*New by error type*",
    typeLine: "• {name}: *{count, number}*",
    moreTypes: "… and {hidden, plural, one {# more error type} other {# more error types}}",
    rejectedTitle: "*Rejected rows*",
    rejectedRow: "row {row}: {reason}",
    rejectedMore: "… {count, number} more",
    columns: "Columns: {columns}",
    statusHint: "`/syncerror status` for everything open",
    text: "Imported {file}: {new} new, {resolved} resolved",
    resolveButton: "Resolve them",
    keepButton: "Keep them open",
    objectType:
      "{type, select, contact {contact} company {company} deal {deal} activity {activity} other {{type}}}",
    objects:
      "{type, select, contact {contacts} company {companies} deal {deals} activity {activities} other {{type}}}",
    missingUndecided:
      "This export has {rows, plural, one {# row} other {# rows}} of {objects} but {count, plural, one {# open {types} error is} other {# open {types} errors are}} not in it. A filtered export? They are kept open until someone decides: resolve them if the export lists every error.",
    missingResolvedAll:
      "Resolved the {count, plural, one {# open {types} error} other {# open {types} errors}} not in this export.",
    missingResolvedSome:
      "Resolved {resolved, number} of the {count, plural, one {# open {types} error} other {# open {types} errors}} not in this export; the others were seen again or resolved since.",
    missingKept:
      "Kept open the {count, plural, one {# open {types} error} other {# open {types} errors}} not in this export.",
    decided: "{by, select, cli {On the command line} other {{user}}} decided: {said}",
  },
  da: {
    importing: ":hourglass_flowing_sand: Importerer *{file}*…",
    importingText: "Importerer {file}…",
    unchanged:
      "*{file}* er den samme fil som sidste import, så intet er ændret. {open, plural, one {# fejl} other {# fejl}} fra den står stadig åbne.",
    unchangedText: "{file}: intet ændret",
    imported:
      ":inbox_tray: *{file}* er importeret: {rows, plural, one {# række} other {# rækker}}.",
    counts:
      "*{new, number}* nye · *{open, number}* stadig åbne · *{resolved, number}* løst · *{rejected, number}* afvist",
    newByType: "*Nye efter fejltype*",
    typeLine: "• {name}: *{count, number}*",
    moreTypes: "… og {hidden, plural, one {# fejltype mere} other {# fejltyper mere}}",
    rejectedTitle: "*Afviste rækker*",
    rejectedRow: "række {row}: {reason}",
    rejectedMore: "… {count, number} mere",
    columns: "Kolonner: {columns}",
    statusHint: "`/syncerror status` viser alt, der er åbent",
    text: "Importerede {file}: {new} nye, {resolved} løst",
    resolveButton: "Markér dem som løst",
    keepButton: "Lad dem stå åbne",
    objectType:
      "{type, select, contact {kontakter} company {virksomheder} deal {aftaler} activity {aktiviteter} other {{type}}}",
    objects:
      "{type, select, contact {kontakter} company {virksomheder} deal {aftaler} activity {aktiviteter} other {{type}}}",
    missingUndecided:
      "Denne eksport har {rows, plural, one {# række} other {# rækker}} med {objects}, men {count, plural, one {# åben fejl på {types} er} other {# åbne fejl på {types} er}} ikke med i den. Er eksporten filtreret? Fejlene står åbne, indtil nogen beslutter sig: markér dem som løst, hvis eksporten indeholder alle fejl.",
    missingResolvedAll:
      "{count, plural, one {Den åbne fejl på {types}, som ikke er med i eksporten, er markeret som løst.} other {De # åbne fejl på {types}, som ikke er med i eksporten, er markeret som løst.}}",
    missingResolvedSome:
      "{resolved, number} af de {count, plural, one {# åbne fejl} other {# åbne fejl}} på {types}, som ikke er med i eksporten, er markeret som løst; de andre er set igen eller løst siden.",
    missingKept:
      "{count, plural, one {Den åbne fejl på {types}, som ikke er med i eksporten, står stadig åben.} other {De # åbne fejl på {types}, som ikke er med i eksporten, står stadig åbne.}}",
    decided: "{by, select, cli {Besluttet på kommandolinjen} other {{user} besluttede}}: {said}",
  },
});

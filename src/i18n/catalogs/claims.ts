import { defineMessages } from "../define-messages.js";

/**
 * Who is on which error type: the ⋯ menu on each type's line (digest, `/syncerror status`), the
 * "@ann is on it" note on the line, the answers to taking, taking over and releasing a type, what
 * the previous owner is told, and `/syncerror mine`. `{owner}`, `{by}` and `{previous}` are Slack
 * mentions, `{since}` a Slack date; `{name}` an error type's name.
 */
export const claims = defineMessages({
  en: {
    menuExplain: "Explain",
    menuResync:
      "Resync {errors, plural, other {#}} ({batches, plural, one {# batch} other {# batches}})",
    menuTake: "Take it",
    menuTakeOver: "Take it over",
    menuRelease: "Release",
    onIt: "{owner} is on it since {since}",
    taken:
      "You're on *{name}* now. The digest and `/syncerror status` show it on the type's line; `/syncerror mine` lists what you have.",
    alreadyYours: "*{name}* is already yours, since {since}.",
    takeOverText: "{owner} is on *{name}* since {since}. Take it over? They will be told.",
    takeOverConfirm: "Take it over",
    cancel: "Cancel",
    cancelled: "Nothing was changed.",
    takenOver: "You're on *{name}* now; {previous} has been told.",
    takenOverUntold:
      "You're on *{name}* now, but Slack would not let me tell {previous}: please let them know yourself.",
    takeOverStale:
      "*{name}* changed hands meanwhile{owner, select, none {: nobody is on it now. Take it from the menu.} other {: {owner} is on it since {since}. Nothing was changed.}}",
    toldPrevious: "{by} took over *{name}* from you. It is off your `/syncerror mine`.",
    released: "You let go of *{name}*; nobody is on it now.",
    notYours:
      "*{name}* isn't yours to release{owner, select, none {: nobody is on it.} other {: {owner} is on it since {since}.}}",
    unknownType: "That error type is no longer in the catalog, so it can't be taken.",
    resyncConfirmText: "*Start a resync?* {text}",
    mineTitle: "Error types you're on",
    mineLine:
      "• *{name}* · {open, plural, =0 {nothing open} other {# open}} · yours since {since}{days, plural, =0 {} one { (# day)} other { (# days)}}",
    mineNone:
      "You're not on any error type. Take one from the ⋯ menu on its line in the digest or in `/syncerror status`.",
    mineText:
      "{count, plural, =0 {You're not on any error type} one {You're on # error type} other {You're on # error types}}",
  },
  da: {
    menuExplain: "Forklar",
    menuResync:
      "Synkroniser {errors, plural, other {#}} igen ({batches, plural, one {# omgang} other {# omgange}})",
    menuTake: "Tag den",
    menuTakeOver: "Overtag den",
    menuRelease: "Slip den",
    onIt: "{owner} har den siden {since}",
    taken:
      "Du har *{name}* nu. Oversigten og `/syncerror status` viser det på typens linje; `/syncerror mine` viser, hvad du har.",
    alreadyYours: "Du har allerede *{name}*, siden {since}.",
    takeOverText:
      "{owner} har *{name}* siden {since}. Vil du overtage den? Vedkommende får besked.",
    takeOverConfirm: "Overtag den",
    cancel: "Annuller",
    cancelled: "Intet blev ændret.",
    takenOver: "Du har *{name}* nu; {previous} har fået besked.",
    takenOverUntold:
      "Du har *{name}* nu, men Slack lod mig ikke give {previous} besked: sig det selv til vedkommende.",
    takeOverStale:
      "*{name}* har skiftet hænder i mellemtiden{owner, select, none {: ingen har den nu. Tag den fra menuen.} other {: {owner} har den siden {since}. Intet blev ændret.}}",
    toldPrevious:
      "{by} har overtaget *{name}* fra dig. Den står ikke længere i din `/syncerror mine`.",
    released: "Du har sluppet *{name}*; ingen har den nu.",
    notYours:
      "Du har ikke *{name}*, så du kan ikke slippe den{owner, select, none {: ingen har den.} other {: {owner} har den siden {since}.}}",
    unknownType: "Den fejltype findes ikke længere i kataloget, så den kan ikke tages.",
    resyncConfirmText: "*Synkroniser igen?* {text}",
    mineTitle: "Fejltyper, du har",
    mineLine:
      "• *{name}* · {open, plural, =0 {intet åbent} one {# åben} other {# åbne}} · din siden {since}{days, plural, =0 {} one { (# dag)} other { (# dage)}}",
    mineNone:
      "Du har ingen fejltyper. Tag en fra ⋯-menuen på dens linje i oversigten eller i `/syncerror status`.",
    mineText:
      "{count, plural, =0 {Du har ingen fejltyper} one {Du har # fejltype} other {Du har # fejltyper}}",
  },
});

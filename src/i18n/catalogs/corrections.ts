import { defineMessages } from "../define-messages.js";

/**
 * "Not this type?" in Slack: the question with its menu of types, the answer once a type is picked,
 * and the refusals (an expired control, someone who may not correct). `{who}` in `refused`: the
 * Slack mentions of the people who may (`{users}`, the last one apart as `{lastUser}` when there is
 * no group) and the group (`{group}`); they are Slack markup the bot writes, never user input.
 */
export const corrections = defineMessages({
  en: {
    lineSelect: "Not this type?",
    questionText: "Which error type is this message? I read it as {name}.",
    question: "I read this message as *{name}*:\n>{quoted}\nWhich error type is it?",
    menuPlaceholder: "The right error type",
    questionNote:
      "From then on I read this message, and every message that differs from it only in ids, names and values, as the type you pick, for everyone. `syncerror corrections list` shows the corrections.",
    alreadyText: "I already read this message as {name}, so nothing changed.",
    already: "I already read this message as *{name}*, so nothing changed.",
    savedText:
      "Saved: I now read this message, and messages like it, as {name} (correction #{id}).",
    saved:
      ":white_check_mark: Saved: I now read this message, and messages that differ from it only in ids, names and values, as *{name}* (correction #{id}).{replaces, select, yes { It replaces the earlier correction to *{previous}*.} other {}}",
    undo: "`syncerror corrections remove {id}` undoes it.",
    stale:
      "This control is unknown or has expired (they last 7 days), so nothing was changed. Run `/syncerror explain` with the message again for a fresh one.",
    unknownType: "That is not an error type I know, so nothing was changed.",
    unavailable: "Corrections are not available in this bot; nothing was changed.",
    off: "Nobody may correct error types yet: the people who may start resyncs may, and none are set. An admin sets RESYNC_ALLOWED_USERS (Slack user ids) or RESYNC_ALLOWED_USERGROUP (a user group id) and restarts the bot.",
    unreadable:
      "I could not read the members of {group} to check that you may correct an error type, so nothing was changed. Check that the app has the usergroups:read scope.",
    refused:
      "Only {hasGroup, select, yes {{userCount, plural, =0 {members of {group}} other {{users} or members of {group}}}} other {{userCount, plural, one {{users}} other {{users} or {lastUser}}}}} may correct an error type. Nothing was changed; ask {many, select, yes {one of them} other {them}}.",
  },
  da: {
    lineSelect: "Ikke denne type?",
    questionText: "Hvilken fejltype er denne besked? Jeg læste den som {name}.",
    question: "Jeg læste denne besked som *{name}*:\n>{quoted}\nHvilken fejltype er det?",
    menuPlaceholder: "Den rigtige fejltype",
    questionNote:
      "Fremover læser jeg denne besked, og alle beskeder der kun adskiller sig fra den i id'er, navne og værdier, som den type, du vælger – for alle. `syncerror corrections list` viser rettelserne.",
    alreadyText: "Jeg læser allerede denne besked som {name}, så intet blev ændret.",
    already: "Jeg læser allerede denne besked som *{name}*, så intet blev ændret.",
    savedText:
      "Gemt: Denne besked og beskeder, der ligner den, læser jeg nu som {name} (rettelse nr. {id}).",
    saved:
      ":white_check_mark: Gemt: Denne besked, og alle beskeder der kun adskiller sig fra den i id'er, navne og værdier, læser jeg nu som *{name}* (rettelse nr. {id}).{replaces, select, yes { Den erstatter den tidligere rettelse til *{previous}*.} other {}}",
    undo: "`syncerror corrections remove {id}` fortryder den.",
    stale:
      "Denne knap eller menu er ukendt eller udløbet (de virker i 7 dage), så intet blev ændret. Kør `/syncerror explain` med beskeden igen for at få en ny.",
    unknownType: "Det er ikke en fejltype, jeg kender, så intet blev ændret.",
    unavailable: "Rettelser er ikke slået til i denne bot; intet blev ændret.",
    off: "Ingen må rette fejltyper endnu: det må de, der må synkronisere poster igen, og ingen er angivet. En administrator angiver RESYNC_ALLOWED_USERS (Slack-bruger-id'er) eller RESYNC_ALLOWED_USERGROUP (id'et på en brugergruppe) og genstarter botten.",
    unreadable:
      "Jeg kunne ikke læse medlemmerne af {group} for at tjekke, at du må rette en fejltype, så intet blev ændret. Tjek, at appen har scopet usergroups:read.",
    refused:
      "Kun {hasGroup, select, yes {{userCount, plural, =0 {medlemmer af {group}} other {{users} eller medlemmer af {group}}}} other {{userCount, plural, one {{users}} other {{users} eller {lastUser}}}}} må rette en fejltype. Intet blev ændret; spørg {many, select, yes {en af dem} other {vedkommende}}.",
  },
});

import { defineMessages } from "../define-messages.js";

/**
 * The answers to clicks on the bot's buttons that are not an area's own: an explanation shared
 * twice, a button whose data was altered or names no type, and the question about the errors an
 * export left out, asked where exports are not imported.
 */
export const actions = defineMessages({
  en: {
    sharedBefore:
      "You already shared this explanation in the channel ({time}), so it was not posted again.",
    unknownRule: "This button refers to an unknown error type. Run /syncerror explain again.",
    unknownRuleInThread: "This button refers to an unknown error type.",
    badShareValue: "This button's data is not valid. Run /syncerror explain again.",
    missingNotHere: "Exports are not imported here, so nothing was decided.",
    missingNoImport: "This question is about no import I know of.",
  },
  da: {
    sharedBefore:
      "Du har allerede delt denne forklaring i kanalen ({time}), så den er ikke sendt igen.",
    unknownRule: "Denne knap henviser til en ukendt fejltype. Kør /syncerror explain igen.",
    unknownRuleInThread: "Denne knap henviser til en ukendt fejltype.",
    badShareValue: "Denne knaps data er ikke gyldige. Kør /syncerror explain igen.",
    missingNotHere: "Eksporter importeres ikke her, så intet blev besluttet.",
    missingNoImport: "Dette spørgsmål handler om en import, jeg ikke kender.",
  },
});

import { defineMessages } from "../define-messages.js";

/** The languages' own names, and what is said when a language is asked for that the bot lacks. */
export const languages = defineMessages({
  en: {
    en: "English",
    da: "Danish",
    unknown: "The bot does not speak “{asked}”. Choose {choices}.",
  },
  da: {
    en: "engelsk",
    da: "dansk",
    unknown: "Botten taler ikke “{asked}”. Vælg {choices}.",
  },
});

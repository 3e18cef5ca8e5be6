import { defineMessages } from "../define-messages.js";

/** How any error reaches a person: the frame around an error's own message. */
export const errors = defineMessages({
  en: {
    withUsage: "{message}\n\nUsage: {usage}",
    defect: "Something went wrong inside syncerror. Please report it with the command you ran.",
    withReference: "{message} (reference {reference})",
  },
  da: {
    withUsage: "{message}\n\nBrug: {usage}",
    defect: "Noget gik galt inde i syncerror. Meld det gerne, og skriv hvilken kommando du kørte.",
    withReference: "{message} (reference {reference})",
  },
});

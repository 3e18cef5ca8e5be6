import { defineMessages } from "../define-messages.js";

/** What the bot says when Slack refuses a chart it uploads (issue 18). */
export const uploads = defineMessages({
  en: {
    notInChannel:
      "I can't post the chart in <#{channel}>: I'm not in that channel. Invite me with /invite @syncerror there, then ask again.",
    missingScope:
      "I can't upload charts: the app is installed without the files:write scope. An admin can add it (it is in manifest.yml) and reinstall the app to the workspace.",
    refused: "Slack refused the chart upload ({code}). Try again in a moment.",
  },
  da: {
    notInChannel:
      "Jeg kan ikke lægge diagrammet i <#{channel}>, for jeg er ikke med i kanalen. Inviter mig med /invite @syncerror dér, og spørg så igen.",
    missingScope:
      "Jeg kan ikke lægge diagrammer op, for appen er installeret uden tilladelsen files:write. En administrator kan tilføje den (den står i manifest.yml) og installere appen i arbejdsområdet igen.",
    refused: "Slack afviste at modtage diagrammet ({code}). Prøv igen om lidt.",
  },
});

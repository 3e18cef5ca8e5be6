import { defineMessages } from "../define-messages.js";

/**
 * `/syncerror help` (and the Home tab's top): what each subcommand does, and what is said after
 * a subcommand that does not exist. A subcommand's name and its literal words (`all`) stay as
 * typed; what stands for the person's own words (`<error type>`) is translated. ICU reads `<…>` as
 * a tag, so those are quoted: `'<error type>'` shows as `<error type>`.
 */
export const help = defineMessages({
  en: {
    intro: "HubSpot–Salesforce sync errors, explained.",
    examples:
      "Try `/syncerror explain Type mismatch`, `/syncerror explain ugyldig e-mail`, `/syncerror explain STRING_TOO_LONG`, or paste a raw error message after `/syncerror explain`.",
    fallbackText: "How to use /syncerror",
    unknown: "There is no `/syncerror {name}`.",
    unknownSuggestion: "There is no `/syncerror {name}`. Did you mean `/syncerror {suggestion}`?",
    unknownText: "There is no /syncerror {name}. Type /syncerror help.",
    explainUsage: "explain '<error type, status code or pasted message>'",
    explainSummary: "Cause, fix, who acts and resync advice for an error type",
    listUsage: "list [category]",
    listSummary: "The error types, by category",
    statusUsage: "status [all]",
    statusSummary: "Open sync errors by category and type, and the last import",
    digestUsage: "digest",
    digestSummary: "Preview the next daily digest, and link today's",
    importUsage: "import",
    importSummary: "How to import HubSpot's Sync Health export",
    resyncUsage: "resync '<error type>'",
    resyncSummary: "Resync the open errors of one type, in batches of 100 (confirmed first)",
    scanUsage: "scan",
    scanSummary: "Find sync errors through the HubSpot and Salesforce APIs now",
    routesUsage: "routes",
    routesSummary: "Where each error type's digest goes (the routing file)",
    mineUsage: "mine",
    mineSummary: "The error types you're on, with their open errors and since when",
    snoozedUsage: "snoozed",
    snoozedSummary: "The snoozed and muted error types: until when, by whom and why",
    chartUsage: "chart [trend|breakdown|age] [category or type] [30d|90d]",
    chartSummary: "A chart of the trend, the open errors by type, or their age, posted here",
    changesUsage: "changes [7d|30d|Nd]",
    changesSummary:
      "What changed in Salesforce's and HubSpot's setup lately, and the errors it started",
    helpUsage: "help",
    helpSummary: "This overview",
  },
  da: {
    intro: "Synkroniseringsfejl mellem HubSpot og Salesforce, forklaret.",
    examples:
      "Prøv `/syncerror explain ugyldig e-mail`, `/syncerror explain Type mismatch`, `/syncerror explain STRING_TOO_LONG`, eller indsæt en fejlbesked, som den står, efter `/syncerror explain`.",
    fallbackText: "Sådan bruger du /syncerror",
    unknown: "Der findes ingen `/syncerror {name}`.",
    unknownSuggestion: "Der findes ingen `/syncerror {name}`. Mente du `/syncerror {suggestion}`?",
    unknownText: "Der findes ingen /syncerror {name}. Skriv /syncerror help.",
    explainUsage: "explain '<fejltype, statuskode eller indsat fejlbesked>'",
    explainSummary:
      "Årsag, løsning, hvem der skal gøre noget, og om en ny synkronisering hjælper, for en fejltype",
    listUsage: "list [kategori]",
    listSummary: "Fejltyperne, efter kategori",
    statusUsage: "status [all]",
    statusSummary: "Åbne synkroniseringsfejl efter kategori og type, og den seneste import",
    digestUsage: "digest",
    digestSummary: "Se den næste daglige oversigt på forhånd, med et link til dagens",
    importUsage: "import",
    importSummary: "Sådan importerer du HubSpots eksport fra Sync Health",
    resyncUsage: "resync '<fejltype>'",
    resyncSummary: "Synkroniser de åbne fejl af én type igen, 100 ad gangen (du bekræfter først)",
    scanUsage: "scan",
    scanSummary: "Find synkroniseringsfejl nu via HubSpots og Salesforces API'er",
    routesUsage: "routes",
    routesSummary: "Hvor hver fejltypes oversigt sendes hen (rutefilen)",
    mineUsage: "mine",
    mineSummary: "De fejltyper, du har, med deres åbne fejl og siden hvornår",
    snoozedUsage: "snoozed",
    snoozedSummary: "De udsatte og dæmpede fejltyper: til hvornår, af hvem og hvorfor",
    chartUsage: "chart [trend|breakdown|age] [kategori eller type] [30d|90d]",
    chartSummary:
      "Et diagram over udviklingen, de åbne fejl efter type eller deres alder, lagt her",
    changesUsage: "changes [7d|30d|Nd]",
    changesSummary:
      "Hvad der er ændret i opsætningen af Salesforce og HubSpot for nylig, og de fejl, det startede",
    helpUsage: "help",
    helpSummary: "Denne oversigt",
  },
});

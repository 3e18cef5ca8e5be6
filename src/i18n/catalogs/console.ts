import { defineMessages } from "../define-messages.js";

/**
 * Local mode's console, in its own words (what the bot says comes from the other catalogs): the
 * banner, the console's help, its hints and refusals, the frame titles above the bot's messages,
 * the y/N questions, and the words a Slack client adds to blocks (a confirm dialog's defaults).
 * `<` starts a tag in these messages, so `<number>` and the like are quoted: `'<'number>`.
 */
export const consoleMessages = defineMessages({
  en: {
    bannerTitle: "syncerror · local mode",
    bannerWhere:
      'No SLACK_BOT_TOKEN is set, so the bot runs here in your terminal, against a built-in Slack\nsandbox, through the same code that answers in Slack. To connect a real workspace, see\nREADME.md, "Connect to Slack".',
    bannerConfig: "Configuration read from {source}.",
    bannerDemo:
      "Demo data: {count, plural, one {# open sync error} other {# open sync errors}} from the last two weeks, in a throwaway store.",
    bannerTry: "Try:",
    bannerTypos: "(typos are fine)",
    bannerDanish: "(Danish names too)",
    bannerResync: "(runs against built-in HubSpot and Salesforce sandboxes)",
    bannerScan: "(finds the problems planted in those sandboxes)",
    bannerSpike: "(a second export with a burst of one type: a spike alert in its channel)",
    bannerImport: "(as if you dropped the file in the channel)",
    bannerImportPath: "path/to/export.csv",
    bannerButtons: "Buttons show as [1] Share in channel: type the number to click one.",
    bannerYou:
      "You are {user} (start with --user '<'id> to be someone else). help for help, quit to leave.",
    // Setup of the configuration source, as the banner names it.
    sourceEnvironment: "the environment only (no .env in {folder})",
    sourceEnvFile: "the environment and {file}",
    sourceEnvFileShadowed:
      "the environment and {file} ({shadowed, number} of its {variables, plural, one {# variable} other {# variables}} also set in the environment, which wins)",

    help: "Console commands:\n  /syncerror '<'subcommand> …   what you would type in Slack, e.g. /syncerror explain Type mismatch\n  /syncerror import '<'path>    share an export file in the channel, as you would drop it in Slack\n  '<'number>                    click the button shown as [number], or list a menu's options (▾)\n  '<'number> '<'option>           choose an option in the menu shown as [number], e.g. 5 2\n  as '<'user id>               act as another person from now on, e.g. as U0BOB\n  home                        open the bot's Home tab\n  help                        this help\n  quit                        leave (Ctrl-D works too)\nType /syncerror help for the bot's own help.",
    onlySyncerror: "Only /syncerror exists here. Try /syncerror help.",
    asUsage:
      "Type as and a Slack user id (U followed by capitals and digits), e.g. as U0BOB. You are {you}.",
    asNow: "You are {user} now: your commands and clicks are theirs. as {first} goes back.",
    typeCommand:
      "Type a /syncerror command (for example {example}), a button number, help or quit.",
    commandHttp: "The bot answered the command with HTTP {status}.",
    clickHttp: "The bot answered the click with HTTP {status}.",
    choiceHttp: "The bot answered the choice with HTTP {status}.",
    importTimeout:
      "The bot did not finish importing within {minutes, plural, one {# minute} other {# minutes}}.",
    missingQuestion:
      "Resolve the open errors this export does not list? [y/N] (no: keep them open) ",
    openInBrowser: "Open in a browser: {url}",
    confirmQuestion: "{title}\n{text}\n{confirm}? [y/N] (no: {deny}) ",
    cancelled: "Cancelled.",
    buttonGone: "That button can no longer be clicked: {reason}",
    menuGone: "That menu can no longer be used: {reason}",
    noButton: "There is no button [{number}].",
    modalFrame: "{title} · dialog",
    modalHint:
      "Type a number to choose and {submit}{date, select, yes {; after it, a date (YYYY-MM-DD) for a date} other {}}{text, select, yes {, then why (optional)} other {}}. Anything else closes the dialog.",
    modalErrors: "Not sent: {errors}",
    modalClosed: "The dialog was closed without sending.",
    noButtonAnyMore:
      "There is no button [{number}] any more: its message has changed since; use the newest buttons.",
    chosenMark: "← chosen",
    typeToChoose: "Type \"{number} '<'option>\" to choose, e.g. {number} 1.",
    noSuchOption: "The menu [{menu}] has no option {option}; type {menu} to list them.",
    notAMenu: "[{menu}] is a button, not a menu; type {menu} to click it.",
    noHome: "The bot did not publish a Home tab.",
    homeTab: "Home tab",
    imageSaved: "🖼  {title}: {path}",
    imageNotSaved: "🖼  {title} (not saved: {reason})",
    deleted: "a message was deleted",
    onlyYou: "only visible to you",
    onlyFor: "only visible to {user}",
    directMessage: "direct message",
    inThread: " · in thread",
    updated: " · updated",
    someone: "someone",
    noAnswer: "No answer from the bot within {seconds, plural, other {# s}}.",
    waiting: "Waiting for the running resync or scan to finish…",
    bye: "Bye.",
    // A Slack client's words for a confirm dialog that leaves them out, and for an unknown block.
    confirmTitle: "Are you sure?",
    confirmYes: "Yes",
    confirmCancel: "Cancel",
    unknownBlock: "[a {type} block the console cannot show]",
  },
  da: {
    bannerTitle: "syncerror · lokal tilstand",
    bannerWhere:
      'SLACK_BOT_TOKEN er ikke sat, så botten kører her i din terminal mod en indbygget Slack-\nsandkasse, gennem den samme kode som svarer i Slack. Se README.md, "Connect to Slack", for at\nforbinde et rigtigt workspace.',
    bannerConfig: "Konfigurationen er læst fra {source}.",
    bannerDemo:
      "Demodata: {count, plural, one {# åben synkroniseringsfejl} other {# åbne synkroniseringsfejl}} fra de sidste to uger, i et lager der smides væk bagefter.",
    bannerTry: "Prøv:",
    bannerTypos: "(stavefejl går fint)",
    bannerDanish: "(også danske navne)",
    bannerResync: "(kører mod indbyggede sandkasser for HubSpot og Salesforce)",
    bannerScan: "(finder de problemer, der er lagt ind i sandkasserne)",
    bannerSpike:
      "(en eksport mere med en bølge af én type: en advarsel om stigningen i dens kanal)",
    bannerImport: "(som hvis du lagde filen i kanalen)",
    bannerImportPath: "sti/til/eksport.csv",
    bannerButtons: "Knapper vises som [1] Del i kanalen: skriv tallet for at klikke på en.",
    bannerYou:
      "Du er {user} (start med --user '<'id> for at være en anden). help for hjælp, quit for at afslutte.",
    sourceEnvironment: "miljøet alene (ingen .env i {folder})",
    sourceEnvFile: "miljøet og {file}",
    sourceEnvFileShadowed:
      "miljøet og {file} ({shadowed, number} af dens {variables, plural, one {# variabel} other {# variabler}} er også sat i miljøet, som vinder)",

    help: "Konsollens kommandoer:\n  /syncerror '<'underkommando> …   det, du ville skrive i Slack, fx /syncerror explain Type mismatch\n  /syncerror import '<'sti>        del en eksportfil i kanalen, som når du lægger den i Slack\n  '<'tal>                          klik på knappen vist som [tal], eller vis en menus valg (▾)\n  '<'tal> '<'valg>                   vælg i menuen vist som [tal], fx 5 2\n  as '<'bruger-id>                 vær en anden person fra nu af, fx as U0BOB\n  home                           åbn bottens Home-fane\n  help                           denne hjælp\n  quit                           afslut (Ctrl-D virker også)\nSkriv /syncerror help for bottens egen hjælp.",
    onlySyncerror: "Kun /syncerror findes her. Prøv /syncerror help.",
    asUsage:
      "Skriv as og et Slack-bruger-id (U efterfulgt af store bogstaver og cifre), fx as U0BOB. Du er {you}.",
    asNow: "Du er {user} nu: dine kommandoer og klik er vedkommendes. as {first} skifter tilbage.",
    typeCommand: "Skriv en /syncerror-kommando (fx {example}), et knapnummer, help eller quit.",
    commandHttp: "Botten svarede på kommandoen med HTTP {status}.",
    clickHttp: "Botten svarede på klikket med HTTP {status}.",
    choiceHttp: "Botten svarede på valget med HTTP {status}.",
    importTimeout:
      "Botten blev ikke færdig med importen inden for {minutes, plural, one {# minut} other {# minutter}}.",
    missingQuestion: "Løs de åbne fejl, som eksporten ikke nævner? [j/N] (nej: lad dem stå åbne) ",
    openInBrowser: "Åbn i en browser: {url}",
    confirmQuestion: "{title}\n{text}\n{confirm}? [j/N] (nej: {deny}) ",
    cancelled: "Annulleret.",
    buttonGone: "Der kan ikke længere klikkes på knappen: {reason}",
    menuGone: "Menuen kan ikke længere bruges: {reason}",
    noButton: "Der er ingen knap [{number}].",
    modalFrame: "{title} · dialogboks",
    modalHint:
      "Skriv et tal for at vælge og {submit}{date, select, yes {; efter det en dato (ÅÅÅÅ-MM-DD) for en dato} other {}}{text, select, yes {, og så hvorfor (valgfrit)} other {}}. Alt andet lukker dialogboksen.",
    modalErrors: "Ikke sendt: {errors}",
    modalClosed: "Dialogboksen blev lukket uden at sende.",
    noButtonAnyMore:
      "Der er ikke længere nogen knap [{number}]: beskeden er ændret siden; brug de nyeste knapper.",
    chosenMark: "← valgt",
    typeToChoose: "Skriv \"{number} '<'valg>\" for at vælge, fx {number} 1.",
    noSuchOption: "Menuen [{menu}] har intet valg {option}; skriv {menu} for at se dem.",
    notAMenu: "[{menu}] er en knap, ikke en menu; skriv {menu} for at klikke på den.",
    noHome: "Botten viste ingen Home-fane.",
    homeTab: "Home-fane",
    imageSaved: "🖼  {title}: {path}",
    imageNotSaved: "🖼  {title} (ikke gemt: {reason})",
    deleted: "en besked blev slettet",
    onlyYou: "kun synlig for dig",
    onlyFor: "kun synlig for {user}",
    directMessage: "direkte besked",
    inThread: " · i tråd",
    updated: " · opdateret",
    someone: "nogen",
    noAnswer: "Intet svar fra botten inden for {seconds, plural, other {# s}}.",
    waiting: "Venter på, at den igangværende gensynkronisering eller scanning bliver færdig…",
    bye: "Farvel.",
    confirmTitle: "Er du sikker?",
    confirmYes: "Ja",
    confirmCancel: "Annuller",
    unknownBlock: "[en {type}-blok, som konsollen ikke kan vise]",
  },
});

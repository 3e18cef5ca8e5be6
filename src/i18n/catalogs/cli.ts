import { defineMessages } from "../define-messages.js";

/**
 * The `syncerror` command line's own words: the program's help and each command's summary, the
 * usage errors (an unknown command or option, a missing value), and the text answers of the
 * commands (scan, digest, setup, db, mappings, audit, classify, list, corrections, demo-data, eval).
 * Synopses (`syncerror scan [--json]`) are syntax and stay as they are; `program` is `syncerror`.
 * `<` starts a tag in these messages, so `<file>` and the like come in through placeholders.
 */
export const cli = defineMessages({
  en: {
    // The program's help.
    tagline: "{program}: HubSpot–Salesforce sync errors, explained.",
    usageHeading: "Usage:",
    optionsHeading: "Options:",
    optionJson: "  --json    print the answer as JSON",
    optionJsonl:
      "  --jsonl   explain/classify in batch: '{'\"input\": \"…\"'}' lines on stdin, one JSON result a line",
    optionHelp: "  --help    help for a command, e.g. {program} import --help",
    optionLang: "  --lang    the answers' language, en or da (default: SYNCERROR_LANG, else en)",
    exitCodes:
      "Exit codes: 0 answered; 1 no match, or a file refused; 2 usage error; 69 Slack unreachable at start; 70 internal error.",
    withoutCommand:
      "Without a command, {program} runs the bot: in Slack when SLACK_BOT_TOKEN is set, in the\nterminal otherwise (local mode; --user {id} acts as another Slack user, --lang da one whose\nSlack is in Danish).",
    commandHelp: "{summary}.\n\nUsage: {usage}",
    // The notes inside the synopses, each as the synopsis writes it in English.
    noteClassifyStdin: "(no message: reads stdin)",
    noteEvalStdin: '("-" reads stdin)',
    noteEvalCases:
      '  one case a line: \'{\'"input": "…", "expected": "\'<\'type id or name>", "kind": "message"|"query"\'}\'',
    noteDemoFormat:
      "  the format follows the extension; a name without one (/dev/stdout, say) gets CSV",
    summaryExplain: "Explain an error type: cause, fix, who acts, whether to resync",
    summaryClassify: "Classify a raw sync error message into one of the 28 error types",
    summaryEval:
      "Score the classifier on a labelled file: accuracy, abstentions, confident wrong answers",
    summaryList: "List the error types, by category",
    summaryImport: "Import HubSpot's Sync Health export (Export errors) into the error store",
    summaryColumns: "List or forget the remembered column mappings of exports",
    summaryStatus: "Open sync errors by category and type, and the last import",
    summaryDigest: "Print the daily digest as it would be posted now, or post it now",
    summarySetup:
      "Check the HubSpot property and Salesforce field resyncs use; --create makes the property",
    summaryResync:
      "Resync the open errors of one type in batches of 100; --dry-run shows the batches; --force also sends records checked broken or resynced within RESYNC_COOLDOWN",
    summaryScan: "Find sync errors through the HubSpot and Salesforce APIs, without an export",
    summaryMappings: "Check that every mapped HubSpot property and Salesforce field exists",
    summaryRoutes:
      "Check the routing file against the catalog (and Slack, with a bot token) and show where each error type goes",
    summaryAudit: "The audit log of resyncs, newest first",
    summaryChart:
      "Draw a chart of the stored errors (trend, breakdown by type, or age) as a PNG file",
    summaryChanges:
      "The changes to Salesforce's and HubSpot's setup the bot learnt of, and the errors they likely started",
    summaryCorrections: "List, remove or export the error types admins corrected",
    summaryDemoData:
      "Write a realistic Sync Health export (every category, valid ids) to a CSV or XLSX file",
    summaryDb:
      "Migrate the database (PostgreSQL at DATABASE_URL, else SQLite at DATABASE_PATH), or copy a SQLite store into PostgreSQL",

    // Commands and options that do not exist, or are used wrongly.
    unknownCommand: 'unknown command "{name}".',
    unknownCommandNear: 'unknown command "{name}". Did you mean "{suggestion}"?',
    helpLists: "{program} --help lists the commands.",
    optionUnknown:
      "there is no option {typed}.\nThe options are {names}. A word that starts with a dash goes after --, as in: -- {typed}",
    optionUnknownNear:
      "there is no option {typed}; did you mean {near}?\nThe options are {names}. A word that starts with a dash goes after --, as in: -- {typed}",
    isSwitch: '{option} is a switch and takes no value (remove "={value}").',
    needsValue: "{typed} needs a value, as in {option} '<'value>.",
    looksLikeOption:
      '{typed} needs a value, and "{value}" looks like an option. For a value that starts with a dash, such as a negative number, write {option}={value}.',
    noWords: "this command takes no words besides its options.",
    botNoWords: 'the bot takes no words besides --user and --lang (got "{word}").',
    botUserId: "--user must be a Slack user id, such as U0123ABCD.",
    botUsage: "{message}\nUsage: {usage}",
    unknownOptionSomewhere: "one of the options is not one it knows.",
    badOptionValue: "an option is missing its value, or has one it does not take.",
    unreadableOptions: "the options could not be read.",
    noArguments: "{command} takes no arguments.",
    unexpectedArgument: 'Unexpected argument "{argument}".',
    wholeNumber: "{option} must be a whole number from {min, number} to {max, number}.",

    // syncerror scan
    scanNeedsClients:
      "A scan reads HubSpot and Salesforce: set HUBSPOT_ACCESS_TOKEN and the SALESFORCE_ variables (README, Configuration).",
    scanRunning:
      "A scan is already running in another process sharing the database (the bot's schedule, /syncerror scan, or another terminal). Try again when it has finished.",
    scanProgress: "Scanning {side}: {read, plural, one {# record} other {# records}} read",
    scanRead:
      "{full, select, yes {Full scan} other {Scan of changes since the last one}}: {hubspot, number} HubSpot and {salesforce, number} Salesforce records read.",
    scanStuck:
      "{stuck, plural, one {# HubSpot record} other {# HubSpot records}} not syncing; {unexplained, number} of them without a reason the scan can name.",
    scanCounts:
      "{new, number} new errors, {resolved, number} resolved. API calls: {hubspotCalls, number} HubSpot, {salesforceCalls, number} Salesforce.",
    scanMapping: "Mapping problems (each affects every record of the pair):",

    // syncerror digest
    digestPostCombined: "--post cannot be combined with --print, --json or --weekly.",
    digestPostNeeds:
      "Posting needs SLACK_BOT_TOKEN and DIGEST_CHANNEL; --print shows the digest without them.",
    digestPosted: "Posted the digest to {channel}.",
    digestEmpty: "Nothing new: no digest posted (DIGEST_SKIP_EMPTY).",
    digestAlready: "A digest for this minute was already handled.",
    digestFailed: "The digest was not posted: {reason}.",
    digestWaiting:
      "The digest was not posted: the bot is not in {channel}. Type /invite @syncerror in that channel; the running bot posts it once it is invited.",

    // syncerror setup
    setupMark:
      "{status, select, ok {ok} created {created} missing {MISSING} wrongType {WRONG TYPE} notUpdateable {NOT WRITABLE} other {NOT CONFIGURED}}",
    setupReady: "Ready: resyncs can run.",
    setupNotReady: "Not ready: resyncs will refuse to start until the above is fixed.",

    // syncerror db
    dbSayWhat: "Say what to do with the database: migrate, or copy.",
    dbNeedsFrom: "db copy needs --from, the SQLite file to copy.",
    dbNeedsTo: "db copy needs a PostgreSQL database: --to {url}, or DATABASE_URL.",
    dbToPostgres: "--to must be a postgres:// or postgresql:// URL.",
    dbCopying: "Copied {table}: {rows, plural, one {# row} other {# rows}}",
    dbCopied:
      "Copied {rows, plural, one {# row} other {# rows}} in {tables, plural, one {# table} other {# tables}} from {from} to PostgreSQL at {to} (schema {schema}).",
    dbMigrated: "{backend} at {where}: schema {from} → {to}.",
    dbUpToDate: "{backend} at {where}: already at schema {to}, nothing to migrate.",

    // syncerror mappings
    mappingsSayWhat: "Say what to do with the mappings: check.",
    mappingsNothing:
      "Nothing was checked: neither HubSpot nor Salesforce is configured. Set HUBSPOT_ACCESS_TOKEN to check HubSpot's properties, and a Salesforce login (SALESFORCE_CLIENT_ID with SALESFORCE_USERNAME and SALESFORCE_PRIVATE_KEY_PATH, say; the other ways are in .env.example) to check Salesforce's fields; either one alone checks its side.",
    mappingsMissingHubspot:
      "MISSING  {pair}: HubSpot property {property} (mapped {hubspot} → {salesforce})",
    mappingsMissingSalesforce:
      "MISSING  {pair}: Salesforce field {field} (mapped {hubspot} → {salesforce})",
    mappingsNotChecked: "NOT CHECKED  {side} is not configured.",
    mappingsAllExist:
      "All {checked, plural, one {# mapped field exists} other {# mapped fields exist}}{partly, select, yes { on the sides checked} other {}}.",
    mappingsSomeMissing:
      "{missing, plural, one {# of {checked, number} mapped fields is missing} other {# of {checked, number} mapped fields are missing}}.",

    // syncerror audit
    auditLimit: "--limit must be a whole number from 1 to {max, number}.",
    auditEmpty: "The audit log is empty.",

    // syncerror classify
    classifyPaste: "Paste the message, then press Ctrl-D.",
    classifyStdinEmpty:
      "There is no message to classify: stdin was empty. Give the message as an argument, or pipe it in.",
    classifyEmpty: "The message to classify is empty.",
    classifyConfidence: "confidence {confidence}",
    classifyStatusCode: "status code {code}",
    classifyInner: "inner: {name}",
    classifyPlainSentence: "reads like a validation rule's own message",
    classifyCorrected: "as an admin corrected it",

    // syncerror list
    listNoArguments: "list takes no arguments; use --category {words}.",
    listNoCategory: 'There is no category "{wanted}". The categories are: {names}.',

    // syncerror corrections
    correctionsSayWhat: "Say what to do with the corrections: list, remove {id}, or export.",
    correctionsNone:
      'No error type has been corrected. An admin corrects one with "Not this type?" in Slack.',
    correctionsEntry:
      "#{id}  {name}  (corrected {at} {by, select, cli {on the command line} other {by {by}}})",
    correctionsMessage: "  message: {message}",
    correctionsRemove: "  remove:  {command}",
    correctionsNotNumber: '"{which}" is not a correction number.',
    correctionsNoSuch: "There is no correction #{which}; {command} shows them.",
    correctionsRemoved:
      "Removed correction #{which}: messages like it are classified by the rules again. A running bot sees this at its next start.",

    // syncerror demo-data
    demoOutRequired: "--out FILE is required.",
    demoXlsxRows: "An .xlsx worksheet holds at most {max, number} rows; write more as .csv.",
    demoFormat:
      "demo-data writes .csv or .xlsx files, not {extension}; name the file ….csv or ….xlsx.",
    demoWrote: "Wrote {rows, plural, one {# row} other {# rows}} ({megabytes} MB) to {path}.",

    // syncerror eval
    evalOneFile: "eval takes one labelled file.",
    evalMiss: "line {line}: {expected} → {answered} ({confidence}): {input}",
    evalNoAnswer: "(no answer)",
    evalUnreadable: "{count, plural, one {# line} other {# lines}} could not be scored:",
    evalNoCases: "The file has no labelled cases.",
    evalNotJson: "line {line} is not valid JSON",
    evalNotCase: 'line {line} needs an "input" string and an "expected" type',
    evalUnknownType: 'line {line} names "{type}", which is not one of the 28 types',
    evalColumns: "cases|right|defensible|abstained|confident wrong",
    evalAll: "all",
    evalMessages: "messages",
    evalQueries: "queries",
    evalMessagesIn: "messages in {language}",
    evalNotRight: "Not right (expected → answered):",
    evalConfusionColumns: "expected|answered|cases",

    // --jsonl
    jsonlAlone: "--jsonl reads its inputs from stdin; give no other input or --json.",
    jsonlUnreadable:
      '{count, plural, one {# input line} other {# input lines}} could not be read; see the "error" lines.',
  },
  da: {
    tagline: "{program}: synkroniseringsfejl mellem HubSpot og Salesforce, forklaret.",
    usageHeading: "Brug:",
    optionsHeading: "Tilvalg:",
    optionJson: "  --json    skriv svaret som JSON",
    optionJsonl:
      "  --jsonl   forklar/klassificér mange på én gang: '{'\"input\": \"…\"'}'-linjer på stdin, ét JSON-svar pr. linje",
    optionHelp: "  --help    hjælp til en kommando, fx {program} import --help",
    optionLang: "  --lang    svarenes sprog, en eller da (standard: SYNCERROR_LANG, ellers en)",
    exitCodes:
      "Afslutningskoder: 0 besvaret; 1 intet match, eller en fil afvist; 2 forkert brug; 69 Slack kunne ikke nås ved start; 70 intern fejl.",
    withoutCommand:
      "Uden en kommando kører {program} botten: i Slack, når SLACK_BOT_TOKEN er sat, og ellers\nher i terminalen (lokal tilstand; --user {id} optræder som en anden Slack-bruger, --lang da\nsom en, hvis Slack er på dansk).",
    commandHelp: "{summary}.\n\nBrug: {usage}",
    noteClassifyStdin: "(ingen besked: læser stdin)",
    noteEvalStdin: '("-" læser stdin)',
    noteEvalCases:
      '  ét tilfælde pr. linje: \'{\'"input": "…", "expected": "\'<\'typens id eller navn>", "kind": "message"|"query"\'}\'',
    noteDemoFormat: "  formatet følger filtypen; et navn uden filtype (fx /dev/stdout) giver CSV",
    summaryExplain:
      "Forklar en fejltype: årsag, løsning, hvem der skal handle, og om den skal synkroniseres igen",
    summaryClassify: "Klassificér en rå synkroniseringsfejl som en af de 28 fejltyper",
    summaryEval:
      "Mål klassificeringen på en fil med facit: træfsikkerhed, ubesvarede, sikre forkerte svar",
    summaryList: "Vis fejltyperne, efter kategori",
    summaryImport: "Importér HubSpots eksport fra Sync Health (Eksportér fejl) i fejllageret",
    summaryColumns: "Vis eller glem de kolonnemappinger, der er husket for eksporter",
    summaryStatus: "Åbne synkroniseringsfejl efter kategori og type, og den seneste import",
    summaryDigest: "Vis den daglige oversigt, som den ville blive sendt nu, eller send den nu",
    summarySetup:
      "Tjek HubSpot-egenskaben og Salesforce-feltet, som gensynkronisering bruger; --create opretter egenskaben",
    summaryResync:
      "Synkroniser de åbne fejl af én type igen i portioner af 100; --dry-run viser portionerne; --force sender også poster, der er tjekket som fejlbehæftede eller synkroniseret igen inden for RESYNC_COOLDOWN",
    summaryScan: "Find synkroniseringsfejl gennem HubSpots og Salesforces API'er, uden en eksport",
    summaryMappings: "Tjek at hver mappet HubSpot-egenskab og hvert Salesforce-felt findes",
    summaryRoutes:
      "Tjek routingfilen mod kataloget (og Slack, med et bot-token), og vis hvor hver fejltype sendes hen",
    summaryAudit: "Revisionsloggen over gensynkroniseringer, nyeste først",
    summaryChart:
      "Tegn et diagram over de gemte fejl (udvikling, fordeling efter type eller alder) som en PNG-fil",
    summaryChanges:
      "De ændringer i opsætningen af Salesforce og HubSpot, botten har set, og de fejl, de sandsynligvis startede",
    summaryCorrections: "Vis, fjern eller eksportér de fejltyper, administratorer har rettet",
    summaryDemoData:
      "Skriv en realistisk Sync Health-eksport (alle kategorier, gyldige id'er) til en CSV- eller XLSX-fil",
    summaryDb:
      "Migrér databasen (PostgreSQL på DATABASE_URL, ellers SQLite på DATABASE_PATH), eller kopiér et SQLite-lager over i PostgreSQL",

    unknownCommand: 'ukendt kommando "{name}".',
    unknownCommandNear: 'ukendt kommando "{name}". Mente du "{suggestion}"?',
    helpLists: "{program} --help viser kommandoerne.",
    optionUnknown:
      "der er intet tilvalg {typed}.\nTilvalgene er {names}. Et ord, der begynder med en bindestreg, skal stå efter --, som i: -- {typed}",
    optionUnknownNear:
      "der er intet tilvalg {typed}; mente du {near}?\nTilvalgene er {names}. Et ord, der begynder med en bindestreg, skal stå efter --, som i: -- {typed}",
    isSwitch: '{option} er en kontakt og tager ingen værdi (fjern "={value}").',
    needsValue: "{typed} skal have en værdi, som i {option} '<'værdi>.",
    looksLikeOption:
      '{typed} skal have en værdi, og "{value}" ligner et tilvalg. Skriv {option}={value} for en værdi, der begynder med en bindestreg, fx et negativt tal.',
    noWords: "kommandoen tager ingen ord ud over sine tilvalg.",
    botNoWords: 'botten tager ingen ord ud over --user og --lang (fik "{word}").',
    botUserId: "--user skal være et Slack-bruger-id, f.eks. U0123ABCD.",
    botUsage: "{message}\nBrug: {usage}",
    unknownOptionSomewhere: "et af tilvalgene kender den ikke.",
    badOptionValue: "et tilvalg mangler sin værdi eller har en, det ikke tager.",
    unreadableOptions: "tilvalgene kunne ikke læses.",
    noArguments: "{command} tager ingen argumenter.",
    unexpectedArgument: 'Uventet argument "{argument}".',
    wholeNumber: "{option} skal være et helt tal fra {min, number} til {max, number}.",

    scanNeedsClients:
      "En scanning læser HubSpot og Salesforce: sæt HUBSPOT_ACCESS_TOKEN og SALESFORCE_-variablerne (README, Configuration).",
    scanRunning:
      "En scanning kører allerede i en anden proces, der deler databasen (bottens tidsplan, /syncerror scan eller en anden terminal). Prøv igen, når den er færdig.",
    scanProgress: "Scanner {side}: {read, plural, one {# post} other {# poster}} læst",
    scanRead:
      "{full, select, yes {Fuld scanning} other {Scanning af ændringer siden sidste gang}}: {hubspot, number} HubSpot- og {salesforce, number} Salesforce-poster læst.",
    scanStuck:
      "{stuck, plural, one {# HubSpot-post synkroniserer} other {# HubSpot-poster synkroniserer}} ikke; for {unexplained, number} af dem kan scanningen ikke sige hvorfor.",
    scanCounts:
      "{new, number} nye fejl, {resolved, number} løst. API-kald: {hubspotCalls, number} HubSpot, {salesforceCalls, number} Salesforce.",
    scanMapping: "Problemer med feltmapping (hvert rammer alle poster i parret):",

    digestPostCombined: "--post kan ikke bruges sammen med --print, --json eller --weekly.",
    digestPostNeeds:
      "For at sende skal SLACK_BOT_TOKEN og DIGEST_CHANNEL være sat; --print viser oversigten uden dem.",
    digestPosted: "Oversigten er sendt til {channel}.",
    digestEmpty: "Intet nyt: ingen oversigt sendt (DIGEST_SKIP_EMPTY).",
    digestAlready: "Oversigten for dette minut er allerede håndteret.",
    digestFailed: "Oversigten blev ikke sendt: {reason}.",
    digestWaiting:
      "Oversigten blev ikke sendt: botten er ikke med i {channel}. Skriv /invite @syncerror i kanalen; den kørende bot sender den, så snart den er inviteret.",

    setupMark:
      "{status, select, ok {ok} created {oprettet} missing {MANGLER} wrongType {FORKERT TYPE} notUpdateable {KAN IKKE SKRIVES} other {IKKE SAT OP}}",
    setupReady: "Klar: gensynkronisering kan køre.",
    setupNotReady: "Ikke klar: gensynkronisering nægter at starte, indtil ovenstående er rettet.",

    dbSayWhat: "Sig, hvad der skal ske med databasen: migrate eller copy.",
    dbNeedsFrom: "db copy skal have --from, SQLite-filen der skal kopieres.",
    dbNeedsTo: "db copy skal have en PostgreSQL-database: --to {url} eller DATABASE_URL.",
    dbToPostgres: "--to skal være en postgres://- eller postgresql://-URL.",
    dbCopying: "Kopierede {table}: {rows, plural, one {# række} other {# rækker}}",
    dbCopied:
      "Kopierede {rows, plural, one {# række} other {# rækker}} i {tables, plural, one {# tabel} other {# tabeller}} fra {from} til PostgreSQL på {to} (skema {schema}).",
    dbMigrated: "{backend} på {where}: skema {from} → {to}.",
    dbUpToDate: "{backend} på {where}: allerede på skema {to}, intet at migrere.",

    mappingsSayWhat: "Sig, hvad der skal ske med feltmappingerne: check.",
    mappingsNothing:
      "Intet blev tjekket: hverken HubSpot eller Salesforce er sat op. Sæt HUBSPOT_ACCESS_TOKEN for at tjekke HubSpots egenskaber, og et Salesforce-login (fx SALESFORCE_CLIENT_ID med SALESFORCE_USERNAME og SALESFORCE_PRIVATE_KEY_PATH; de andre måder står i .env.example) for at tjekke Salesforces felter; hver af dem tjekker sin side alene.",
    mappingsMissingHubspot:
      "MANGLER  {pair}: HubSpot-egenskaben {property} (mappet {hubspot} → {salesforce})",
    mappingsMissingSalesforce:
      "MANGLER  {pair}: Salesforce-feltet {field} (mappet {hubspot} → {salesforce})",
    mappingsNotChecked: "IKKE TJEKKET  {side} er ikke sat op.",
    mappingsAllExist:
      "{checked, plural, one {Det # mappede felt findes} other {Alle # mappede felter findes}}{partly, select, yes { på de tjekkede sider} other {}}.",
    mappingsSomeMissing:
      "{missing, plural, other {# af {checked, number} mappede felter mangler}}.",

    auditLimit: "--limit skal være et helt tal fra 1 til {max, number}.",
    auditEmpty: "Revisionsloggen er tom.",

    classifyPaste: "Indsæt beskeden, og tryk så Ctrl-D.",
    classifyStdinEmpty:
      "Der er ingen besked at klassificere: stdin var tom. Giv beskeden som argument, eller send den ind via en pipe.",
    classifyEmpty: "Beskeden, der skal klassificeres, er tom.",
    classifyConfidence: "sikkerhed {confidence}",
    classifyStatusCode: "statuskode {code}",
    classifyInner: "indre fejl: {name}",
    classifyPlainSentence: "lyder som en valideringsregels egen besked",
    classifyCorrected: "som en administrator har rettet den",

    listNoArguments: "list tager ingen argumenter; brug --category {words}.",
    listNoCategory: 'Der er ingen kategori "{wanted}". Kategorierne er: {names}.',

    correctionsSayWhat: "Sig, hvad der skal ske med rettelserne: list, remove {id} eller export.",
    correctionsNone:
      'Ingen fejltype er blevet rettet. En administrator retter en med "Ikke denne type?" i Slack.',
    correctionsEntry:
      "#{id}  {name}  (rettet {at} {by, select, cli {på kommandolinjen} other {af {by}}})",
    correctionsMessage: "  besked: {message}",
    correctionsRemove: "  fjern:  {command}",
    correctionsNotNumber: '"{which}" er ikke et rettelsesnummer.',
    correctionsNoSuch: "Der er ingen rettelse #{which}; {command} viser dem.",
    correctionsRemoved:
      "Rettelse #{which} er fjernet: beskeder som den klassificeres af reglerne igen. En kørende bot ser det ved sin næste start.",

    demoOutRequired: "--out FIL skal angives.",
    demoXlsxRows: "Et .xlsx-regneark kan højst rumme {max, number} rækker; skriv flere som .csv.",
    demoFormat:
      "demo-data skriver .csv- eller .xlsx-filer, ikke {extension}; kald filen ….csv eller ….xlsx.",
    demoWrote: "Skrev {rows, plural, one {# række} other {# rækker}} ({megabytes} MB) til {path}.",

    evalOneFile: "eval tager én fil med facit.",
    evalMiss: "linje {line}: {expected} → {answered} ({confidence}): {input}",
    evalNoAnswer: "(intet svar)",
    evalUnreadable: "{count, plural, one {# linje} other {# linjer}} kunne ikke vurderes:",
    evalNoCases: "Filen har ingen tilfælde med facit.",
    evalNotJson: "linje {line} er ikke gyldig JSON",
    evalNotCase: 'linje {line} skal have en "input"-tekst og en "expected"-type',
    evalUnknownType: 'linje {line} nævner "{type}", som ikke er en af de 28 typer',
    evalColumns: "tilfælde|rigtige|forsvarlige|ubesvarede|sikre forkerte",
    evalAll: "alle",
    evalMessages: "beskeder",
    evalQueries: "søgninger",
    evalMessagesIn: "beskeder på {language}",
    evalNotRight: "Ikke rigtige (forventet → svaret):",
    evalConfusionColumns: "forventet|svaret|tilfælde",

    jsonlAlone: "--jsonl læser sine input fra stdin; giv intet andet input og ikke --json.",
    jsonlUnreadable:
      '{count, plural, one {# inputlinje} other {# inputlinjer}} kunne ikke læses; se "error"-linjerne.',
  },
});

import { defineMessages } from "../define-messages.js";

/**
 * Why an export is refused (the wrong kind of file, too large, damaged, rows it cannot read), why
 * Slack would not hand the bot a file, `/syncerror import`'s how-to, and `syncerror import`'s
 * text on the command line. Sizes (`size`, `limit`) come formatted ("250 MB"); row and column
 * numbers are plain strings, so a row number never gets a thousands separator.
 */
export const files = defineMessages({
  en: {
    empty: "The file is empty.",
    pdf: "This is a PDF, not a CSV or Excel export. In HubSpot, use Export errors and choose CSV or XLSX.",
    oldExcel:
      'This is an old-style Excel file (.xls) or a password-protected workbook, which the bot cannot read. Open it in Excel and use "Save As" to save it as "Excel Workbook (.xlsx)" or CSV, without a password.',
    zip: "This is a ZIP archive, not an Excel workbook (.xlsx). If HubSpot sent the export zipped, unzip it and upload the CSV or XLSX file inside.",
    binary:
      "This is not a CSV or Excel file: it holds binary data. In HubSpot, use Export errors and choose CSV or XLSX.",
    settingProblem: "{setting}: {problem}",
    pathProblem:
      "{code, select, ENOENT {{action, select, read {There is no file {path}.} other {Cannot write {path}: its folder does not exist.}}} EISDIR {{path} is a folder, not a file.} EEXIST {{path} is a file, not a folder.} ENOTDIR {{action, select, read {Cannot read {path}: part of the path is a file, not a folder.} other {Cannot write {path}: part of the path is a file, not a folder.}}} EACCES {{action, select, read {Cannot read {path}: permission denied.} other {Cannot write {path}: permission denied.}}} ENOSPC {Cannot write {path}: the disk is full.} EROFS {Cannot write {path}: the file system is read-only.} ENAMETOOLONG {{action, select, read {Cannot read {path}: the name is too long.} other {Cannot write {path}: the name is too long.}}} other {{action, select, read {Cannot read {path} ({detail}).} other {Cannot write {path} ({detail}).}}}}",
    tooLarge: "The file is {size}; the limit is {limit} (IMPORT_MAX_BYTES).",
    overLimit: "The file is over the limit of {limit} (IMPORT_MAX_BYTES).",
    rowTooLong:
      "Row {row} is too long: {size} without a line break, and a row may be at most {limit}, so the rest of the file cannot be read. Check that the file is an export of sync errors with one error per row, or export them from HubSpot again.",
    quoteNotClosed:
      'Row {row} opens a quoted cell that never closes, so the rest of the file cannot be read. Look for a stray double quote (") in that row, fix it and save the file again.',
    misplacedQuote:
      'Row {row} has a misplaced double quote ("), so the file cannot be read past it. Fix that row and save the file again, or export the errors from HubSpot again.',
    notCsv: "Row {row} cannot be read as CSV ({code}).",
    tooManyCells:
      "Row {row} has {count, number} cells, and an import reads at most {max, number} in a row. Check that the file is an export of sync errors, or export them from HubSpot again.",
    longCell:
      "Row {row}, column {column}, holds {chars, number} characters, and a cell may hold at most {max, number} (Excel's own limit). Check the file, or export the errors from HubSpot again.",
    noWorksheet:
      "This file has no worksheet, so it is not an Excel workbook. In HubSpot, use Export errors and choose CSV or XLSX.",
    damaged:
      "The Excel file cannot be read; it may be damaged. Open it in Excel and save it again as .xlsx or CSV.",
    partTooLarge:
      "The Excel file unpacks to more than an import may read: its part {part} declares {size}, and a workbook may unpack to at most {limit} in all. Export the errors as CSV, or in smaller parts.",
    unpackedTooLarge:
      "The Excel file unpacks to more than an import may read: over {limit} by the time {part} was read, and a workbook may unpack to at most that. Export the errors as CSV, or in smaller parts.",
    longRun:
      "A cell in the Excel file (in {part}) holds more than {max, number} characters, Excel's own limit for a cell: {size} of text without a break. The file was not read; export the errors from HubSpot again.",
    longSharedString:
      "Shared string {index, number} of the Excel file holds more than {max, number} characters, Excel's own limit for a cell. The file was not read; export the errors from HubSpot again.",
    tooManySharedStrings:
      "The Excel file's table of shared texts is larger than an import may read: more than {texts, number} texts, and the limit is {texts, number} texts of {chars, number} characters in all. Export the errors as CSV, or in smaller parts.",
    sharedStringsTooLong:
      "The Excel file's table of shared texts is larger than an import may read: more than {chars, number} characters in {read, number} texts, and the limit is {texts, number} texts of {chars, number} characters in all. Export the errors as CSV, or in smaller parts.",
    allRowsEmpty:
      "The file has no header row: every row is empty. Upload the file as HubSpot exported it.",
    noHeaderRow:
      "The file has no header row: row {row} holds values, not column names. Upload the file as HubSpot exported it, with the column names in its first row.",
    outOfMemory:
      "This file needs more memory than an import may use ({mb} MB), so nothing was imported. Export the errors as CSV, or in smaller parts.",
    tooManyRejected:
      "{rejected} of {rows} rows cannot be used (more than {share}%), so nothing was imported. First problems: {listed}.",
    rejectedRow: "row {row}: {reason}",
    noRecordId: 'no record id: "{value}" is not a Salesforce id and Record ID is empty',
    noRecordIdEmpty: "no record id (Record ID and Salesforce ID are empty)",
    noTypeNorMessage: "no error type and no error message",
    listedRows: "{a}; {b}",
    unknownObjectType: 'unknown object type "{value}"',
    downloadHost: "The file is hosted at {origin}, not at {allowed}; it was not downloaded.",
    downloadRedirects: "Slack redirected the file download too many times.",
    downloadStatus: "Slack answered {status} to the file download; the bot may lack files:read.",
    downloadBroke: "The file download broke off.",
    downloadNotUrl: "Slack gave the file an address that is not a URL.",
    signInPage:
      "Slack sent its sign-in page instead of the file ({detail, select, html {an HTML page} nowhere {a redirect to nowhere} other {a redirect to {detail}}}), so the bot may not read files. Add the files:read scope to the app (it is in manifest.yml), reinstall the app to the workspace, then share the file again.",
    missingFilesRead:
      "I can't read files shared here: the app is installed without the files:read scope. An admin can add it (it is in manifest.yml), reinstall the app to the workspace, and share the export again.",
    howToText: "How to import HubSpot's sync errors",
    howToHeader: "Import sync errors",
    howTo:
      "HubSpot has no API that lists sync errors, so the bot reads the export:\n1. In HubSpot, open *Settings → Integrations → Connected Apps → Salesforce → Sync Health*.\n2. Click *Export errors* and download the CSV or Excel file.\n3. Drop the file {channel, select, none {to me in a direct message} other {in {channel}, or send it to me in a direct message}}. I reply in its thread with what is new, still open and resolved.",
    howToLimits:
      "Files up to {limit}. Each export is a snapshot: errors it no longer lists are marked resolved (when they are many, I ask first). Dropping the same file twice changes nothing.",
    oneFile: "Give exactly one file to import.",
    resolveOrKeep: "Give --resolve-missing or --keep-missing, not both.",
    progress: "Importing {file}: {rows, plural, one {# row} other {# rows}} ({seconds} s)",
    askResolve: "Resolve the {count, number} errors not in the export? [y/N] ",
    keptNoTerminal:
      "The rows are imported, but {count} open errors not in the export are kept open: there is no terminal to ask whether the export was filtered.\nIf it lists every error, resolve them with: {resolve}\nTo keep them open and stop being asked: {keep}",
    sayColumns: "Say which column holds what, and import again:",
    replaceHeader: "Replace '<header>' with the column that holds {fields}.",
    theFields:
      "The fields: {fields}. Once imported, the choice is remembered for files with these columns ({command}).",
    cliUnchanged:
      "{file} is the same file as the last import ({at}); nothing changed. {open, plural, one {# error is} other {# errors are}} open from it.",
    cliImported: "Imported {file}: {rows, plural, one {# row} other {# rows}}.",
    cliCounts:
      "  New {new, number} · still open {open, number} · resolved {resolved, number} · rejected {rejected, number}",
    cliNewByType: "New by error type:",
    cliColumns: "Columns: {columns}",
    cliRejected: "Rejected rows:",
    cliRejectedSome: "Rejected rows (first {shown, number} of {count, number}):",
    cliRejectedRow: "  row {row}: {reason}",
  },
  da: {
    empty: "Filen er tom.",
    pdf: "Det her er en PDF, ikke en CSV- eller Excel-eksport. Brug Export errors i HubSpot, og vælg CSV eller XLSX.",
    oldExcel:
      'Det her er en Excel-fil i det gamle format (.xls) eller en projektmappe med adgangskode, som botten ikke kan læse. Åbn den i Excel, og brug "Gem som" til at gemme den som "Excel-projektmappe (.xlsx)" eller CSV uden adgangskode.',
    zip: "Det her er et ZIP-arkiv, ikke en Excel-projektmappe (.xlsx). Hvis HubSpot sendte eksporten som ZIP, så pak den ud, og upload CSV- eller XLSX-filen, der ligger i den.",
    binary:
      "Det her er ikke en CSV- eller Excel-fil: den indeholder binære data. Brug Export errors i HubSpot, og vælg CSV eller XLSX.",
    settingProblem: "{setting}: {problem}",
    pathProblem:
      "{code, select, ENOENT {{action, select, read {Der er ingen fil {path}.} other {Kan ikke skrive {path}: mappen findes ikke.}}} EISDIR {{path} er en mappe, ikke en fil.} EEXIST {{path} er en fil, ikke en mappe.} ENOTDIR {{action, select, read {Kan ikke læse {path}: en del af stien er en fil, ikke en mappe.} other {Kan ikke skrive {path}: en del af stien er en fil, ikke en mappe.}}} EACCES {{action, select, read {Kan ikke læse {path}: adgang nægtet.} other {Kan ikke skrive {path}: adgang nægtet.}}} ENOSPC {Kan ikke skrive {path}: disken er fuld.} EROFS {Kan ikke skrive {path}: filsystemet er skrivebeskyttet.} ENAMETOOLONG {{action, select, read {Kan ikke læse {path}: navnet er for langt.} other {Kan ikke skrive {path}: navnet er for langt.}}} other {{action, select, read {Kan ikke læse {path} ({detail}).} other {Kan ikke skrive {path} ({detail}).}}}}",
    tooLarge: "Filen fylder {size}; grænsen er {limit} (IMPORT_MAX_BYTES).",
    overLimit: "Filen fylder mere end grænsen på {limit} (IMPORT_MAX_BYTES).",
    rowTooLong:
      "Række {row} er for lang: {size} uden linjeskift, og en række må højst fylde {limit}, så resten af filen kan ikke læses. Tjek, at filen er en eksport af synkroniseringsfejl med én fejl pr. række, eller eksportér dem fra HubSpot igen.",
    quoteNotClosed:
      'Række {row} starter en celle i anførselstegn, som aldrig lukkes, så resten af filen kan ikke læses. Find det overskydende anførselstegn (") i rækken, ret det, og gem filen igen.',
    misplacedQuote:
      'Række {row} har et anførselstegn (") et forkert sted, så filen kan ikke læses længere end dertil. Ret rækken, og gem filen igen, eller eksportér fejlene fra HubSpot igen.',
    notCsv: "Række {row} kan ikke læses som CSV ({code}).",
    tooManyCells:
      "Række {row} har {count, number} celler, og en import læser højst {max, number} i en række. Tjek, at filen er en eksport af synkroniseringsfejl, eller eksportér dem fra HubSpot igen.",
    longCell:
      "Række {row}, kolonne {column}, indeholder {chars, number} tegn, og en celle må højst have {max, number} (Excels egen grænse). Tjek filen, eller eksportér fejlene fra HubSpot igen.",
    noWorksheet:
      "Filen har intet regneark, så den er ikke en Excel-projektmappe. Brug Export errors i HubSpot, og vælg CSV eller XLSX.",
    damaged:
      "Excel-filen kan ikke læses; den er måske beskadiget. Åbn den i Excel, og gem den igen som .xlsx eller CSV.",
    partTooLarge:
      "Excel-filen pakker ud til mere, end en import må læse: delen {part} angiver {size}, og en projektmappe må højst pakke ud til {limit} i alt. Eksportér fejlene som CSV eller i mindre dele.",
    unpackedTooLarge:
      "Excel-filen pakker ud til mere, end en import må læse: over {limit}, da {part} var læst, og mere må en projektmappe ikke pakke ud til. Eksportér fejlene som CSV eller i mindre dele.",
    longRun:
      "En celle i Excel-filen (i {part}) indeholder mere end {max, number} tegn, som er Excels egen grænse for en celle: {size} tekst uden afbrydelse. Filen blev ikke læst; eksportér fejlene fra HubSpot igen.",
    longSharedString:
      "Delt tekst nr. {index, number} i Excel-filen indeholder mere end {max, number} tegn, som er Excels egen grænse for en celle. Filen blev ikke læst; eksportér fejlene fra HubSpot igen.",
    tooManySharedStrings:
      "Excel-filens tabel over delte tekster er større, end en import må læse: mere end {texts, number} tekster, og grænsen er {texts, number} tekster med {chars, number} tegn i alt. Eksportér fejlene som CSV eller i mindre dele.",
    sharedStringsTooLong:
      "Excel-filens tabel over delte tekster er større, end en import må læse: mere end {chars, number} tegn i {read, number} tekster, og grænsen er {texts, number} tekster med {chars, number} tegn i alt. Eksportér fejlene som CSV eller i mindre dele.",
    allRowsEmpty:
      "Filen har ingen overskriftsrække: alle rækker er tomme. Upload filen, som HubSpot eksporterede den.",
    noHeaderRow:
      "Filen har ingen overskriftsrække: række {row} indeholder værdier, ikke kolonnenavne. Upload filen, som HubSpot eksporterede den, med kolonnenavnene i første række.",
    outOfMemory:
      "Filen kræver mere hukommelse, end en import må bruge ({mb} MB), så intet blev importeret. Eksportér fejlene som CSV eller i mindre dele.",
    tooManyRejected:
      "{rejected} af {rows} rækker kan ikke bruges (mere end {share} %), så intet blev importeret. De første problemer: {listed}.",
    rejectedRow: "række {row}: {reason}",
    noRecordId: 'intet post-ID: "{value}" er ikke et Salesforce-ID, og Record ID er tom',
    noRecordIdEmpty: "intet post-ID (Record ID og Salesforce ID er tomme)",
    noTypeNorMessage: "hverken fejltype eller fejlmeddelelse",
    listedRows: "{a}; {b}",
    unknownObjectType: 'ukendt objekttype "{value}"',
    downloadHost: "Filen ligger på {origin}, ikke på {allowed}; den blev ikke hentet.",
    downloadRedirects: "Slack viderestillede hentningen af filen for mange gange.",
    downloadStatus:
      "Slack svarede {status} på hentningen af filen; botten mangler måske files:read.",
    downloadBroke: "Hentningen af filen blev afbrudt.",
    downloadNotUrl: "Slack gav filen en adresse, som ikke er en URL.",
    signInPage:
      "Slack sendte sin loginside i stedet for filen ({detail, select, html {en HTML-side} nowhere {en viderestilling til ingenting} other {en viderestilling til {detail}}}), så botten må ikke læse filer. Føj scopet files:read til appen (det står i manifest.yml), geninstallér appen i workspacet, og del så filen igen.",
    missingFilesRead:
      "Jeg kan ikke læse filer, der deles her: appen er installeret uden scopet files:read. En administrator kan tilføje det (det står i manifest.yml), geninstallere appen i workspacet og dele eksporten igen.",
    howToText: "Sådan importerer du HubSpots synkroniseringsfejl",
    howToHeader: "Importér synkroniseringsfejl",
    howTo:
      "HubSpot har intet API, der viser synkroniseringsfejl, så botten læser eksporten:\n1. Åbn *Indstillinger → Integrationer → Tilsluttede apps → Salesforce → Sync Health* i HubSpot.\n2. Klik på *Export errors*, og hent CSV- eller Excel-filen.\n3. {channel, select, none {Send filen til mig i en direkte besked} other {Læg filen i {channel}, eller send den til mig i en direkte besked}}. Jeg svarer i dens tråd med, hvad der er nyt, stadig åbent og løst.",
    howToLimits:
      "Filer på op til {limit}. Hver eksport er et øjebliksbillede: fejl, den ikke længere viser, markeres som løst (er de mange, spørger jeg først). Lægger du den samme fil to gange, ændrer det intet.",
    oneFile: "Angiv præcis én fil, der skal importeres.",
    resolveOrKeep: "Angiv --resolve-missing eller --keep-missing, ikke begge.",
    progress: "Importerer {file}: {rows, plural, one {# række} other {# rækker}} ({seconds} s)",
    askResolve: "Markér de {count, number} fejl, som ikke er med i eksporten, som løst? [j/N] ",
    keptNoTerminal:
      "Rækkerne er importeret, men {count} åbne fejl, som ikke er med i eksporten, står stadig åbne: der er ingen terminal at spørge, om eksporten var filtreret.\nHvis den indeholder alle fejl, så markér dem som løst med: {resolve}\nFor at lade dem stå åbne og ikke blive spurgt igen: {keep}",
    sayColumns: "Angiv, hvilken kolonne der indeholder hvad, og importér igen:",
    replaceHeader: "Erstat '<header>' med kolonnen, der indeholder {fields}.",
    theFields:
      "Felterne: {fields}. Når filen er importeret, huskes valget for filer med de samme kolonner ({command}).",
    cliUnchanged:
      "{file} er den samme fil som sidste import ({at}); intet er ændret. {open, plural, one {# fejl} other {# fejl}} fra den står stadig åbne.",
    cliImported: "{file} er importeret: {rows, plural, one {# række} other {# rækker}}.",
    cliCounts:
      "  Nye {new, number} · stadig åbne {open, number} · løst {resolved, number} · afvist {rejected, number}",
    cliNewByType: "Nye efter fejltype:",
    cliColumns: "Kolonner: {columns}",
    cliRejected: "Afviste rækker:",
    cliRejectedSome: "Afviste rækker (de første {shown, number} af {count, number}):",
    cliRejectedRow: "  række {row}: {reason}",
  },
});

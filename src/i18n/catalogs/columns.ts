import { defineMessages } from "../define-messages.js";

/**
 * Which column of an export holds what: the question in a dropped file's thread (one menu per
 * field, the Import button), what is wrong with an answer or a `--columns` override, why a file's
 * columns do not do, and `syncerror columns`. `field` is a field's id (`errorType`); `label`
 * says it as people read it. A header is the file's own text and stays as it is.
 */
export const columns = defineMessages({
  en: {
    label:
      "{field, select, errorType {Error type} message {Error message} hubspotId {Record ID} salesforceId {Salesforce ID} objectType {Object type} recordName {Record name} occurredAt {Date} other {{field}}}",
    hint: "{field, select, errorType {needed, or Error message} message {needed, or Error type} hubspotId {HubSpot's id; needed, or Salesforce ID} salesforceId {needed, or Record ID} objectType {contact, company, deal…; without it the ids decide} recordName {optional} other {when it happened; without it, the import time}}",
    fieldLine: "*{label}* · {hint}",
    ask: ":question: I could not tell which columns of *{file}* hold what. Choose the column for each field and press *Import*; I will remember the choice for exports with the same columns.",
    failed:
      ":warning: The import of *{file}* with these columns failed: {problem}\nChange the columns and press *Import* again.",
    placeholder: "The column for {label}",
    notInFile: "— not in this file —",
    importButton: "Import",
    manyColumns:
      "The file has {count} columns; each menu offers the {offered} likeliest for its field. If one you need is not there, import the file from a terminal: `syncerror import '<file>' --columns field=Header,…`.",
    text: "Which columns of {file} hold what? Choose them and press Import.",
    unnamed: "(column {position}, no name)",
    numbered: "{header} (column {position})",
    notOurButton:
      "This Import button was not made by syncerror for a dropped file, so nothing was imported.",
    notOffered: "The columns chosen are not ones the question offered, so nothing was imported.",
    chooseNeeded:
      "Choose a column for {group, select, message {Error type or Error message} other {Record ID or Salesforce ID}}: the import needs one of them.",
    noSuchColumn: "{label} names a column the file does not have.",
    sharedColumn: "{name} is chosen for {labels}; a column can feed one field only.",
    columnNumber: "Column {position}",
    andLabels: "{a} and {b}",
    problems: "{problems}",
    quoted: '"{header}"',
    nothingImported: "{problems} Nothing was imported.",
    fileGone:
      "The file this question is about is no longer in Slack, so nothing was imported. Drop the export again.",
    notHere:
      "This question is not about a file shared here, so nothing was imported. Drop the export again.",
    headersChanged:
      "The file's columns are not the ones the question showed, so nothing was imported. Drop the export again to be asked afresh.",
    needed:
      "No column holds {first, select, message {the error type or the error message} other {a record id}}. The file's columns: {headers}.",
    neededBoth:
      "No column holds the error type or the error message. The file's columns: {headers}. No column holds a record id either.",
    noHeaders: "(none)",
    overrideRefused:
      'The column override "{pair}" {why, select, unclosed {has a quote that is not closed} trailing {has text after its closing quote} other {is not field=Header}}; the fields are {fields}.',
    overrideMissing:
      'The column override names "{wanted}" for {field}, but the file has no such column. Its columns: {headers}.',
    overrideShared:
      'The column override gives "{header}" to both {other} and {field}; a column feeds one field.',
    noneRemembered:
      "No column mapping is remembered. One is, once a file whose columns had to be chosen is imported ({command} import --columns, or the question in Slack).",
    forgotAll:
      "Forgot {count, plural, one {# column mapping} other {# column mappings}}; the next export of each header row will ask again.",
    forgotOne: "Forgot column mapping #{id}; the next export with its columns will ask again.",
    notANumber: '"{which}" is not a mapping number or "all".',
    noSuchMapping: "No column mapping #{id} is remembered; {command} columns list shows them.",
    listOrForget: "Say what to do with the column mappings: list, or forget '<n|all>'.",
    mappingTitle: "#{id}  confirmed {at} {by, select, cli {on the command line} other {by {by}}}",
    mappingHeaders: "  header row: {headers}",
    mappingColumns: "  columns:    {columns}",
  },
  da: {
    label:
      "{field, select, errorType {Fejltype} message {Fejlmeddelelse} hubspotId {Post-ID} salesforceId {Salesforce-ID} objectType {Objekttype} recordName {Postnavn} occurredAt {Dato} other {{field}}}",
    hint: "{field, select, errorType {påkrævet, hvis Fejlmeddelelse mangler} message {påkrævet, hvis Fejltype mangler} hubspotId {HubSpots ID; påkrævet, hvis Salesforce-ID mangler} salesforceId {påkrævet, hvis Post-ID mangler} objectType {kontakt, virksomhed, aftale…; uden den afgør ID'erne det} recordName {valgfri} other {hvornår det skete; uden den tidspunktet for importen}}",
    fieldLine: "*{label}* · {hint}",
    ask: ":question: Jeg kunne ikke se, hvilke kolonner i *{file}* der indeholder hvad. Vælg kolonnen til hvert felt, og tryk på *Importér*; jeg husker valget til eksporter med de samme kolonner.",
    failed:
      ":warning: Importen af *{file}* med disse kolonner mislykkedes: {problem}\nRet kolonnerne, og tryk på *Importér* igen.",
    placeholder: "Kolonnen til {label}",
    notInFile: "— ikke i denne fil —",
    importButton: "Importér",
    manyColumns:
      "Filen har {count} kolonner; hver menu viser de {offered}, der passer bedst til feltet. Mangler en, du skal bruge, så importér filen fra en terminal: `syncerror import '<fil>' --columns felt=Overskrift,…`.",
    text: "Hvilke kolonner i {file} indeholder hvad? Vælg dem, og tryk på Importér.",
    unnamed: "(kolonne {position}, uden navn)",
    numbered: "{header} (kolonne {position})",
    notOurButton:
      "Denne Importér-knap er ikke lavet af syncerror til en delt fil, så intet blev importeret.",
    notOffered: "De valgte kolonner er ikke nogen, spørgsmålet tilbød, så intet blev importeret.",
    chooseNeeded:
      "Vælg en kolonne til {group, select, message {Fejltype eller Fejlmeddelelse} other {Post-ID eller Salesforce-ID}}: importen skal bruge en af dem.",
    noSuchColumn: "{label} peger på en kolonne, filen ikke har.",
    sharedColumn: "{name} er valgt til {labels}; en kolonne kan kun bruges til ét felt.",
    columnNumber: "Kolonne {position}",
    andLabels: "{a} og {b}",
    problems: "{problems}",
    quoted: '"{header}"',
    nothingImported: "{problems} Intet blev importeret.",
    fileGone:
      "Filen, spørgsmålet handler om, er ikke længere i Slack, så intet blev importeret. Del eksporten igen.",
    notHere:
      "Spørgsmålet handler ikke om en fil, der er delt her, så intet blev importeret. Del eksporten igen.",
    headersChanged:
      "Filens kolonner er ikke dem, spørgsmålet viste, så intet blev importeret. Del eksporten igen for at blive spurgt forfra.",
    needed:
      "Ingen kolonne indeholder {first, select, message {fejltypen eller fejlmeddelelsen} other {et post-ID}}. Filens kolonner: {headers}.",
    neededBoth:
      "Ingen kolonne indeholder fejltypen eller fejlmeddelelsen. Filens kolonner: {headers}. Ingen kolonne indeholder heller et post-ID.",
    noHeaders: "(ingen)",
    overrideRefused:
      'Kolonnevalget "{pair}" {why, select, unclosed {har et anførselstegn, der ikke lukkes} trailing {har tekst efter sit afsluttende anførselstegn} other {har ikke formen felt=Overskrift}}; felterne er {fields}.',
    overrideMissing:
      'Kolonnevalget nævner "{wanted}" til {field}, men filen har ingen sådan kolonne. Dens kolonner: {headers}.',
    overrideShared:
      'Kolonnevalget giver "{header}" til både {other} og {field}; en kolonne kan kun bruges til ét felt.',
    noneRemembered:
      "Ingen kolonnemapping er husket. Det bliver der, når en fil, hvis kolonner skulle vælges, er importeret ({command} import --columns eller spørgsmålet i Slack).",
    forgotAll:
      "Glemte {count, plural, one {# kolonnemapping} other {# kolonnemappinger}}; næste eksport med hver overskriftsrække spørger igen.",
    forgotOne: "Glemte kolonnemapping nr. {id}; næste eksport med dens kolonner spørger igen.",
    notANumber: '"{which}" er hverken et mappingnummer eller "all".',
    noSuchMapping: "Kolonnemapping nr. {id} er ikke husket; {command} columns list viser dem.",
    listOrForget: "Sig, hvad der skal ske med kolonnemappingerne: list eller forget '<n|all>'.",
    mappingTitle: "#{id}  bekræftet {at} {by, select, cli {på kommandolinjen} other {af {by}}}",
    mappingHeaders: "  overskriftsrække: {headers}",
    mappingColumns: "  kolonner:         {columns}",
  },
});

import { defineMessages } from "../define-messages.js";

/**
 * The routing file (ROUTES_PATH) and `syncerror routes check`: each problem the file can have, and
 * the routes table. `kind` is the route list a name is in (`types`, `categories`, `actors`);
 * `suggestion` is the name meant, or `none`; `mentions` the user groups, or `none`. The `slack…`
 * messages are `/syncerror routes`'s.
 */
export const routing = defineMessages({
  en: {
    problem: "{text}",
    problemAt: "line {line}: {text}",
    warning: "warning: {text}",
    warningAt: "line {line}, warning: {text}",
    invalidFile:
      "{file} is not a usable routing file: {count, plural, one {# error} other {# errors}}.",
    unreadable:
      "{reason, select, missing {There is no file {file}.} folder {{file} is a folder, not a file.} other {Cannot read {file} ({reason}).}}",
    notYaml: "This is not valid YAML: {reason}.",
    noRoutes:
      "The file must hold a list of routes under `routes:`, each with a `channel` and the `types`, `categories` or `actors` it takes.",
    notRoute:
      "Each route is a set of fields (`channel`, `mention`, `types`, `categories`, `actors`), not a single value.",
    unknownField:
      "“{field}” is not a field here; the fields are {known}.{suggestion, select, none {} other { Did you mean “{suggestion}”?}}",
    missingChannel:
      'This route has no `channel`: give a channel id (C0123ABCD) or a name in quotes ("#sf-admins").',
    unquotedChannel:
      'Put the channel name in quotes (`channel: "#sf-admins"`): without them, YAML reads everything from # on as a comment.',
    unquotedMention:
      'Put the user group in quotes (`mention: "@sf-admins"`): YAML does not let a value start with @.',
    badChannel:
      '“{value}” is not a channel: give its id (C0123ABCD) or its name with # ("#sf-admins", lower case).',
    badMention:
      "“{value}” is not a user group: give its id (S0123ABCD) or its @handle (@sf-admins).",
    notText: "`{field}` must be a single piece of text.",
    notNames: "`{field}` must be a name or a list of names.",
    emptyRoute:
      "{channel, select, none {This route} other {The route to {channel}}} names no error type, category or actor: give it `types`, `categories` or `actors`.",
    unknownType:
      "There is no error type “{name}”.{suggestion, select, none { `syncerror list --json` lists the ids.} other { Did you mean `{suggestion}`?}}",
    unknownCategory:
      "There is no category “{name}”.{suggestion, select, none { The categories are {known}.} other { Did you mean `{suggestion}`?}}",
    unknownActor:
      "There is no actor “{name}”.{suggestion, select, none { The actors are {known}.} other { Did you mean `{suggestion}`?}}",
    routedTwice:
      "{kind, select, types {The error type} categories {The category} other {The actor}} “{name}” is routed twice: here and on line {first}. Name it in one route.",
    routesNothing:
      "The route to {channel} takes no error type: routes by error type win over routes by category, and those over routes by actor; an actor takes only the error types in whose fix they do the most steps.",
    summary:
      "{file}: {routes, plural, one {# route} other {# routes}} to {channels, plural, one {# channel} other {# channels}}.",
    precedence:
      "An error type goes to the route that names it, else to the route of its category, else to the route of who fixes it (who acts most in its fix steps); the rest stay in the main digest, in DIGEST_CHANNEL.",
    channel: "{channel}{mentions, select, none {} other { · mentions {mentions}}}",
    byType: "error type, line {line}",
    byCategory: "category {category}, line {line}",
    byActor: "fixed by {actor}, line {line}",
    noTypes: "(no error type)",
    mainDigest: "Main digest (DIGEST_CHANNEL)",
    allRouted: "(none: every error type is routed)",
    problems:
      "{errors, plural, =0 {No errors} one {# error} other {# errors}} and {warnings, plural, =0 {no warnings} one {# warning} other {# warnings}}:",
    valid: "The routing file is valid.",
    invalid:
      "Fix the {errors, plural, one {error} other {errors}} above: the routing cannot be used with {errors, plural, one {it} other {them}}.",
    noFile:
      "No routing file to check: set ROUTES_PATH, or name the file (`syncerror routes check routes.yaml`).",
    usage: "Say what to do with the routes: `check`.",
    channelNotFound:
      "Slack has no channel {channel} that the bot can see: check the {by, select, name {name} other {id}}. A private channel stays hidden from the bot until someone types `/invite @syncerror` in it.",
    channelArchived:
      "{channel} is archived in Slack, so no digest can go there: unarchive it, or route to another channel.",
    botNotInChannel:
      "The bot is not in {channel}: type `/invite @syncerror` in it; until then its digest waits.",
    usergroupNotFound:
      "Slack has no user group {group}: check its {by, select, handle {handle} other {id}} (Slack lists user groups under People).",
    usergroupDisabled:
      "The user group {group} is disabled in Slack, so mentioning it tells nobody: enable it again, or mention another.",
    slackUnanswered:
      "Slack did not answer {method} ({reason}){scope, select, none {} other {: the bot needs the {scope} scope (manifest.yml); reinstall the app}}, so the {what, select, channels {channels} other {user groups}} are not checked.",
    inSlackChecked:
      "Slack: checked {channels, plural, =0 {no channel} one {# channel} other {# channels}} and {usergroups, plural, =0 {no user group} one {# user group} other {# user groups}}, as the bot sees them.",
    inSlackSkipped:
      "Slack: not checked, as SLACK_BOT_TOKEN is not set. Set it (with SLACK_SIGNING_SECRET or SLACK_APP_TOKEN, as for the bot) to also check that each channel exists, the bot is in it, and each user group exists.",
    slackTitle: "Where the digest's error types go",
    slackChannel:
      "*{channel}*{mentions, select, none {} other { · mentions {mentions}}} · {count, plural, one {# error type} other {# error types}}",
    slackReason:
      "{by, select, types {named by type} categories {category {category}} other {fixed by the {actor}}}: {types}",
    slackMain:
      "*Main digest* {channel, select, none {(DIGEST_CHANNEL is not set)} other {in {channel}}} · {count, plural, one {# error type} other {# error types}} no route takes",
    slackNone:
      "No routing: every error type is in the one digest, in DIGEST_CHANNEL. To send some to other channels (the Salesforce admin's types to #sf-admins, say), write a routing file (see `src/demo/demo-routes.yaml`), check it with `syncerror routes check routes.yaml`, set ROUTES_PATH to it and restart the bot.",
  },
  da: {
    problem: "{text}",
    problemAt: "linje {line}: {text}",
    warning: "advarsel: {text}",
    warningAt: "linje {line}, advarsel: {text}",
    invalidFile:
      "{file} kan ikke bruges som rutefil: {count, plural, one {# fejl} other {# fejl}}.",
    unreadable:
      "{reason, select, missing {Filen {file} findes ikke.} folder {{file} er en mappe, ikke en fil.} other {Kan ikke læse {file} ({reason}).}}",
    notYaml: "Dette er ikke gyldig YAML: {reason}.",
    noRoutes:
      "Filen skal have en liste af ruter under `routes:`, hver med en `channel` og de `types`, `categories` eller `actors`, den tager.",
    notRoute:
      "En rute består af felter (`channel`, `mention`, `types`, `categories`, `actors`), ikke en enkelt værdi.",
    unknownField:
      "“{field}” er ikke et felt her; felterne er {known}.{suggestion, select, none {} other { Mente du “{suggestion}”?}}",
    missingChannel:
      'Ruten har ingen `channel`: angiv et kanal-id (C0123ABCD) eller et navn i anførselstegn ("#sf-admins").',
    unquotedChannel:
      'Sæt kanalens navn i anførselstegn (`channel: "#sf-admins"`): uden dem læser YAML alt fra # og frem som en kommentar.',
    unquotedMention:
      'Sæt brugergruppen i anførselstegn (`mention: "@sf-admins"`): i YAML kan en værdi ikke begynde med @.',
    badChannel:
      '“{value}” er ikke en kanal: angiv dens id (C0123ABCD) eller dens navn med # ("#sf-admins", med små bogstaver).',
    badMention:
      "“{value}” er ikke en brugergruppe: angiv dens id (S0123ABCD) eller dens @-navn (@sf-admins).",
    notText: "`{field}` skal være en enkelt tekst.",
    notNames: "`{field}` skal være et navn eller en liste af navne.",
    emptyRoute:
      "{channel, select, none {Ruten} other {Ruten til {channel}}} nævner ingen fejltype, kategori eller aktør: giv den `types`, `categories` eller `actors`.",
    unknownType:
      "Der findes ingen fejltype “{name}”.{suggestion, select, none { `syncerror list --json` viser id'erne.} other { Mente du `{suggestion}`?}}",
    unknownCategory:
      "Der findes ingen kategori “{name}”.{suggestion, select, none { Kategorierne er {known}.} other { Mente du `{suggestion}`?}}",
    unknownActor:
      "Der findes ingen aktør “{name}”.{suggestion, select, none { Aktørerne er {known}.} other { Mente du `{suggestion}`?}}",
    routedTwice:
      "{kind, select, types {Fejltypen} categories {Kategorien} other {Aktøren}} “{name}” har to ruter: her og i linje {first}. Nævn den kun i én rute.",
    routesNothing:
      "Ruten til {channel} får ingen fejltyper: ruter efter fejltype går forud for ruter efter kategori, og de igen for ruter efter aktør; en aktør får kun de fejltyper, hvor aktøren selv udfører flest trin i rettelsen.",
    summary:
      "{file}: {routes, plural, one {# rute} other {# ruter}} til {channels, plural, one {# kanal} other {# kanaler}}.",
    precedence:
      "En fejltype går til ruten, der nævner den, ellers til ruten for dens kategori, ellers til ruten for den, der retter den (den, der udfører flest trin i rettelsen); resten bliver i hovedoversigten i DIGEST_CHANNEL.",
    channel: "{channel}{mentions, select, none {} other { · nævner {mentions}}}",
    byType: "fejltype, linje {line}",
    byCategory: "kategori {category}, linje {line}",
    byActor: "rettes af {actor}, linje {line}",
    noTypes: "(ingen fejltyper)",
    mainDigest: "Hovedoversigten (DIGEST_CHANNEL)",
    allRouted: "(ingen: alle fejltyper har en rute)",
    problems:
      "{errors, plural, =0 {Ingen fejl} one {# fejl} other {# fejl}} og {warnings, plural, =0 {ingen advarsler} one {# advarsel} other {# advarsler}}:",
    valid: "Rutefilen er gyldig.",
    invalid:
      "Ret {errors, plural, one {fejlen} other {fejlene}} ovenfor: ruterne kan ikke bruges, før de er rettet.",
    noFile:
      "Ingen rutefil at tjekke: sæt ROUTES_PATH, eller angiv filen (`syncerror routes check routes.yaml`).",
    usage: "Sig, hvad der skal gøres med ruterne: `check`.",
    channelNotFound:
      "Slack har ingen kanal {channel}, som botten kan se: tjek {by, select, name {navnet} other {id'et}}. En privat kanal er skjult for botten, indtil nogen skriver `/invite @syncerror` i den.",
    channelArchived:
      "{channel} er arkiveret i Slack, så der kan ikke sendes oversigter dertil: genåbn den, eller send ruten til en anden kanal.",
    botNotInChannel:
      "Botten er ikke med i {channel}: skriv `/invite @syncerror` i kanalen; indtil da venter dens oversigt.",
    usergroupNotFound:
      "Slack har ingen brugergruppe {group}: tjek dens {by, select, handle {@-navn} other {id}} (Slack viser brugergrupperne under Personer).",
    usergroupDisabled:
      "Brugergruppen {group} er deaktiveret i Slack, så ingen får besked, når den nævnes: aktivér den igen, eller nævn en anden.",
    slackUnanswered:
      "Slack svarede ikke på {method} ({reason}){scope, select, none {} other {: botten mangler tilladelsen {scope} (manifest.yml); geninstallér appen}}, så {what, select, channels {kanalerne} other {brugergrupperne}} er ikke tjekket.",
    inSlackChecked:
      "Slack: {channels, plural, =0 {ingen kanaler} one {# kanal} other {# kanaler}} og {usergroups, plural, =0 {ingen brugergrupper} one {# brugergruppe} other {# brugergrupper}} tjekket, som botten ser dem.",
    inSlackSkipped:
      "Slack: ikke tjekket, da SLACK_BOT_TOKEN ikke er sat. Sæt den (sammen med SLACK_SIGNING_SECRET eller SLACK_APP_TOKEN, som til botten) for også at tjekke, at hver kanal findes, at botten er med i den, og at hver brugergruppe findes.",
    slackTitle: "Hvor oversigtens fejltyper sendes hen",
    slackChannel:
      "*{channel}*{mentions, select, none {} other { · nævner {mentions}}} · {count, plural, one {# fejltype} other {# fejltyper}}",
    slackReason:
      "{by, select, types {nævnt ved navn} categories {kategorien {category}} other {rettes af {actor}}}: {types}",
    slackMain:
      "*Hovedoversigten* {channel, select, none {(DIGEST_CHANNEL er ikke sat)} other {i {channel}}} · {count, plural, one {# fejltype} other {# fejltyper}} uden rute",
    slackNone:
      "Ingen ruter: alle fejltyper står i den samme oversigt i DIGEST_CHANNEL. Vil du sende nogle af dem til andre kanaler (fx Salesforce-administratorens typer til #sf-admins), så skriv en rutefil (se `src/demo/demo-routes.yaml`), tjek den med `syncerror routes check routes.yaml`, sæt ROUTES_PATH til den, og genstart botten.",
  },
});

import { defineMessages } from "../define-messages.js";

/**
 * Resyncs, wherever a person reads them: `/syncerror resync`'s offer and its confirm dialogs, the
 * answer to a click on records resynced lately, the note once a job started, the progress message
 * and the summary in the channel (failures by type, skipped records and why, "Resync anyway" for
 * records the preflight held back), who may start one, why one was refused, and `syncerror resync`
 * in the terminal (dry run, progress, summary, a job held elsewhere).
 *
 * `type` is an error type's name without a trailing "error" (English says "Unknown errors", not
 * "Unknown error errors"); `name` is its whole name, escaped for mrkdwn where the message is
 * mrkdwn. `line` is a job's progress line (`progressLine`), `said` who resynced records lately
 * (`recentOne`/`recentMany`). ICU reads `<…>` as a tag, so a mention (`<@U0ANN>`, a user
 * group's `<!subteam^S0>`) is a value, never written here. The reasons a record was skipped are stored in English (the database
 * and `--json` keep them stable) and said here at display (`skip*`, `heldBack*`).
 */
export const resync = defineMessages({
  en: {
    offerText:
      "{errors, plural, one {# open {type} error} other {# open {type} errors}}: {records, plural, one {# record} other {# records}} to resync in {batches, plural, one {# batch} other {# batches}}.",
    offerSection:
      "*{errors, plural, one {# open {type} error} other {# open {type} errors}}*: {records, plural, one {# record} other {# records}} to resync in {batches, plural, one {# batch} other {# batches}} of up to 100.{skipped, plural, =0 {} one { # lacks the id a resync needs and would be skipped.} other { # lack the id a resync needs and would be skipped.}}",
    offerHint:
      "Fix the cause first: a resync only asks the integration to try again. `/syncerror explain` says how.",
    noOpen: "There are no open {type} errors to resync.",
    noIdOne: "The open {type} error lacks the record id a resync needs.",
    noIdMany: "None of the {open, number} open {type} errors has the record id a resync needs.",

    recentReason:
      "resynced {unit, select, now {just now} minute {{amount, plural, one {# minute ago} other {# minutes ago}}} hour {{amount, plural, one {# hour ago} other {# hours ago}}} other {{amount, plural, one {# day ago} other {# days ago}}}} by {by, select, cli {the CLI} other {{who}}} (job {job})",
    recentOne:
      "{head, select, it {It was} all {All {total, number} were} other {{count, number} of {total, number} {count, plural, one {was} other {were}}}} {reason}",
    recentMany:
      "{head, select, it {It was} all {All {total, number} were} other {{count, number} of {total, number} {count, plural, one {was} other {were}}}} resynced within the cooldown: {clauses}",
    recentClause: "{count, number} {reason}",
    recentText:
      "{said}{skip, select, yes {; they will be skipped. The other {records, plural, one {# record} other {# records}} can be resynced now.} other {, so there is nothing else to resync. The integration needs time to sync them (RESYNC_COOLDOWN).}} Nothing was started yet.",
    recentFallback: "Resync of {name}: {text}",
    recentSection: ":hourglass: *Resync of {name}*: {text}",
    otherButton:
      "Resync the other {records, number} ({batches, plural, one {# batch} other {# batches}})",
    otherConfirm:
      "Marks {records, plural, one {# record} other {# records}} with *{name}* for the integration to sync again. {said}; they will be skipped.",
    anywayButton: "Resync anyway ({records, number})",
    anywayTitle: "Resync anyway?",
    anywayConfirm: "Resync anyway",
    anywayRecentText:
      "Sends all {records, plural, one {# record} other {# records}} with *{name}* again, including the {recent, number} resynced within the cooldown. That spends the API calls twice.",
    heldBackText:
      "{records, plural, one {Sends the record the check still finds broken ({name}). It will most likely fail again until the cause is fixed.} other {Sends the # records the check still finds broken ({name}). They will most likely fail again until the cause is fixed.}}",

    startedNote: "Resync of {name} started (job {job}); its progress follows in the channel.",
    startedInMessages:
      "Resync of {name} started (job {job}); its progress follows in your messages with me, and on the Home tab.",
    progressLine:
      "{hasBatches, select, yes {batch {current, number} of {batches, number} · } other {}}{settled, number}/{total, plural, one {# record} other {# records}} · {failed, number} failed{skipped, plural, =0 {} other { · # skipped}}",
    progressText: "Resyncing {name}: {line}",
    progressSection: ":arrows_counterclockwise: *Resyncing {name}* · {line}",
    startedBy: "Started by {user} · job {job}",
    startedByAudit: "Started by {user} · job {job} · `syncerror audit`",
    running:
      "A resync of {name} is already running (job {job}, started by {by, select, other {{who}}}): {line}. No second one was started.",

    summaryTitle:
      "{status, select, done {:white_check_mark: *Resync of {name} finished*} other {:warning: *Resync of {name} stopped*}}",
    summaryCounts:
      "{total, number} requested · {accepted, number} accepted · {failed, number} failed again · {skipped, number} skipped{pending, plural, =0 {} other { · # not sent}}",
    whyStopped:
      "*Why it stopped:* {detail}\nThe records not sent are still open; start the resync again once this is fixed.",
    failedTitle: "*Failed again*",
    failedLine: "• {name}: {count, number}",
    skippedTitle: "*Skipped*",
    skippedLine: "• {count, number}: {reason}",
    summaryText:
      "Resync of {name} {status, select, done {finished} other {stopped}}: {accepted} accepted, {failed} failed again, {skipped} skipped.",

    skipped: "skipped",
    skipNoHubspotId: "cannot resync: no HubSpot id",
    skipNoSalesforceId: "cannot resync: no Salesforce id",
    skipNoBatchUpdate: "cannot resync: HubSpot {object} records have no batch update",
    skipUnsupported: "cannot resync: Salesforce {prefix} records are not supported",
    heldBackStill: "held back: the check still finds {name}",
    heldBackCheckFailed: "held back: the check before sending could not run: {error}",

    notAvailable: "Resync is not available in this bot; nothing was started.",
    unknownButton:
      "This Resync button is unknown or has expired (buttons last 7 days), so nothing was started. `/syncerror resync '<error type>'` gives a fresh one.",
    unknownType: "This Resync button names an unknown error type.",
    accessOff:
      "Resync is off: nobody is allowed to start one yet. An admin turns it on by setting RESYNC_ALLOWED_USERS (Slack user ids) or RESYNC_ALLOWED_USERGROUP (a user group id) and restarting the bot.",
    accessUnreadable:
      "I could not read the members of {group} to check that you may start a resync, so none was started. Check that the app has the usergroups:read scope.",
    accessOnly:
      "Only {shape, select, more {{head} or } other {}}{group, select, none {{last}} other {members of {groupMention}}} may start a resync. Nothing was started; ask {several, select, yes {one of them} other {them}}.",

    noMatch:
      'No error type matches "{query}".{hasNearest, select, yes { Did you mean: {nearest}?} other {}}',
    refusedRecent:
      "{head, select, it {It was} all {All {total, number} were} other {{count, number} of {total, number} {count, plural, one {was} other {were}}}} resynced {jobs, plural, one {} other {within the cooldown, last }}{unit, select, now {just now} minute {{amount, plural, one {# minute ago} other {# minutes ago}}} hour {{amount, plural, one {# hour ago} other {# hours ago}}} other {{amount, plural, one {# day ago} other {# days ago}}}} by {by, select, cli {the CLI} other {{who}}} (job {job}), so nothing was sent: the integration needs time to sync them (RESYNC_COOLDOWN). Resync anyway (--force in the terminal) sends them again.",
    triggersNotReady:
      "The resync triggers are not ready, so nothing was sent. {lines} Run syncerror setup.",
    allocation:
      "Salesforce has {remaining, number} of {max, number} daily API calls left; this resync needs {calls} and must leave {keep, number} (RESYNC_SALESFORCE_RESERVE) for HubSpot's connector. Try after the allocation recovers.",

    cliUsage: "Name the error type to resync, e.g. syncerror resync Invalid email.",
    cliProgress: "Resyncing: {line}",
    cliDryRun:
      "Dry run: {records, plural, one {# {type} record} other {# {type} records}} in {hubspot, plural, one {# HubSpot batch} other {# HubSpot batches}} and {salesforce, plural, one {# Salesforce batch} other {# Salesforce batches}}. Nothing was sent.",
    cliBatch:
      "  batch {batch}: {system} {object}, {records, plural, one {# record} other {# records}} ({sample})",
    cliSkipped: "  skipped {count}: {reason}",
    cliFailedAgain: "  failed again {count}: {code}",
    cliElsewhere:
      "Resync job {job} of {type} is running in another process sharing the database{holder, select, yes { ({owner}, its lease renewed until {until})} other {}}, which sends the rest.{sentHere, select, yes { This process stopped sending when it did.} other {}}",
    cliSoFar:
      "  so far: {accepted} accepted · {failed} failed again · {skipped} skipped · {pending} not sent yet",
    cliElsewhereHint:
      "  How it ends shows in {program} audit once it has finished. Should that process have died on another machine, run this again after its lease: it takes the job over.",
    cliFinished:
      "{resumed, select, yes {Resumed and finished} other {Finished}} resync job {job} of {type}: {status, select, other {{status}}}.",
    cliCounts:
      "  {total} requested · {accepted} accepted · {failed} failed again · {skipped} skipped{pending, plural, =0 {} other { · {pending} not sent}}",
  },
  da: {
    offerText:
      "{errors, plural, one {# åben fejl af typen {type}} other {# åbne fejl af typen {type}}}: {records, plural, one {# post} other {# poster}} at synkronisere igen i {batches, plural, one {# omgang} other {# omgange}}.",
    offerSection:
      "*{errors, plural, one {# åben fejl af typen {type}} other {# åbne fejl af typen {type}}}*: {records, plural, one {# post} other {# poster}} at synkronisere igen i {batches, plural, one {# omgang} other {# omgange}} med op til 100 ad gangen.{skipped, plural, =0 {} one { # mangler det id, der skal til for at synkronisere igen, og bliver sprunget over.} other { # mangler det id, der skal til for at synkronisere igen, og bliver sprunget over.}}",
    offerHint:
      "Ret årsagen først: en ny synkronisering beder kun integrationen om at prøve igen. `/syncerror explain` fortæller hvordan.",
    noOpen: "Der er ingen åbne fejl af typen {type} at synkronisere igen.",
    noIdOne:
      "Den åbne fejl af typen {type} mangler det post-id, der skal til for at synkronisere igen.",
    noIdMany:
      "Ingen af de {open, number} åbne fejl af typen {type} har det post-id, der skal til for at synkronisere igen.",

    recentReason:
      "synkroniseret igen {unit, select, now {for et øjeblik siden} minute {for {amount, plural, one {# minut} other {# minutter}} siden} hour {for {amount, plural, one {# time} other {# timer}} siden} other {for {amount, plural, one {# dag} other {# dage}} siden}} af {by, select, cli {kommandolinjen} other {{who}}} (job {job})",
    recentOne:
      "{head, select, it {Den blev} all {Alle {total, number} blev} other {{count, number} af {total, number} {count, plural, one {blev} other {blev}}}} {reason}",
    recentMany:
      "{head, select, it {Den blev} all {Alle {total, number} blev} other {{count, number} af {total, number} {count, plural, one {blev} other {blev}}}} synkroniseret igen inden for ventetiden: {clauses}",
    recentClause: "{count, number} {reason}",
    recentText:
      "{said}{skip, select, yes {; de bliver sprunget over. {records, plural, one {Den sidste post} other {De øvrige # poster}} kan synkroniseres igen nu.} other {, så der er ikke mere at synkronisere igen. Integrationen skal have tid til at synkronisere dem (RESYNC_COOLDOWN).}} Der er ikke startet noget endnu.",
    recentFallback: "Ny synkronisering af {name}: {text}",
    recentSection: ":hourglass: *Ny synkronisering af {name}*: {text}",
    otherButton:
      "Synkroniser de øvrige {records, number} igen ({batches, plural, one {# omgang} other {# omgange}})",
    otherConfirm:
      "Markerer {records, plural, one {# post} other {# poster}} med *{name}*, så integrationen synkroniserer {records, plural, one {den} other {dem}} igen. {said}; de bliver sprunget over.",
    anywayButton: "Synkroniser igen alligevel ({records, number})",
    anywayTitle: "Synkroniser igen alligevel?",
    anywayConfirm: "Synkroniser igen alligevel",
    anywayRecentText:
      "Sender alle {records, plural, one {# post} other {# poster}} med *{name}* igen, også de {recent, number}, der blev synkroniseret igen inden for ventetiden. Det bruger API-kaldene to gange.",
    heldBackText:
      "{records, plural, one {Sender den post, som tjekket stadig finder fejl i ({name}). Den fejler sandsynligvis igen, indtil årsagen er rettet.} other {Sender de # poster, som tjekket stadig finder fejl i ({name}). De fejler sandsynligvis igen, indtil årsagen er rettet.}}",

    startedNote:
      "Den nye synkronisering af {name} er startet (job {job}); du kan følge den i kanalen.",
    startedInMessages:
      "Den nye synkronisering af {name} er startet (job {job}); du kan følge den i dine beskeder med mig og på fanen Hjem.",
    progressLine:
      "{hasBatches, select, yes {omgang {current, number} af {batches, number} · } other {}}{settled, number}/{total, plural, one {# post} other {# poster}} · {failed, number} fejlet{skipped, plural, =0 {} other { · # sprunget over}}",
    progressText: "Synkroniserer {name} igen: {line}",
    progressSection: ":arrows_counterclockwise: *Synkroniserer {name} igen* · {line}",
    startedBy: "Startet af {user} · job {job}",
    startedByAudit: "Startet af {user} · job {job} · `syncerror audit`",
    running:
      "{name} bliver allerede synkroniseret igen (job {job}, startet af {by, select, cli {kommandolinjen} other {{who}}}): {line}. Der blev ikke startet en kørsel mere.",

    summaryTitle:
      "{status, select, done {:white_check_mark: *Den nye synkronisering af {name} er færdig*} other {:warning: *Den nye synkronisering af {name} er stoppet*}}",
    summaryCounts:
      "{total, number} i alt · {accepted, number} modtaget · {failed, number} fejlede igen · {skipped, number} sprunget over{pending, plural, =0 {} other { · # ikke sendt}}",
    whyStopped:
      "*Hvorfor den stoppede:* {detail}\nPosterne, der ikke blev sendt, står stadig åbne; start synkroniseringen igen, når det er rettet.",
    failedTitle: "*Fejlede igen*",
    failedLine: "• {name}: {count, number}",
    skippedTitle: "*Sprunget over*",
    skippedLine: "• {count, number}: {reason}",
    summaryText:
      "Den nye synkronisering af {name} er {status, select, done {færdig} other {stoppet}}: {accepted} modtaget, {failed} fejlede igen, {skipped} sprunget over.",

    skipped: "sprunget over",
    skipNoHubspotId: "kan ikke synkroniseres igen: intet HubSpot-id",
    skipNoSalesforceId: "kan ikke synkroniseres igen: intet Salesforce-id",
    skipNoBatchUpdate:
      "kan ikke synkroniseres igen: HubSpot kan ikke opdatere {object} samlet i omgange",
    skipUnsupported:
      "kan ikke synkroniseres igen: Salesforce-poster med præfikset {prefix} understøttes ikke",
    heldBackStill: "holdt tilbage: tjekket finder stadig {name}",
    heldBackCheckFailed: "holdt tilbage: tjekket før afsendelsen kunne ikke køre: {error}",

    notAvailable: "Denne bot kan ikke synkronisere igen; der blev ikke startet noget.",
    unknownButton:
      "Denne knap til at synkronisere igen er ukendt eller udløbet (knapperne gælder i 7 dage), så der blev ikke startet noget. `/syncerror resync '<fejltype>'` giver en ny.",
    unknownType: "Denne knap til at synkronisere igen nævner en ukendt fejltype.",
    accessOff:
      "Ny synkronisering er slået fra: ingen må starte en endnu. En administrator slår det til ved at sætte RESYNC_ALLOWED_USERS (Slack-bruger-id'er) eller RESYNC_ALLOWED_USERGROUP (et brugergruppe-id) og genstarte botten.",
    accessUnreadable:
      "Jeg kunne ikke læse medlemmerne af {group} for at tjekke, at du må starte en ny synkronisering, så der blev ikke startet nogen. Tjek, at appen har scopet usergroups:read.",
    accessOnly:
      "Kun {shape, select, more {{head} eller } other {}}{group, select, none {{last}} other {medlemmer af {groupMention}}} må starte en ny synkronisering. Der blev ikke startet noget; spørg {several, select, yes {en af dem} other {dem}}.",

    noMatch:
      'Ingen fejltype passer til "{query}".{hasNearest, select, yes { Mente du: {nearest}?} other {}}',
    refusedRecent:
      "{head, select, it {Den blev} all {Alle {total, number} blev} other {{count, number} af {total, number} {count, plural, one {blev} other {blev}}}} synkroniseret igen {jobs, plural, one {} other {inden for ventetiden, senest }}{unit, select, now {for et øjeblik siden} minute {for {amount, plural, one {# minut} other {# minutter}} siden} hour {for {amount, plural, one {# time} other {# timer}} siden} other {for {amount, plural, one {# dag} other {# dage}} siden}} af {by, select, cli {kommandolinjen} other {{who}}} (job {job}), så intet blev sendt: integrationen skal have tid til at synkronisere dem (RESYNC_COOLDOWN). Synkroniser igen alligevel (--force i terminalen) sender dem igen.",
    triggersNotReady:
      "Udløserne for at synkronisere igen er ikke klar, så intet blev sendt. {lines} Kør syncerror setup.",
    allocation:
      "Salesforce har {remaining, number} af {max, number} daglige API-kald tilbage; denne synkronisering kræver {calls} og skal efterlade {keep, number} (RESYNC_SALESFORCE_RESERVE) til HubSpots connector. Prøv igen, når kvoten er fyldt op.",

    cliUsage:
      "Angiv fejltypen, der skal synkroniseres igen, f.eks. syncerror resync Invalid email.",
    cliProgress: "Synkroniserer igen: {line}",
    cliDryRun:
      "Prøvekørsel: {records, plural, one {# post} other {# poster}} med {type} i {hubspot, plural, one {# HubSpot-omgang} other {# HubSpot-omgange}} og {salesforce, plural, one {# Salesforce-omgang} other {# Salesforce-omgange}}. Intet blev sendt.",
    cliBatch:
      "  omgang {batch}: {system} {object}, {records, plural, one {# post} other {# poster}} ({sample})",
    cliSkipped: "  sprunget over {count}: {reason}",
    cliFailedAgain: "  fejlede igen {count}: {code}",
    cliElsewhere:
      "Job {job} med {type} kører i en anden proces, der deler databasen{holder, select, yes { ({owner}, som holder jobbet indtil {until})} other {}}, og den sender resten.{sentHere, select, yes { Denne proces holdt op med at sende, da den tog over.} other {}}",
    cliSoFar:
      "  indtil nu: {accepted} modtaget · {failed} fejlede igen · {skipped} sprunget over · {pending} ikke sendt endnu",
    cliElsewhereHint:
      "  Hvordan det ender, ses i {program} audit, når jobbet er færdigt. Er den proces gået ned på en anden maskine, så kør dette igen, når den tid er gået: så overtager denne proces jobbet.",
    cliFinished:
      "{resumed, select, yes {Genoptog og afsluttede} other {Afsluttede}} job {job} med {type}: {status, select, done {færdig} failed {fejlet} other {{status}}}.",
    cliCounts:
      "  {total} i alt · {accepted} modtaget · {failed} fejlede igen · {skipped} sprunget over{pending, plural, =0 {} other { · {pending} ikke sendt}}",
  },
});

import { defineMessages } from "../define-messages.js";

/**
 * The Home tab's dashboard (issue 18): open errors by category with the change since yesterday,
 * running resyncs, the last import and scan, the person's types and the snoozed ones, the largest
 * types, and what is configured or missing with the command that sets it. `{date}` is a Slack date,
 * `{name}` an error type's name, `{category}` a category's name.
 */
export const home = defineMessages({
  en: {
    title: "Sync errors at a glance",
    total:
      "*{open, plural, =0 {No open errors} one {# open error} other {# open errors}}* · {change, select, 0 {no change since yesterday} other {{change} since yesterday}}",
    category: "{category}: *{open}* ({change, select, 0 {±0} other {{change}}})",
    noErrors: "Nothing is open. Import an export (share it with me) or run `/syncerror scan`.",
    chartTitle: "Open errors by type",
    jobsTitle: "Running resyncs",
    job: "*{name}*: {settled} of {total, plural, one {# batch} other {# batches}} done · started by {by} {date}",
    noJobs: "No resync is running.",
    activityTitle: "Last import and scan",
    lastImport:
      "Import {date}: {rows, plural, one {# row} other {# rows}}, {added, number} new, {resolved, number} resolved{rejected, plural, =0 {} other {, # rejected}}",
    noImport: "No export imported yet: share one with me in a channel, or `syncerror import`.",
    lastScan: "Scan {date}: {added, number} new, {resolved, number} resolved",
    noScan: "No scan yet: `/syncerror scan`.",
    mineTitle: "Your types",
    mine: "*{name}* · {open} open · yours since {date}",
    noMine: "You own no type. Take one from its ⋯ menu in the digest or `/syncerror status`.",
    snoozedTitle: "Snoozed and muted",
    snoozed: "*{name}* · {state} · by {by}",
    largestTitle: "Largest types",
    largest: "*{name}* · {open} open",
    explain: "Explain",
    setupTitle: "Setup",
    digestOn: ":white_check_mark: Digest `{cron}` ({timezone}) in {channel}",
    digestOff: ":warning: No digest channel: set `DIGEST_CHANNEL`",
    resyncOn: ":white_check_mark: Resync allowed for {who}",
    resyncOff:
      ":warning: Nobody may resync: set `RESYNC_ALLOWED_USERS` or `RESYNC_ALLOWED_USERGROUP`",
    scanOn: ":white_check_mark: Scan `{cron}`",
    hubspotOff:
      ":warning: HubSpot not connected: set `HUBSPOT_ACCESS_TOKEN`, then `syncerror setup`",
    salesforceOff: ":warning: Salesforce not connected: set `SALESFORCE_*`, then `syncerror setup`",
    triggersHint: ":information_source: Resync triggers: `syncerror setup` checks and creates them",
    triggerReady:
      ":white_check_mark: {system, select, hubspot {HubSpot property} other {Salesforce field}} `{name}` ready for resyncs (checked {date})",
    triggerHubspotMissing:
      ":warning: HubSpot property `{name}` missing on {objects} (checked {date}): run `syncerror setup --create`",
    triggerHubspotWrongType:
      ":warning: HubSpot property `{name}` on {objects} is not a date-time property (checked {date}): change it or set another `RESYNC_HUBSPOT_PROPERTY`, then `syncerror setup`",
    triggerSalesforceMissing:
      ":warning: Salesforce field `{name}` missing on {objects} (checked {date}): a Salesforce admin adds it as Date/Time, writable by the integration user, then `syncerror setup`",
    triggerSalesforceWrongType:
      ":warning: Salesforce field `{name}` on {objects} is not Date/Time (checked {date}): change it or set another `RESYNC_SALESFORCE_FIELD`, then `syncerror setup`",
    triggerSalesforceNotUpdateable:
      ":warning: The integration user cannot write the Salesforce field `{name}` on {objects} (checked {date}): give it edit access, then `syncerror setup`",
    triggersMapping:
      ":information_source: Resyncs also need `{property}` mapped to `{field}` (`Two-way`) in HubSpot's Salesforce field mappings, which the bot cannot see: `syncerror setup` says where",
    updated: "Updated {date}",
    answerTitle: "syncerror",
    answerClose: "Close",
  },
  da: {
    title: "Synkroniseringsfejl i overblik",
    total:
      "*{open, plural, =0 {Ingen åbne fejl} one {# åben fejl} other {# åbne fejl}}* · {change, select, 0 {uændret siden i går} other {{change} siden i går}}",
    category: "{category}: *{open}* ({change, select, 0 {±0} other {{change}}})",
    noErrors: "Intet er åbent. Importér en eksport (del den med mig), eller kør `/syncerror scan`.",
    chartTitle: "Åbne fejl efter type",
    jobsTitle: "Igangværende gensynkroniseringer",
    job: "*{name}*: {settled} af {total, plural, one {# parti} other {# partier}} færdige · startet af {by} {date}",
    noJobs: "Ingen gensynkronisering kører.",
    activityTitle: "Seneste import og scanning",
    lastImport:
      "Import {date}: {rows, plural, one {# række} other {# rækker}}, {added, number} nye, {resolved, number} løst{rejected, plural, =0 {} other {, # afvist}}",
    noImport:
      "Ingen eksport importeret endnu: del en med mig i en kanal, eller brug `syncerror import`.",
    lastScan: "Scanning {date}: {added, number} nye, {resolved, number} løst",
    noScan: "Ingen scanning endnu: `/syncerror scan`.",
    mineTitle: "Dine typer",
    mine: "*{name}* · {open} åbne · din siden {date}",
    noMine: "Du ejer ingen type. Tag en fra dens ⋯-menu i oversigten eller `/syncerror status`.",
    snoozedTitle: "Udsat og slået fra",
    snoozed: "*{name}* · {state} · af {by}",
    largestTitle: "Største typer",
    largest: "*{name}* · {open} åbne",
    explain: "Forklar",
    setupTitle: "Opsætning",
    digestOn: ":white_check_mark: Oversigt `{cron}` ({timezone}) i {channel}",
    digestOff: ":warning: Ingen kanal til oversigten: sæt `DIGEST_CHANNEL`",
    resyncOn: ":white_check_mark: Gensynkronisering tilladt for {who}",
    resyncOff:
      ":warning: Ingen må gensynkronisere: sæt `RESYNC_ALLOWED_USERS` eller `RESYNC_ALLOWED_USERGROUP`",
    scanOn: ":white_check_mark: Scanning `{cron}`",
    hubspotOff:
      ":warning: HubSpot er ikke forbundet: sæt `HUBSPOT_ACCESS_TOKEN`, og kør så `syncerror setup`",
    salesforceOff:
      ":warning: Salesforce er ikke forbundet: sæt `SALESFORCE_*`, og kør så `syncerror setup`",
    triggersHint:
      ":information_source: Udløsere til gensynkronisering: `syncerror setup` tjekker og opretter dem",
    triggerReady:
      ":white_check_mark: {system, select, hubspot {HubSpot-egenskaben} other {Salesforce-feltet}} `{name}` er klar til gensynkronisering (tjekket {date})",
    triggerHubspotMissing:
      ":warning: HubSpot-egenskaben `{name}` mangler på {objects} (tjekket {date}): kør `syncerror setup --create`",
    triggerHubspotWrongType:
      ":warning: HubSpot-egenskaben `{name}` på {objects} er ikke af typen dato og klokkeslæt (tjekket {date}): ret den, eller sæt en anden `RESYNC_HUBSPOT_PROPERTY`, og kør så `syncerror setup`",
    triggerSalesforceMissing:
      ":warning: Salesforce-feltet `{name}` mangler på {objects} (tjekket {date}): en Salesforce-administrator opretter det som Dato/klokkeslæt, som integrationsbrugeren kan skrive i, og kør så `syncerror setup`",
    triggerSalesforceWrongType:
      ":warning: Salesforce-feltet `{name}` på {objects} er ikke Dato/klokkeslæt (tjekket {date}): ret det, eller sæt et andet `RESYNC_SALESFORCE_FIELD`, og kør så `syncerror setup`",
    triggerSalesforceNotUpdateable:
      ":warning: Integrationsbrugeren kan ikke skrive i Salesforce-feltet `{name}` på {objects} (tjekket {date}): giv redigeringsadgang, og kør så `syncerror setup`",
    triggersMapping:
      ":information_source: Gensynkronisering kræver også, at `{property}` er mappet til `{field}` (`Two-way`) i HubSpots feltmappings til Salesforce, som botten ikke kan se: `syncerror setup` siger hvor",
    updated: "Opdateret {date}",
    answerTitle: "syncerror",
    answerClose: "Luk",
  },
});

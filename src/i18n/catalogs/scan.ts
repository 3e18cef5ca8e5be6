import { defineMessages } from "../define-messages.js";

/**
 * `/syncerror scan` in Slack: started, how far it got, the summary (records read, what was found
 * by type, the mapping problems, the API calls) and "already running". `side` is the system being
 * read (HubSpot or Salesforce); `time` a Slack date token. The fallback `text` keeps "new errors"
 * as it always said it. `skip…`: why Salesforce was left out of a scan, or read only in part
 * (`detail` is the error Salesforce or the bot gave, as it gave it). `changes…`: what the scan
 * learnt of changes in both CRMs' setup (snapshot diff and Setup Audit Trail), or why it could not.
 */
export const scan = defineMessages({
  en: {
    started:
      ":mag: Scanning HubSpot and Salesforce… this message becomes the summary when the scan ends.",
    progress:
      ":mag: Scanning… {side}: {read, plural, one {# record} other {# records}} read so far. This message becomes the summary when the scan ends.",
    running:
      "A scan is already running (since {time}); its findings will be in `/syncerror status` when it ends.",
    runningElsewhere:
      "A scan is already running (on another replica); its findings will be in `/syncerror status` when it ends.",
    text: "Scan finished: {hubspot, number} HubSpot and {salesforce, number} Salesforce records read, {new, number} new errors, {resolved, number} resolved.",
    title: "{full, select, yes {Full scan} other {Scan of recent changes}}",
    counts:
      "{hubspot, number} HubSpot and {salesforce, number} Salesforce records read · *{new, number} new errors* · {resolved, number} resolved",
    stuck:
      "{stuck, plural, other {#}} HubSpot records are not syncing{unexplained, plural, =0 {} other {; for {unexplained, number} of them the scan found no reason}}.",
    found: "*Found, by type*",
    foundLine: "• {name}: {count, number}",
    mapping: "*Mapping problems* (every record of the pair is affected)",
    calls:
      "API calls: {hubspot, number} HubSpot, {salesforce, number} Salesforce · the findings are in `/syncerror status` and the digest",
    skipAllocationUnreadable:
      "Salesforce's daily API allocation could not be read, so Salesforce was not scanned: {detail}",
    skipOverReserve:
      "Salesforce has {remaining, number} of {max, number} daily API calls left, within the {keep, number} kept for HubSpot's connector (RESYNC_SALESFORCE_RESERVE); Salesforce was not read.",
    skipMetadata:
      "Salesforce's metadata could not be read, so Salesforce was not scanned: {detail}",
    changesLearnt:
      "Learnt {count, plural, one {# change} other {# changes}} in Salesforce and HubSpot.",
    changesFailed:
      "What changed in Salesforce's and HubSpot's setup could not be learnt this scan; the next scan tries again: {detail}",
    changesAuditFailed:
      "Salesforce's Setup Audit Trail could not be read; the next scan tries again: {detail}",
    skipStopped:
      "Salesforce stopped answering after {read, plural, one {# record} other {# records}}; the next scan reads the rest: {detail}",
    inclusionForbidden:
      'HubSpot refused to read the inclusion list "{given}" (HUBSPOT_INCLUSION_LIST): the private app\'s token needs the crm.lists.read scope.',
    inclusionNotFound:
      "HUBSPOT_INCLUSION_LIST is \"{given}\", but HubSpot has no contact list with that ILS list ID or name.{legacy, select, yes { If {given} is the number from an old list URL, it is the list's legacy id, which HubSpot's lists API no longer accepts.} other {}} Use the list's ILS list ID or its exact name: in HubSpot, open Contacts → Lists, hover over the list and click Details to see its list ID.",
    inclusionNotContacts:
      'HUBSPOT_INCLUSION_LIST is "{given}": the list "{name}" (ILS list ID {listId}) holds records of object type {objectType}, not contacts (0-1). The scan needs the contact list the Salesforce integration uses as its inclusion list. Use the list\'s ILS list ID or its exact name: in HubSpot, open Contacts → Lists, hover over the list and click Details to see its list ID.',
  },
  da: {
    started:
      ":mag: Scanner HubSpot og Salesforce… denne besked bliver til oversigten, når scanningen er færdig.",
    progress:
      ":mag: Scanner… {side}: {read, plural, one {# post} other {# poster}} læst indtil nu. Denne besked bliver til oversigten, når scanningen er færdig.",
    running:
      "En scanning kører allerede (siden {time}); det, den finder, kommer i `/syncerror status`, når den er færdig.",
    runningElsewhere:
      "En scanning kører allerede (på en anden replika); det, den finder, kommer i `/syncerror status`, når den er færdig.",
    text: "Scanning færdig: {hubspot, number} HubSpot- og {salesforce, number} Salesforce-poster læst, {new, number} nye fejl, {resolved, number} løst.",
    title: "{full, select, yes {Fuld scanning} other {Scanning af de seneste ændringer}}",
    counts:
      "{hubspot, number} HubSpot- og {salesforce, number} Salesforce-poster læst · *{new, number} nye fejl* · {resolved, number} løst",
    stuck:
      "{stuck, plural, one {# HubSpot-post synkroniserer} other {# HubSpot-poster synkroniserer}} ikke{unexplained, plural, =0 {} other {; for {unexplained, number} af dem fandt scanningen ingen årsag}}.",
    found: "*Fundet, efter type*",
    foundLine: "• {name}: {count, number}",
    mapping: "*Problemer med feltmapping* (alle poster i parret er berørt)",
    calls:
      "API-kald: {hubspot, number} HubSpot, {salesforce, number} Salesforce · fundene står i `/syncerror status` og i den daglige oversigt",
    skipAllocationUnreadable:
      "Salesforces daglige API-kvote kunne ikke læses, så Salesforce blev ikke scannet: {detail}",
    skipOverReserve:
      "Salesforce har {remaining, number} af {max, number} daglige API-kald tilbage, inden for de {keep, number}, der holdes tilbage til HubSpots connector (RESYNC_SALESFORCE_RESERVE); Salesforce blev ikke læst.",
    skipMetadata:
      "Salesforces metadata kunne ikke læses, så Salesforce blev ikke scannet: {detail}",
    changesLearnt:
      "Botten fandt {count, plural, one {# ny ændring} other {# nye ændringer}} i Salesforce og HubSpot.",
    changesFailed:
      "Ved denne scanning kunne botten ikke se, hvad der er ændret i opsætningen af Salesforce og HubSpot; næste scanning prøver igen: {detail}",
    changesAuditFailed:
      "Salesforces revisionsspor for opsætning kunne ikke læses; næste scanning prøver igen: {detail}",
    skipStopped:
      "Salesforce holdt op med at svare efter {read, plural, one {# post} other {# poster}}; næste scanning læser resten: {detail}",
    inclusionForbidden:
      'HubSpot nægtede at læse inklusionslisten "{given}" (HUBSPOT_INCLUSION_LIST): den private apps token skal have scopet crm.lists.read.',
    inclusionNotFound:
      'HUBSPOT_INCLUSION_LIST er "{given}", men HubSpot har ingen kontaktliste med det ILS-liste-id eller navn.{legacy, select, yes { Er {given} tallet fra en gammel liste-URL, er det listens gamle id, som HubSpots liste-API ikke længere tager imod.} other {}} Brug listens ILS-liste-id eller dens præcise navn: i HubSpot åbner du Kontakter → Lister, holder musen over listen og klikker på Detaljer for at se dens liste-id.',
    inclusionNotContacts:
      'HUBSPOT_INCLUSION_LIST er "{given}": listen "{name}" (ILS-liste-id {listId}) indeholder poster af objekttypen {objectType}, ikke kontakter (0-1). Scanningen skal bruge den kontaktliste, som Salesforce-integrationen bruger som inklusionsliste. Brug listens ILS-liste-id eller dens præcise navn: i HubSpot åbner du Kontakter → Lister, holder musen over listen og klikker på Detaljer for at se dens liste-id.',
  },
});

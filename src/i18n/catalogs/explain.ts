import { defineMessages } from "../define-messages.js";

/**
 * What an explanation of an error type says around the rule's own cause and fix, in Slack
 * (`/syncerror explain`, its buttons) and in the terminal (`syncerror explain`): headings, who
 * acts where, resync advice, category names as HubSpot's Sync Health page shows them, how the
 * query was read, no-match and "did you mean". The rule's name, cause and fix come from the rule
 * (`danishName`, `translations.da`). Texts with Slack mrkdwn (`*bold*`, `_italic_`) are Slack's;
 * the `cli*` texts are the terminal's. Slack links (`<url|text>`) are put together by the
 * renderer, since `<` starts a tag in these messages.
 */
export const explain = defineMessages({
  en: {
    categoryAssociations: "Associations",
    categoryCustomCode: "Custom code",
    categoryDuplicates: "Duplicates",
    categoryPermissions: "Permissions",
    categoryPicklists: "Picklists",
    categoryPropertyMappings: "Property mappings",
    categoryPropertyValues: "Property values",
    categoryUnknown: "Unknown",

    directionHubspotToSalesforce: "HubSpot → Salesforce",
    directionSalesforceToHubspot: "Salesforce → HubSpot",
    directionEither: "either direction",

    actorHubspotAdmin: "HubSpot admin",
    actorSalesforceAdmin: "Salesforce admin",
    actorHubspotSupport: "HubSpot support",
    systemHubspot: "HubSpot",
    systemSalesforce: "Salesforce",

    resyncAfterFix:
      "Only after the fix. Resyncing before that fails again and spends Salesforce API calls.",
    resyncYes: "Yes: a resync alone can clear it.",
    resyncNever: "No: a resync cannot clear it; follow the fix instead.",

    otherName: "Danish: _{name}_",
    otherNameFaithful: "Danish: _{name}_ (our translation; HubSpot shows the English name)",
    readAs:
      "I read the message as *{name}*{hasCode, select, yes { (status code `{code}`)} other {}}{hasConfidence, select, yes {, confidence {confidence, number}} other {}}.",
    readAsPlainSentence:
      "No Salesforce or HubSpot wording matched, and the message reads like a sentence someone wrote, so it is most likely a validation rule's own message: *{name}*{hasConfidence, select, yes {, confidence {confidence, number}} other {}}.",
    innerError:
      "*Inner error: {name}*\nThe automation failed on this error: {cause} Run `/syncerror explain {command}` for its fix.",
    described:
      "The error type whose description fits your words best. If it is not the one, `/syncerror list` shows them all.",
    similar: "Closest error type to what you typed (confidence {confidence, number}).",
    cause: "*Cause*\n{cause}",
    fix: "*Fix*\n{steps}",
    fixStep: "{number}. {text} _({actor}, in {system})_",
    resync: "*Resync:* {advice}",
    whoActs: "Who acts: {actors}",
    related: "Related: {names}",
    helpArticle: "HubSpot help article",
    sharedBy: "Shared by {user}",
    openNow: "{count, plural, other {#}} open now.",
    share: "Share in channel",
    notThisType: "Not this type?",
    resyncButton:
      "Resync {errors, plural, other {#}} ({batches, plural, one {# batch} other {# batches}})",
    resyncConfirmTitle: "Start a resync?",
    resyncConfirmText:
      "Marks {records, plural, one {# record} other {# records}} with *{name}* for the integration to sync again, in {batches, plural, one {# batch} other {# batches}} of up to 100.{skipped, plural, =0 {} one { # record without the id needed will be listed as skipped.} other { # records without the id needed will be listed as skipped.}} Fix the cause first, or {records, plural, one {it} other {they}} will fail again.",
    resyncConfirm: "Resync",
    resyncDeny: "Cancel",

    noMatch:
      "No error type matches *{query}*.{hasSuggestions, select, yes { Did you mean one of these?} other {}}",
    noMatchText: 'No error type matches "{query}".',
    whichType: "Which type is it?",
    noMatchHint:
      "`/syncerror list` shows every error type. You can also paste a raw error message after `/syncerror explain`.",
    emptyQuery:
      "Name an error type, a Salesforce status code or paste a raw message, e.g. `/syncerror explain Type mismatch`.",
    listTitle: "Sync error types",
    listText: "{title}: {count, plural, other {# error types}}",
    listFooter: "`/syncerror explain &lt;type&gt;` for the cause and the fix of one type.",

    cliCategoryDirection: "Category: {category} · Direction: {direction}",
    cliOtherName: "Danish name: {name}",
    cliOtherNameFaithful:
      "Danish name: {name} (our translation; HubSpot's Danish interface shows the English name)",
    cliCause: "Cause",
    cliFix: "Fix",
    cliFixStep: "{number}. {text} ({actor}, in {system})",
    cliResync: "Resync: {advice}",
    cliStatusCodes: "Salesforce status codes: {codes}",
    cliMore: "More: {url}",
    cliPlainSentence:
      "No platform wording matched; the message reads like a validation rule's own sentence. Confidence {confidence, number}.",
    cliClassified:
      "Classified the message{hasCode, select, yes { (status code {code})} other {}}{hasInner, select, yes {; the automation wrapped: {inner}} other {}}. Confidence {confidence, number}.",
    cliSimilar: "Closest name. Confidence {confidence, number}.",
    cliDescribed:
      "The type whose description fits your words best. Confidence {confidence, number}.",
    cliInnerError: "Inner error: {name}",
    cliInnerRun: "Run `syncerror explain {command}` for its fix.",
    cliNoMatch: 'No error type matches "{query}".',
    cliDidYouMean: "Did you mean:",
    cliListHint: "Run `syncerror list` to see every error type.",
    cliEmptyQuery:
      "Name an error type, a status code or paste a message, e.g. syncerror explain Type mismatch.",
  },
  da: {
    categoryAssociations: "Tilknytninger",
    categoryCustomCode: "Brugerdefineret kode",
    categoryDuplicates: "Dubletter",
    categoryPermissions: "Tilladelser",
    categoryPicklists: "Picklister",
    categoryPropertyMappings: "Egenskabsmappings",
    categoryPropertyValues: "Egenskabsværdier",
    categoryUnknown: "Ukendt",

    directionHubspotToSalesforce: "HubSpot → Salesforce",
    directionSalesforceToHubspot: "Salesforce → HubSpot",
    directionEither: "begge retninger",

    actorHubspotAdmin: "HubSpot-administrator",
    actorSalesforceAdmin: "Salesforce-administrator",
    actorHubspotSupport: "HubSpot Support",
    systemHubspot: "HubSpot",
    systemSalesforce: "Salesforce",

    resyncAfterFix:
      "Først når fejlen er rettet. Synkroniserer du igen før, fejler posterne igen og bruger Salesforce-API-kald.",
    resyncYes: "Ja: en ny synkronisering kan fjerne fejlen alene.",
    resyncNever: "Nej: en ny synkronisering kan ikke fjerne fejlen; følg løsningen i stedet.",

    otherName: "Engelsk navn: _{name}_",
    otherNameFaithful:
      "Engelsk navn: _{name}_ (HubSpot viser typen med det engelske navn; det danske er vores oversættelse)",
    readAs:
      "Jeg læser beskeden som *{name}*{hasCode, select, yes { (statuskode `{code}`)} other {}}{hasConfidence, select, yes {, sikkerhed {confidence, number}} other {}}.",
    readAsPlainSentence:
      "Ingen formulering fra Salesforce eller HubSpot passede, og beskeden lyder som en sætning, nogen har skrevet, så det er højst sandsynligt en valideringsregels egen besked: *{name}*{hasConfidence, select, yes {, sikkerhed {confidence, number}} other {}}.",
    innerError:
      "*Indre fejl: {name}*\nAutomatiseringen fejlede på denne fejl: {cause} Skriv `/syncerror explain {command}` for at se løsningen.",
    described:
      "Den fejltype, hvis beskrivelse passer bedst til dine ord. Er det ikke den, viser `/syncerror list` dem alle.",
    similar: "Den fejltype, der ligger tættest på det, du skrev (sikkerhed {confidence, number}).",
    cause: "*Årsag*\n{cause}",
    fix: "*Løsning*\n{steps}",
    fixStep: "{number}. {text} _({actor} i {system})_",
    resync: "*Synkroniser igen:* {advice}",
    whoActs: "Udføres af: {actors}",
    related: "Relaterede typer: {names}",
    helpArticle: "HubSpots hjælpeartikel",
    sharedBy: "Delt af {user}",
    openNow: "{count, plural, one {# åben fejl} other {# åbne fejl}} lige nu.",
    share: "Del i kanalen",
    notThisType: "Ikke denne type?",
    resyncButton:
      "Synkroniser {errors, plural, other {#}} igen ({batches, plural, one {# omgang} other {# omgange}})",
    resyncConfirmTitle: "Synkroniser igen?",
    resyncConfirmText:
      "Markerer {records, plural, one {# post} other {# poster}} med *{name}*, så integrationen synkroniserer {records, plural, one {den} other {dem}} igen, i {batches, plural, one {# omgang} other {# omgange}} med op til 100 ad gangen.{skipped, plural, =0 {} one { # post uden det nødvendige id bliver vist som sprunget over.} other { # poster uden det nødvendige id bliver vist som sprunget over.}} Ret årsagen først, ellers fejler {records, plural, one {den} other {de}} igen.",
    resyncConfirm: "Synkroniser igen",
    resyncDeny: "Annuller",

    noMatch:
      "Ingen fejltype passer til *{query}*.{hasSuggestions, select, yes { Mente du en af disse?} other {}}",
    noMatchText: "Ingen fejltype passer til “{query}”.",
    whichType: "Hvilken type er det?",
    noMatchHint:
      "`/syncerror list` viser alle fejltyper. Du kan også indsætte en rå fejlbesked efter `/syncerror explain`.",
    emptyQuery:
      "Skriv navnet på en fejltype eller en statuskode fra Salesforce, eller indsæt en rå fejlbesked, f.eks. `/syncerror explain Ugyldig værdi`.",
    listTitle: "Typer af synkroniseringsfejl",
    listText: "{title}: {count, plural, one {# fejltype} other {# fejltyper}}",
    listFooter: "`/syncerror explain &lt;type&gt;` giver årsagen og løsningen for en type.",

    cliCategoryDirection: "Kategori: {category} · Retning: {direction}",
    cliOtherName: "Engelsk navn: {name}",
    cliOtherNameFaithful:
      "Engelsk navn: {name} (HubSpot viser typen med det engelske navn; det danske er vores oversættelse)",
    cliCause: "Årsag",
    cliFix: "Løsning",
    cliFixStep: "{number}. {text} ({actor} i {system})",
    cliResync: "Synkroniser igen: {advice}",
    cliStatusCodes: "Statuskoder i Salesforce: {codes}",
    cliMore: "Læs mere: {url}",
    cliPlainSentence:
      "Ingen formulering fra platformene passede; beskeden lyder som en valideringsregels egen sætning. Sikkerhed {confidence, number}.",
    cliClassified:
      "Beskeden er genkendt{hasCode, select, yes { (statuskode {code})} other {}}{hasInner, select, yes {; automatiseringen fejlede på: {inner}} other {}}. Sikkerhed {confidence, number}.",
    cliSimilar: "Det navn, der ligger tættest. Sikkerhed {confidence, number}.",
    cliDescribed:
      "Den type, hvis beskrivelse passer bedst til dine ord. Sikkerhed {confidence, number}.",
    cliInnerError: "Indre fejl: {name}",
    cliInnerRun: "Skriv `syncerror explain {command}` for at se løsningen.",
    cliNoMatch: "Ingen fejltype passer til “{query}”.",
    cliDidYouMean: "Mente du:",
    cliListHint: "Skriv `syncerror list` for at se alle fejltyper.",
    cliEmptyQuery:
      "Skriv navnet på en fejltype eller en statuskode, eller indsæt en besked, f.eks. syncerror explain Ugyldig værdi.",
  },
});

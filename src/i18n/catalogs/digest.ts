import { defineMessages } from "../define-messages.js";

/**
 * The daily digest and its `/syncerror digest` preview: the title, the totals since the previous
 * digest and their change, each category's line (who usually fixes it, its 7-day trend), each
 * type's line, the buttons, the collapsed rest, "nothing new", the fallback `text`, and the
 * preview's lines about today's digest. Category names come from the explain catalog. `since` is
 * `digest` (since the previous digest), `date` (a longer gap) or `day` (the last 24 hours); `change`
 * is `same`, `up`, `down` or `none` (no previous digest). The fallback `text` (notifications)
 * keeps its numbers plain, as it always had. With routing (issue 17), a routed digest names the user
 * groups it is for (`forMentions`), and the main one says where the routed types' new errors went
 * (`routedAway`, one line per channel). Slack links (`<url|text>`) are put together by the
 * renderer, since `<` starts a tag in these messages.
 */
export const digest = defineMessages({
  en: {
    chartScope: "this channel's types",
    title: "Sync errors · {date}",
    text: "Sync errors {date}: {new} new, {resolved} resolved, {open} open",
    totals:
      "*{new, plural, other {#}} new* {since, select, digest {since the digest of {sinceDate}} date {since {sinceDate}} other {in the last 24 hours}}{change, select, same { (same as the previous digest)} up { (▲ {delta, plural, other {#}} against the previous digest)} down { (▼ {delta, plural, other {#}} against the previous digest)} other {}} · *{resolved, plural, other {#}} resolved* · *{open, plural, other {#}} open*",
    nothingNew:
      "No new sync errors {since, select, digest {since the digest of {sinceDate}} date {since {sinceDate}} other {in the last 24 hours}}. {resolved, plural, other {#}} resolved, {open, plural, other {#}} open.",
    late: "Posted late: the bot {reason, select, not_invited {was not in this channel yet} other {was not running}} at {time}.",
    category:
      "*{name}* · {new, plural, other {#}} new · usually fixed by the {owners}\n`{trend}` last 7 days",
    ownerHubspotAdmin: "HubSpot admin",
    ownerSalesforceAdmin: "Salesforce admin",
    ownerHubspotSupport: "HubSpot support",
    type: "• {name}: *{new, plural, other {#}} new* ({records, plural, one {# record} other {# records}}) · {open, plural, other {#}} open{source, select, none {} all { · found by scan} other { · {byScan, plural, other {#}} found by scan, {byHubspot, plural, other {#}} reported by HubSpot}}",
    more: "… and {hidden, plural, one {# more error type} other {# more error types}} — `/syncerror status all` lists every type",
    forMentions: "{mentions}: the error types routed to this channel.",
    routedAway:
      "→ {channel}: {new, plural, one {# new error} other {# new errors}} of the types routed there",
    explainButton: "Explain {name}",

    previewNothing: "Nothing new for a digest.",
    previewNote:
      "Preview: the next digest as it would be posted now in {hasChannel, select, yes {{channel}} other {the digest channel (DIGEST_CHANNEL is not set yet)}}. Only you see it.",
    previewNothingSinceText:
      "Nothing new since today's digest at {time}{hasCounts, select, yes { ({new, plural, other {#}} new, {resolved, plural, other {#}} resolved, {open, plural, other {#}} open)} other {}}. {openNow, plural, other {#}} open now.",
    previewNothingSince:
      "Nothing new since today's digest at {time}{hasCounts, select, yes { ({new, plural, other {#}} new, {resolved, plural, other {#}} resolved, {open, plural, other {#}} open)} other {}}{link}.",
    previewOpenNow: "{openNow, plural, other {#}} open now. The next digest starts from here.",
    previewToday:
      "Today's digest went out at {time}{hasCounts, select, yes { ({new, plural, other {#}} new, {resolved, plural, other {#}} resolved, {open, plural, other {#}} open)} other {}}{link}.",
    previewTodayText: "Today's digest went out at {time}.",
    previewOpenIt: "open it",
  },
  da: {
    chartScope: "kanalens typer",
    title: "Synkroniseringsfejl · {date}",
    text: "Synkroniseringsfejl {date}: {new} nye, {resolved} løst, {open} åbne",
    totals:
      "*{new, plural, one {# ny} other {# nye}}* {since, select, digest {siden oversigten {sinceDate}} date {siden {sinceDate}} other {de seneste 24 timer}}{change, select, same { (samme antal som i sidste oversigt)} up { (▲ {delta, plural, other {#}} i forhold til sidste oversigt)} down { (▼ {delta, plural, other {#}} i forhold til sidste oversigt)} other {}} · *{resolved, plural, other {#}} løst* · *{open, plural, one {# åben} other {# åbne}}*",
    nothingNew:
      "Ingen nye synkroniseringsfejl {since, select, digest {siden oversigten {sinceDate}} date {siden {sinceDate}} other {de seneste 24 timer}}. {resolved, plural, other {#}} løst, {open, plural, one {# åben} other {# åbne}}.",
    late: "Sendt for sent: botten {reason, select, not_invited {var ikke med i kanalen endnu} other {kørte ikke}} kl. {time}.",
    category:
      "*{name}* · {new, plural, one {# ny} other {# nye}} · rettes som regel af {owners}\n`{trend}` de seneste 7 dage",
    ownerHubspotAdmin: "HubSpot-administratoren",
    ownerSalesforceAdmin: "Salesforce-administratoren",
    ownerHubspotSupport: "HubSpot Support",
    type: "• {name}: *{new, plural, one {# ny} other {# nye}}* ({records, plural, one {# post} other {# poster}}) · {open, plural, one {# åben} other {# åbne}}{source, select, none {} all { · fundet ved scanning} other { · {byScan, plural, other {#}} fundet ved scanning, {byHubspot, plural, other {#}} meldt af HubSpot}}",
    more: "… og {hidden, plural, one {# fejltype mere} other {# fejltyper mere}} — `/syncerror status all` viser alle typer",
    forMentions: "{mentions}: de fejltyper, der sendes til denne kanal.",
    routedAway:
      "→ {channel}: {new, plural, one {# ny fejl} other {# nye fejl}} af de typer, der sendes dertil",
    explainButton: "Forklar {name}",

    previewNothing: "Intet nyt til en oversigt.",
    previewNote:
      "Forhåndsvisning: den næste oversigt, som den ville blive sendt nu i {hasChannel, select, yes {{channel}} other {oversigtens kanal (DIGEST_CHANNEL er ikke sat endnu)}}. Kun du kan se den.",
    previewNothingSinceText:
      "Intet nyt siden dagens oversigt kl. {time}{hasCounts, select, yes { ({new, plural, one {# ny} other {# nye}}, {resolved, plural, other {#}} løst, {open, plural, one {# åben} other {# åbne}})} other {}}. {openNow, plural, one {# åben} other {# åbne}} nu.",
    previewNothingSince:
      "Intet nyt siden dagens oversigt kl. {time}{hasCounts, select, yes { ({new, plural, one {# ny} other {# nye}}, {resolved, plural, other {#}} løst, {open, plural, one {# åben} other {# åbne}})} other {}}{link}.",
    previewOpenNow:
      "{openNow, plural, one {# åben} other {# åbne}} nu. Den næste oversigt tæller herfra.",
    previewToday:
      "Dagens oversigt blev sendt kl. {time}{hasCounts, select, yes { ({new, plural, one {# ny} other {# nye}}, {resolved, plural, other {#}} løst, {open, plural, one {# åben} other {# åbne}})} other {}}{link}.",
    previewTodayText: "Dagens oversigt blev sendt kl. {time}.",
    previewOpenIt: "åbn den",
  },
});

import type { KnownBlock } from "@slack/types";
import { ruleWords } from "../catalog/labels.js";
import { type MessageKey, type Translator, translator } from "../i18n/translator.js";
import type { Offer } from "../resync/resync-offers.js";
import type { Actor, SyncErrorRule } from "../rules/types.js";
import {
  buildMessage,
  context,
  escapeMrkdwn,
  header,
  type SlackMessage,
  section,
} from "../slack/blocks/index.js";
import { channelRef, mentionRef } from "../slack/messages/routing-refs.js";
import { typeSection } from "../slack/messages/type-menu.js";
import type { Claim } from "../store/types.js";
import type { Digest, DigestType } from "./collect-digest.js";
import { sparkline } from "./sparkline.js";
import { longDate, shortTime } from "./zoned-time.js";

const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * How many error types the digest lists with their own line and ⋯ menu; the rest collapse into
 * one line. 20 type lines (a section each) under at most 8 category lines, with the title, the
 * totals, the late note and the rest: 33 blocks at most, inside Slack's 50.
 */
export const LISTED_TYPES = 20;

const ENGLISH = translator("en");

const OWNER_KEYS: Readonly<Record<Actor, MessageKey>> = {
  "hubspot-admin": "digest.ownerHubspotAdmin",
  "salesforce-admin": "digest.ownerSalesforceAdmin",
  "hubspot-support": "digest.ownerHubspotSupport",
};

/** The main digest's lines saying where the routed types' new errors went; none without routing. */
function routedAwayBlocks(digest: Digest, tr: Translator): KnownBlock[] {
  const lines = (digest.routedAway ?? []).map((to) =>
    tr.t("digest.routedAway", { channel: channelRef(to.channel), new: to.new }),
  );
  return lines.length === 0 ? [] : [context([lines.join("\n")])];
}

function changeOf(now: number, before: number | undefined) {
  if (before === undefined) return { change: "none", delta: 0 };
  const delta = now - before;
  return { change: delta === 0 ? "same" : delta > 0 ? "up" : "down", delta: Math.abs(delta) };
}

function typeLine(t: DigestType, tr: Translator): string {
  // Findings of the bot's own scan are told apart from what HubSpot's Sync Health reported.
  const source = t.byScan === 0 ? "none" : t.byScan === t.new ? "all" : "some";
  return tr.t("digest.type", {
    name: escapeMrkdwn(ruleWords(tr).name(t.rule)),
    new: t.new,
    records: t.records,
    open: t.open,
    source,
    byScan: t.byScan,
    byHubspot: t.new - t.byScan,
  });
}

/**
 * The digest as Block Kit: the date, one line of totals, then each category with new errors
 * (who fixes it, a 7-day sparkline), then its types, each a line with who is on it and one ⋯ menu
 * (Explain, Resync N, Take it / Release: one control a line, not a wall of buttons). Nothing new: one line,
 * or no message at all when `skipEmpty`. In the translator's language (the channel's
 * BOT_LANGUAGE, or the person's in a preview); English without one.
 */
export function digestMessage(
  digest: Digest,
  options: {
    skipEmpty?: boolean;
    /** Resync offers by rule id: the listed types with records to resend get "Resync N". */
    offers?: ReadonlyMap<string, Offer>;
    /** Who is on which type, by rule id: shown on the type's line. */
    claims?: ReadonlyMap<string, Claim>;
    translator?: Translator;
  } = {},
): SlackMessage | null {
  const tr = options.translator ?? ENGLISH;
  const words = ruleWords(tr);
  const lang = tr.language;
  const date = longDate(digest.slot, digest.timezone, lang);
  const since = digest.sinceIsPreviousDigest
    ? "digest"
    : digest.slot.getTime() - digest.since.getTime() > DAY_MS
      ? "date"
      : "day";
  const sinceDate = longDate(digest.since, digest.timezone, lang);
  const lateNote = digest.late
    ? [
        context([
          tr.t("digest.late", {
            reason: digest.lateReason ?? "not_running",
            time: shortTime(digest.slot, digest.timezone, lang),
          }),
        ]),
      ]
    : [];
  const { totals } = digest;

  const routedAway = routedAwayBlocks(digest, tr);
  if (totals.new === 0) {
    // The main digest still goes out when only routed types have news: it says where they went.
    if (options.skipEmpty && routedAway.length === 0) return null;
    const text = tr.t("digest.nothingNew", {
      since,
      sinceDate,
      resolved: totals.resolved,
      open: totals.open,
    });
    return buildMessage({
      text,
      blocks: [section(`:white_check_mark: ${text}`), ...lateNote, ...routedAway],
    });
  }
  // A routed digest with news calls its user groups; one with nothing new calls nobody.
  const mentions = (digest.mentions ?? []).map(mentionRef);
  const forMentions =
    mentions.length === 0
      ? undefined
      : tr.t("digest.forMentions", { mentions: mentions.join(" ") });

  const blocks: KnownBlock[] = [
    header(tr.t("digest.title", { date })),
    ...(forMentions ? [section(forMentions)] : []),
    section(
      tr.t("digest.totals", {
        new: totals.new,
        since,
        sinceDate,
        ...changeOf(totals.new, digest.previous?.new),
        resolved: totals.resolved,
        open: totals.open,
      }),
    ),
    ...lateNote,
  ];
  let listed = 0;
  let hidden = 0;
  let menuIndex = 0;
  for (const category of digest.categories) {
    const room = Math.max(0, LISTED_TYPES - listed);
    const shown = category.types.slice(0, room);
    hidden += category.types.length - shown.length;
    if (shown.length === 0) continue;
    listed += shown.length;
    blocks.push(
      section(
        tr.t("digest.category", {
          name: escapeMrkdwn(words.category(category.id)),
          new: category.new,
          owners: tr.list(category.owners.map((owner) => tr.t(OWNER_KEYS[owner]))),
          trend: sparkline(category.trend),
        }),
      ),
      ...shown.map((t) =>
        typeSection(typeLine(t, tr), {
          rule: t.rule,
          index: menuIndex++,
          offer: options.offers?.get(t.rule.id),
          claim: options.claims?.get(t.rule.id),
          t: tr,
        }),
      ),
    );
  }
  if (hidden > 0) blocks.push(context([tr.t("digest.more", { hidden })]));
  blocks.push(...routedAway);
  // The notification's text keeps its numbers plain, as it always had; a mention leads it, so
  // the group is notified.
  const text = tr.t("digest.text", {
    date,
    new: String(totals.new),
    resolved: String(totals.resolved),
    open: String(totals.open),
  });
  return buildMessage({
    text: mentions.length === 0 ? text : `${mentions.join(" ")} ${text}`,
    blocks,
  });
}

/** The error types the digest lists with their own line and menu, in the order shown. */
export function listedRules(digest: Digest): SyncErrorRule[] {
  return digest.categories.flatMap((c) => c.types.map((t) => t.rule)).slice(0, LISTED_TYPES);
}

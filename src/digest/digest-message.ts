import type { KnownBlock } from "@slack/types";
import { ruleWords } from "../catalog/labels.js";
import type { LinkedWave } from "../causes/link-waves.js";
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
import { causeBlocks } from "../slack/messages/cause-line.js";
import { channelRef, mentionRef } from "../slack/messages/routing-refs.js";
import { slackDateTime } from "../slack/messages/snooze-messages.js";
import { typeSection } from "../slack/messages/type-menu.js";
import type { Claim, EndedSnooze, Snooze } from "../store/types.js";
import { longDate, shortTime } from "../zoned-time.js";
import type { Digest, DigestCategory, DigestType } from "./collect-digest.js";
import { sparkline } from "./sparkline.js";

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

/**
 * The digest's categories without their snoozed types (each category's new count less theirs; a
 * category left without types goes), and the folded line's numbers: how many types are snoozed
 * (muted included) and how many new errors they had.
 */
function foldSnoozed(
  categories: readonly DigestCategory[],
  snoozes: ReadonlyMap<string, Snooze>,
): { categories: DigestCategory[]; snoozedNew: number } {
  let snoozedNew = 0;
  const kept = categories.flatMap((category) => {
    const types = category.types.filter((t) => !snoozes.has(t.rule.id));
    const folded = category.new - types.reduce((sum, t) => sum + t.new, 0);
    snoozedNew += category.types
      .filter((t) => snoozes.has(t.rule.id))
      .reduce((sum, t) => sum + t.new, 0);
    return types.length === 0 ? [] : [{ ...category, types, new: category.new - folded }];
  });
  return { categories: kept, snoozedNew };
}

/** A snooze that ended since the previous digest, with its type. */
export interface SnoozeEndLine {
  readonly end: EndedSnooze;
  readonly rule: SyncErrorRule;
}

/** The lines announcing snoozes that ended since the previous digest, once each. */
function snoozeEndBlocks(ends: readonly SnoozeEndLine[], tr: Translator): KnownBlock[] {
  if (ends.length === 0) return [];
  const words = ruleWords(tr);
  const lines = ends.map(({ end, rule }) => {
    const name = escapeMrkdwn(words.name(rule));
    const by = `<@${end.by}>`;
    const muted = end.length.kind === "muted" ? "yes" : "no";
    if (end.why === "lifted")
      return tr.t("snooze.endLifted", { name, endedBy: `<@${end.endedBy ?? end.by}>`, muted });
    if (end.why === "doubled")
      return tr.t("snooze.endDoubled", {
        name,
        by,
        baseline: end.length.kind === "doubled" ? end.length.baseline : 0,
      });
    const until = end.length.kind === "until" ? end.length.until : end.endedAt;
    return tr.t("snooze.endExpired", { name, by, date: slackDateTime(until, tr) });
  });
  return [context([lines.join("\n")])];
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
 * (Explain, Resync N, Take it / Release, Snooze: one control a line, not a wall of buttons);
 * snoozed types fold into one line, and snoozes that ended are announced. Nothing new: one line,
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
    /** The channel's snoozed and muted types, by rule id: folded into one line. */
    snoozes?: ReadonlyMap<string, Snooze>;
    /** Snoozes that ended since the previous digest: announced. */
    snoozeEnds?: readonly SnoozeEndLine[];
    /** The likely causes of the types' waves, by rule id: told under the type's line. */
    causes?: ReadonlyMap<string, LinkedWave>;
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
  const snoozes = options.snoozes ?? new Map<string, Snooze>();
  const ends = snoozeEndBlocks(options.snoozeEnds ?? [], tr);
  if (totals.new === 0) {
    // The main digest still goes out when only routed types have news: it says where they went.
    // It goes out too when a snooze ended: the next digest's window starts after this one.
    if (options.skipEmpty && routedAway.length === 0 && ends.length === 0) return null;
    const text = tr.t("digest.nothingNew", {
      since,
      sinceDate,
      resolved: totals.resolved,
      open: totals.open,
    });
    return buildMessage({
      text,
      blocks: [section(`:white_check_mark: ${text}`), ...lateNote, ...ends, ...routedAway],
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
    ...ends,
  ];
  const folded = foldSnoozed(digest.categories, snoozes);
  let listed = 0;
  let hidden = 0;
  let menuIndex = 0;
  for (const category of folded.categories) {
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
      ...shown.flatMap((t) => [
        typeSection(typeLine(t, tr), {
          rule: t.rule,
          index: menuIndex++,
          offer: options.offers?.get(t.rule.id),
          claim: options.claims?.get(t.rule.id),
          t: tr,
        }),
        ...causeBlocks(options.causes?.get(t.rule.id), t.rule, digest.timezone, tr),
      ]),
    );
  }
  if (hidden > 0) blocks.push(context([tr.t("digest.more", { hidden })]));
  if (snoozes.size > 0)
    blocks.push(context([tr.t("snooze.folded", { count: snoozes.size, new: folded.snoozedNew })]));
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

/** The error types the digest lists with their own line and menu (not snoozed), in the order shown. */
export function listedRules(
  digest: Digest,
  snoozes: ReadonlyMap<string, Snooze> = new Map(),
): SyncErrorRule[] {
  return foldSnoozed(digest.categories, snoozes)
    .categories.flatMap((c) => c.types.map((t) => t.rule))
    .slice(0, LISTED_TYPES);
}

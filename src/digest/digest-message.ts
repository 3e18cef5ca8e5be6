import type { KnownBlock } from "@slack/types";
import { count, plural } from "../plural.js";
import type { Offer } from "../resync/resync-offers.js";
import type { SyncErrorRule } from "../rules/types.js";
import {
  actions,
  buildMessage,
  context,
  escapeMrkdwn,
  header,
  type SlackMessage,
  section,
} from "../slack/blocks/index.js";
import { explainInThreadButton } from "../slack/messages/explain-in-thread.js";
import { resyncButton } from "../slack/messages/resync-messages.js";
import type { Digest, DigestType } from "./collect-digest.js";
import { sparkline } from "./sparkline.js";
import { longDate, shortTime } from "./zoned-time.js";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * How many error types the digest lists with their own line and button; the rest collapse into
 * one line. 20 lines in at most 8 categories keeps the message far inside Slack's 50 blocks.
 */
export const LISTED_TYPES = 20;

const n = (value: number) => value.toLocaleString("en");

function change(now: number, before: number | undefined): string {
  if (before === undefined) return "";
  const delta = now - before;
  if (delta === 0) return " (same as the previous digest)";
  return ` (${delta > 0 ? "▲" : "▼"} ${n(Math.abs(delta))} against the previous digest)`;
}

function typeLine(t: DigestType): string {
  const records = count(t.records, "record", "records");
  // Findings of the bot's own scan are told apart from what HubSpot's Sync Health reported.
  const source =
    t.byScan === 0
      ? ""
      : t.byScan === t.new
        ? " · found by scan"
        : ` · ${n(t.byScan)} found by scan, ${n(t.new - t.byScan)} reported by HubSpot`;
  return `• ${escapeMrkdwn(t.rule.name)}: *${n(t.new)} new* (${records}) · ${n(t.open)} open${source}`;
}

/**
 * The digest as Block Kit: the date, one line of totals, then each category with new errors
 * (who fixes it, a 7-day sparkline, its types with an Explain button each). Nothing new: one line,
 * or no message at all when `skipEmpty`.
 */
export function digestMessage(
  digest: Digest,
  options: {
    skipEmpty?: boolean;
    /** Resync offers by rule id: the listed types with records to resend get a Resync button. */
    offers?: ReadonlyMap<string, Offer>;
  } = {},
): SlackMessage | null {
  const date = longDate(digest.slot, digest.timezone);
  const sinceText = digest.sinceIsPreviousDigest
    ? `since the digest of ${longDate(digest.since, digest.timezone)}`
    : digest.slot.getTime() - digest.since.getTime() > DAY_MS
      ? `since ${longDate(digest.since, digest.timezone)}`
      : "in the last 24 hours";
  const why =
    digest.lateReason === "not_invited" ? "was not in this channel yet" : "was not running";
  const lateNote = digest.late
    ? [context([`Posted late: the bot ${why} at ${shortTime(digest.slot, digest.timezone)}.`])]
    : [];
  const { totals } = digest;

  if (totals.new === 0) {
    if (options.skipEmpty) return null;
    const text = `No new sync errors ${sinceText}. ${n(totals.resolved)} resolved, ${n(totals.open)} open.`;
    return buildMessage({ text, blocks: [section(`:white_check_mark: ${text}`), ...lateNote] });
  }

  const blocks: KnownBlock[] = [
    header(`Sync errors · ${date}`),
    section(
      `*${n(totals.new)} new* ${sinceText}${change(totals.new, digest.previous?.new)} · ` +
        `*${n(totals.resolved)} resolved* · *${n(totals.open)} open*`,
    ),
    ...lateNote,
  ];
  let listed = 0;
  let hidden = 0;
  let buttonIndex = 0;
  let resyncIndex = 0;
  for (const category of digest.categories) {
    const room = Math.max(0, LISTED_TYPES - listed);
    const shown = category.types.slice(0, room);
    hidden += category.types.length - shown.length;
    if (shown.length === 0) continue;
    listed += shown.length;
    const resyncButtons = shown.flatMap((t) => {
      const offer = options.offers?.get(t.rule.id);
      return offer ? [resyncButton(offer, resyncIndex++, { named: true })] : [];
    });
    blocks.push(
      section(
        `*${escapeMrkdwn(category.name)}* · ${n(category.new)} new · usually fixed by the ${category.owners}\n` +
          `\`${sparkline(category.trend)}\` last 7 days\n${shown.map(typeLine).join("\n")}`,
      ),
      actions([
        ...shown.map((t) => explainInThreadButton(t.rule, buttonIndex++)),
        ...resyncButtons,
      ]),
    );
  }
  if (hidden > 0)
    blocks.push(
      context([
        `… and ${n(hidden)} more ${plural(hidden, "error type", "error types")} — \`/syncerror status all\` lists every type`,
      ]),
    );
  const text = `Sync errors ${date}: ${totals.new} new, ${totals.resolved} resolved, ${totals.open} open`;
  return buildMessage({ text, blocks });
}

/** The error types the digest lists with their own line and buttons, in the order shown. */
export function listedRules(digest: Digest): SyncErrorRule[] {
  return digest.categories.flatMap((c) => c.types.map((t) => t.rule)).slice(0, LISTED_TYPES);
}

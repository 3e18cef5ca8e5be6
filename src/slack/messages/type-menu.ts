import type { Overflow, SectionBlock } from "@slack/types";
import { ruleWords } from "../../catalog/labels.js";
import type { Translator } from "../../i18n/translator.js";
import type { Offer } from "../../resync/resync-offers.js";
import type { SyncErrorRule } from "../../rules/types.js";
import type { Claim, Snooze } from "../../store/types.js";
import {
  actions,
  buildMessage,
  button,
  escapeMrkdwn,
  overflow,
  type SlackMessage,
  section,
  slackDate,
} from "../blocks/index.js";
import { SNOOZE_NOTE_MARK, snoozeNote, snoozeOption } from "./snooze-messages.js";

/**
 * The ⋯ menu on each error type's line (digest, `/syncerror status`): `type_menu:<n>`, one per
 * line. An option's value says what it does and on what: `explain:<rule id>`, `resync:<offer
 * key>`, `take:<rule id>`, `release:<rule id>`, `snooze:<rule id>`, `unsnooze:<rule id>`; all
 * well inside Slack's 75 characters. At most five options (Slack's limit for an overflow): Explain,
 * Resync, Take it over and Release (a claimed type in a channel), Snooze… or Unsnooze.
 */
export const TYPE_MENU_PREFIX = "type_menu:";
export const TYPE_MENU_PATTERN = /^type_menu:\d+$/;

/** The confirm of a takeover: value `<rule id> <owner shown>`, so a changed owner is noticed. */
export const CLAIM_TAKEOVER_ACTION = "claim_takeover";
/** "Cancel" on a confirm the menu answered with. */
export const TYPE_MENU_CANCEL_ACTION = "type_menu_cancel";

/** What a menu option asks for. */
export type TypeMenuChoice =
  | {
      readonly kind: "explain" | "take" | "release" | "snooze" | "unsnooze";
      readonly ruleId: string;
    }
  | { readonly kind: "resync"; readonly offerKey: string };

/** Reads an option's value; undefined for anything else. */
export function typeMenuChoice(value: string | undefined): TypeMenuChoice | undefined {
  const match = /^(explain|take|release|resync|snooze|unsnooze):(.+)$/.exec(value ?? "");
  if (!match?.[1] || !match[2]) return undefined;
  const kind = match[1] as "explain" | "take" | "release" | "resync" | "snooze" | "unsnooze";
  return kind === "resync" ? { kind, offerKey: match[2] } : { kind, ruleId: match[2] };
}

/**
 * When a claim began, in Slack's date markup (each reader sees their own time zone; "today",
 * "yesterday" in their Slack's language); the fallback for clients that cannot format dates is
 * UTC, in the translator's language.
 */
export function claimSince(at: Date, t: Translator): string {
  const time = at.toISOString().slice(11, 16);
  return slackDate(
    at,
    "{date_short_pretty} {time}",
    `${t.date(at, { style: "medium", timeZone: "UTC" })} ${time} UTC`,
  );
}

/** " · @ann is on it since …", appended to a type's line when someone is on it. */
export function ownerNote(claim: Claim | undefined, t: Translator): string {
  if (!claim) return "";
  return ` · ${t.t("claims.onIt", { owner: `<@${claim.owner}>`, since: claimSince(claim.since, t) })}`;
}

/**
 * A type's ⋯ menu: Explain, Resync N (when there are records to resend), then Take it, Take it
 * over or Release. Explain and Resync come first on every line, the owner's included: what one
 * does with a type one is on, ownership last. `viewer` is the person the message is for (status);
 * the digest is for a channel, so it offers Take it over on a claimed line and the click decides.
 */
export function typeMenu(input: {
  readonly rule: SyncErrorRule;
  readonly index: number;
  readonly offer?: Offer | undefined;
  readonly claim?: Claim | undefined;
  /** The type's snooze or mute: the menu offers Unsnooze (Unmute) instead of Snooze…. */
  readonly snooze?: Snooze | undefined;
  readonly viewer?: string | undefined;
  readonly t: Translator;
}): Overflow {
  const { rule, offer, claim, viewer, t } = input;
  const options = [{ text: t.t("claims.menuExplain"), value: `explain:${rule.id}` }];
  if (offer)
    options.push({
      text: t.t("claims.menuResync", { errors: offer.size.errors, batches: offer.size.batches }),
      value: `resync:${offer.key}`,
    });
  // In a channel (no viewer) the owner reads the same message: Release is theirs to choose.
  options.push(...ownershipOptions(rule.id, claim ?? null, viewer, t));
  options.push(snoozeOption(rule.id, input.snooze, t));
  return overflow({ actionId: `${TYPE_MENU_PREFIX}${input.index}`, options });
}

/** A type's line with its ⋯ menu, as one section. */
export function typeSection(line: string, menu: Parameters<typeof typeMenu>[0]): SectionBlock {
  return section(`${line}${snoozeNote(menu.snooze, menu.t)}${ownerNote(menu.claim, menu.t)}`, {
    accessory: typeMenu(menu),
  });
}

/**
 * The confirm a menu's "Resync N" answers with, only for the person who chose it: an overflow
 * option cannot carry its own confirm dialog (one dialog covers the whole menu, Explain too).
 * Its button is the Resync button's (`resync_offer:0`, the offer's key, and the thread the
 * progress goes to), so the same listener starts the job.
 */
export function resyncConfirmMessage(
  offer: Offer,
  t: Translator,
  threadTs: string | undefined,
): SlackMessage {
  const { errors, records, batches } = offer.size;
  const text = t.t("claims.resyncConfirmText", {
    text: t.t("explain.resyncConfirmText", {
      records,
      batches,
      skipped: errors - records,
      name: escapeMrkdwn(ruleWords(t).name(offer.rule)),
    }),
  });
  return buildMessage({
    text,
    blocks: [
      section(text),
      actions([
        button({
          text: t.t("explain.resyncConfirm"),
          actionId: "resync_offer:0",
          value: threadTs ? `${offer.key}@${threadTs}` : offer.key,
          style: "primary",
        }),
        button({ text: t.t("claims.cancel"), actionId: TYPE_MENU_CANCEL_ACTION, value: "cancel" }),
      ]),
    ],
  });
}

/** The confirm of taking a type over from its owner, only for the person who chose it. */
export function takeOverConfirmMessage(
  rule: SyncErrorRule,
  claim: Claim,
  t: Translator,
): SlackMessage {
  const text = t.t("claims.takeOverText", {
    owner: `<@${claim.owner}>`,
    name: escapeMrkdwn(ruleWords(t).name(rule)),
    since: claimSince(claim.since, t),
  });
  return buildMessage({
    text,
    blocks: [
      section(text),
      actions([
        button({
          text: t.t("claims.takeOverConfirm"),
          actionId: CLAIM_TAKEOVER_ACTION,
          value: `${rule.id} ${claim.owner}`,
          style: "primary",
        }),
        button({ text: t.t("claims.cancel"), actionId: TYPE_MENU_CANCEL_ACTION, value: "cancel" }),
      ]),
    ],
  });
}

/** A one-line answer about a claim, in the translator's words. */
export function claimAnswer(text: string): SlackMessage {
  return buildMessage({ text, blocks: [section(text)] });
}

/** The ownership options of a menu, after its Explain and Resync. */
function ownershipOptions(
  ruleId: string,
  claim: Claim | null,
  viewer: string | undefined,
  t: Translator,
) {
  if (!claim) return [{ text: t.t("claims.menuTake"), value: `take:${ruleId}` }];
  if (viewer !== undefined && claim.owner === viewer)
    return [{ text: t.t("claims.menuRelease"), value: `release:${ruleId}` }];
  const takeOver = { text: t.t("claims.menuTakeOver"), value: `take:${ruleId}` };
  return viewer === undefined
    ? [takeOver, { text: t.t("claims.menuRelease"), value: `release:${ruleId}` }]
    : [takeOver];
}

type JsonBlock = { [key: string]: unknown };

/**
 * A posted message's blocks with every type's line brought up to date with `claims` and `snoozes`
 * (by rule id): the "snoozed until" and "is on it" notes replaced and the menu's ownership and
 * snooze options redone, everything else as it was
 * (Explain and Resync keep their values). A line is a section whose ⋯ menu has an `explain:`
 * option (which names its type); other blocks come back unchanged. The note always starts " · <@"
 * (the owner's mention comes first in every language, and a type's line never holds a mention),
 * so the old one is cut there, and the snooze note before it always starts " · :zzz:" (a type's
 * name is escaped, so it never holds one). Done on every change made from the message, so a line another
 * change left behind (a takeover confirmed elsewhere) is put right too.
 */
export function withClaimsOnLines(
  blocks: readonly unknown[],
  claims: ReadonlyMap<string, Claim>,
  t: Translator,
  snoozes: ReadonlyMap<string, Snooze>,
): unknown[] {
  return blocks.map((raw) => {
    const block = raw as JsonBlock;
    const accessory = block.accessory as JsonBlock | undefined;
    const text = block.text as { type: string; text: string } | undefined;
    const options = (accessory?.options ?? []) as Array<{ text: { text: string }; value: string }>;
    const ruleId = options
      .find((option) => option.value?.startsWith("explain:"))
      ?.value.slice("explain:".length);
    if (block.type !== "section" || accessory?.type !== "overflow" || !text || !ruleId) return raw;
    const kept = options.filter(
      (option) => option.value?.startsWith("explain:") || option.value?.startsWith("resync:"),
    );
    const claim = claims.get(ruleId);
    const cuts = [text.text.lastIndexOf(" · <@"), text.text.indexOf(SNOOZE_NOTE_MARK)].filter(
      (at) => at >= 0,
    );
    const line = cuts.length > 0 ? text.text.slice(0, Math.min(...cuts)) : text.text;
    const snooze = snoozes.get(ruleId);
    const menu = overflow({
      actionId: String(accessory.action_id),
      options: [
        ...kept.map((option) => ({ text: option.text.text, value: option.value })),
        ...ownershipOptions(ruleId, claim ?? null, undefined, t),
        snoozeOption(ruleId, snooze, t),
      ],
    });
    return section(`${line}${snoozeNote(snooze, t)}${ownerNote(claim, t)}`, {
      accessory: menu,
      ...(typeof block.block_id === "string" ? { blockId: block.block_id } : {}),
    });
  });
}

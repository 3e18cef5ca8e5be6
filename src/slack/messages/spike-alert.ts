import { ruleWords } from "../../catalog/labels.js";
import type { LinkedWave } from "../../causes/link-waves.js";
import type { Translator } from "../../i18n/translator.js";
import type { Offer } from "../../resync/resync-offers.js";
import type { SyncErrorRule } from "../../rules/types.js";
import type { Claim } from "../../store/types.js";
import {
  actions,
  buildMessage,
  button,
  context,
  escapeMrkdwn,
  type SlackMessage,
  section,
} from "../blocks/index.js";
import { causeBlocks } from "./cause-line.js";
import { mentionRef } from "./routing-refs.js";
import { typeSection } from "./type-menu.js";

/**
 * "Fixed, resync now" on a spike alert and on each owned type's line in `/syncerror mine`:
 * `fixed_resync:<n>` (action ids are unique within a message), its value the key of the resync
 * offer the message was built with; the click answers with the resync's confirm, whose button
 * starts the preflighted resync as the digest's does.
 */
export const FIXED_RESYNC_PREFIX = "fixed_resync:";
export const FIXED_RESYNC_PATTERN = /^fixed_resync:\d+$/;

/** The "Fixed, resync now" button of one offer; `index` tells a message's buttons apart. */
export function fixedResyncButton(offer: Offer, index: number, t: Translator) {
  return button({
    text: t.t("alerts.fixed"),
    actionId: `${FIXED_RESYNC_PREFIX}${index}`,
    value: offer.key,
    style: "primary",
  });
}

/** What an alert says, beyond its type: the numbers and the rule that fired. */
export interface SpikeAlertContent {
  readonly rule: SyncErrorRule;
  /** New errors in the last hour. */
  readonly count: number;
  /** The usual hourly rate (a median: may be fractional). */
  readonly usual: number;
  /** User groups (S… ids or @handles) the type's route mentions. */
  readonly mentions: readonly string[];
  /** The resync the menu and "Fixed, resync now" offer; none when no record can be resent. */
  readonly offer: Offer | undefined;
  /** Who is on the type, shown on its line. */
  readonly claim: Claim | undefined;
  readonly factor: number;
  readonly minRecords: number;
  readonly baselineDays: number;
  readonly cooldownMs: number;
  /** The change that likely started the spike, when one is linked; told under the headline. */
  readonly cause?: LinkedWave | undefined;
  /** The team's time zone (the digest's), for the cause's times. */
  readonly timeZone?: string;
}

/** The usual rate as people read it: at most one decimal, in the translator's language. */
function usualText(usual: number, t: Translator): string {
  return t.number(Math.round(usual * 10) / 10);
}

/**
 * The spike alert, in the channel's language: the type's line (with its ⋯ menu: Explain, Resync N,
 * Take it, the same listener as the digest's) saying how many new errors came in the last hour
 * against the usual; who is asked to look (the route's user groups); the rule that fired; and
 * "Fixed, resync now" when there are records to resend.
 */
export function spikeAlertMessage(content: SpikeAlertContent, t: Translator): SlackMessage {
  const name = escapeMrkdwn(ruleWords(t).name(content.rule));
  const usual = usualText(content.usual, t);
  const mentions = content.mentions.map(mentionRef).join(" ");
  const headline = t.t("alerts.headline", { name, count: content.count, usual });
  const explained = t.t("alerts.rule", {
    factor: t.number(content.factor),
    days: content.baselineDays,
    min: content.minRecords,
    hours: Math.round((content.cooldownMs / 3_600_000) * 10) / 10,
  });
  // The notification leads with the mention, so the group is notified, then says it plainly.
  const text = t.t("alerts.text", { name, count: content.count, usual });
  return buildMessage({
    text: mentions ? `${mentions} ${text}` : text,
    blocks: [
      typeSection(headline, {
        rule: content.rule,
        index: 0,
        offer: content.offer,
        claim: content.claim,
        t,
      }),
      ...causeBlocks(content.cause, content.rule, content.timeZone ?? "UTC", t),
      ...(mentions ? [section(t.t("alerts.forMentions", { mentions }))] : []),
      context([explained]),
      ...(content.offer ? [actions([fixedResyncButton(content.offer, 0, t)])] : []),
    ],
  });
}

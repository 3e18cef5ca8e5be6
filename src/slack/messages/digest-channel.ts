import type { KnownBlock } from "@slack/types";
import { type Translator, translator } from "../../i18n/translator.js";
import { section, slackDate } from "../blocks/index.js";

/** Why the bot cannot post the digest: it was never invited to the channel, or Slack refused one. */
export interface DigestChannelProblem {
  readonly channel: string;
  /** The slot of the digest that waits for the invite, if Slack already refused one. */
  readonly waitingSlot?: Date;
}

/**
 * The notice `/syncerror status` opens with while the bot is not in the digest channel: what is
 * wrong and the one thing that fixes it, in the translator's language.
 */
export function digestChannelNotice(
  problem: DigestChannelProblem,
  t: Translator = translator("en"),
): KnownBlock {
  const channel = `<#${problem.channel}>`;
  const slot = problem.waitingSlot;
  if (!slot) return section(t.t("status.noticeNotInvited", { channel }));
  const date =
    t.language === "en"
      ? slackDate(slot)
      : slackDate(
          slot,
          undefined,
          `${t.date(slot, { style: "medium", timeZone: "UTC" })} ${slot.toISOString().slice(11, 16)} UTC`,
        );
  return section(t.t("status.noticeWaiting", { date, channel }));
}

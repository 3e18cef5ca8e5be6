import type { KnownBlock } from "@slack/types";
import { section, slackDate } from "../blocks/index.js";

/** Why the bot cannot post the digest: it was never invited to the channel, or Slack refused one. */
export interface DigestChannelProblem {
  readonly channel: string;
  /** The slot of the digest that waits for the invite, if Slack already refused one. */
  readonly waitingSlot?: Date;
}

/**
 * The notice `/syncerror status` opens with while the bot is not in the digest channel: what is
 * wrong and the one thing that fixes it.
 */
export function digestChannelNotice(problem: DigestChannelProblem): KnownBlock {
  const channel = `<#${problem.channel}>`;
  const slot = problem.waitingSlot;
  const what = slot
    ? `The digest of ${slackDate(slot)} is waiting: the bot is not in ${channel}, so Slack refused it.`
    : `The bot is not in ${channel}: it cannot post the digest there or see the exports dropped there.`;
  const fix = slot
    ? `Type \`/invite @syncerror\` in ${channel}; the digest is posted as soon as the bot joins.`
    : `Type \`/invite @syncerror\` in ${channel}.`;
  return section(`:warning: ${what} ${fix}`);
}

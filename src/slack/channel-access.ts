import type { WebClient } from "@slack/web-api";
import type { Logger } from "../logger.js";
import { findChannel } from "./find-channel.js";
import { slackErrorCode } from "./slack-error-code.js";

/**
 * Slack's answers that mean the bot may not post in the channel until someone invites it:
 * `not_in_channel` for a public channel, `channel_not_found` for a private one, which a bot that
 * is not a member cannot see (or for a DIGEST_CHANNEL id that is wrong). The manifest asks for
 * `chat:write` but not `chat:write.public`: the bot must be in the channel anyway to see the
 * exports dropped there.
 */
export const NOT_INVITED_CODES: readonly string[] = ["not_in_channel", "channel_not_found"];

/** Whether the bot can post in the digest channel, as last seen. */
export type ChannelAccess =
  | { readonly state: "unknown" }
  | { readonly state: "member" }
  | { readonly state: "not_invited"; readonly reason: string };

/**
 * What the bot last learned about its membership of the digest channel: at start
 * (`checkDigestChannel`), from a digest Slack refused, and when it is invited. `/syncerror status`
 * reads it to tell the admin to invite the bot.
 */
export class DigestChannelAccess {
  private current: ChannelAccess = { state: "unknown" };

  constructor(readonly channel: string) {}

  get(): ChannelAccess {
    return this.current;
  }

  /** The bot is in the channel (invited, or a post went through). */
  joined(): void {
    this.current = { state: "member" };
  }

  /** Slack refused a post, or said the bot is not a member; `reason` is its error code. */
  notInvited(reason: string): void {
    this.current = { state: "not_invited", reason };
  }
}

/**
 * The one log line for a post Slack refused because the bot is not in the channel: its code, the
 * channel and what to do, with no stack trace (nothing is broken; someone must invite the bot).
 * Undefined for any other failure, which is logged as such.
 */
export function notInvitedLogFields(
  error: unknown,
  channel: string,
): { code: string; channel: string; hint: string } | undefined {
  const code = slackErrorCode(error);
  if (code === undefined || !NOT_INVITED_CODES.includes(code)) return undefined;
  return {
    code,
    channel,
    hint: `invite the bot: type /invite @syncerror in the channel ${channel}`,
  };
}

/**
 * The admin's instruction, for logs and messages. `setting` names where the channel comes from:
 * DIGEST_CHANNEL, or "a channel of ROUTES_PATH" for a channel the routing sends a digest to.
 */
export function inviteInstruction(channel: string, setting = "DIGEST_CHANNEL"): string {
  return `type /invite @syncerror in the channel ${channel} (${setting})`;
}

/**
 * Asks Slack at start whether the bot is in the digest channel (`conversations.info`, or for a
 * routed `#name` `conversations.list`; both need `channels:read` or, for a private channel,
 * `groups:read`), records it, and logs what to do when it is not, or when the channel is archived. A check Slack will not answer leaves the access unknown: the first digest will tell.
 */
export async function checkDigestChannel(
  client: WebClient,
  access: DigestChannelAccess,
  logger: Logger,
  /** Where the channel comes from: DIGEST_CHANNEL, or "a channel of ROUTES_PATH" for a routed digest. */
  setting = "DIGEST_CHANNEL",
): Promise<ChannelAccess> {
  const channel = access.channel;
  try {
    // A routed channel written "#name" is looked up by name: conversations.info takes ids only.
    const seen = await findChannel(client, channel);
    if (!seen) access.notInvited("channel_not_found");
    else if (!seen.isMember) access.notInvited("not_in_channel");
    else access.joined();
    if (seen?.isArchived)
      logger.warn(
        { channel },
        `${setting} ${channel} is archived in Slack: no digest can be posted there until it is unarchived`,
      );
  } catch (error) {
    logger.info(
      { channel, reason: slackErrorCode(error) ?? (error as Error).message },
      `could not check whether the bot is in ${setting} (it needs channels:read and groups:read)`,
    );
    return access.get();
  }
  const state = access.get();
  if (state.state === "not_invited") {
    logger.warn(
      { channel, reason: state.reason },
      `the bot is not in ${setting}, so digests cannot be posted there: ${inviteInstruction(channel, setting)} (a private channel shows as not found until then)`,
    );
  } else {
    logger.info({ channel }, `the bot is in ${setting}`);
  }
  return state;
}

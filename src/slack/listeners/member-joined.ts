import type { App } from "@slack/bolt";
import type { ListenerDeps } from "./listener-deps.js";

/**
 * The bot was invited to the digest channel, or to a channel the routing sends a digest to (`member_joined_channel` for its own user; Slack
 * sends it with `channels:read`, or `groups:read` for a private channel): from now on it may post
 * there, and a digest Slack refused for want of the invite is posted at once, before the next slot.
 */
export function registerMemberJoined(app: App, deps: ListenerDeps): void {
  app.event("member_joined_channel", async ({ event, context }) => {
    if (!deps.digest || event.user !== context.botUserId) return;
    // DIGEST_CHANNEL's digest, or a routed channel's (routing), each waiting for its own invite.
    const digest =
      event.channel === deps.digestChannel
        ? deps.digest
        : deps.digest.routed?.find((routed) => routed.access.channel === event.channel);
    if (!digest) return;
    deps.logger.info(
      { channel: event.channel, inviter: event.inviter },
      event.channel === deps.digestChannel
        ? "the bot was invited to DIGEST_CHANNEL"
        : "the bot was invited to a routed digest's channel",
    );
    digest.access.joined();
    const posting = digest.postWaiting();
    deps.pendingWork?.add(posting);
    await posting;
  });
}

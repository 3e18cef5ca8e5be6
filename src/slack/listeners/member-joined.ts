import type { App } from "@slack/bolt";
import type { ListenerDeps } from "./listener-deps.js";

/**
 * The bot was invited to the digest channel (`member_joined_channel` for its own user; Slack
 * sends it with `channels:read`, or `groups:read` for a private channel): from now on it may post
 * there, and a digest Slack refused for want of the invite is posted at once, before the next slot.
 */
export function registerMemberJoined(app: App, deps: ListenerDeps): void {
  app.event("member_joined_channel", async ({ event, context }) => {
    const digest = deps.digest;
    if (!digest || event.user !== context.botUserId || event.channel !== deps.digestChannel) {
      return;
    }
    deps.logger.info(
      { channel: event.channel, inviter: event.inviter },
      "the bot was invited to DIGEST_CHANNEL",
    );
    digest.access.joined();
    const posting = digest.postWaiting();
    deps.pendingWork?.add(posting);
    await posting;
  });
}

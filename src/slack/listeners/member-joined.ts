import type { App } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import type { ListenerDeps, SlackDigest } from "./listener-deps.js";

/**
 * The bot was invited to the digest channel, or to a channel the routing sends a digest to
 * (`member_joined_channel` for its own user; Slack sends it with `channels:read`, or `groups:read`
 * for a private channel): from now on it may post there, and a digest Slack refused for want of
 * the invite is posted at once, before the next slot.
 */
export function registerMemberJoined(app: App, deps: ListenerDeps): void {
  app.event("member_joined_channel", async ({ event, context, client }) => {
    if (!deps.digest || event.user !== context.botUserId) return;
    const digest = await digestOf(event.channel, deps, client);
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

/**
 * DIGEST_CHANNEL's digest, or the routed channel's (routing) the bot was invited to. The event
 * names the channel by id; a route that names it `"#name"` is matched by asking Slack the
 * channel's name (only then, and only when such a route exists).
 */
async function digestOf(
  channel: string,
  deps: ListenerDeps,
  client: WebClient,
): Promise<SlackDigest | undefined> {
  if (channel === deps.digestChannel) return deps.digest;
  const routed = deps.digest?.routed ?? [];
  const byId = routed.find((digest) => digest.access.channel === channel);
  if (byId || !routed.some((digest) => digest.access.channel.startsWith("#"))) return byId;
  const name = await client.conversations
    .info({ channel })
    .then((info) => info.channel?.name)
    .catch((error: unknown) => {
      deps.logger.warn({ channel, err: error }, "could not ask Slack the invited channel's name");
      return undefined;
    });
  return name ? routed.find((digest) => digest.access.channel === `#${name}`) : undefined;
}

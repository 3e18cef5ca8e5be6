import type { WebClient } from "@slack/web-api";
import { slackErrorCode } from "./slack-error-code.js";

/** What the routes check and the start need to know of a channel, as the bot sees it. */
export interface SeenChannel {
  readonly id: string;
  readonly name: string;
  readonly isMember: boolean;
  readonly isArchived: boolean;
}

/**
 * A page of conversations.list; 200 is the size Slack recommends ("no more than 200 results at a
 * time", https://docs.slack.dev/apis/web-api/pagination), far under its 1,000 cap.
 */
const PAGE = 200;

/**
 * Finds channels by name (`#sf-admins` in a routing file), since conversations.info takes ids only:
 * pages through conversations.list once for all of them, public and private, archived ones too (so
 * an archived channel is reported as such, not as missing). Needs channels:read and groups:read,
 * which the manifest already asks for. A private channel the bot is not in is not listed, so it is
 * missing here, as Slack hides it from the bot. Names are given without `#`; the map has an entry
 * for each one found. Slack's refusals are thrown, as the WebClient throws them.
 */
export async function findChannelsByName(
  client: WebClient,
  names: readonly string[],
): Promise<ReadonlyMap<string, SeenChannel>> {
  const found = new Map<string, SeenChannel>();
  const wanted = new Set(names);
  if (wanted.size === 0) return found;
  let cursor: string | undefined;
  do {
    const page = await client.conversations.list({
      types: "public_channel,private_channel",
      exclude_archived: false,
      limit: PAGE,
      ...(cursor ? { cursor } : {}),
    });
    for (const channel of page.channels ?? []) {
      if (!channel.id || !channel.name || !wanted.has(channel.name)) continue;
      found.set(channel.name, {
        id: channel.id,
        name: channel.name,
        isMember: channel.is_member !== false,
        isArchived: channel.is_archived === true,
      });
    }
    cursor = page.response_metadata?.next_cursor || undefined;
  } while (cursor && found.size < wanted.size);
  return found;
}

/**
 * A channel by its id (conversations.info, channels:read or groups:read), or undefined when Slack
 * answers `channel_not_found`: no such channel, or a private one the bot is not in. Any other
 * refusal is thrown.
 */
export async function findChannelById(
  client: WebClient,
  id: string,
): Promise<SeenChannel | undefined> {
  try {
    const info = await client.conversations.info({ channel: id });
    return {
      id,
      name: info.channel?.name ?? "",
      // Slack shows is_member to a bot; should it not, the first post will tell.
      isMember: info.channel?.is_member !== false,
      isArchived: info.channel?.is_archived === true,
    };
  } catch (error) {
    if (slackErrorCode(error) === "channel_not_found") return undefined;
    throw error;
  }
}

/** A routing file's channel (an id, or `#name`) as Slack shows it to the bot; undefined: not seen. */
export async function findChannel(
  client: WebClient,
  channel: string,
): Promise<SeenChannel | undefined> {
  if (!channel.startsWith("#")) return findChannelById(client, channel);
  const name = channel.slice(1);
  return (await findChannelsByName(client, [name])).get(name);
}

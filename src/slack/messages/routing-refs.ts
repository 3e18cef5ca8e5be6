import { escapeMrkdwn } from "../blocks/index.js";

/**
 * A routing file's channel as Slack links it: an id as `<#C…>`; a `#name` as written (Slack links
 * a channel by id only).
 */
export function channelRef(channel: string): string {
  return channel.startsWith("#") ? escapeMrkdwn(channel) : `<#${channel}>`;
}

/**
 * A routing file's user group as Slack mentions it: an id as `<!subteam^S…>`; an `@handle` stays
 * text (Slack mentions a group by id only).
 */
export function mentionRef(group: string): string {
  return group.startsWith("@") ? escapeMrkdwn(group) : `<!subteam^${group}>`;
}

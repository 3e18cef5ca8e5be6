import type { WebClient } from "@slack/web-api";
import { problem, type RoutingProblem } from "../routing/problems.js";
import type { Routing } from "../routing/routing.js";
import { findChannelById, findChannelsByName, type SeenChannel } from "./find-channel.js";
import { slackErrorCode } from "./slack-error-code.js";

/**
 * The routing file checked against Slack, as the bot sees it: each routed channel exists, is not
 * archived and has the bot in it; each mentioned user group exists and is enabled. Every problem
 * at once, each on the line of the `channel` or `mention` it is about (once per channel or group,
 * on its first line). The scopes it needs are the manifest's already: channels:read and
 * groups:read (conversations.info for an id, conversations.list for a `#name`), usergroups:read
 * (usergroups.list).
 */
export interface SlackRoutesCheck {
  readonly problems: readonly RoutingProblem[];
  /** The distinct channels and user groups the file names, as checked. */
  readonly channels: readonly string[];
  readonly usergroups: readonly string[];
}

/** Which parts to check: the bot at start checks only the user groups (its digests check the rest). */
export interface SlackRoutesOptions {
  readonly channels?: boolean;
  readonly usergroups?: boolean;
}

/** Checks the routing's channels and user groups against Slack. */
export async function checkRoutesInSlack(
  client: WebClient,
  routing: Routing,
  options: SlackRoutesOptions = {},
): Promise<SlackRoutesCheck> {
  const channels = firstLines(routing, (route) => [route.channel, route.channelLine]);
  const usergroups = firstLines(routing, (route) => [route.mention, route.mentionLine]);
  const problems: RoutingProblem[] = [
    ...(options.channels === false ? [] : await channelProblems(client, channels)),
    ...(options.usergroups === false ? [] : await usergroupProblems(client, usergroups)),
  ];
  return { problems, channels: [...channels.keys()], usergroups: [...usergroups.keys()] };
}

/** Each distinct value the routes give, with the line it first appears on, in file order. */
function firstLines(
  routing: Routing,
  pick: (route: Routing["routes"][number]) => [string | undefined, number | undefined],
): Map<string, number | undefined> {
  const lines = new Map<string, number | undefined>();
  for (const route of routing.routes) {
    const [value, line] = pick(route);
    if (value && !lines.has(value)) lines.set(value, line ?? route.line);
  }
  return lines;
}

async function channelProblems(
  client: WebClient,
  channels: ReadonlyMap<string, number | undefined>,
): Promise<RoutingProblem[]> {
  const problems: RoutingProblem[] = [];
  const names = [...channels.keys()].filter((c) => c.startsWith("#")).map((c) => c.slice(1));
  let byName: ReadonlyMap<string, SeenChannel> | undefined;
  try {
    byName = await findChannelsByName(client, names);
  } catch (error) {
    problems.push(unanswered("conversations.list", "channels", error));
  }
  for (const [channel, line] of channels) {
    let seen: SeenChannel | undefined;
    if (channel.startsWith("#")) {
      // Without the list no `#name` can be judged (said once above); the ids still can.
      if (!byName) continue;
      seen = byName.get(channel.slice(1));
    } else {
      try {
        seen = await findChannelById(client, channel);
      } catch (error) {
        problems.push(unanswered("conversations.info", "channels", error));
        continue;
      }
    }
    const by = channel.startsWith("#") ? "name" : "id";
    if (!seen)
      problems.push(problem("channel-not-found", line, "routing.channelNotFound", { channel, by }));
    else if (seen.isArchived)
      problems.push(problem("channel-archived", line, "routing.channelArchived", { channel }));
    else if (!seen.isMember)
      problems.push(problem("bot-not-in-channel", line, "routing.botNotInChannel", { channel }));
  }
  return problems;
}

async function usergroupProblems(
  client: WebClient,
  usergroups: ReadonlyMap<string, number | undefined>,
): Promise<RoutingProblem[]> {
  if (usergroups.size === 0) return [];
  let listed: ReadonlyArray<{ id?: string; handle?: string; date_delete?: number }>;
  try {
    // Disabled groups too, so one is reported as disabled rather than missing.
    listed = (await client.usergroups.list({ include_disabled: true })).usergroups ?? [];
  } catch (error) {
    return [unanswered("usergroups.list", "usergroups", error)];
  }
  const problems: RoutingProblem[] = [];
  for (const [group, line] of usergroups) {
    const byHandle = group.startsWith("@");
    const found = listed.find((g) => (byHandle ? `@${g.handle}` === group : g.id === group));
    if (!found)
      problems.push(
        problem("usergroup-not-found", line, "routing.usergroupNotFound", {
          group,
          by: byHandle ? "handle" : "id",
        }),
      );
    // slack-api-specs objs_subteam: a disabled group has a non-zero date_delete.
    else if ((found.date_delete ?? 0) !== 0)
      problems.push(problem("usergroup-disabled", line, "routing.usergroupDisabled", { group }));
  }
  return problems;
}

/** Slack refused or did not answer: the part it was asked about is not checked, and says why. */
function unanswered(
  method: string,
  what: "channels" | "usergroups",
  error: unknown,
): RoutingProblem {
  const code = slackErrorCode(error);
  const needed = (error as { data?: { needed?: unknown } } | null)?.data?.needed;
  return problem("slack-unanswered", undefined, "routing.slackUnanswered", {
    method,
    reason: code ?? (error instanceof Error ? error.message : String(error)),
    scope: code === "missing_scope" && typeof needed === "string" ? needed : "none",
    what,
  });
}

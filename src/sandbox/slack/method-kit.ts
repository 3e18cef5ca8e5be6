/**
 * What every Web API method handler of the sandbox shares: its context, its answers (`ok`,
 * `fail`, `invalidBlocks`), argument reading and who may post where.
 */

import { plainProblems } from "./blocks.js";
import type { FileStore } from "./files.js";
import type { Modals } from "./modals.js";
import type { MessageStore } from "./store.js";
import { type BlockValidator, channelKind, type SandboxChannel } from "./types.js";

/** What a Web API method handler sees besides its arguments. */
export interface MethodContext {
  readonly store: MessageStore;
  readonly files: FileStore;
  readonly validateBlocks: BlockValidator;
  /** The sandbox's base URL, for `auth.test`. */
  readonly url: string;
  /** Where files are served from (Slack's files.slack.com), a different origin than `url`. */
  readonly filesUrl: string;
  /** The bot token's scopes. */
  readonly scopes: ReadonlySet<string>;
  /** Trigger ids issued and the modals people have open (`views.open`). */
  readonly modals: Modals;
}

/** A handler's answer: always HTTP 200, as Slack answers every call it understood. */
export interface MethodResult {
  readonly body: Record<string, unknown>;
  /** Why the call is a defect in the app (recorded as unexpected), if it is one. */
  readonly unexpected?: string;
}

export type Args = Readonly<Record<string, unknown>>;
export type Handler = (args: Args, context: MethodContext) => MethodResult;

export const ok = (body: Record<string, unknown>): MethodResult => ({
  body: { ok: true, ...body },
});

/**
 * An `ok:false` answer. `unexpected` marks a request no correct app sends (a missing argument,
 * invalid blocks); state-dependent errors such as `channel_not_found` leave it out, because an
 * app must be able to meet them against real Slack too.
 */
export function fail(
  error: string,
  unexpected?: string,
  messages?: readonly string[],
): MethodResult {
  const body = messages
    ? { ok: false, error, response_metadata: { messages } }
    : { ok: false, error };
  return unexpected === undefined ? { body } : { body, unexpected };
}

/**
 * Slack's answer to invalid blocks: the problems in `errors` and, prefixed `[ERROR]`, in
 * `response_metadata.messages` (ryanrosello-og/playwright-slack-report#180 quotes one).
 */
export function invalidBlocks(
  error: string,
  unexpected: string,
  messages: readonly string[],
): MethodResult {
  return {
    body: { ok: false, error, errors: plainProblems(messages), response_metadata: { messages } },
    unexpected,
  };
}

/**
 * Whether the bot may post in `channel`: it is a member (invited, or its own direct message);
 * a public channel also with `chat:write.public`. Otherwise Slack answers `not_in_channel` for a
 * public channel and `channel_not_found` for a private one, which a non-member cannot see.
 * Sources: slack-api-specs `chat.postMessage` errors; https://docs.slack.dev/reference/scopes/chat.write.public
 * ("Send messages to channels your Slack app isn't a member of"); connorads/lockbot#11
 * (not_in_channel, fixed by chat:write.public, "still needs to be handled for private channels");
 * getsentry/sentry#119600 and mishk0/slack-bot-api#97 (a private channel the bot is not in
 * answers channel_not_found).
 */
export function postingRefusal(
  channel: SandboxChannel,
  context: MethodContext,
): MethodResult | undefined {
  // slack-api-specs chat.postMessage errors: is_archived, "Channel has been archived".
  if (channel.isArchived) return fail("is_archived");
  if (context.store.botIsMember(channel)) return undefined;
  if (channelKind(channel) === "private") return fail("channel_not_found");
  return context.scopes.has("chat:write.public") ? undefined : fail("not_in_channel");
}

/** A string argument, or undefined when absent or empty (form fields are always strings). */
export function stringArg(args: Args, key: string): string | undefined {
  const value = args[key];
  if (typeof value === "number") return String(value);
  return typeof value === "string" && value !== "" ? value : undefined;
}

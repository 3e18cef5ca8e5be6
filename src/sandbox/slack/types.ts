/**
 * The shapes the Slack sandbox records and hands out. They are read-only values: the sandbox
 * never changes one it has handed out (an edit stores a new object), and callers must not either.
 */

/** The identity the sandbox's workspace and bot answer with (`auth.test` and every message). */
export const SANDBOX_IDENTITY = {
  teamId: "T0SANDBOX",
  team: "Sandbox",
  teamDomain: "sandbox",
  botUserId: "U0SANDBOXBOT",
  botId: "B0SANDBOX",
  appId: "A0SANDBOX",
} as const;

/** The channel every sandbox starts with. The bot is not in it until invited (`inviteBot`). */
export const DEFAULT_CHANNEL: SandboxChannel = { id: "C0SANDBOX", name: "sync-errors" };

/**
 * The bot token's scopes unless a sandbox is started with others: the bot scopes syncerror's
 * `manifest.yml` asks for (a test keeps the two equal). Each Web API method answers
 * `missing_scope` without the scope it needs, and a file download without `files:read` gets
 * Slack's sign-in page.
 */
export const DEFAULT_BOT_SCOPES: readonly string[] = [
  "commands",
  "chat:write",
  "files:read",
  "files:write",
  "usergroups:read",
  "channels:read",
  "groups:read",
  "users:read",
];

/**
 * What a file download the token may not make gets: Slack's sign-in page with 200 (the usual
 * report) or a 302 to the workspace's sign-in page (`?redir=`). Sources: slackapi/bolt-js#2585,
 * slackapi/deno-slack-sdk#285, vercel/eve#1567, OpenRouterLabs/spawn#2316.
 */
export type FileAccessDenied = "sign_in_page" | "redirect";

/** A conversation's kind as Slack's access rules see it. */
export type ChannelKind = "public" | "private" | "im";

/**
 * A person in the sandbox's workspace, as `users.info` answers for them. Everyone who types a
 * command, clicks, shares a file or opens the Home tab exists (with Slack's default locale
 * `en-US`) unless added first with another locale.
 */
export interface SandboxUser {
  /** `U…` */
  readonly id: string;
  /** Their Slack language setting, as `users.info` with `include_locale` gives it (`da-DK`). */
  readonly locale?: string;
  /** Their handle; the id in lower case unless given. */
  readonly name?: string;
  /**
   * Deactivated: `users.info` says `deleted: true`. Slack still takes a post to their direct
   * message (python-slack-sdk#1156, a Slack engineer: "their channel histories still exist").
   */
  readonly deleted?: boolean;
}

/**
 * A user group (`S…`), as `usergroups.list` answers for it. A disabled group keeps its id and
 * handle (Slack's `date_delete` is set) and is listed only with `include_disabled`.
 */
export interface SandboxUsergroup {
  readonly id: string;
  /** What `@handle` mentions, without the `@`. */
  readonly handle: string;
  readonly name: string;
  readonly members: readonly string[];
  readonly disabled: boolean;
}

/** Direct messages have ids starting with D; a private channel is marked `isPrivate`. */
export function channelKind(channel: SandboxChannel): ChannelKind {
  if (channel.id.startsWith("D")) return "im";
  return channel.isPrivate ? "private" : "public";
}

/** Where blocks are shown; the limits differ (50 blocks in a message, 100 in a view). */
export type BlockSurface = "message" | "modal" | "home";

/**
 * Checks blocks the way Slack would before accepting them. Returns the problems found, one line
 * each; an empty list means valid. The same signature as `validateBlocks` in `src/slack/blocks/`.
 */
export type BlockValidator = (blocks: unknown, surface: BlockSurface) => string[];

/** A conversation the sandbox knows; any other id answers `channel_not_found`. */
export interface SandboxChannel {
  readonly id: string;
  /** Without the leading `#`, as Slack stores it. */
  readonly name: string;
  readonly isPrivate?: boolean;
  /** Archived: still found by id, listed unless `exclude_archived`, and no post goes in. */
  readonly isArchived?: boolean;
  /** For a direct message (`D…`): the person the bot talks to there. */
  readonly user?: string;
}

interface MessageBase {
  readonly channel: string;
  readonly ts: string;
  readonly text: string;
  /** Empty when the message has none. */
  readonly blocks: readonly unknown[];
  /** The parent's ts, for a reply in a thread. */
  readonly threadTs?: string;
  /**
   * How it got here: a Web API call, a `response_url` post, a slash command's `ack()` body, or a
   * person (a file share the sandbox played).
   */
  readonly via: "web_api" | "response_url" | "ack" | "user";
  /** The person who posted it, when `via` is "user"; the bot otherwise. */
  readonly author?: string;
  /** True once `chat.update` or `replace_original` has changed it. */
  readonly edited: boolean;
  /**
   * The ids of the files it shares: the message `files.completeUploadExternal` posts (its text the
   * `initial_comment`). Read a file's bytes and details with the sandbox's `file(id)`.
   */
  readonly files?: readonly string[];
}

/** A message everyone in the channel sees. */
export interface ChannelMessage extends MessageBase {
  readonly ephemeral: false;
}

/** A message only `user` sees; Slack keeps no history of these and `chat.update` cannot edit them. */
export interface EphemeralMessage extends MessageBase {
  readonly ephemeral: true;
  readonly user: string;
}

/** A message the bot posted, as the sandbox currently holds it. */
export type SlackMessage = ChannelMessage | EphemeralMessage;

/** The home tab last published for a user, as `views.publish` returned it. */
export interface SandboxView {
  readonly id: string;
  readonly hash: string;
  readonly type: "home";
  readonly blocks: readonly unknown[];
  readonly [field: string]: unknown;
}

/** A change to the message store. */
export interface MessageEvent {
  readonly kind: "posted" | "updated" | "deleted" | "ephemeral";
  readonly message: SlackMessage;
}

/** A home tab was published. */
export interface HomeEvent {
  readonly user: string;
  readonly view: SandboxView;
}

/** Where a `response_url` delivers, and which message `replace_original` refers to. */
export interface ResponseUrlContext {
  readonly channel?: string;
  readonly user?: string;
  /** The message the interaction came from (channel message or ephemeral). */
  readonly sourceMessageTs?: string;
}

/** One request to `POST /api/<method>`, whatever the answer was. */
export interface SandboxCall {
  readonly type: "call";
  /** Order among all calls and responses since the sandbox started. */
  readonly seq: number;
  readonly method: string;
  /** Decoded arguments: JSON inside form fields (`blocks`, `view`…) is parsed; `token` is left out. */
  readonly args: Readonly<Record<string, unknown>>;
  readonly status: number;
  /** The JSON body sent back, or the text of a non-JSON answer. */
  readonly response: unknown;
  /** Why the sandbox considers the call a defect in the app; absent for a proper call. */
  readonly unexpected?: string;
  /** Set when the answer came from `failNext`, `rateLimitNext` or `serverErrorNext`. */
  readonly injected?: true;
}

/** One POST to a `response_url`. */
export interface SandboxResponse {
  readonly type: "response";
  readonly seq: number;
  /** Always `"response_url"`, so `waitFor("response_url")` finds these. */
  readonly method: "response_url";
  readonly url: string;
  readonly context: ResponseUrlContext;
  /** The parsed JSON body, or the raw text when it was not JSON. */
  readonly body: unknown;
  readonly status: number;
  /** The error code when the post was refused (`used_url`, `invalid_blocks`…). */
  readonly error?: string;
  readonly unexpected?: string;
}

/** Anything `waitFor` can wait for. */
export type SandboxRecord = SandboxCall | SandboxResponse;

/** The sandbox's events (a typed node `EventEmitter` map). */
export interface SandboxEvents {
  call: [SandboxCall];
  message: [MessageEvent];
  response: [SandboxResponse];
  home: [HomeEvent];
}

/** The clock the sandbox reads for `response_url` expiry; tests can pass a fixed one. */
export interface SandboxClock {
  now(): Date;
}

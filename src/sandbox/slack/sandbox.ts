/**
 * A Slack workspace on 127.0.0.1 for tests and the bot's local mode: the real `WebClient` (and
 * Bolt) talk to it through `slackApiUrl`, and it plays Slack towards the app with signed slash
 * commands and clicks. It answers like Slack and fails loudly on anything it does not model.
 */

import { EventEmitter } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { assertNoUnexpected } from "../assert-expected.js";
import { withSlackChecks } from "./blocks.js";
import { FaultQueue } from "./faults.js";
import { FileStore, type SandboxFile } from "./files.js";
import {
  type ClickInput,
  clickHome,
  clickMessage,
  type HomeClickInput,
  type InteractionParts,
  type InteractionReply,
  type SlashInput,
  slashCommand,
} from "./interact.js";
import { Journal, type RecordMatcher } from "./journal.js";
import { Modals, type SandboxModal } from "./modals.js";
import type { AppReply, SlackAppTarget } from "./requests.js";
import { sendEvent } from "./requests.js";
import { ResponseUrls } from "./response-url.js";
import { createFileHandler, createRequestHandler, type SocketModeEndpoint } from "./server.js";
import { MessageStore } from "./store.js";
import { type SubmitViewInput, type SubmitViewReply, submitView } from "./submit-view.js";
import {
  type BlockValidator,
  type ChannelMessage,
  channelKind,
  DEFAULT_BOT_SCOPES,
  type EphemeralMessage,
  type FileAccessDenied,
  type ResponseUrlContext,
  SANDBOX_IDENTITY,
  type SandboxCall,
  type SandboxChannel,
  type SandboxClock,
  type SandboxEvents,
  type SandboxRecord,
  type SandboxResponse,
  type SandboxUser,
  type SandboxView,
} from "./types.js";

export { checkBlockKit } from "./block-kit.js";
export { structuralBlockCheck } from "./blocks.js";
export type { SandboxFile } from "./files.js";
export type { ClickInput, HomeClickInput, InteractionReply, SlashInput } from "./interact.js";
export type { SandboxModal } from "./modals.js";
export type { SocketModeEndpoint } from "./server.js";
export type { SubmitViewInput, SubmitViewReply } from "./submit-view.js";
export type * from "./types.js";
export { DEFAULT_BOT_SCOPES, DEFAULT_CHANNEL, SANDBOX_IDENTITY } from "./types.js";

/** A file a person shared: where, and the ts of the message that shared it. */
export type SharedFile = SandboxFile & { readonly channel: string; readonly ts: string };

/** How to start a sandbox. */
export interface SlackSandboxOptions {
  /** The only token the Web API accepts (`Authorization: Bearer …`). */
  readonly botToken: string;
  readonly host?: "127.0.0.1";
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  /**
   * An extra check of the blocks of every message, response and view, run after Slack's own
   * (`structuralBlockCheck`, always applied); problems are answered with `invalid_blocks` (views:
   * `invalid_arguments`, as Slack does). An app's tests pass their own, stricter validator here,
   * so the fake itself knows nothing of the app it serves.
   */
  readonly validateBlocks?: BlockValidator;
  /** The bot token's scopes; `DEFAULT_BOT_SCOPES` (syncerror's manifest) unless given. */
  readonly scopes?: readonly string[];
  /** What a refused file download gets: Slack's sign-in page (default) or a redirect to it. */
  readonly fileAccessDenied?: FileAccessDenied;
  /** For response_url expiry (30 minutes). */
  readonly clock?: SandboxClock;
  /** Answers `apps.connections.open` with this WebSocket URL, for a Socket Mode test server. */
  readonly socketMode?: SocketModeEndpoint;
}

/** Options for `waitFor`. */
export interface WaitOptions {
  /** 2000 unless given. */
  readonly timeoutMs?: number;
}

const DEFAULT_WAIT_MS = 2000;

/** A loopback Slack: Web API, response_urls, a message store and Slack's side of interactions. */
export class SlackSandbox extends EventEmitter<SandboxEvents> {
  /** `http://127.0.0.1:PORT` */
  readonly url: string;
  /** `${url}/api/`: what the app passes as WebClient `slackApiUrl`. */
  readonly apiUrl: string;
  /**
   * `http://127.0.0.1:OTHERPORT`: the file host (Slack's files.slack.com), another origin than
   * the API's, where every `url_private_download` points.
   */
  readonly filesUrl: string;
  private readonly journal = new Journal();
  private readonly faults = new FaultQueue();
  private readonly store: MessageStore;
  private readonly files = new FileStore();
  private readonly responseUrls: ResponseUrls;
  private readonly modals: Modals;

  private constructor(
    private readonly server: Server,
    private readonly fileServer: Server,
    url: string,
    filesUrl: string,
    options: SlackSandboxOptions,
  ) {
    super();
    this.url = url;
    this.apiUrl = `${url}/api/`;
    this.filesUrl = filesUrl;
    this.scopes = new Set(options.scopes ?? DEFAULT_BOT_SCOPES);
    this.store = new MessageStore({
      message: (event) => this.emit("message", event),
      home: (event) => this.emit("home", event),
    });
    const clock = options.clock ?? { now: () => new Date() };
    const validate = withSlackChecks(options.validateBlocks);
    this.modals = new Modals(() => clock.now().getTime());
    this.responseUrls = new ResponseUrls(
      this.store,
      validate,
      () => clock.now().getTime(),
      this.files,
    );
    const parts = {
      botToken: options.botToken,
      url,
      filesUrl,
      fileAccessDenied: options.fileAccessDenied ?? "sign_in_page",
      journal: this.journal,
      faults: this.faults,
      responseUrls: this.responseUrls,
      methodContext: {
        store: this.store,
        files: this.files,
        validateBlocks: validate,
        url,
        filesUrl,
        scopes: this.scopes,
        modals: this.modals,
      },
      events: this,
      socketMode: options.socketMode,
    };
    server.on("request", createRequestHandler(parts));
    fileServer.on("request", createFileHandler(parts));
  }

  /** Starts listening (the API and, on another port, the file host); resolves once both are up. */
  static async start(options: SlackSandboxOptions): Promise<SlackSandbox> {
    const host = options.host ?? "127.0.0.1";
    const server = await listen(host, options.port ?? 0);
    const fileServer = await listen(host, 0);
    const port = (server.address() as AddressInfo).port;
    const filesPort = (fileServer.address() as AddressInfo).port;
    return new SlackSandbox(
      server,
      fileServer,
      `http://${host}:${port}`,
      `http://${host}:${filesPort}`,
      options,
    );
  }

  /** Stops both servers, dropping kept-alive connections so they close at once. */
  async close(): Promise<void> {
    this.journal.close();
    await Promise.all([stop(this.server), stop(this.fileServer)]);
  }

  /** A known conversation's name (without "#"), by its id. */
  channelName(id: string): string | undefined {
    return this.store.channel(id)?.name;
  }

  /** Makes a conversation known (`conversations.info`, posting); renames it if the id exists. */
  addChannel(channel: SandboxChannel): void {
    this.store.addChannel(channel);
  }

  /**
   * Someone invites the bot to a channel (`/invite @syncerror`): from now on it may post there.
   * With `target`, the app gets the `member_joined_channel` event for its own user, as Slack sends
   * it to a bot with `channels:read` (public) or `groups:read` (private) that subscribed to it:
   * https://docs.slack.dev/reference/events/member_joined_channel. Returns the app's answer, or
   * undefined when no event was sent (no target, or the scope is missing).
   */
  async inviteBot(
    channelId: string,
    options: { readonly target?: SlackAppTarget; readonly inviter?: string } = {},
  ): Promise<AppReply | undefined> {
    const channel = this.store.channel(channelId);
    if (!channel) {
      throw new Error(`Slack sandbox: no channel ${channelId}; add it with addChannel().`);
    }
    this.store.inviteBot(channel.id);
    const kind = channelKind(channel);
    const scope = kind === "private" ? "groups:read" : "channels:read";
    if (!options.target || kind === "im" || !this.scopes.has(scope)) return undefined;
    return sendEvent(options.target, {
      type: "member_joined_channel",
      user: SANDBOX_IDENTITY.botUserId,
      channel: channel.id,
      channel_type: kind === "private" ? "G" : "C",
      team: SANDBOX_IDENTITY.teamId,
      ...(options.inviter === undefined ? {} : { inviter: options.inviter }),
    });
  }

  /** Someone removes the bot from a channel; it may no longer post there. No event is sent. */
  removeBot(channelId: string): void {
    this.store.removeBot(channelId);
  }

  /**
   * Makes a user group (`S…`) known to `usergroups.users.list` and `usergroups.list`, with these
   * members; its `handle` (what `@handle` mentions) is the id in lower case unless given, and a
   * `disabled` group is listed only with `include_disabled`.
   */
  setUsergroup(
    id: string,
    members: readonly string[],
    details: { readonly handle?: string; readonly name?: string; readonly disabled?: boolean } = {},
  ): void {
    this.store.setUsergroup(id, members, details);
  }

  /** Someone archives a channel (or, with false, unarchives it): posts to it get `is_archived`. */
  archiveChannel(channelId: string, archived = true): void {
    if (!this.store.channelById(channelId)) {
      throw new Error(`Slack sandbox: no channel ${channelId}; add it with addChannel().`);
    }
    this.store.setArchived(channelId, archived);
  }

  /**
   * The bot's direct message with a person (what `chat.postMessage` with their user id posted),
   * oldest first; empty when it never wrote to them.
   */
  directMessages(userId: string): readonly ChannelMessage[] {
    const id = this.store.directMessageId(userId);
    return id === undefined ? [] : this.store.messages(id);
  }

  /**
   * Adds a person to the workspace (or changes one), e.g. `{ id: "U0ANNE", locale: "da-DK" }`:
   * `users.info` answers for them, with `locale` when asked `include_locale`. People who act
   * (`slash`, `click`, `shareFile`, `openHome`) exist anyway, with Slack's default `en-US`.
   */
  addUser(user: SandboxUser): void {
    this.store.addUser(user);
  }

  /**
   * A new response_url. `channel`/`user` say where replies go; `sourceMessageTs` names the
   * message `replace_original` and `delete_original` act on.
   */
  createResponseUrl(context: ResponseUrlContext = {}): string {
    return `${this.url}/respond/${this.responseUrls.create(context)}`;
  }

  /** Web API calls since the last reset, of one method or all. */
  calls(method?: string): SandboxCall[] {
    return this.journal.calls(method);
  }

  /** Posts to response_urls since the last reset. */
  responses(): SandboxResponse[] {
    return this.journal.responses();
  }

  /** The channel's messages (thread replies included), oldest first. */
  messages(channel: string): readonly ChannelMessage[] {
    return this.store.messages(channel);
  }

  /** Ephemerals shown to `user`, oldest first. */
  ephemerals(user: string): readonly EphemeralMessage[] {
    return this.store.ephemerals(user);
  }

  /**
   * A file of the workspace (shared by a person, or uploaded and completed by the bot) with its
   * bytes, or undefined; a file message names its files by id (`ChannelMessage.files`).
   */
  file(id: string): SandboxFile | undefined {
    return this.files.get(id);
  }

  /** The home tab last published for `user`. */
  homeView(user: string): SandboxView | undefined {
    return this.store.homeView(user);
  }

  /**
   * One line per request no correct app sends (bad token, unknown method, missing argument,
   * invalid blocks, unknown path or response_url), and per `slash`/`click` the app answered with
   * an error status or too late for Slack.
   */
  unexpected(): string[] {
    return this.journal.unexpected();
  }

  /** Throws, listing the unexpected requests and every call made, if there were any. */
  assertNoUnexpectedCalls(): void {
    assertNoUnexpected("Slack", this.journal);
  }

  /**
   * The first call or response since the last reset that matches, or the next one to arrive.
   * A string matches a Web API method, or `"response_url"` for response_url posts.
   */
  waitFor(method: "response_url", options?: WaitOptions): Promise<SandboxResponse>;
  waitFor(method: string, options?: WaitOptions): Promise<SandboxCall>;
  waitFor(
    predicate: (record: SandboxRecord) => boolean,
    options?: WaitOptions,
  ): Promise<SandboxRecord>;
  waitFor(matcher: RecordMatcher, options: WaitOptions = {}): Promise<SandboxRecord> {
    return this.journal.waitFor(matcher, options.timeoutMs ?? DEFAULT_WAIT_MS);
  }

  /** Forgets calls, responses, unexpected requests, queued faults, messages, views and urls. */
  reset(): void {
    this.journal.clear();
    this.faults.clear();
    this.store.clear();
    this.files.clear();
    this.responseUrls.clear();
    this.modals.clear();
  }

  /** The next call of `method` answers `{ ok: false, error }`. */
  failNext(method: string, error: string): void {
    this.faults.add(method, { kind: "error", error });
  }

  /** The next call of `method` answers 429 with `Retry-After: retryAfterSeconds`. */
  rateLimitNext(method: string, retryAfterSeconds: number): void {
    this.faults.add(method, { kind: "rate_limit", retryAfterSeconds });
  }

  /** The next call of `method` answers HTTP `status` with a non-JSON body. */
  serverErrorNext(method: string, status = 500): void {
    this.faults.add(method, { kind: "server_error", status });
  }

  /**
   * Runs a slash command against the app with a response_url bound to the channel and user, and
   * shows the `ack()` body the way Slack does (ephemeral unless `response_type: "in_channel"`).
   */
  slash(target: SlackAppTarget, input: SlashInput): Promise<InteractionReply> {
    this.store.knowUser(input.userId);
    return slashCommand(this.interactionParts(), target, input);
  }

  /**
   * Clicks an element of a stored message (or ephemeral) as `userId`; the payload's response_url
   * is bound to that message, so `replace_original` and `delete_original` act on it.
   */
  click(target: SlackAppTarget, input: ClickInput): Promise<InteractionReply> {
    this.store.knowUser(input.userId);
    return clickMessage(this.interactionParts(), target, input);
  }

  /**
   * Clicks a button of the Home tab last published for `userId`, as Slack sends it: the view and
   * `container.type: "view"`, a trigger_id, no channel and no response_url (interact.ts).
   */
  async clickHome(target: SlackAppTarget, input: HomeClickInput): Promise<AppReply> {
    const view = this.store.homeView(input.userId);
    if (!view) {
      throw new Error(`Slack sandbox: ${input.userId} has no Home tab published to click in.`);
    }
    return clickHome(this.interactionParts(), target, view, input);
  }

  /** The modal `user` has open (`views.open`), as Slack holds it. */
  openModal(user: string): SandboxModal | undefined {
    return this.modals.current(user);
  }

  /**
   * Submits the modal `userId` has open with what they entered (by action_id), as Slack sends a
   * `view_submission`: the modal closes on an empty answer, or stays with the app's errors.
   */
  submitView(target: SlackAppTarget, input: SubmitViewInput): Promise<SubmitViewReply> {
    return submitView({ modals: this.modals, journal: this.journal }, target, input);
  }

  /**
   * Plays a person sharing a file in a channel (or a direct message with the bot): the file is
   * stored, a message from the person is posted, and the app gets `file_shared`, as from Slack,
   * when the bot is in that conversation (a bot gets events only from conversations it is a member
   * of: https://docs.slack.dev/apis/events-api/). `reply` is undefined when no event was sent.
   */
  async shareFile(
    target: SlackAppTarget,
    input: {
      readonly userId: string;
      readonly channelId: string;
      readonly name: string;
      readonly content: Buffer;
    },
  ): Promise<{ readonly file: SharedFile; readonly reply: AppReply | undefined }> {
    const channel = this.store.channel(input.channelId);
    if (!channel) {
      throw new Error(`Slack sandbox: no channel ${input.channelId}; add it with addChannel().`);
    }
    const message = this.store.post({
      channel: input.channelId,
      text: `<@${input.userId}> shared a file: ${input.name}`,
      blocks: [],
      via: "user",
      author: input.userId,
    });
    this.store.knowUser(input.userId);
    const file: SharedFile = {
      ...this.files.add({
        name: input.name,
        content: input.content,
        user: input.userId,
        channel: input.channelId,
        ts: message.ts,
      }),
      channel: input.channelId,
      ts: message.ts,
    };
    if (!this.store.botIsMember(channel)) return { file, reply: undefined };
    const reply = await sendEvent(target, {
      type: "file_shared",
      file_id: file.id,
      user_id: input.userId,
      file: { id: file.id },
      channel_id: input.channelId,
      event_ts: message.ts,
    });
    return { file, reply };
  }

  /** Sends `app_home_opened` for `userId`, as when they open the app's Home tab. */
  openHome(target: SlackAppTarget, input: { readonly userId: string }): Promise<AppReply> {
    this.store.knowUser(input.userId);
    const view = this.store.homeView(input.userId);
    const event = {
      type: "app_home_opened",
      user: input.userId,
      channel: "D0SANDBOX",
      tab: "home",
    };
    return sendEvent(target, view ? { ...event, view } : event);
  }

  /** The bot token's scopes, as the sandbox enforces them. */
  readonly scopes: ReadonlySet<string>;

  private interactionParts(): InteractionParts {
    return {
      store: this.store,
      responseUrls: this.responseUrls,
      journal: this.journal,
      createResponseUrl: (context: ResponseUrlContext) => this.createResponseUrl(context),
      modals: this.modals,
    };
  }
}

function listen(host: string, port: number): Promise<Server> {
  const server = createServer();
  return new Promise<Server>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve(server);
    });
  });
}

function stop(server: Server): Promise<void> {
  return new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

import {
  type ChannelMessage,
  channelKind,
  DEFAULT_CHANNEL,
  type EphemeralMessage,
  type HomeEvent,
  type MessageEvent,
  SANDBOX_IDENTITY,
  type SandboxChannel,
  type SandboxUser,
  type SandboxUsergroup,
  type SandboxView,
  type SlackMessage,
} from "./types.js";

/** What a new message needs; the store assigns `ts`. */
export interface NewMessage {
  readonly channel: string;
  readonly text: string;
  readonly blocks: readonly unknown[];
  readonly threadTs?: string;
  readonly via: SlackMessage["via"];
  /** The person who posted it, for `via: "user"`. */
  readonly author?: string;
  /** The ids of the files it shares (`files.completeUploadExternal`'s message). */
  readonly files?: readonly string[];
}

/** Receives every change, so the sandbox can re-emit it as an event. */
export interface StoreListener {
  message(event: MessageEvent): void;
  home(event: HomeEvent): void;
}

// Slack's ts is "<unix seconds>.<6 digits>" and unique per channel; a shared counter keeps it
// unique across channels too, so a ts alone names a message.
const TS_EPOCH_SECONDS = 1_700_000_000;
const TS_STEP_MICROS = 100;

/**
 * What the sandbox's Slack workspace holds: channels, the bot's messages in them, ephemerals per
 * user and the home tab per user. Lists returned are copies; the messages in them are immutable.
 */
export class MessageStore {
  private readonly channels = new Map<string, SandboxChannel>([
    [DEFAULT_CHANNEL.id, DEFAULT_CHANNEL],
  ]);
  private readonly byChannel = new Map<string, ChannelMessage[]>();
  private readonly byUser = new Map<string, EphemeralMessage[]>();
  private readonly homes = new Map<string, SandboxView>();
  private readonly usergroups = new Map<string, SandboxUsergroup>();
  private readonly users = new Map<string, SandboxUser>();
  /** The channels the bot was invited to; it is in every direct message of its own. */
  private readonly botChannels = new Set<string>();
  /** The bot's direct message with each person it has written to: user id → `D…`. */
  private readonly directMessages = new Map<string, string>();
  private tsCounter = 0;
  private viewCounter = 0;

  constructor(private readonly listener: StoreListener) {}

  /** Adds (or renames) a conversation. */
  addChannel(channel: SandboxChannel): void {
    this.channels.set(channel.id, { ...channel, name: channel.name.replace(/^#/, "") });
  }

  /** The bot joins a channel (someone invited it). */
  inviteBot(channelId: string): void {
    this.botChannels.add(channelId);
  }

  /** The bot leaves a channel (someone removed it). */
  removeBot(channelId: string): void {
    this.botChannels.delete(channelId);
  }

  /** Whether the bot is a member: invited to it, or a direct message (which always has it). */
  botIsMember(channel: SandboxChannel): boolean {
    return channelKind(channel) === "im" || this.botChannels.has(channel.id);
  }

  /**
   * Makes a user group known with its members, replacing it if the id exists. Its handle is the
   * id in lower case and it is enabled, unless said otherwise.
   */
  setUsergroup(
    id: string,
    members: readonly string[],
    details: { readonly handle?: string; readonly name?: string; readonly disabled?: boolean } = {},
  ): void {
    const handle = (details.handle ?? id.toLowerCase()).replace(/^@/, "");
    this.usergroups.set(id, {
      id,
      handle,
      name: details.name ?? handle,
      members: [...members],
      disabled: details.disabled ?? false,
    });
  }

  /** A user group's members, or undefined for an unknown group. */
  usergroupMembers(id: string): readonly string[] | undefined {
    return this.usergroups.get(id)?.members;
  }

  /** Every user group, disabled ones too, in the order they were made. */
  usergroupList(): readonly SandboxUsergroup[] {
    return [...this.usergroups.values()];
  }

  /** Archives a channel (or brings it back): it stays known by id, but takes no posts. */
  setArchived(channelId: string, archived: boolean): void {
    const channel = this.channels.get(channelId);
    if (channel) this.channels.set(channelId, { ...channel, isArchived: archived });
  }

  /** Every conversation but direct messages, in the order they were made. */
  channelList(): readonly SandboxChannel[] {
    return [...this.channels.values()].filter((channel) => channelKind(channel) !== "im");
  }

  /** A conversation by its id only (`conversations.info` takes no name). */
  channelById(id: string): SandboxChannel | undefined {
    return this.channels.get(id);
  }

  /** The id of the bot's direct message with a person, if it has written to them. */
  directMessageId(userId: string): string | undefined {
    return this.directMessages.get(userId);
  }

  /**
   * The bot's direct message with a person, made on first use (`D…`, named after nobody): where
   * `chat.postMessage` with their user id as the channel posts.
   */
  directMessageWith(userId: string): SandboxChannel {
    let id = this.directMessages.get(userId);
    if (!id) {
      id = `D0DM${String(this.directMessages.size + 1).padStart(4, "0")}`;
      this.directMessages.set(userId, id);
      this.channels.set(id, { id, name: "", user: userId });
    }
    return this.channels.get(id) as SandboxChannel;
  }

  /** Adds a person, or replaces the one with that id (another locale). */
  addUser(user: SandboxUser): void {
    this.users.set(user.id, { ...user });
  }

  /** A person who acts (types a command, clicks…) exists: known from now on, if not before. */
  knowUser(id: string): void {
    if (!this.users.has(id)) this.users.set(id, { id });
  }

  /** A person by id, or undefined for one the workspace does not have. */
  user(id: string): SandboxUser | undefined {
    return this.users.get(id);
  }

  /** Finds a conversation by id, or by name with or without `#` (as `chat.postMessage` accepts). */
  channel(idOrName: string): SandboxChannel | undefined {
    const known = this.channels.get(idOrName);
    if (known) return known;
    const name = idOrName.replace(/^#/, "");
    if (name === "") return undefined;
    return [...this.channels.values()].find((channel) => channel.name === name);
  }

  post(input: NewMessage): ChannelMessage {
    const message: ChannelMessage = {
      ...input,
      ts: this.nextTs(),
      ephemeral: false,
      edited: false,
    };
    listOf(this.byChannel, input.channel).push(message);
    this.listener.message({ kind: "posted", message });
    return message;
  }

  postEphemeral(input: NewMessage & { readonly user: string }): EphemeralMessage {
    const message: EphemeralMessage = {
      ...input,
      ts: this.nextTs(),
      ephemeral: true,
      edited: false,
    };
    listOf(this.byUser, input.user).push(message);
    this.listener.message({ kind: "ephemeral", message });
    return message;
  }

  /** A channel message by ts. */
  find(channel: string, ts: string): ChannelMessage | undefined {
    return this.byChannel.get(channel)?.find((message) => message.ts === ts);
  }

  /** An ephemeral by channel and ts, whoever it was shown to. */
  findEphemeral(channel: string, ts: string): EphemeralMessage | undefined {
    for (const list of this.byUser.values()) {
      const found = list.find((message) => message.ts === ts && message.channel === channel);
      if (found) return found;
    }
    return undefined;
  }

  /** Any message by ts: in `channel`, or among `user`'s ephemerals. */
  findAny(ts: string, where: { channel?: string; user?: string }): SlackMessage | undefined {
    const ephemeral = where.user
      ? this.byUser.get(where.user)?.find((message) => message.ts === ts)
      : undefined;
    return ephemeral ?? (where.channel ? this.find(where.channel, ts) : undefined);
  }

  /** Replaces text and blocks of a stored message; returns the new version. */
  edit(message: SlackMessage, text: string, blocks: readonly unknown[]): SlackMessage {
    const edited = { ...message, text, blocks, edited: true };
    const list = this.listFor(message);
    const index = list.findIndex((stored) => stored.ts === message.ts);
    if (index >= 0) list[index] = edited;
    this.listener.message({ kind: "updated", message: edited });
    return edited;
  }

  delete(message: SlackMessage): void {
    const list = this.listFor(message);
    const index = list.findIndex((stored) => stored.ts === message.ts);
    if (index >= 0) list.splice(index, 1);
    this.listener.message({ kind: "deleted", message });
  }

  publishHome(user: string, view: Readonly<Record<string, unknown>>): SandboxView {
    const previous = this.homes.get(user);
    this.viewCounter++;
    const stored: SandboxView = {
      private_metadata: "",
      callback_id: "",
      state: { values: {} },
      ...view,
      type: "home",
      blocks: Array.isArray(view.blocks) ? view.blocks : [],
      id: previous?.id ?? `V0SANDBOX${String(this.viewCounter).padStart(4, "0")}`,
      hash: `${TS_EPOCH_SECONDS}.${this.viewCounter}`,
      team_id: SANDBOX_IDENTITY.teamId,
    };
    this.homes.set(user, stored);
    this.listener.home({ user, view: stored });
    return stored;
  }

  messages(channel: string): readonly ChannelMessage[] {
    return [...(this.byChannel.get(channel) ?? [])];
  }

  ephemerals(user: string): readonly EphemeralMessage[] {
    return [...(this.byUser.get(user) ?? [])];
  }

  homeView(user: string): SandboxView | undefined {
    return this.homes.get(user);
  }

  /** Forgets messages and views; channels, people and the ts counter stay, so ts never repeat. */
  clear(): void {
    this.byChannel.clear();
    this.byUser.clear();
    this.homes.clear();
  }

  private listFor(message: SlackMessage): SlackMessage[] {
    return message.ephemeral
      ? listOf(this.byUser, message.user)
      : listOf(this.byChannel, message.channel);
  }

  private nextTs(): string {
    this.tsCounter++;
    const micros = this.tsCounter * TS_STEP_MICROS;
    const seconds = TS_EPOCH_SECONDS + Math.floor(micros / 1_000_000);
    return `${seconds}.${String(micros % 1_000_000).padStart(6, "0")}`;
  }
}

function listOf<T>(map: Map<string, T[]>, key: string): T[] {
  let list = map.get(key);
  if (!list) {
    list = [];
    map.set(key, list);
  }
  return list;
}

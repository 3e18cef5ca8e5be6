import { randomBytes } from "node:crypto";
import { SANDBOX_IDENTITY } from "./types.js";

/** A clicked or selected element, as the app will read it from `body.actions[0]`. */
export interface ActionInput {
  readonly actionId: string;
  /** The element's own `value` from `message.blocks` when omitted. */
  readonly value?: string;
  /** Looked up in `message.blocks` when omitted. */
  readonly blockId?: string;
  /** `"button"` unless given (or found in `message.blocks`). */
  readonly type?: string;
  /** For selects and overflow menus. */
  readonly selectedOption?: { readonly value: string; readonly text?: string };
  /** A button's label; looked up in `message.blocks` when omitted. */
  readonly text?: string;
}

/** What `blockActionPayload` needs; the rest of Slack's payload gets sandbox defaults. */
export interface BlockActionInput {
  readonly userId: string;
  /** The message's conversation; none for a click in a view (a Home tab, a modal). */
  readonly channelId?: string;
  /** Bound to the clicked message; none for a click in a view. */
  readonly responseUrl?: string;
  readonly action: ActionInput;
  /**
   * The view the element sits in (a Home tab as `views.publish` answered it): the payload then
   * carries `view` and `container: {type: "view", view_id}` instead of a message, and neither a
   * `channel` nor a `response_url`.
   */
  readonly view?: Readonly<Record<string, unknown>> & { readonly id: string };
  /** The message the element sits in; Slack omits it for an ephemeral source. */
  readonly message?: {
    readonly ts: string;
    readonly text: string;
    readonly blocks: readonly unknown[];
  };
  /** Required without `message` (an ephemeral source): `{ type, message_ts, channel_id, is_ephemeral }`. */
  readonly container?: Readonly<Record<string, unknown>>;
  readonly channelName?: string;
  /**
   * `state.values` as Slack sends it with every block action: block_id → action_id → the state of
   * each stateful element (a select's `selected_option`) as the person sees the message. Empty
   * when omitted.
   */
  readonly state?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly teamId?: string;
  readonly userName?: string;
  readonly triggerId?: string;
}

/** Where an interactive element sits in a list of blocks. */
export interface FoundElement {
  readonly blockId: string | undefined;
  /** The block's place in the list. */
  readonly index: number;
  readonly element: Readonly<Record<string, unknown>>;
}

/**
 * Finds the interactive element with `actionId` in blocks: in an actions block, as a section's
 * accessory, or as an input's element.
 */
export function findActionElement(
  blocks: readonly unknown[],
  actionId: string,
): FoundElement | undefined {
  for (const [index, block] of blocks.entries()) {
    if (!isRecord(block)) continue;
    const candidates = [
      ...(Array.isArray(block.elements) ? block.elements : []),
      block.accessory,
      block.element,
    ];
    const element = candidates.find((item) => isRecord(item) && item.action_id === actionId);
    if (isRecord(element)) {
      const blockId = typeof block.block_id === "string" ? block.block_id : undefined;
      return { blockId, index, element };
    }
  }
  return undefined;
}

/** Builds a `block_actions` payload in the shape Slack sends for a click on a message. */
export function blockActionPayload(input: BlockActionInput): Record<string, unknown> {
  const { action, message, view } = input;
  const blocks = message?.blocks ?? (Array.isArray(view?.blocks) ? view.blocks : undefined);
  const found = blocks ? findActionElement(blocks, action.actionId) : undefined;
  const type = action.type ?? stringField(found?.element, "type") ?? "button";
  const teamId = input.teamId ?? SANDBOX_IDENTITY.teamId;
  const userName = input.userName ?? input.userId.toLowerCase();
  if (!message && !input.container && !view) {
    throw new TypeError("blockActionPayload needs the source message or a container (or a view).");
  }
  if (!view && (input.channelId === undefined || input.responseUrl === undefined)) {
    throw new TypeError("blockActionPayload needs a channel and a response_url for a message.");
  }
  const container =
    input.container ??
    (view
      ? { type: "view", view_id: view.id }
      : {
          type: "message",
          message_ts: message?.ts,
          channel_id: input.channelId,
          is_ephemeral: false,
        });
  const value = action.value ?? stringField(found?.element, "value");
  const label = action.text ?? labelOf(found?.element);
  return {
    type: "block_actions",
    user: { id: input.userId, username: userName, name: userName, team_id: teamId },
    api_app_id: SANDBOX_IDENTITY.appId,
    token: "sandbox-verification-token",
    container,
    trigger_id: input.triggerId ?? triggerId(),
    team: { id: teamId, domain: SANDBOX_IDENTITY.teamDomain },
    enterprise: null,
    is_enterprise_install: false,
    // A view has no conversation: Slack sends neither `channel` nor `response_url` for it.
    ...(view
      ? { view }
      : { channel: { id: input.channelId, name: input.channelName ?? "sandbox" } }),
    ...(message
      ? {
          message: {
            type: "message",
            user: SANDBOX_IDENTITY.botUserId,
            bot_id: SANDBOX_IDENTITY.botId,
            ...message,
          },
        }
      : {}),
    // Every block_actions payload carries the full state of the surface's stateful elements
    // (https://api.slack.com/changelog/2020-09-full-state-on-view-submisson-and-block-actions).
    // A view's state travels in `view.state` instead.
    ...(view ? {} : { state: { values: input.state ?? {} } }),
    ...(view ? {} : { response_url: input.responseUrl }),
    actions: [
      {
        type,
        action_id: action.actionId,
        // Slack gives every block an id; a block sent without one gets a generated id.
        block_id: action.blockId ?? found?.blockId ?? generatedId(),
        ...(type === "button"
          ? { text: { type: "plain_text", text: label ?? action.actionId, emoji: true } }
          : {}),
        ...(value === undefined ? {} : { value }),
        ...(action.selectedOption
          ? {
              selected_option: {
                text: {
                  type: "plain_text",
                  text: action.selectedOption.text ?? action.selectedOption.value,
                  emoji: true,
                },
                value: action.selectedOption.value,
              },
            }
          : {}),
        action_ts: slackTs(Date.now()),
      },
    ],
  };
}

/** Wraps an event in the `event_callback` envelope of the Events API. */
export function eventEnvelope(
  event: Readonly<Record<string, unknown>> & { readonly type: string },
  options: { readonly teamId?: string; readonly eventId?: string } = {},
): Record<string, unknown> {
  const teamId = options.teamId ?? SANDBOX_IDENTITY.teamId;
  const now = Date.now();
  return {
    token: "sandbox-verification-token",
    team_id: teamId,
    api_app_id: SANDBOX_IDENTITY.appId,
    event: { event_ts: slackTs(now), ...event },
    type: "event_callback",
    event_id: options.eventId ?? `Ev${generatedId().toUpperCase()}`,
    event_time: Math.floor(now / 1000),
    authorizations: [
      {
        enterprise_id: null,
        team_id: teamId,
        user_id: SANDBOX_IDENTITY.botUserId,
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
  };
}

/** A trigger id in Slack's `<n>.<n>.<hex>` shape. */
export function triggerId(): string {
  return `${Date.now()}.${Math.floor(Math.random() * 1e9)}.${randomBytes(16).toString("hex")}`;
}

function slackTs(ms: number): string {
  return `${Math.floor(ms / 1000)}.${String((ms % 1000) * 1000).padStart(6, "0")}`;
}

function generatedId(): string {
  return randomBytes(4).toString("hex");
}

/** The `text.text` of an element or option: a button's label, an option's name. */
export function labelOf(value: unknown): string | undefined {
  return isRecord(value) ? stringField(value.text, "text") : undefined;
}

/** True for a plain JSON object. */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function stringField(value: unknown, key: string): string | undefined {
  const field = isRecord(value) ? value[key] : undefined;
  return typeof field === "string" ? field : undefined;
}

import { createHash } from "node:crypto";
import type { Journal } from "./journal.js";
import type { Modals } from "./modals.js";
import { findActionElement, isRecord, labelOf, triggerId } from "./payloads.js";
import {
  type AppReply,
  blockActionPayload,
  type SlackAppTarget,
  sendBlockAction,
  sendSlashCommand,
} from "./requests.js";
import type { ResponseUrls } from "./response-url.js";
import type { MessageStore } from "./store.js";
import type { ResponseUrlContext, SandboxView, SlackMessage } from "./types.js";

/** Slack waits 3 s for the HTTP answer to a command or click, then shows the user an error. */
export const ACK_DEADLINE_MS = 3000;

/** What the sandbox lends to the interaction helpers. */
export interface InteractionParts {
  readonly store: MessageStore;
  readonly responseUrls: ResponseUrls;
  readonly journal: Journal;
  readonly createResponseUrl: (context: ResponseUrlContext) => string;
  /** Issues each interaction's trigger_id, so `views.open` can spend it. */
  readonly modals: Modals;
}

/** A slash command as a person types it. */
export interface SlashInput {
  readonly text: string;
  readonly userId: string;
  readonly channelId: string;
  /** `/syncerror` unless given. */
  readonly command?: string;
}

/** A click on an element of a message the sandbox holds. */
export interface ClickInput {
  readonly userId: string;
  /** A message from `messages()` or `ephemerals()`; its current version is what gets clicked. */
  readonly message: SlackMessage;
  readonly actionId: string;
  /**
   * Overrides a button's value; for a select or overflow menu, the option to choose. Choosing in
   * a static select also changes what the user sees chosen there: the `state.values` of their
   * later clicks on the same message carry it, until the message is edited.
   */
  readonly value?: string;
}

/** The app's answer, plus the response_url it was given. */
export interface InteractionReply extends AppReply {
  readonly responseUrl: string;
}

/** Sends a slash command and applies its `ack()` body as Slack's immediate response. */
export async function slashCommand(
  parts: InteractionParts,
  target: SlackAppTarget,
  input: SlashInput,
): Promise<InteractionReply> {
  const channel = parts.store.channel(input.channelId);
  if (!channel) {
    throw new Error(`Slack sandbox: no channel ${input.channelId}; add it with addChannel().`);
  }
  const responseUrl = parts.createResponseUrl({ channel: channel.id, user: input.userId });
  const command = input.command ?? "/syncerror";
  const release = parts.responseUrls.hold(idOf(responseUrl), ACK_DEADLINE_MS);
  try {
    const started = performance.now();
    const reply = await sendSlashCommand(target, {
      text: input.text,
      userId: input.userId,
      channelId: channel.id,
      channelName: channel.name,
      responseUrl,
      command,
      triggerId: parts.modals.issue(triggerId(), input.userId),
    });
    if (checkAck(parts, command, reply, performance.now() - started)) {
      applyAck(parts, responseUrl, reply.body);
    }
    return { ...reply, responseUrl };
  } finally {
    release();
  }
}

/** Flags what Slack would show the user as a failure; true when the answer counts. */
function checkAck(
  parts: InteractionParts,
  what: string,
  reply: AppReply,
  elapsedMs: number,
): boolean {
  if (reply.status !== 200) {
    parts.journal.flag(
      `${what}: the app answered HTTP ${reply.status}; Slack shows the user an error`,
    );
    return false;
  }
  if (elapsedMs > ACK_DEADLINE_MS) {
    parts.journal.flag(
      `${what}: the app took ${Math.round(elapsedMs)} ms to ack; Slack gives up after 3 s`,
    );
    return false;
  }
  return true;
}

function idOf(responseUrl: string): string {
  return responseUrl.slice(responseUrl.lastIndexOf("/") + 1);
}

function applyAck(parts: InteractionParts, responseUrl: string, body: unknown): void {
  // ack() without a message answers an empty body: Slack shows nothing.
  const message = typeof body === "string" ? (body === "" ? undefined : { text: body }) : body;
  if (typeof message !== "object" || message === null) return;
  if (!("text" in message) && !("blocks" in message)) return;
  const outcome = parts.responseUrls.post(idOf(responseUrl), message, { ack: true });
  if (outcome.unexpected !== undefined) {
    parts.journal.flag(`slash command ack(): ${outcome.unexpected}`);
  }
}

/** Clicks `actionId` in a stored message, with a response_url bound to that message. */
export async function clickMessage(
  parts: InteractionParts,
  target: SlackAppTarget,
  input: ClickInput,
): Promise<InteractionReply> {
  const where = input.message.ephemeral
    ? { user: input.message.user }
    : { channel: input.message.channel };
  const message = parts.store.findAny(input.message.ts, where);
  if (!message) {
    throw new Error(`Slack sandbox: message ${input.message.ts} is gone (deleted or reset).`);
  }
  if (message.ephemeral && message.user !== input.userId) {
    throw new Error(
      `Slack sandbox: ${input.userId} cannot see ephemeral ${message.ts} (shown to ${message.user}).`,
    );
  }
  const found = findActionElement(message.blocks, input.actionId);
  if (!found) {
    throw new Error(
      `Slack sandbox: no element with action_id ${input.actionId} in message ${message.ts}.`,
    );
  }

  const type = typeof found.element.type === "string" ? found.element.type : "button";
  const blockId = found.blockId ?? blockIdAt(message, found.index);
  const selectedOption = type === "button" ? undefined : chooseOption(found.element, input);
  if (type === "static_select") {
    choicesOf(message, input.userId).set(
      stateKey(blockId, input.actionId),
      optionWithValue(found.element, input.value) ?? null,
    );
  }
  const responseUrl = parts.createResponseUrl({
    channel: message.channel,
    user: input.userId,
    sourceMessageTs: message.ts,
  });
  const action = {
    actionId: input.actionId,
    type,
    blockId,
    ...(selectedOption === undefined
      ? buttonFields(found.element, input.value)
      : { selectedOption }),
  };
  const channelName = parts.store.channel(message.channel)?.name;
  const payload = blockActionPayload({
    userId: input.userId,
    channelId: message.channel,
    responseUrl,
    action,
    ...(channelName === undefined ? {} : { channelName }),
    state: stateValues(message, input.userId),
    triggerId: parts.modals.issue(triggerId(), input.userId),
    // Slack leaves `message` out of the payload when the source is ephemeral.
    ...(message.ephemeral
      ? {
          container: {
            type: "message",
            message_ts: message.ts,
            channel_id: message.channel,
            is_ephemeral: true,
          },
        }
      : { message: { ts: message.ts, text: message.text, blocks: message.blocks } }),
  });
  const started = performance.now();
  const reply = await sendBlockAction(target, payload);
  checkAck(parts, `click on ${input.actionId}`, reply, performance.now() - started);
  return { ...reply, responseUrl };
}

/** A click on a button of a person's Home tab. */
export interface HomeClickInput {
  readonly userId: string;
  readonly actionId: string;
  /** Overrides the button's value. */
  readonly value?: string;
}

/**
 * Clicks a button of the Home tab `view` that `userId` sees: the payload carries the view (as
 * `views.publish` answered it) and `container: {type: "view", view_id}`, a trigger_id, and no
 * `channel`, `message` or `response_url`: a view belongs to no conversation, so the app can answer
 * only through the Web API (`views.open` with the trigger, a message to the person).
 */
export async function clickHome(
  parts: InteractionParts,
  target: SlackAppTarget,
  view: SandboxView,
  input: HomeClickInput,
): Promise<AppReply> {
  const found = findActionElement(view.blocks, input.actionId);
  if (!found) {
    throw new Error(
      `Slack sandbox: no element with action_id ${input.actionId} in ${input.userId}'s Home tab.`,
    );
  }
  const type = typeof found.element.type === "string" ? found.element.type : "button";
  if (type !== "button") {
    throw new Error(`Slack sandbox: clickHome clicks buttons; ${input.actionId} is a ${type}.`);
  }
  const payload = blockActionPayload({
    userId: input.userId,
    view,
    action: {
      actionId: input.actionId,
      type,
      blockId: found.blockId ?? viewBlockId(view, found.index),
      ...buttonFields(found.element, input.value),
    },
    triggerId: parts.modals.issue(triggerId(), input.userId),
  });
  const started = performance.now();
  const reply = await sendBlockAction(target, payload);
  checkAck(parts, `Home tab click on ${input.actionId}`, reply, performance.now() - started);
  return reply;
}

/** The id Slack gives a view's block sent without one: stable per view version, as for messages. */
function viewBlockId(view: SandboxView, index: number): string {
  return createHash("sha256").update(`${view.hash}/${index}`).digest("base64url").slice(0, 5);
}

/** The button's label, and its value unless the click overrides it. */
function buttonFields(
  element: Readonly<Record<string, unknown>>,
  override: string | undefined,
): { value?: string; text?: string } {
  const value = override ?? (typeof element.value === "string" ? element.value : undefined);
  const label = labelOf(element);
  return {
    ...(value === undefined ? {} : { value }),
    ...(label === undefined ? {} : { text: label }),
  };
}

/** The option of a select or overflow menu whose value the click names. */
function chooseOption(
  element: Readonly<Record<string, unknown>>,
  input: ClickInput,
): { value: string; text?: string } {
  const chosen = optionWithValue(element, input.value);
  if (input.value === undefined || !chosen) {
    throw new Error(
      `Slack sandbox: ${input.actionId} has no option with value ${String(input.value)}.`,
    );
  }
  const label = labelOf(chosen);
  return label === undefined ? { value: input.value } : { value: input.value, text: label };
}

/**
 * What each person has chosen in the static selects of a message, as their Slack client keeps it
 * until they act: per version of the message (an edit shows the new blocks with their initial
 * options; stored messages are never changed in place, so the version is the object) and per user
 * (another person sees their own choices). Slack does not store this server-side either: it comes
 * back only in the `state` of the person's next block action.
 */
const choices = new WeakMap<SlackMessage, Map<string, Map<string, unknown>>>();

function choicesOf(message: SlackMessage, userId: string): Map<string, unknown> {
  let byUser = choices.get(message);
  if (!byUser) {
    byUser = new Map();
    choices.set(message, byUser);
  }
  let chosen = byUser.get(userId);
  if (!chosen) {
    chosen = new Map();
    byUser.set(userId, chosen);
  }
  return chosen;
}

const stateKey = (blockId: string, actionId: string) => `${blockId}\u0000${actionId}`;

/**
 * A block's id: its own, or the one Slack gives a block sent without one (a short random id kept
 * with the message; here derived from the message and the block's place, so it stays the same
 * for every click on that version).
 */
function blockIdAt(message: SlackMessage, index: number): string {
  const own = message.blocks[index];
  if (isRecord(own) && typeof own.block_id === "string") return own.block_id;
  return createHash("sha256").update(`${message.ts}/${index}`).digest("base64url").slice(0, 5);
}

/**
 * `state.values` of a message as `userId` sees it: every static select, with the option they
 * chose in this version of the message, else null, even where the select shows an
 * `initial_option` (assumed, the stricter reading: people report that Slack leaves initial
 * options out of a message's block_actions state, https://github.com/slackapi/python-slack-sdk/issues/1350;
 * an app reads what a person did not touch from the message's blocks). Buttons and overflow
 * menus hold no state.
 */
function stateValues(
  message: SlackMessage,
  userId: string,
): Record<string, Record<string, unknown>> {
  const chosen = choices.get(message)?.get(userId);
  const values: Record<string, Record<string, unknown>> = {};
  message.blocks.forEach((block, index) => {
    if (!isRecord(block)) return;
    const elements = [
      ...(Array.isArray(block.elements) ? block.elements : []),
      block.accessory,
      block.element,
    ];
    for (const element of elements) {
      if (!isRecord(element) || element.type !== "static_select") continue;
      if (typeof element.action_id !== "string") continue;
      const blockId = blockIdAt(message, index);
      const key = stateKey(blockId, element.action_id);
      const selected = chosen?.has(key) ? chosen.get(key) : null;
      values[blockId] = {
        ...values[blockId],
        [element.action_id]: { type: "static_select", selected_option: selected },
      };
    }
  });
  return values;
}

/** The option object (as the message has it) of a select or overflow menu with this value. */
function optionWithValue(
  element: Readonly<Record<string, unknown>>,
  value: string | undefined,
): unknown {
  return optionsOf(element).find((option) => isRecord(option) && option.value === value);
}

function optionsOf(element: Readonly<Record<string, unknown>>): unknown[] {
  const groups = Array.isArray(element.option_groups) ? element.option_groups : [];
  return [
    ...(Array.isArray(element.options) ? element.options : []),
    ...groups.flatMap((group: unknown) =>
      isRecord(group) && Array.isArray(group.options) ? group.options : [],
    ),
  ];
}

/**
 * Modals in the Slack sandbox: the trigger ids Slack hands the app with each slash command and
 * click, `views.open` (which spends one), the modal a person then has open, and its state as
 * they fill it in. Each rule names the public reference it follows; "assumed" marks a reading of
 * our own where the references say nothing.
 */
import { characters } from "./block-kit.js";
import { blockProblems } from "./blocks.js";
import { isRecord } from "./payloads.js";
import { type BlockValidator, SANDBOX_IDENTITY } from "./types.js";

/**
 * A trigger id can open a modal within 3 seconds of the interaction that carried it, once.
 * Source: https://docs.slack.dev/interactivity/handling-user-interaction ("trigger_id … expires
 * in 3 seconds" and "can only be used once"); https://docs.slack.dev/reference/methods/views.open
 * (errors `expired_trigger_id`: "The trigger_id has expired", `exchanged_trigger_id`: "the
 * trigger_id was already exchanged in a previous call", `invalid_trigger_id`).
 */
export const TRIGGER_TTL_MS = 3000;

/**
 * A view's own limits. Source: https://docs.slack.dev/reference/views (view object: `title`
 * plain_text "Max length of 24 characters", `submit` and `close` likewise 24, `blocks` "Max of 100
 * blocks", `private_metadata` "Max length of 3000 characters", `callback_id` "Max length of 255
 * characters"; `submit` is required when the view holds an input block).
 */
export const VIEW_LIMITS = {
  title: 24,
  submit: 24,
  close: 24,
  privateMetadata: 3000,
  callbackId: 255,
} as const;

/** A modal as the sandbox holds it and `views.open` answers it. */
export interface SandboxModal {
  readonly id: string;
  readonly user: string;
  /** The view as the app sent it, plus Slack's fields (`id`, `hash`, `state`, …). */
  readonly view: Readonly<Record<string, unknown>>;
}

interface Trigger {
  readonly user: string;
  readonly issuedAt: number;
  used: boolean;
}

/** Why a trigger id did not open a modal (the Web API's error code), or null when it may. */
export type TriggerRefusal = "invalid_trigger_id" | "expired_trigger_id" | "exchanged_trigger_id";

/** Triggers issued, and each person's open modal (one each: `views.push` is not modelled). */
export class Modals {
  private readonly triggers = new Map<string, Trigger>();
  private readonly open = new Map<string, SandboxModal>();
  private counter = 0;

  constructor(private readonly now: () => number) {}

  /** Records a trigger id handed to the app with `user`'s interaction. */
  issue(id: string, user: string): string {
    this.triggers.set(id, { user, issuedAt: this.now(), used: false });
    return id;
  }

  /** Spends a trigger; the user it belongs to, or why it cannot be spent. */
  spend(id: string): { readonly user: string } | { readonly refusal: TriggerRefusal } {
    const trigger = this.triggers.get(id);
    if (!trigger) return { refusal: "invalid_trigger_id" };
    if (trigger.used) return { refusal: "exchanged_trigger_id" };
    if (this.now() - trigger.issuedAt > TRIGGER_TTL_MS) return { refusal: "expired_trigger_id" };
    trigger.used = true;
    return { user: trigger.user };
  }

  /** Opens a modal for `user` (replacing one they had open: assumed, a new trigger starts anew). */
  openFor(user: string, view: Readonly<Record<string, unknown>>): SandboxModal {
    this.counter++;
    const id = `V0MODAL${String(this.counter).padStart(4, "0")}`;
    const stored = {
      private_metadata: "",
      callback_id: "",
      external_id: "",
      clear_on_close: false,
      notify_on_close: false,
      previous_view_id: null,
      ...view,
      id,
      team_id: SANDBOX_IDENTITY.teamId,
      state: { values: {} },
      hash: `1700000000.${this.counter}`,
      root_view_id: id,
      app_id: SANDBOX_IDENTITY.appId,
      app_installed_team_id: SANDBOX_IDENTITY.teamId,
      bot_id: SANDBOX_IDENTITY.botId,
    };
    const modal = { id, user, view: stored };
    this.open.set(user, modal);
    return modal;
  }

  /** The modal `user` has open. */
  current(user: string): SandboxModal | undefined {
    return this.open.get(user);
  }

  /** Closes `user`'s modal (submitted and closed by the app's answer, or dismissed). */
  close(user: string): void {
    this.open.delete(user);
  }

  clear(): void {
    this.triggers.clear();
    this.open.clear();
  }
}

/**
 * What Slack refuses in a modal view, as `invalid_arguments` messages (`[ERROR] … [json-pointer:
 * /view/…]`): its type, title, submit and close, private_metadata and callback_id, then its
 * blocks (the same checks as a message's, with a modal's 100 blocks).
 */
export function modalViewProblems(view: unknown, validate: BlockValidator): string[] {
  if (!isRecord(view)) return ["[ERROR] missing required field: view"];
  const problems: string[] = [];
  const report = (problem: string, pointer: string) =>
    problems.push(`[ERROR] ${problem} [json-pointer:/view/${pointer}]`);
  if (view.type !== "modal") report("must be 'modal'", "type");
  plainText(view.title, VIEW_LIMITS.title, "title", report, true);
  plainText(view.submit, VIEW_LIMITS.submit, "submit", report, false);
  plainText(view.close, VIEW_LIMITS.close, "close", report, false);
  const blocks = Array.isArray(view.blocks) ? view.blocks : [];
  if (view.submit === undefined && blocks.some((b) => isRecord(b) && b.type === "input")) {
    report("missing required field: submit", "submit");
  }
  stringMax(view.private_metadata, VIEW_LIMITS.privateMetadata, "private_metadata", report);
  stringMax(view.callback_id, VIEW_LIMITS.callbackId, "callback_id", report);
  return [...problems, ...blockProblems(validate, view.blocks, "modal")];
}

function plainText(
  value: unknown,
  max: number,
  field: string,
  report: (problem: string, pointer: string) => void,
  required: boolean,
): void {
  if (value === undefined) {
    if (required) report(`missing required field: ${field}`, field);
    return;
  }
  if (!isRecord(value) || value.type !== "plain_text" || typeof value.text !== "string") {
    report("must be a plain_text text object", field);
    return;
  }
  const length = characters(value.text);
  if (length === 0) report("must be more than 0 characters", `${field}/text`);
  if (length > max) report(`must be less than ${max + 1} characters`, `${field}/text`);
}

function stringMax(
  value: unknown,
  max: number,
  field: string,
  report: (problem: string, pointer: string) => void,
): void {
  if (value === undefined) return;
  if (typeof value !== "string") report("must be a string", field);
  else if (characters(value) > max) report(`must be less than ${max + 1} characters`, field);
}

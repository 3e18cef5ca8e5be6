/**
 * A person submitting the modal they have open: the `view_submission` payload Slack sends, with
 * `view.state.values` built from what they entered, and what Slack does with the app's answer.
 * Sources: https://docs.slack.dev/reference/interaction-payloads/view-interactions-payload
 * (`view_submission`: type, team, user, api_app_id, token, trigger_id, view with its id, hash,
 * callback_id, private_metadata and `state.values` block_id → action_id → the element's state;
 * `response_urls` empty unless the view asks for them), and
 * https://docs.slack.dev/surfaces/modals ("Handling submissions": the app answers within 3
 * seconds; an empty 200 closes the modal; `response_action: "errors"` with `errors` keyed by an
 * input block's block_id keeps it open and shows them; `update`, `push`, `clear`).
 */
import { ACK_DEADLINE_MS } from "./interact.js";
import type { Journal } from "./journal.js";
import type { Modals } from "./modals.js";
import { isRecord, triggerId } from "./payloads.js";
import { type AppReply, type SlackAppTarget, sendBlockAction } from "./requests.js";
import { SANDBOX_IDENTITY } from "./types.js";

/** What the person entered: by each input element's action_id, its value (null: left empty). */
export interface SubmitViewInput {
  readonly userId: string;
  /**
   * A radio button's or select's option value, a datepicker's `YYYY-MM-DD`, a text input's text.
   * Elements not named are left as the person found them (their `initial_*`, else empty).
   */
  readonly values: Readonly<Record<string, string | null>>;
}

/** The app's answer, and what Slack made of it. */
export interface SubmitViewReply extends AppReply {
  /** True when the modal closed (an empty answer, or `clear`). */
  readonly closed: boolean;
  /** The errors shown on the modal (`response_action: "errors"`), by block_id. */
  readonly errors?: Readonly<Record<string, string>>;
}

type Json = Readonly<Record<string, unknown>>;

/** Submits `userId`'s open modal; throws when they have none or Slack would not let them submit. */
export async function submitView(
  parts: { readonly modals: Modals; readonly journal: Journal },
  target: SlackAppTarget,
  input: SubmitViewInput,
): Promise<SubmitViewReply> {
  const modal = parts.modals.current(input.userId);
  if (!modal) throw new Error(`Slack sandbox: ${input.userId} has no modal open.`);
  const blocks = Array.isArray(modal.view.blocks) ? (modal.view.blocks as unknown[]) : [];
  const values = stateValues(blocks, input);
  const userName = input.userId.toLowerCase();
  const payload = {
    type: "view_submission",
    team: { id: SANDBOX_IDENTITY.teamId, domain: SANDBOX_IDENTITY.teamDomain },
    user: {
      id: input.userId,
      username: userName,
      name: userName,
      team_id: SANDBOX_IDENTITY.teamId,
    },
    api_app_id: SANDBOX_IDENTITY.appId,
    token: "sandbox-verification-token",
    trigger_id: parts.modals.issue(triggerId(), input.userId),
    view: { ...modal.view, state: { values } },
    response_urls: [],
    is_enterprise_install: false,
    enterprise: null,
  };
  const started = performance.now();
  const reply = await sendBlockAction(target, payload);
  const what = `view_submission of ${String(modal.view.callback_id)}`;
  if (reply.status !== 200) {
    parts.journal.flag(`${what}: the app answered HTTP ${reply.status}; Slack shows an error`);
    return { ...reply, closed: false };
  }
  if (performance.now() - started > ACK_DEADLINE_MS) {
    parts.journal.flag(`${what}: the app took over 3 s to answer; Slack shows an error`);
    return { ...reply, closed: false };
  }
  const body = reply.body;
  if (body === "" || (isRecord(body) && body.response_action === undefined)) {
    parts.modals.close(input.userId);
    return { ...reply, closed: true };
  }
  if (isRecord(body) && body.response_action === "clear") {
    parts.modals.close(input.userId);
    return { ...reply, closed: true };
  }
  if (isRecord(body) && body.response_action === "errors" && isRecord(body.errors)) {
    const inputs = new Set(
      blocks.flatMap((b) => (isRecord(b) && b.type === "input" ? [String(b.block_id)] : [])),
    );
    const errors: Record<string, string> = {};
    for (const [blockId, text] of Object.entries(body.errors)) {
      // Assumed: an error for a block that is not an input of the view is a defect (Slack shows
      // nothing for it, and the person is stuck on the modal).
      if (!inputs.has(blockId)) parts.journal.flag(`${what}: error for unknown input ${blockId}`);
      errors[blockId] = String(text);
    }
    return { ...reply, closed: false, errors };
  }
  parts.journal.flag(`${what}: response ${JSON.stringify(body).slice(0, 200)} not modelled`);
  return { ...reply, closed: false };
}

/**
 * `state.values` of a modal's input blocks: block_id → action_id → the element's state, as
 * Slack sends it with a submission (every input, filled or not: radio buttons and selects
 * `selected_option` or null, a datepicker `selected_date` or null, a text input `value` or null).
 * Slack's client refuses to submit a required input left empty or a text outside its
 * min_length/max_length; the sandbox throws then, as the person could not have submitted.
 */
function stateValues(blocks: readonly unknown[], input: SubmitViewInput): Json {
  const values: Record<string, Json> = {};
  blocks.forEach((block) => {
    if (!isRecord(block) || block.type !== "input" || !isRecord(block.element)) return;
    const element = block.element;
    const actionId = String(element.action_id);
    const blockId = String(block.block_id);
    const given = Object.hasOwn(input.values, actionId) ? input.values[actionId] : undefined;
    const state = elementState(element, given);
    const empty = Object.values(state).every((v) => v === null) || state.value === "";
    if (empty && block.optional !== true) {
      throw new Error(`Slack sandbox: ${blockId} is required; the modal cannot be submitted.`);
    }
    values[blockId] = { [actionId]: { type: element.type, ...state } };
  });
  return values;
}

function elementState(element: Json, given: string | null | undefined): Json {
  switch (element.type) {
    case "radio_buttons":
    case "static_select": {
      if (given === undefined) return { selected_option: element.initial_option ?? null };
      if (given === null) return { selected_option: null };
      const options = Array.isArray(element.options) ? element.options : [];
      const option = options.find((o: unknown) => isRecord(o) && o.value === given);
      if (!option)
        throw new Error(`Slack sandbox: no option ${given} in ${String(element.action_id)}.`);
      return { selected_option: option };
    }
    case "datepicker": {
      const date = given === undefined ? (element.initial_date ?? null) : given;
      if (date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(String(date))) {
        throw new Error(`Slack sandbox: a datepicker takes YYYY-MM-DD, not ${String(date)}.`);
      }
      return { selected_date: date };
    }
    case "plain_text_input": {
      const text = given === undefined ? (element.initial_value ?? null) : given;
      const length = typeof text === "string" ? [...text].length : 0;
      const max = typeof element.max_length === "number" ? element.max_length : 3000;
      const min = typeof element.min_length === "number" ? element.min_length : 0;
      if (text !== null && (length > max || (length > 0 && length < min))) {
        throw new Error(`Slack sandbox: ${length} characters; the input takes ${min} to ${max}.`);
      }
      return { value: text === "" ? null : text };
    }
    default:
      throw new Error(`Slack sandbox: input element ${String(element.type)} is not modelled.`);
  }
}

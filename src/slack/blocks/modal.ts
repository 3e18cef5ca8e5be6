/**
 * Builders for modals (views.open): the view itself and the input blocks syncerror asks with
 * (radio buttons, a datepicker, a plain-text input). Like the message builders, texts are cut to
 * Slack's limits and ids or values that would be cut throw a `BlockKitError`; the finished view's
 * blocks go through `validateBlocks` for a modal, so a view Slack would refuse fails here.
 */
import type {
  Datepicker,
  InputBlock,
  ModalView,
  PlainTextInput,
  PlainTextOption,
  RadioButtons,
} from "@slack/types";
import { BlockKitError } from "./errors.js";
import {
  ACTION_ID_MAX,
  BLOCK_ID_MAX,
  CALLBACK_ID_MAX,
  INPUT_LABEL_MAX,
  OPTION_TEXT_MAX,
  OPTION_VALUE_MAX,
  PLAIN_TEXT_INPUT_MAX,
  PRIVATE_METADATA_MAX,
  RADIO_OPTIONS_MAX,
  SELECT_PLACEHOLDER_MAX,
  VIEW_BUTTON_MAX,
  VIEW_TITLE_MAX,
} from "./limits.js";
import { truncateText } from "./truncate.js";
import { validateBlocks } from "./validate.js";

type InputElement = RadioButtons | Datepicker | PlainTextInput;

/** An input block: a label (cut to 2000) over one element; `optional` lets it be left empty. */
export function inputBlock(spec: {
  readonly blockId: string;
  readonly label: string;
  readonly element: InputElement;
  readonly optional?: boolean;
  readonly hint?: string;
}): InputBlock {
  const block: InputBlock = {
    type: "input",
    block_id: checked(spec.blockId, BLOCK_ID_MAX, "block_id"),
    label: plain(spec.label, INPUT_LABEL_MAX, "input label"),
    element: spec.element,
  };
  if (spec.optional) block.optional = true;
  if (spec.hint !== undefined) block.hint = plain(spec.hint, INPUT_LABEL_MAX, "input hint");
  return block;
}

/** Radio buttons, 1 to 10 options with unique values; `initial` must be one of them. */
export function radioButtons(spec: {
  readonly actionId: string;
  readonly options: ReadonlyArray<{ readonly text: string; readonly value: string }>;
  readonly initial?: string;
}): RadioButtons {
  const count = spec.options.length;
  if (count < 1 || count > RADIO_OPTIONS_MAX) {
    throw new BlockKitError(`radio buttons take 1 to ${RADIO_OPTIONS_MAX} options, got ${count}`);
  }
  const options: PlainTextOption[] = spec.options.map((o) => ({
    text: plain(o.text, OPTION_TEXT_MAX, "option text"),
    value: checked(o.value, OPTION_VALUE_MAX, "option value"),
  }));
  if (new Set(options.map((o) => o.value)).size !== count) {
    throw new BlockKitError("radio buttons' option values must be unique");
  }
  const element: RadioButtons = {
    type: "radio_buttons",
    action_id: checked(spec.actionId, ACTION_ID_MAX, "action_id"),
    options,
  };
  if (spec.initial !== undefined) {
    const initial = options.find((o) => o.value === spec.initial);
    if (!initial) throw new BlockKitError("radio buttons' initial option is not one of them");
    element.initial_option = initial;
  }
  return element;
}

/** A date picker; `initial` is `YYYY-MM-DD`. */
export function datepicker(spec: {
  readonly actionId: string;
  readonly placeholder?: string;
  readonly initial?: string;
}): Datepicker {
  const element: Datepicker = {
    type: "datepicker",
    action_id: checked(spec.actionId, ACTION_ID_MAX, "action_id"),
  };
  if (spec.placeholder !== undefined)
    element.placeholder = plain(spec.placeholder, SELECT_PLACEHOLDER_MAX, "placeholder");
  if (spec.initial !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(spec.initial))
      throw new BlockKitError("a date picker's initial date is not YYYY-MM-DD");
    element.initial_date = spec.initial;
  }
  return element;
}

/** A plain-text input of at most `maxLength` (1 to 3000) characters. */
export function plainTextInput(spec: {
  readonly actionId: string;
  readonly maxLength: number;
  readonly multiline?: boolean;
  readonly placeholder?: string;
}): PlainTextInput {
  if (spec.maxLength < 1 || spec.maxLength > PLAIN_TEXT_INPUT_MAX) {
    throw new BlockKitError(`a text input's max_length is 1 to ${PLAIN_TEXT_INPUT_MAX}`);
  }
  const element: PlainTextInput = {
    type: "plain_text_input",
    action_id: checked(spec.actionId, ACTION_ID_MAX, "action_id"),
    max_length: spec.maxLength,
  };
  if (spec.multiline) element.multiline = true;
  if (spec.placeholder !== undefined)
    element.placeholder = plain(spec.placeholder, SELECT_PLACEHOLDER_MAX, "placeholder");
  return element;
}

/**
 * A modal view for views.open: title, submit and close cut to 24 characters; callback_id (up to
 * 255) and private_metadata (up to 3000) are never cut, they carry what the submission acts on;
 * blocks checked as a modal's.
 * @throws BlockKitError when an id or the metadata is too long or a block is invalid.
 */
export function modalView(spec: {
  readonly callbackId: string;
  readonly title: string;
  /** Left out for a modal that only shows something (no input: Slack needs no submit then). */
  readonly submit?: string;
  readonly close: string;
  readonly blocks: readonly unknown[];
  readonly privateMetadata?: string;
}): ModalView {
  const metadata = spec.privateMetadata ?? "";
  if (metadata.length > PRIVATE_METADATA_MAX) {
    throw new BlockKitError(`private_metadata is ${metadata.length} characters, over 3000`);
  }
  const problems = validateBlocks(spec.blocks, "modal");
  if (problems.length > 0) throw new BlockKitError(`invalid modal: ${problems[0]}`, problems);
  return {
    type: "modal",
    callback_id: checked(spec.callbackId, CALLBACK_ID_MAX, "callback_id"),
    title: plain(spec.title, VIEW_TITLE_MAX, "title"),
    ...(spec.submit === undefined ? {} : { submit: plain(spec.submit, VIEW_BUTTON_MAX, "submit") }),
    close: plain(spec.close, VIEW_BUTTON_MAX, "close"),
    private_metadata: metadata,
    blocks: spec.blocks as ModalView["blocks"],
  };
}

function plain(text: string, max: number, what: string) {
  if (text.trim() === "") throw new BlockKitError(`${what} is empty`);
  return { type: "plain_text" as const, text: truncateText(text, max) };
}

function checked(value: string, max: number, what: string): string {
  if (value === "") throw new BlockKitError(`${what} is empty`);
  if (value.length > max)
    throw new BlockKitError(`${what} is ${value.length} characters, over ${max}`);
  return value;
}

/**
 * Typed builders for the blocks syncerror sends. Texts are cut to Slack's limits (visibly, with
 * "…"); values, URLs, `action_id`s and `block_id`s are never cut, because a cut one would still be
 * accepted and then silently do the wrong thing, so an over-long one throws a `BlockKitError`.
 * Mrkdwn arguments are sent as given: escape user data with `escapeMrkdwn` first.
 */
import type {
  ActionsBlock,
  ActionsBlockElement,
  Button,
  ConfirmationDialog,
  ContextBlock,
  DividerBlock,
  HeaderBlock,
  ImageBlock,
  MrkdwnElement,
  Overflow,
  PlainTextElement,
  PlainTextOption,
  SectionBlock,
  StaticSelect,
} from "@slack/types";
import { BlockKitError } from "./errors.js";
import {
  ACTION_ID_MAX,
  BLOCK_ID_MAX,
  BUTTON_TEXT_MAX,
  BUTTON_URL_MAX,
  BUTTON_VALUE_MAX,
  CONFIRM_BUTTON_TEXT_MAX,
  CONFIRM_TEXT_MAX,
  CONFIRM_TITLE_MAX,
  CONTEXT_ELEMENTS_MAX,
  CONTEXT_TEXT_MAX,
  HEADER_TEXT_MAX,
  IMAGE_ALT_TEXT_MAX,
  IMAGE_TITLE_MAX,
  IMAGE_URL_MAX,
  OPTION_GROUP_LABEL_MAX,
  OPTION_TEXT_MAX,
  OPTION_URL_MAX,
  OPTION_VALUE_MAX,
  OVERFLOW_OPTIONS_MAX,
  OVERFLOW_OPTIONS_MIN,
  SECTION_FIELD_TEXT_MAX,
  SECTION_FIELDS_MAX,
  SECTION_TEXT_MAX,
  SELECT_OPTIONS_MAX,
  SELECT_PLACEHOLDER_MAX,
} from "./limits.js";
import { ELLIPSIS, truncateText } from "./truncate.js";

/** Options shared by {@link section} and {@link plainSection}. */
export interface SectionOptions {
  /** Up to 10 mrkdwn fields shown in two columns; more are replaced by a "… N more" field. */
  readonly fields?: readonly string[];
  readonly accessory?: Button | Overflow | StaticSelect;
  readonly blockId?: string;
}

/** Where an image block's picture comes from: a public URL, or a file uploaded to Slack. */
export type ImageSource = { readonly url: string } | { readonly fileId: string };

/**
 * An image block: a picture by URL (at most 3000, or this throws) or by Slack file id
 * (`slack_file`, a file the readers may see: shared in the message's channel, or the bot's own on
 * its Home tab), with alt text and an optional title, each cut to 2000.
 */
export function image(spec: {
  readonly source: ImageSource;
  readonly altText: string;
  readonly title?: string;
  readonly blockId?: string;
}): ImageBlock {
  const picture =
    "url" in spec.source
      ? { image_url: checked(spec.source.url, IMAGE_URL_MAX, "image_url") }
      : { slack_file: { id: spec.source.fileId } };
  const block: ImageBlock = {
    type: "image",
    ...picture,
    alt_text: truncateText(nonBlank(spec.altText, "alt text"), IMAGE_ALT_TEXT_MAX),
    ...(spec.title === undefined ? {} : { title: plain(spec.title, IMAGE_TITLE_MAX, "title") }),
  };
  return withBlockId(block, spec.blockId);
}

/** A header block: large bold plain text, cut to 150. */
export function header(text: string, blockId?: string): HeaderBlock {
  const block: HeaderBlock = { type: "header", text: plain(text, HEADER_TEXT_MAX, "header text") };
  return withBlockId(block, blockId);
}

/**
 * A section block with mrkdwn text cut to 3000 and fields cut to 2000 each. With `fields`, the
 * text may be "" and is then left out (Slack needs one of the two).
 */
export function section(markdown: string, options: SectionOptions = {}): SectionBlock {
  const fields = options.fields ?? [];
  const hasFields = fields.length > 0;
  const block: SectionBlock = { type: "section" };
  if (markdown !== "" || !hasFields)
    block.text = mrkdwn(markdown, SECTION_TEXT_MAX, "section text");
  if (hasFields) {
    block.fields = capList(fields, SECTION_FIELDS_MAX, "fields").map((field) =>
      mrkdwn(field, SECTION_FIELD_TEXT_MAX, "section field"),
    );
  }
  if (options.accessory !== undefined) block.accessory = options.accessory;
  return withBlockId(block, options.blockId);
}

/** A section block whose text is plain_text (cut to 3000): shown literally, never parsed. */
export function plainSection(
  text: string,
  options: Omit<SectionOptions, "fields"> = {},
): SectionBlock {
  const block: SectionBlock = {
    type: "section",
    text: plain(text, SECTION_TEXT_MAX, "section text"),
  };
  if (options.accessory !== undefined) block.accessory = options.accessory;
  return withBlockId(block, options.blockId);
}

/** A context block: small grey mrkdwn texts; past 10, the rest become one "… N more" element. */
export function context(markdownTexts: readonly string[], blockId?: string): ContextBlock {
  if (markdownTexts.length === 0)
    throw new BlockKitError("a context block needs at least one text");
  const elements = capList(markdownTexts, CONTEXT_ELEMENTS_MAX, "items").map((text) =>
    mrkdwn(text, CONTEXT_TEXT_MAX, "context text"),
  );
  return withBlockId<ContextBlock>({ type: "context", elements }, blockId);
}

/** A divider block. */
export function divider(blockId?: string): DividerBlock {
  return withBlockId<DividerBlock>({ type: "divider" }, blockId);
}

/**
 * An actions block. More than 25 elements are allowed here on purpose: `buildMessage` splits such
 * a block into several, so no button is lost.
 */
export function actions(elements: readonly ActionsBlockElement[], blockId?: string): ActionsBlock {
  if (elements.length === 0) throw new BlockKitError("an actions block needs at least one element");
  return withBlockId<ActionsBlock>({ type: "actions", elements: [...elements] }, blockId);
}

/** What {@link button} takes. A button needs `value` or `url` to be useful, but Slack needs neither. */
export interface ButtonSpec {
  /** Cut to 75 (Slack shows about 30 before eliding, so keep it short anyway). */
  readonly text: string;
  readonly actionId: string;
  /** Sent back on click; 1 to 2000 or this throws. Store big payloads server-side, send a key. */
  readonly value?: string;
  /** 1 to 3000 or this throws. */
  readonly url?: string;
  readonly style?: "primary" | "danger";
  readonly confirm?: ConfirmationDialog;
}

/** A button element. */
export function button(spec: ButtonSpec): Button {
  const element: Button = {
    type: "button",
    text: plain(spec.text, BUTTON_TEXT_MAX, "button text"),
    action_id: checked(spec.actionId, ACTION_ID_MAX, "action_id"),
  };
  if (spec.value !== undefined) element.value = checked(spec.value, BUTTON_VALUE_MAX, "value");
  if (spec.url !== undefined) element.url = checked(spec.url, BUTTON_URL_MAX, "url");
  if (spec.style !== undefined) element.style = spec.style;
  if (spec.confirm !== undefined) element.confirm = spec.confirm;
  return element;
}

/** One entry of an {@link overflow} menu: text cut to 75; value 1 to 150 and url 1 to 3000, or it throws. */
export interface OverflowOptionSpec {
  readonly text: string;
  readonly value: string;
  readonly url?: string;
}

/** An overflow ("⋯") menu of 2 to 5 options; any other count throws, as it is a fixed menu. */
export function overflow(spec: {
  readonly actionId: string;
  readonly options: readonly OverflowOptionSpec[];
  readonly confirm?: ConfirmationDialog;
}): Overflow {
  const count = spec.options.length;
  if (count < OVERFLOW_OPTIONS_MIN || count > OVERFLOW_OPTIONS_MAX) {
    throw new BlockKitError(
      `an overflow menu takes ${OVERFLOW_OPTIONS_MIN} to ${OVERFLOW_OPTIONS_MAX} options, got ${count}`,
    );
  }
  const element: Overflow = {
    type: "overflow",
    action_id: checked(spec.actionId, ACTION_ID_MAX, "action_id"),
    options: spec.options.map(option),
  };
  if (spec.confirm !== undefined) element.confirm = spec.confirm;
  return element;
}

/** One option of a {@link staticSelect}: text cut to 75, value 1 to 150 or it throws. */
export interface SelectOptionSpec {
  readonly text: string;
  readonly value: string;
}

/** A labelled group of options in a {@link staticSelect}: label cut to 75. */
export interface SelectGroupSpec {
  readonly label: string;
  readonly options: readonly SelectOptionSpec[];
}

/**
 * A select menu of static options, 1 to 100 of them (more throw: a menu that silently lost
 * options would let a person choose only among some; decide which to offer before), either
 * `options` or `groups` of them under labels (each group 1 to 100 options, at most 100 in all).
 * `initial` is the value of the option shown as chosen, and must be one of them. Values must be
 * unique across the menu.
 */
export function staticSelect(
  spec: {
    readonly actionId: string;
    readonly placeholder: string;
    readonly initial?: string;
    readonly confirm?: ConfirmationDialog;
  } & (
    | { readonly options: readonly SelectOptionSpec[]; readonly groups?: undefined }
    | { readonly groups: readonly SelectGroupSpec[]; readonly options?: undefined }
  ),
): StaticSelect {
  const groups = spec.groups?.map((group) => {
    if (group.options.length === 0)
      throw new BlockKitError(`the option group "${group.label}" has no options`);
    return {
      label: plain(group.label, OPTION_GROUP_LABEL_MAX, "option group label"),
      options: group.options.map(option),
    };
  });
  const options = groups ? groups.flatMap((g) => g.options) : (spec.options ?? []).map(option);
  const count = options.length;
  if (count < 1 || count > SELECT_OPTIONS_MAX) {
    throw new BlockKitError(`a select menu takes 1 to ${SELECT_OPTIONS_MAX} options, got ${count}`);
  }
  if (new Set(options.map((o) => o.value)).size !== count) {
    throw new BlockKitError("a select menu's option values must be unique");
  }
  const element: StaticSelect = {
    type: "static_select",
    action_id: checked(spec.actionId, ACTION_ID_MAX, "action_id"),
    placeholder: plain(spec.placeholder, SELECT_PLACEHOLDER_MAX, "placeholder"),
    ...(groups ? { option_groups: groups } : { options }),
  };
  if (spec.initial !== undefined) {
    const initial = options.find((o) => o.value === spec.initial);
    if (!initial)
      throw new BlockKitError("a select menu's initial option is not one of its options");
    element.initial_option = initial;
  }
  if (spec.confirm !== undefined) element.confirm = spec.confirm;
  return element;
}

/** A confirmation dialog: title cut to 100, mrkdwn text to 300, button labels to 30. */
export function confirmDialog(spec: {
  readonly title: string;
  readonly text: string;
  readonly confirm: string;
  readonly deny: string;
  readonly style?: "primary" | "danger";
}): ConfirmationDialog {
  const dialog: ConfirmationDialog = {
    title: plain(spec.title, CONFIRM_TITLE_MAX, "confirm title"),
    text: mrkdwn(spec.text, CONFIRM_TEXT_MAX, "confirm text"),
    confirm: plain(spec.confirm, CONFIRM_BUTTON_TEXT_MAX, "confirm button text"),
    deny: plain(spec.deny, CONFIRM_BUTTON_TEXT_MAX, "deny button text"),
  };
  if (spec.style !== undefined) dialog.style = spec.style;
  return dialog;
}

function option(spec: OverflowOptionSpec | SelectOptionSpec): PlainTextOption {
  const result: PlainTextOption = {
    text: plain(spec.text, OPTION_TEXT_MAX, "option text"),
    value: checked(spec.value, OPTION_VALUE_MAX, "option value"),
  };
  if ("url" in spec && spec.url !== undefined)
    result.url = checked(spec.url, OPTION_URL_MAX, "option url");
  return result;
}

function plain(text: string, max: number, what: string): PlainTextElement {
  return { type: "plain_text", text: truncateText(nonBlank(text, what), max) };
}

function mrkdwn(text: string, max: number, what: string): MrkdwnElement {
  return { type: "mrkdwn", text: truncateText(nonBlank(text, what), max) };
}

// Slack rejects empty (and whitespace-only) text with invalid_blocks; failing here names the field.
function nonBlank(text: string, what: string): string {
  if (text.trim() === "") throw new BlockKitError(`${what} is empty`);
  return text;
}

// Keeps max - 1 items and says how many more there were: visible, where a silent cut would not be.
function capList(items: readonly string[], max: number, noun: string): string[] {
  if (items.length <= max) return [...items];
  return [...items.slice(0, max - 1), `${ELLIPSIS} ${items.length - (max - 1)} more ${noun}`];
}

// The value itself stays out of the message: errors can reach a user, and a URL may hold a token.
function checked(value: string, max: number, what: string): string {
  if (value === "") throw new BlockKitError(`${what} is empty`);
  if (value.length > max) {
    throw new BlockKitError(`${what} is ${value.length} characters, over ${max}`);
  }
  return value;
}

function withBlockId<B extends { block_id?: string }>(block: B, blockId: string | undefined): B {
  if (blockId !== undefined) block.block_id = checked(blockId, BLOCK_ID_MAX, "block_id");
  return block;
}

/**
 * Slack's Block Kit limits for the blocks and elements syncerror emits. Lengths count UTF-16 code
 * units (JavaScript's `string.length`), which is never fewer than the characters Slack counts, so
 * staying under them is safe.
 *
 * Sources: the @slack/types 3.2.0 JSDoc (`node_modules/@slack/types/dist/block-kit/*.d.ts`) and
 * the Block Kit reference at https://docs.slack.dev/reference/block-kit/ (blocks, block-elements,
 * composition-objects). Where the two disagree the note on the constant says which one won.
 */

/** Where blocks are shown; a message holds fewer blocks than a modal or the Home tab. */
export type Surface = "message" | "modal" | "home";

/**
 * Blocks per surface: 50 in a message, 100 in a modal or Home tab view.
 * Source: https://docs.slack.dev/reference/block-kit/blocks
 */
export const MAX_BLOCKS: Readonly<Record<Surface, number>> = { message: 50, modal: 100, home: 100 };

/** Header block `text` (plain_text). Source: @slack/types `HeaderBlock.text`. */
export const HEADER_TEXT_MAX = 150;

/** Section block `text`. Source: @slack/types `SectionBlock.text`. */
export const SECTION_TEXT_MAX = 3000;

/** Section block `fields`: item count. Source: @slack/types `SectionBlock.fields`. */
export const SECTION_FIELDS_MAX = 10;

/** Section block `fields`: text of each item. Source: @slack/types `SectionBlock.fields`. */
export const SECTION_FIELD_TEXT_MAX = 2000;

/** Context block `elements`: item count. Source: @slack/types `ContextBlock.elements`. */
export const CONTEXT_ELEMENTS_MAX = 10;

/**
 * Context block text element. @slack/types sets no context-specific limit: a context element is a
 * plain `TextObject`, whose `text` is at most 3000 (`PlainTextElement.text`, `MrkdwnElement.text`).
 * Some third-party lists say 2000; the SDK's JSDoc is what this module follows.
 */
export const CONTEXT_TEXT_MAX = 3000;

/** Any other text object. Source: @slack/types `PlainTextElement.text`, `MrkdwnElement.text`. */
export const TEXT_OBJECT_MAX = 3000;

/** Actions block `elements`: item count. Source: @slack/types `ActionsBlock.elements`. */
export const ACTIONS_ELEMENTS_MAX = 25;

/** Button `text`; Slack shows only about 30 before eliding. Source: @slack/types `Button.text`. */
export const BUTTON_TEXT_MAX = 75;

/** Button `value`. Source: @slack/types `Button.value`. */
export const BUTTON_VALUE_MAX = 2000;

/** Button `url`. Source: @slack/types `Button.url`. */
export const BUTTON_URL_MAX = 3000;

/** Button `accessibility_label`. Source: @slack/types `Button.accessibility_label`. */
export const BUTTON_ACCESSIBILITY_LABEL_MAX = 75;

/** Any element's `action_id`; unique within its block. Source: @slack/types `Action.action_id`. */
export const ACTION_ID_MAX = 255;

/** Any block's `block_id`; unique within a message. Source: @slack/types `Block.block_id`. */
export const BLOCK_ID_MAX = 255;

/** Confirmation dialog `title`. Source: @slack/types `Confirm.title`. */
export const CONFIRM_TITLE_MAX = 100;

/** Confirmation dialog `text`. Source: @slack/types `Confirm.text`. */
export const CONFIRM_TEXT_MAX = 300;

/** Confirmation dialog `confirm` and `deny` button texts. Source: @slack/types `Confirm`. */
export const CONFIRM_BUTTON_TEXT_MAX = 30;

/**
 * Overflow menu option count, 2 to 5. Source: @slack/types `Overflow.options` ("up to 5") and
 * https://docs.slack.dev/reference/block-kit/block-elements/overflow-menu-element (at least 2).
 */
export const OVERFLOW_OPTIONS_MIN = 2;

/** Upper bound of {@link OVERFLOW_OPTIONS_MIN}'s range. Source: @slack/types `Overflow.options`. */
export const OVERFLOW_OPTIONS_MAX = 5;

/** Option `text`. Source: @slack/types `PlainTextOption.text`. */
export const OPTION_TEXT_MAX = 75;

/**
 * Option `value`. @slack/types 3.2.0 still says 75; the current option object reference
 * (https://docs.slack.dev/reference/block-kit/composition-objects/option-object) says 150, and
 * the Web API is what accepts or rejects, so 150 it is.
 */
export const OPTION_VALUE_MAX = 150;

/** Option `url` (overflow menus only). Source: @slack/types `OptionDescriptor.url`. */
export const OPTION_URL_MAX = 3000;

/**
 * Options of a static select menu, and option groups. Source: @slack/types `StaticSelect.options`
 * and `StaticSelect.option_groups` ("Maximum number of options is 100"), and
 * https://docs.slack.dev/reference/block-kit/block-elements/select-menu-element#static_select.
 */
export const SELECT_OPTIONS_MAX = 100;

/**
 * An option group's `label` (plain text). Source: @slack/types `OptionGroup.label` ("Maximum
 * length for the text in this field is 75 characters").
 */
export const OPTION_GROUP_LABEL_MAX = 75;

/**
 * A select menu's `placeholder` text. Source: the select menu reference above ("Maximum length
 * for the text in this field is 150 characters").
 */
export const SELECT_PLACEHOLDER_MAX = 150;

/** Option `description`. Source: @slack/types `OptionDescriptor.description`. */
export const OPTION_DESCRIPTION_MAX = 75;

/**
 * The fallback `text` of chat.postMessage; Slack truncates longer text itself, but silently, so we
 * cut first and visibly. Source: https://docs.slack.dev/reference/methods/chat.postMessage
 */
export const MESSAGE_TEXT_MAX = 40_000;

/**
 * A modal view's own limits (https://docs.slack.dev/reference/views): title, submit and close
 * plain_text up to 24 characters; private_metadata up to 3000; callback_id up to 255.
 */
export const VIEW_TITLE_MAX = 24;
export const VIEW_BUTTON_MAX = 24;
export const PRIVATE_METADATA_MAX = 3000;
export const CALLBACK_ID_MAX = 255;

/** An input block's label and hint (https://docs.slack.dev/reference/block-kit/blocks/input-block). */
export const INPUT_LABEL_MAX = 2000;

/** Radio buttons: up to 10 options (https://docs.slack.dev/reference/block-kit/block-elements/radio-button-group-element). */
export const RADIO_OPTIONS_MAX = 10;

/** A plain-text input's max_length: up to 3000 (https://docs.slack.dev/reference/block-kit/block-elements/plain-text-input-element). */
export const PLAIN_TEXT_INPUT_MAX = 3000;

/** Image block `alt_text`. Source: @slack/types `ImageBlock.alt_text` ("Maximum length … 2000"). */
export const IMAGE_ALT_TEXT_MAX = 2000;

/** Image block `title` (plain_text). Source: @slack/types `ImageBlock.title`. */
export const IMAGE_TITLE_MAX = 2000;

/** Image block `image_url`. Source: @slack/types `ImageBlock.image_url` ("3000 characters"). */
export const IMAGE_URL_MAX = 3000;

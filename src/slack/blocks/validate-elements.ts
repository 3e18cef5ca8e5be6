/**
 * The checks below the block level: text objects, the interactive elements syncerror emits
 * (button, overflow, static select) and their confirmation dialogs and options. Each takes `unknown` and reports
 * through a callback, so any JSON value can be walked without throwing.
 */
import {
  ACTION_ID_MAX,
  BUTTON_ACCESSIBILITY_LABEL_MAX,
  BUTTON_TEXT_MAX,
  BUTTON_URL_MAX,
  BUTTON_VALUE_MAX,
  CONFIRM_BUTTON_TEXT_MAX,
  CONFIRM_TEXT_MAX,
  CONFIRM_TITLE_MAX,
  OPTION_DESCRIPTION_MAX,
  OPTION_GROUP_LABEL_MAX,
  OPTION_TEXT_MAX,
  OPTION_URL_MAX,
  OPTION_VALUE_MAX,
  OVERFLOW_OPTIONS_MAX,
  OVERFLOW_OPTIONS_MIN,
  SELECT_OPTIONS_MAX,
  SELECT_PLACEHOLDER_MAX,
} from "./limits.js";

/** Receives one problem, already phrased relative to the object being checked. */
export type Report = (problem: string) => void;

/** A JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A short, safe rendering of a `type` value for messages: garbage input must not flood a log. */
export function typeLabel(type: unknown): string {
  return typeof type === "string" && /^[a-z_]{1,40}$/.test(type) ? type : quoted(type);
}

/** A quoted, length-capped rendering of a value for messages (`"colour"`, `number`). */
export function quoted(value: unknown): string {
  const shown = typeof value === "string" ? JSON.stringify(value) : typeof value;
  return shown.length > 40 ? `${shown.slice(0, 40)}…` : shown;
}

/** Reports properties Slack does not know for this object (a typo'd key is otherwise ignored). */
export function checkKeys(
  object: Record<string, unknown>,
  allowed: readonly string[],
  report: Report,
): void {
  for (const key of Object.keys(object)) {
    if (!allowed.includes(key)) report(`unknown property ${quoted(key)}`);
  }
}

/** Checks an optional or required string field against a length range. */
export function checkString(
  value: unknown,
  field: string,
  max: number,
  report: Report,
  required = false,
): void {
  if (value === undefined) {
    if (required) report(`${field} is missing`);
    return;
  }
  if (typeof value !== "string") report(`${field} is not a string`);
  else if (value === "") report(`${field} is empty`);
  else if (value.length > max) report(`${field} is ${value.length} characters, over ${max}`);
}

/** Checks a text object: its type, and that its text is neither blank nor over `max`. */
export function checkText(
  value: unknown,
  field: string,
  max: number,
  report: Report,
  kinds: readonly ("plain_text" | "mrkdwn")[] = ["plain_text", "mrkdwn"],
): void {
  if (value === undefined) {
    report(`${field} is missing`);
    return;
  }
  if (!isRecord(value)) {
    report(`${field} is not a text object`);
    return;
  }
  if (typeof value.type !== "string" || !(kinds as readonly string[]).includes(value.type)) {
    report(`${field} has type ${typeLabel(value.type)}, expected ${kinds.join(" or ")}`);
    return;
  }
  checkKeys(value, ["type", "text", value.type === "mrkdwn" ? "verbatim" : "emoji"], (p) =>
    report(`${field}: ${p}`),
  );
  const flag = value.type === "mrkdwn" ? value.verbatim : value.emoji;
  if (flag !== undefined && typeof flag !== "boolean") report(`${field} has a non-boolean flag`);
  if (typeof value.text !== "string") report(`${field} has no text`);
  // Slack rejects whitespace-only text as it does empty text.
  else if (value.text.trim() === "") report(`${field} is empty`);
  else if (value.text.length > max) {
    report(`${field} is ${value.text.length} characters, over ${max}`);
  }
}

/**
 * Checks an interactive element (button, overflow or static select) and returns its `action_id` when it has a
 * string one, so the caller can look for duplicates within the block.
 */
export function checkElement(value: unknown, report: Report): string | undefined {
  if (!isRecord(value)) {
    report("is not an object");
    return undefined;
  }
  if (value.type === "button") checkButton(value, report);
  else if (value.type === "overflow") checkOverflow(value, report);
  else if (value.type === "static_select") checkStaticSelect(value, report);
  else {
    report(`element type ${typeLabel(value.type)} is unknown or not one syncerror emits`);
    return undefined;
  }
  checkString(value.action_id, "action_id", ACTION_ID_MAX, report);
  if (value.confirm !== undefined) checkConfirm(value.confirm, report);
  return typeof value.action_id === "string" ? value.action_id : undefined;
}

function checkButton(button: Record<string, unknown>, report: Report): void {
  const keys = ["type", "text", "action_id", "value", "url", "style", "confirm"];
  checkKeys(button, [...keys, "accessibility_label"], report);
  checkText(button.text, "text", BUTTON_TEXT_MAX, report, ["plain_text"]);
  checkString(button.value, "value", BUTTON_VALUE_MAX, report);
  checkString(button.url, "url", BUTTON_URL_MAX, report);
  checkString(
    button.accessibility_label,
    "accessibility_label",
    BUTTON_ACCESSIBILITY_LABEL_MAX,
    report,
  );
  checkStyle(button.style, "style", report);
}

function checkOverflow(overflow: Record<string, unknown>, report: Report): void {
  checkKeys(overflow, ["type", "action_id", "options", "confirm"], report);
  const options = overflow.options;
  if (!Array.isArray(options)) {
    report("options is not an array");
    return;
  }
  if (options.length < OVERFLOW_OPTIONS_MIN || options.length > OVERFLOW_OPTIONS_MAX) {
    report(
      `has ${options.length} options, expected ${OVERFLOW_OPTIONS_MIN} to ${OVERFLOW_OPTIONS_MAX}`,
    );
  }
  options.forEach((option: unknown, index) => {
    checkOption(option, (p) => report(`option ${index}: ${p}`), true);
  });
}

/**
 * A static select (https://docs.slack.dev/reference/block-kit/block-elements/select-menu-element#static_select):
 * a plain_text placeholder up to 150, 1 to 100 options or option groups (a plain_text label up to
 * 75, 1 to 100 options each; one of the two), unique values, and an initial option that is exactly
 * one of the options.
 */
function checkStaticSelect(select: Record<string, unknown>, report: Report): void {
  checkKeys(
    select,
    [
      "type",
      "action_id",
      "options",
      "option_groups",
      "initial_option",
      "placeholder",
      "confirm",
      "focus_on_load",
    ],
    report,
  );
  if (select.placeholder !== undefined) {
    checkText(select.placeholder, "placeholder", SELECT_PLACEHOLDER_MAX, report, ["plain_text"]);
  }
  if (select.options !== undefined && select.option_groups !== undefined) {
    report("has both options and option_groups; Slack takes one of them");
    return;
  }
  const options =
    select.option_groups === undefined ? select.options : groupedOptions(select, report);
  if (!Array.isArray(options)) {
    report("options is not an array");
    return;
  }
  if (options.length < 1 || options.length > SELECT_OPTIONS_MAX) {
    report(`has ${options.length} options, expected 1 to ${SELECT_OPTIONS_MAX}`);
  }
  const values = new Set<unknown>();
  options.forEach((option: unknown, index) => {
    const at: Report = (p) => report(`option ${index}: ${p}`);
    checkOption(option, at, false);
    if (!isRecord(option)) return;
    if (values.has(option.value)) at(`value ${quoted(option.value)} is used by an earlier option`);
    values.add(option.value);
  });
  const initial = select.initial_option;
  if (initial === undefined) return;
  checkOption(initial, (p) => report(`initial_option: ${p}`), false);
  // Slack wants the very option: the same value with the same text.
  const same =
    isRecord(initial) &&
    options.some(
      (option: unknown) =>
        isRecord(option) &&
        option.value === initial.value &&
        textOf(option.text) === textOf(initial.text),
    );
  if (!same) report("initial_option is not exactly one of the options");
}

function textOf(text: unknown): unknown {
  return isRecord(text) ? text.text : undefined;
}

function checkOption(option: unknown, report: Report, overflow: boolean): void {
  if (!isRecord(option)) {
    report("is not an object");
    return;
  }
  checkKeys(
    option,
    overflow ? ["text", "value", "url", "description"] : ["text", "value", "description"],
    report,
  );
  checkText(option.text, "text", OPTION_TEXT_MAX, report, ["plain_text"]);
  checkString(option.value, "value", OPTION_VALUE_MAX, report, true);
  checkString(option.url, "url", OPTION_URL_MAX, report);
  if (option.description !== undefined) {
    checkText(option.description, "description", OPTION_DESCRIPTION_MAX, report, ["plain_text"]);
  }
}

function checkConfirm(confirm: unknown, report: Report): void {
  if (!isRecord(confirm)) {
    report("confirm is not an object");
    return;
  }
  const at: Report = (p) => report(`confirm ${p}`);
  checkKeys(confirm, ["title", "text", "confirm", "deny", "style"], at);
  checkText(confirm.title, "title", CONFIRM_TITLE_MAX, at, ["plain_text"]);
  checkText(confirm.text, "text", CONFIRM_TEXT_MAX, at);
  checkText(confirm.confirm, "confirm", CONFIRM_BUTTON_TEXT_MAX, at, ["plain_text"]);
  checkText(confirm.deny, "deny", CONFIRM_BUTTON_TEXT_MAX, at, ["plain_text"]);
  checkStyle(confirm.style, "style", at);
}

function checkStyle(style: unknown, field: string, report: Report): void {
  if (style !== undefined && style !== "primary" && style !== "danger") {
    report(`${field} is ${quoted(style)}, expected primary or danger`);
  }
}

/** The options of a select's option groups, in order, after checking each group; null when unusable. */
function groupedOptions(select: Record<string, unknown>, report: Report): unknown[] | null {
  const groups = select.option_groups;
  if (!Array.isArray(groups)) {
    report("option_groups is not an array");
    return null;
  }
  if (groups.length < 1 || groups.length > SELECT_OPTIONS_MAX) {
    report(`has ${groups.length} option groups, expected 1 to ${SELECT_OPTIONS_MAX}`);
  }
  return groups.flatMap((group: unknown, index) => {
    const at: Report = (p) => report(`option group ${index}: ${p}`);
    if (!isRecord(group)) {
      at("is not an object");
      return [];
    }
    checkKeys(group, ["label", "options"], at);
    checkText(group.label, "label", OPTION_GROUP_LABEL_MAX, at, ["plain_text"]);
    if (!Array.isArray(group.options) || group.options.length < 1) {
      at(`options must be an array of 1 to ${SELECT_OPTIONS_MAX}`);
      return [];
    }
    return group.options as unknown[];
  });
}

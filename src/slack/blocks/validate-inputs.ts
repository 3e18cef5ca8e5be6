/**
 * The elements of an input block syncerror's modals use: radio buttons, a date picker and a
 * plain-text input (https://docs.slack.dev/reference/block-kit/block-elements/).
 */
import {
  ACTION_ID_MAX,
  OPTION_TEXT_MAX,
  OPTION_VALUE_MAX,
  PLAIN_TEXT_INPUT_MAX,
  RADIO_OPTIONS_MAX,
  SELECT_PLACEHOLDER_MAX,
} from "./limits.js";
import {
  checkKeys,
  checkString,
  checkText,
  isRecord,
  type Report,
  typeLabel,
} from "./validate-elements.js";

/** Checks an input block's element. */
export function checkInputElement(value: unknown, report: Report): void {
  if (!isRecord(value)) {
    report("is not an object");
    return;
  }
  checkString(value.action_id, "action_id", ACTION_ID_MAX, report);
  if (value.placeholder !== undefined) {
    checkText(value.placeholder, "placeholder", SELECT_PLACEHOLDER_MAX, report, ["plain_text"]);
  }
  if (value.type === "radio_buttons") checkRadioButtons(value, report);
  else if (value.type === "datepicker") {
    checkKeys(value, ["type", "action_id", "initial_date", "placeholder", "focus_on_load"], report);
    if (value.initial_date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(value.initial_date)))
      report("initial_date is not YYYY-MM-DD");
  } else if (value.type === "plain_text_input") {
    checkKeys(
      value,
      [
        "type",
        "action_id",
        "initial_value",
        "multiline",
        "min_length",
        "max_length",
        "placeholder",
        "focus_on_load",
      ],
      report,
    );
    const max = value.max_length;
    if (max !== undefined && (typeof max !== "number" || max < 1 || max > PLAIN_TEXT_INPUT_MAX))
      report(`max_length must be 1 to ${PLAIN_TEXT_INPUT_MAX}`);
  } else report(`element type ${typeLabel(value.type)} is unknown or not one syncerror emits`);
}

function checkRadioButtons(value: Record<string, unknown>, report: Report): void {
  checkKeys(value, ["type", "action_id", "options", "initial_option", "focus_on_load"], report);
  const options = value.options;
  if (!Array.isArray(options) || options.length < 1 || options.length > RADIO_OPTIONS_MAX) {
    report(`options must be an array of 1 to ${RADIO_OPTIONS_MAX}`);
    return;
  }
  const values = new Set<unknown>();
  options.forEach((option: unknown, index) => {
    const at: Report = (p) => report(`option ${index}: ${p}`);
    if (!isRecord(option)) {
      at("is not an object");
      return;
    }
    checkKeys(option, ["text", "value", "description"], at);
    checkText(option.text, "text", OPTION_TEXT_MAX, at);
    checkString(option.value, "value", OPTION_VALUE_MAX, at, true);
    if (values.has(option.value)) at("value is used by an earlier option");
    values.add(option.value);
  });
  const initial = value.initial_option;
  if (
    initial !== undefined &&
    !(isRecord(initial) && options.some((o: unknown) => isRecord(o) && o.value === initial.value))
  ) {
    report("initial_option is not one of the options");
  }
}

import type { Translator } from "../i18n/translator.js";
import { renderBlocks } from "./render-blocks.js";

type Json = Readonly<Record<string, unknown>>;

const isRecord = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const textOf = (value: unknown): string =>
  isRecord(value) && typeof value.text === "string" ? value.text : "";

/**
 * A modal as the console shows it: its blocks as text, its first radio buttons (or select) as
 * numbered choices, typing one submits the modal with it. What follows the number on the line
 * fills the modal's other inputs: a `YYYY-MM-DD` its date picker, the rest its text input.
 */
export interface ConsoleModal {
  readonly viewId: string;
  readonly lines: readonly string[];
  /** The choices' numbers, each with the option value it stands for. */
  readonly choices: ReadonlyMap<number, string>;
  readonly choiceId: string;
  readonly dateId?: string | undefined;
  readonly textId?: string | undefined;
}

/** Renders a modal view; `nextNumber` numbers its choices after the console's other buttons. */
export function consoleModal(
  view: Json,
  options: { readonly nextNumber: () => number; readonly color: boolean; readonly t: Translator },
): ConsoleModal | undefined {
  const blocks = Array.isArray(view.blocks) ? (view.blocks as unknown[]) : [];
  const inputs = blocks.filter((b): b is Json => isRecord(b) && b.type === "input");
  const elementOf = (type: string) =>
    inputs.map((b) => b.element).find((e): e is Json => isRecord(e) && e.type === type);
  const choice = elementOf("radio_buttons") ?? elementOf("static_select");
  if (!choice || typeof choice.action_id !== "string") return undefined;
  const shown = renderBlocks(
    blocks.filter((b) => !(isRecord(b) && b.type === "input")),
    { color: options.color, nextNumber: options.nextNumber, translator: options.t },
  );
  const choices = new Map<number, string>();
  const labels: string[] = [];
  for (const option of Array.isArray(choice.options) ? choice.options : []) {
    if (!isRecord(option) || typeof option.value !== "string") continue;
    const number = options.nextNumber();
    choices.set(number, option.value);
    labels.push(`[${number}] ${textOf(option.text)}`);
  }
  const label = textOf(inputs.find((b) => b.element === choice)?.label);
  const date = elementOf("datepicker");
  const text = elementOf("plain_text_input");
  return {
    viewId: String(view.id),
    lines: [
      ...shown.lines,
      `${label}:`,
      labels.join("  "),
      options.t.t("console.modalHint", {
        submit: textOf(view.submit) || "Submit",
        date: date ? "yes" : "no",
        text: text ? "yes" : "no",
      }),
    ],
    choices,
    choiceId: choice.action_id,
    dateId: typeof date?.action_id === "string" ? date.action_id : undefined,
    textId: typeof text?.action_id === "string" ? text.action_id : undefined,
  };
}

/** The values a console line submits the modal with: its choice, then a date and a text. */
export function consoleModalValues(
  modal: ConsoleModal,
  value: string,
  rest: string,
): Record<string, string | null> {
  const values: Record<string, string | null> = { [modal.choiceId]: value };
  let text = rest.trim();
  const date = /^(\d{4}-\d{2}-\d{2})\b\s*/.exec(text);
  if (date && modal.dateId) {
    values[modal.dateId] = date[1] ?? null;
    text = text.slice(date[0].length);
  }
  if (text !== "" && modal.textId) values[modal.textId] = text;
  return values;
}

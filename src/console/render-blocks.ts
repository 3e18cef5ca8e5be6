/**
 * Block Kit → terminal text, for the local console. Reads blocks as the Slack sandbox stored them
 * (plain JSON, so every field is checked, nothing assumed), and numbers every button, overflow
 * option and select menu so the user can click it by typing its number (a menu's options are
 * numbered from 1 within it: "5 3" chooses its third option).
 */

/** A confirm dialog a button asks before it acts. */
export interface ConsoleConfirm {
  readonly title: string;
  readonly text: string;
  readonly confirm: string;
  readonly deny: string;
}

/** An option of an overflow or select menu. */
export interface ConsoleOption {
  readonly text: string;
  readonly value: string;
}

/** Something the user can click by number. */
export interface ConsoleAction {
  readonly number: number;
  readonly label: string;
  readonly kind: "button" | "overflow" | "select";
  readonly actionId: string;
  readonly blockId?: string;
  readonly value?: string;
  readonly url?: string;
  readonly confirm?: ConsoleConfirm;
  /** For an overflow menu: the option chosen. */
  readonly selectedOption?: ConsoleOption;
  /** For a select menu: its options, in order (numbered from 1 when shown). */
  readonly options?: readonly ConsoleOption[];
  /** For a select menu: the option it shows chosen when the message arrives, if any. */
  readonly initialOption?: ConsoleOption;
}

import { type Translator, translator } from "../i18n/translator.js";
import { slackFileIds } from "./saved-images.js";
import { type DateContext, slackDateText } from "./slack-date-text.js";

/** The lines to print and the actions they offer. */
export interface RenderedBlocks {
  readonly lines: string[];
  readonly actions: ConsoleAction[];
}

/** What mrkdwn's references need to read as Slack shows them. */
export interface MrkdwnContext extends DateContext {
  /** A channel's name by its id, for `<#C1>` without a label; undefined when unknown. */
  readonly channelName?: ((id: string) => string | undefined) | undefined;
}

/** How to render. */
export interface RenderOptions extends MrkdwnContext {
  /** ANSI styles (bold, dim, colour); off when output is piped. */
  readonly color: boolean;
  /** Hands out button numbers; the console keeps them unique across messages. */
  readonly nextNumber: () => number;
  /** Width of dividers. */
  readonly width?: number;
  /**
   * The language of the words a Slack client adds itself (a confirm dialog's default buttons, the
   * note on a block it cannot show): the console person's; English unless given.
   */
  readonly translator?: Translator;
  /**
   * A line under an image block that shows a Slack file (`slack_file: {id}`): where the console
   * wrote the picture; nothing added when it returns undefined.
   */
  readonly imageNote?: ((fileId: string) => string | undefined) | undefined;
}

type Json = Record<string, unknown>;

const STYLE = {
  bold: ["\u001b[1m", "\u001b[22m"],
  dim: ["\u001b[2m", "\u001b[22m"],
  italic: ["\u001b[3m", "\u001b[23m"],
  code: ["\u001b[36m", "\u001b[39m"],
  button: ["\u001b[1;34m", "\u001b[0m"],
} as const;

function style(kind: keyof typeof STYLE, text: string, color: boolean): string {
  if (!color || text === "") return text;
  const [open, close] = STYLE[kind];
  return `${open}${text}${close}`;
}

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const stringField = (value: unknown, key: string): string | undefined => {
  const field = isObject(value) ? value[key] : undefined;
  return typeof field === "string" ? field : undefined;
};
/** The text of a text object (`{type, text}`), or "". */
const textOf = (value: unknown): string => stringField(value, "text") ?? "";

const ENTITIES: Readonly<Record<string, string>> = { "&amp;": "&", "&lt;": "<", "&gt;": ">" };

// The emoji the bot's messages use, as a terminal can show them.
const EMOJI: Readonly<Record<string, string>> = {
  warning: "⚠️",
  hourglass_flowing_sand: "⏳",
  inbox_tray: "📥",
  white_check_mark: "✅",
  arrows_counterclockwise: "🔄",
  no_entry: "⛔",
  mag: "🔍",
  x: "❌",
  question: "❓",
  zzz: "💤",
  alarm_clock: "⏰",
};

/**
 * Slack mrkdwn → terminal text: *bold*, _italic_, `code`, links `<url|label>`, mentions `<@U1>`,
 * channels `<#C1|name>` (or `<#C1>`, named through `context`), dates `<!date^…>` in the local time
 * zone, special mentions `<!here>`, and the three escaped entities. Without
 * colour (piped, or NO_COLOR) the result is plain text: the markers go and nothing replaces them.
 */
export function renderMrkdwn(text: string, color: boolean, context: MrkdwnContext = {}): string {
  const withLinks = text.replace(/<([^<>]+)>/g, (_whole, inner: string) => {
    const [target = "", label] = inner.split("|", 2);
    if (target.startsWith("@")) return `@${label ?? target.slice(1)}`;
    if (target.startsWith("#")) {
      const id = target.slice(1);
      return `#${label ?? context.channelName?.(id) ?? id}`;
    }
    // A date, shown as Slack shows it to a reader in this time zone (else its fallback text).
    if (target.startsWith("!date^")) return slackDateText(inner, context) ?? label ?? "";
    if (target.startsWith("!")) return `@${label ?? target.slice(1).split("^")[0]}`;
    return label ? `${label} (${target})` : target;
  });
  // Code spans are literal, as in Slack: a cron's "* *" inside backticks is not bold.
  const styled = withLinks
    .split(/(`[^`\n]+`)/)
    .map((part, index) =>
      index % 2 === 1
        ? style("code", part.slice(1, -1), color)
        : part
            .replace(
              /(^|[\s(])\*([^*\n]+)\*(?=$|[\s).,:;!?…])/g,
              (_w, before: string, bold: string) => before + style("bold", bold, color),
            )
            .replace(
              /(^|[\s(])_([^_\n]+)_(?=$|[\s).,:;!?…])/g,
              (_w, before: string, italic: string) => before + style("italic", italic, color),
            )
            .replace(/:([a-z_]+):/g, (whole, name: string) => EMOJI[name] ?? whole),
    )
    .join("");
  return styled.replace(/&(?:amp|lt|gt);/g, (entity) => ENTITIES[entity] ?? entity);
}

function renderText(object: unknown, options: RenderOptions): string {
  const text = textOf(object);
  return stringField(object, "type") === "mrkdwn"
    ? renderMrkdwn(text, options.color, options)
    : text;
}

function confirmOf(element: Json, t: Translator): ConsoleConfirm | undefined {
  const confirm = element.confirm;
  if (!isObject(confirm)) return undefined;
  return {
    title: textOf(confirm.title) || t.t("console.confirmTitle"),
    text: textOf(confirm.text),
    confirm: textOf(confirm.confirm) || t.t("console.confirmYes"),
    deny: textOf(confirm.deny) || t.t("console.confirmCancel"),
  };
}

/** The client's own words' language (English unless the options give one). */
function wordsOf(options: RenderOptions): Translator {
  return options.translator ?? translator("en");
}

function renderElement(
  element: unknown,
  blockId: string | undefined,
  options: RenderOptions,
): { text: string; actions: ConsoleAction[] } {
  if (!isObject(element)) return { text: "", actions: [] };
  const actionId = stringField(element, "action_id") ?? "";
  const common = {
    actionId,
    ...(blockId ? { blockId } : {}),
  };
  if (element.type === "button") {
    const label = textOf(element.text);
    const confirm = confirmOf(element, wordsOf(options));
    const value = stringField(element, "value");
    const url = stringField(element, "url");
    const action: ConsoleAction = {
      number: options.nextNumber(),
      label,
      kind: "button",
      ...common,
      ...(value !== undefined ? { value } : {}),
      ...(url !== undefined ? { url } : {}),
      ...(confirm ? { confirm } : {}),
    };
    return {
      text: style("button", `[${action.number}] ${label}`, options.color),
      actions: [action],
    };
  }
  if (element.type === "overflow" && Array.isArray(element.options)) {
    const confirm = confirmOf(element, wordsOf(options));
    const actions = element.options.map((option): ConsoleAction => {
      const text = textOf(isObject(option) ? option.text : undefined);
      const value = stringField(option, "value") ?? "";
      return {
        number: options.nextNumber(),
        label: text,
        kind: "overflow",
        ...common,
        selectedOption: { text, value },
        ...(confirm ? { confirm } : {}),
      };
    });
    return {
      text: actions
        .map((a) => style("button", `[${a.number}] ⋯ ${a.label}`, options.color))
        .join("  "),
      actions,
    };
  }
  const grouped = Array.isArray(element.option_groups) ? element.option_groups : undefined;
  if (element.type === "static_select" && (Array.isArray(element.options) || grouped)) {
    // Grouped options are listed in order, each with its group's label in front.
    const flat = grouped
      ? grouped.flatMap((group) => {
          const label = textOf(isObject(group) ? group.label : undefined);
          const inGroup = isObject(group) && Array.isArray(group.options) ? group.options : [];
          return inGroup.map((option: unknown) => ({ option, label }));
        })
      : (element.options as unknown[]).map((option) => ({ option, label: "" }));
    const choices = flat.map(
      ({ option, label }): ConsoleOption => ({
        text: `${label ? `${label} · ` : ""}${textOf(isObject(option) ? option.text : undefined)}`,
        value: stringField(option, "value") ?? "",
      }),
    );
    const initialValue = stringField(element.initial_option, "value");
    const initial = choices.find((option) => option.value === initialValue);
    const action: ConsoleAction = {
      number: options.nextNumber(),
      // What the menu is for: Slack shows the placeholder until something is chosen.
      label: textOf(element.placeholder) || "Choose",
      kind: "select",
      ...common,
      options: choices,
      ...(initial ? { initialOption: initial } : {}),
    };
    const shown = initial ? initial.text : action.label;
    return {
      text: style("button", `[${action.number}] ▾ ${shown}`, options.color),
      actions: [action],
    };
  }
  if (element.type === "image")
    return { text: `[image: ${stringField(element, "alt_text") ?? ""}]`, actions: [] };
  if (element.type === "mrkdwn" || element.type === "plain_text")
    return { text: renderText(element, options), actions: [] };
  return { text: `[${String(element.type)}]`, actions: [] };
}

/** Renders a message's or view's blocks; unknown blocks are named, never dropped silently. */
export function renderBlocks(blocks: readonly unknown[], options: RenderOptions): RenderedBlocks {
  const lines: string[] = [];
  const actions: ConsoleAction[] = [];
  for (const block of blocks) {
    if (!isObject(block)) continue;
    const rendered = renderBlock(block, options);
    if (rendered.lines.length === 0) continue;
    // Slack leaves space above sections and buttons; context lines hug what they annotate.
    if (lines.length > 0 && (block.type === "section" || block.type === "actions")) lines.push("");
    lines.push(...rendered.lines);
    actions.push(...rendered.actions);
  }
  return { lines, actions };
}

function renderBlock(block: Json, options: RenderOptions): RenderedBlocks {
  const blockId = stringField(block, "block_id");
  const width = options.width ?? 60;
  switch (block.type) {
    case "header": {
      const title = textOf(block.text);
      // Without colour, plain text: the title alone, with no Markdown underline.
      return { lines: [style("bold", title, options.color)], actions: [] };
    }
    case "section": {
      const lines: string[] = [];
      const actions: ConsoleAction[] = [];
      if (block.text) lines.push(renderText(block.text, options));
      if (Array.isArray(block.fields)) {
        for (const field of block.fields) lines.push(`  ${renderText(field, options)}`);
      }
      if (block.accessory) {
        const rendered = renderElement(block.accessory, blockId, options);
        if (rendered.text) lines.push(rendered.text);
        actions.push(...rendered.actions);
      }
      return { lines, actions };
    }
    case "context": {
      const parts = Array.isArray(block.elements)
        ? block.elements.map((e) => renderElement(e, blockId, options).text).filter(Boolean)
        : [];
      return {
        lines: parts.length > 0 ? [style("dim", parts.join(" · "), options.color)] : [],
        actions: [],
      };
    }
    case "divider":
      return { lines: [style("dim", "─".repeat(width), options.color)], actions: [] };
    case "actions": {
      const rendered = Array.isArray(block.elements)
        ? block.elements.map((e) => renderElement(e, blockId, options))
        : [];
      const text = rendered
        .map((r) => r.text)
        .filter(Boolean)
        .join("  ");
      return { lines: text ? [text] : [], actions: rendered.flatMap((r) => r.actions) };
    }
    case "image": {
      const lines = [`[image: ${stringField(block, "alt_text") ?? ""}]`];
      const note = slackFileIds([block]).map((id) => options.imageNote?.(id))[0];
      if (note) lines.push(note);
      return { lines, actions: [] };
    }
    default:
      return {
        lines: [
          style(
            "dim",
            wordsOf(options).t("console.unknownBlock", { type: String(block.type) }),
            options.color,
          ),
        ],
        actions: [],
      };
  }
}

import { type ParseArgsConfig, parseArgs } from "node:util";
import { didYouMean } from "../did-you-mean.js";
import { BotError, type ErrorText, type UserText } from "../errors.js";
import type { CliArgs } from "./cli-command.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * The arguments cannot be read as the command's options; the message says why, in our words (a
 * catalog message, so the caller can say it in the reader's language).
 */
export class OptionsProblem extends BotError {
  override readonly name = "OptionsProblem";
  constructor(text: ErrorText, options?: { cause?: unknown }) {
    super("usage", text, options);
  }
}

/**
 * Parses a command's arguments (node:util `parseArgs`, strict). A mistake throws
 * `OptionsProblem` naming the option and what it expects, never the parser's own message, which
 * speaks of "ambiguous" arguments and placing positionals after `--`.
 */
export function parseOptions(args: readonly string[], options: Options): CliArgs {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new OptionsProblem(describe(error, args, options), { cause: error });
  }
}

/** Our text for each of parseArgs's errors (ERR_PARSE_ARGS_*). */
function describe(error: unknown, args: readonly string[], options: Options): UserText {
  const code = (error as { code?: unknown }).code;
  // The same arguments read leniently, option by option, find the one the strict parse refused.
  const { tokens } = parseArgs({
    args: [...args],
    options,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    const option = options[token.name];
    const typed = token.rawName;
    if (!option) {
      if (code !== "ERR_PARSE_ARGS_UNKNOWN_OPTION") continue;
      const names = Object.keys(options);
      const near = didYouMean(token.name, names);
      return {
        key: near ? "cli.optionUnknownNear" : "cli.optionUnknown",
        values: { typed, near: `--${near}`, names: names.map((n) => `--${n}`).join(", ") },
      };
    }
    if (code !== "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") continue;
    const long = `--${token.name}`;
    if (option.type === "boolean" && token.value !== undefined)
      return { key: "cli.isSwitch", values: { option: long, value: token.value } };
    if (option.type === "string" && token.value === undefined)
      return { key: "cli.needsValue", values: { typed, option: long } };
    if (option.type === "string" && !token.inlineValue && token.value?.startsWith("-"))
      return { key: "cli.looksLikeOption", values: { typed, option: long, value: token.value } };
  }
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") return { key: "cli.noWords" };
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return { key: "cli.unknownOptionSomewhere" };
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return { key: "cli.badOptionValue" };
  return { key: "cli.unreadableOptions" };
}

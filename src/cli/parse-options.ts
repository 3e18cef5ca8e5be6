import { type ParseArgsConfig, parseArgs } from "node:util";
import { didYouMean } from "../did-you-mean.js";
import type { CliArgs } from "./cli-command.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** The arguments cannot be read as the command's options; the message says why, in our words. */
export class OptionsProblem extends Error {
  override readonly name = "OptionsProblem";
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
function describe(error: unknown, args: readonly string[], options: Options): string {
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
      return [
        `there is no option ${typed}${near ? `; did you mean --${near}?` : "."}`,
        `The options are ${names.map((n) => `--${n}`).join(", ")}. A word that starts with a dash goes after --, as in: -- ${typed}`,
      ].join("\n");
    }
    if (code !== "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") continue;
    const long = `--${token.name}`;
    if (option.type === "boolean" && token.value !== undefined)
      return `${long} is a switch and takes no value (remove "=${token.value}").`;
    if (option.type === "string" && token.value === undefined)
      return `${typed} needs a value, as in ${long} <value>.`;
    if (option.type === "string" && !token.inlineValue && token.value?.startsWith("-"))
      return `${typed} needs a value, and "${token.value}" looks like an option. For a value that starts with a dash, such as a negative number, write ${long}=${token.value}.`;
  }
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL")
    return "this command takes no words besides its options.";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return "one of the options is not one it knows.";
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
    return "an option is missing its value, or has one it does not take.";
  return "the options could not be read.";
}

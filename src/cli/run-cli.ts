import { didYouMean } from "../did-you-mean.js";
import { BotError, UsageError, userMessage } from "../errors.js";
import { translator } from "../i18n/translator.js";
import type { CliArgs, CliContext } from "./cli-command.js";
import { chooseLanguage, withoutLanguage } from "./cli-language.js";
import { cliCommands } from "./commands/index.js";
import { EXIT, PROGRAM } from "./exit-codes.js";
import { type CliIo, write } from "./io.js";
import { OptionsProblem, parseOptions } from "./parse-options.js";
import { commandHelp, localUsage, programHelp } from "./usage.js";

export type { CliContext } from "./cli-command.js";
export { EXIT } from "./exit-codes.js";
export { programHelp } from "./usage.js";

/**
 * Whether the arguments are for the command line rather than the bot: anything but nothing at all
 * or the bot's own `--user` option (an unknown word still goes to the command line, which says so).
 * The global `--lang` is for both, so it does not decide.
 */
export function isCliCommand(argv: readonly string[]): boolean {
  const first = withoutLanguage(argv).argv[0];
  return first !== undefined && first !== "--user" && !first.startsWith("--user=");
}

/** What `src/main.ts` gives the command line: its context but the translator, which runCli makes. */
export type CliSetup = Omit<CliContext, "translator"> & {
  /** SYNCERROR_LANG as set: the answers' language unless `--lang` says another. */
  readonly language?: string | undefined;
};

/**
 * Runs the command line (`argv` without node and the script) and returns the exit code. Answers go
 * to stdout; usage errors and refusals go to stderr, in the words of `userMessage`. The global
 * `--lang en|da` (anywhere before `--`; else SYNCERROR_LANG) chooses the answers' language.
 */
export async function runCli(
  fullArgv: readonly string[],
  io: CliIo,
  setup: CliSetup,
): Promise<number> {
  const { argv, asked } = withoutLanguage(fullArgv);
  let context: CliContext;
  try {
    const { language, ...rest } = setup;
    context = { ...rest, translator: translator(chooseLanguage(asked, language)) };
  } catch (error) {
    await write(
      io.stderr,
      `${PROGRAM}: ${userMessage(error)}
`,
    );
    return EXIT.usage;
  }
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    await write(io.stdout, `${programHelp(context.translator)}\n`);
    return EXIT.ok;
  }
  const command = cliCommands.find((c) => c.name === name);
  if (!command) {
    const near = didYouMean(
      name,
      cliCommands.map((c) => c.name),
    );
    const t = context.translator;
    const unknown = near
      ? t.t("cli.unknownCommandNear", { name, suggestion: `${PROGRAM} ${near}` })
      : t.t("cli.unknownCommand", { name });
    // With a likely command named, the hint stands alone: a page of usage below would bury it.
    const rest = near ? t.t("cli.helpLists", { program: PROGRAM }) : programHelp(t);
    await write(io.stderr, `${PROGRAM}: ${unknown}\n\n${rest}\n`);
    return EXIT.usage;
  }
  try {
    let args: CliArgs;
    try {
      args = parseOptions(rest, command.options);
    } catch (error) {
      if (!(error instanceof OptionsProblem)) throw error;
      throw new UsageError(error.userText ?? error.message, command.usage.join("\n       "));
    }
    if (args.values.help) {
      await write(io.stdout, `${commandHelp(command, context.translator)}\n`);
      return EXIT.ok;
    }
    return await command.run(args, io, context);
  } catch (error) {
    const t = context.translator;
    // A usage error's synopsis keeps its syntax; its notes are said in the reader's language.
    const shown =
      error instanceof UsageError
        ? new UsageError(error.userText ?? error.message, localUsage(error.usage, t))
        : error;
    await write(io.stderr, `${PROGRAM} ${name}: ${userMessage(shown, t)}\n`);
    if (
      error instanceof UsageError ||
      (error instanceof BotError && error.code === "config_invalid")
    )
      return EXIT.usage;
    return error instanceof BotError && error.code !== "internal" ? EXIT.refused : EXIT.internal;
  }
}

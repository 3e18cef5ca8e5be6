import { didYouMean } from "../did-you-mean.js";
import { BotError, UsageError, userMessage } from "../errors.js";
import type { CliArgs, CliContext } from "./cli-command.js";
import { cliCommands } from "./commands/index.js";
import { EXIT, PROGRAM } from "./exit-codes.js";
import { type CliIo, write } from "./io.js";
import { OptionsProblem, parseOptions } from "./parse-options.js";
import { commandHelp, programHelp } from "./usage.js";

export type { CliContext } from "./cli-command.js";
export { EXIT } from "./exit-codes.js";
export { programHelp } from "./usage.js";

/**
 * Whether the arguments are for the command line rather than the bot: anything but nothing at all
 * or the bot's own `--user` option (an unknown word still goes to the command line, which says so).
 */
export function isCliCommand(first: string | undefined): boolean {
  return first !== undefined && first !== "--user" && !first.startsWith("--user=");
}

/**
 * Runs the command line (`argv` without node and the script) and returns the exit code. Answers go
 * to stdout; usage errors and refusals go to stderr, in the words of `userMessage`.
 */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  context: CliContext,
): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    await write(io.stdout, `${programHelp()}\n`);
    return EXIT.ok;
  }
  const command = cliCommands.find((c) => c.name === name);
  if (!command) {
    const near = didYouMean(
      name,
      cliCommands.map((c) => c.name),
    );
    const hint = near ? ` Did you mean "${PROGRAM} ${near}"?` : "";
    // With a likely command named, the hint stands alone: a page of usage below would bury it.
    const rest = near ? `${PROGRAM} --help lists the commands.` : programHelp();
    await write(io.stderr, `${PROGRAM}: unknown command "${name}".${hint}\n\n${rest}\n`);
    return EXIT.usage;
  }
  try {
    let args: CliArgs;
    try {
      args = parseOptions(rest, command.options);
    } catch (error) {
      if (!(error instanceof OptionsProblem)) throw error;
      throw new UsageError(error.message, command.usage.join("\n       "));
    }
    if (args.values.help) {
      await write(io.stdout, `${commandHelp(command)}\n`);
      return EXIT.ok;
    }
    return await command.run(args, io, context);
  } catch (error) {
    await write(io.stderr, `${PROGRAM} ${name}: ${userMessage(error)}\n`);
    if (
      error instanceof UsageError ||
      (error instanceof BotError && error.code === "config_invalid")
    )
      return EXIT.usage;
    return error instanceof BotError && error.code !== "internal" ? EXIT.refused : EXIT.internal;
  }
}

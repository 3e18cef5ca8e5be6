import { didYouMean } from "../did-you-mean.js";
import type { SlackMessage } from "../slack/blocks/index.js";
import { helpMessage } from "../slack/messages/help.js";
import type { CommandContext, DeferredReply, Subcommand } from "./command.js";

/**
 * Routes the text after `/syncerror` to its subcommand: the first word names it, the rest (with
 * its line breaks, since people paste raw messages) is its argument. An empty or unknown
 * subcommand gets help, with "did you mean" for a near miss. Errors propagate to the caller,
 * which turns them into user text in one place.
 */
export async function dispatch(
  text: string,
  context: CommandContext,
  subcommands: readonly Subcommand[],
): Promise<SlackMessage | DeferredReply> {
  const trimmed = text.trim();
  const first = trimmed.split(/\s/, 1)[0] ?? "";
  const args = trimmed.slice(first.length).trim();
  const name = first.toLowerCase();
  const command = subcommands.find((c) => c.name === name);
  if (command) return command.run(args, context);
  if (name === "") return helpMessage(subcommands, context.translator);
  return helpMessage(subcommands, context.translator, {
    unknown: first,
    suggestion: didYouMean(
      name,
      subcommands.map((c) => c.name),
    ),
  });
}

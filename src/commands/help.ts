import { helpMessage } from "../slack/messages/help.js";
import type { Subcommand } from "./command.js";

/**
 * `/syncerror help`. Built from the registry it belongs to (passed lazily, since the registry
 * also contains it), so a new subcommand appears in help without touching this file.
 */
export function createHelp(registry: () => readonly Subcommand[]): Subcommand {
  return {
    name: "help",
    usage: "help",
    summary: "This overview",
    run: (_args, context) => helpMessage(registry(), context.translator),
  };
}

import { classify } from "./classify.js";
import type { Command } from "./command.js";
import { explain } from "./explain.js";
import { list } from "./list.js";

/** Every subcommand, in the order help lists them. Adding one: a file, and a line here. */
export const commands = [explain, classify, list] as const satisfies ReadonlyArray<
  Command<unknown>
>;

export type { Command, CommandContext } from "./command.js";
export { classify, explain, list };

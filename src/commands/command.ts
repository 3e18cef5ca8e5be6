import type { Catalog } from "../catalog/catalog.js";

/** What every subcommand may use. Later issues add the store and the API clients here. */
export interface CommandContext {
  readonly catalog: Catalog;
}

/**
 * One subcommand, shared by every surface (command line now, Slack later): it turns the text
 * after its name into a reply value; the surface decides how to show that value.
 */
export interface Command<Reply> {
  readonly name: string;
  /** The arguments, as shown after `syncerror <name>` or `/syncerror <name>`. */
  readonly usage: string;
  /** One line for help listings. */
  readonly summary: string;
  run(text: string, context: CommandContext): Reply;
}

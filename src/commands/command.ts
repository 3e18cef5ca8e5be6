import type { Catalog } from "../catalog/catalog.js";
import type { SlackMessage } from "../slack/blocks/index.js";

/** What a subcommand may use. Later issues add the store and the API clients here. */
export interface CommandContext {
  readonly catalog: Catalog;
  /** The Slack user who typed the command. */
  readonly userId: string;
  /** The channel it was typed in. */
  readonly channelId: string;
}

/**
 * One `/syncerror` subcommand. `run` turns the text after the subcommand's name into the reply
 * message; it never talks to Slack itself, so it is tested as a plain function.
 */
export interface Subcommand {
  readonly name: string;
  /** The arguments, as shown after `/syncerror <name>`. */
  readonly usage: string;
  /** One line for help. */
  readonly summary: string;
  run(args: string, context: CommandContext): SlackMessage | Promise<SlackMessage>;
}

import { BotError } from "../../errors.js";

/**
 * A Block Kit payload that Slack would reject and that cannot be fixed by truncating text: an
 * over-long value or id, a duplicate id, a malformed block. Always a programming error, so it
 * fails loudly where the blocks are built instead of as `invalid_blocks` from Slack.
 */
export class BlockKitError extends BotError {
  override readonly name = "BlockKitError";
  /** Every problem found, one sentence each; `message` summarises them. */
  readonly problems: readonly string[];
  constructor(message: string, problems: readonly string[] = [message]) {
    super("block_kit", message);
    this.problems = problems;
  }
}

import type { KnownBlock } from "@slack/types";
import type { Subcommand } from "../../commands/command.js";
import type { SlackMessage } from "../blocks/index.js";
import { buildMessage, context, escapeMrkdwn, header, section } from "../blocks/index.js";

/** Options for {@link helpMessage}. */
export interface HelpOptions {
  /** The subcommand the user typed that does not exist. */
  readonly unknown?: string | undefined;
  /** The real subcommand it most resembles. */
  readonly suggestion?: string | undefined;
}

/** How to use `/syncerror`, optionally after an unknown subcommand. */
export function helpMessage(
  subcommands: readonly Subcommand[],
  options: HelpOptions = {},
): SlackMessage {
  const blocks: KnownBlock[] = [];
  if (options.unknown) {
    const hint = options.suggestion ? ` Did you mean \`/syncerror ${options.suggestion}\`?` : "";
    blocks.push(section(`There is no \`/syncerror ${escapeMrkdwn(options.unknown)}\`.${hint}`));
  }
  blocks.push(
    header("syncerror"),
    section(
      "HubSpot–Salesforce sync errors, explained.\n" +
        subcommands
          .map((c) => `• \`/syncerror ${escapeMrkdwn(c.usage)}\`: ${c.summary}`)
          .join("\n"),
    ),
    context([
      "Try `/syncerror explain Type mismatch`, `/syncerror explain ugyldig e-mail`, `/syncerror explain STRING_TOO_LONG`, or paste a raw error message after `/syncerror explain`.",
    ]),
  );
  const text = options.unknown
    ? `There is no /syncerror ${options.unknown}. Type /syncerror help.`
    : "How to use /syncerror";
  return buildMessage({ text, blocks });
}

import type { CliCommand } from "./cli-command.js";
import { cliCommands } from "./commands/index.js";
import { PROGRAM } from "./exit-codes.js";

/** The program's help: every command with its synopsis. */
export function programHelp(): string {
  return [
    `${PROGRAM}: HubSpot–Salesforce sync errors, explained.`,
    "",
    "Usage:",
    ...cliCommands.map((c) => `  ${(c.usage[0] ?? c.name).padEnd(72)} ${c.summary}`),
    "",
    "Options:",
    "  --json    print the answer as JSON",
    '  --jsonl   explain/classify in batch: {"input": "…"} lines on stdin, one JSON result a line',
    "  --help    help for a command, e.g. syncerror import --help",
    "  --lang    the answers' language, en or da (default: SYNCERROR_LANG, else en)",
    "",
    "Exit codes: 0 answered; 1 no match, or a file refused; 2 usage error; 69 Slack unreachable at start; 70 internal error.",
    "",
    `Without a command, ${PROGRAM} runs the bot: in Slack when SLACK_BOT_TOKEN is set, in the`,
    "terminal otherwise (local mode; --user <id> acts as another Slack user, --lang da one whose",
    "Slack is in Danish).",
  ].join("\n");
}

/** One command's help. */
export function commandHelp(command: CliCommand): string {
  return `${command.summary}.\n\nUsage: ${command.usage.join("\n       ")}`;
}

import type { ParseArgsConfig } from "node:util";

/** The command line's commands, their options and their help texts. */

/** Exit codes of the `syncerror` program. */
export const EXIT = { ok: 0, noMatch: 1, usage: 2, internal: 70 } as const;

/** The program's name, as typed. */
export const PROGRAM = "syncerror";

/** The command line's commands. */
export type CommandName = "explain" | "classify" | "list";

const COMMANDS: ReadonlyArray<{ name: CommandName; usage: string; summary: string }> = [
  {
    name: "explain",
    usage: "explain <query…>",
    summary: "Explain an error type: cause, fix, who acts, whether to resync",
  },
  {
    name: "classify",
    usage: "classify [message]",
    summary: "Classify a raw sync error message into one of the 28 error types",
  },
  { name: "list", usage: "list [--category <name>]", summary: "List the error types, by category" },
];

/** Each command's options, for `parseArgs`. */
export const COMMAND_OPTIONS: Readonly<
  Record<CommandName, NonNullable<ParseArgsConfig["options"]>>
> = {
  explain: {
    json: { type: "boolean" },
    jsonl: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  },
  classify: {
    json: { type: "boolean" },
    jsonl: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  },
  list: {
    category: { type: "string" },
    json: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  },
};

/** Each command's synopsis. */
export const COMMAND_USAGE: Readonly<Record<CommandName, string>> = {
  explain: `${PROGRAM} explain <query…> [--json]\n       ${PROGRAM} explain --jsonl < queries.jsonl`,
  classify: `${PROGRAM} classify [message] [--json]   (no message: reads stdin)\n       ${PROGRAM} classify --jsonl < messages.jsonl`,
  list: `${PROGRAM} list [--category <name>] [--json]`,
};

/** The program's help: every subcommand with its synopsis. */
export function programHelp(): string {
  const lines = [
    `${PROGRAM}: HubSpot–Salesforce sync errors, explained.`,
    "",
    "Usage:",
    ...COMMANDS.map((c) => `  ${PROGRAM} ${c.usage.padEnd(66)} ${c.summary}`),
    "",
    "Options:",
    "  --json    print the answer as JSON",
    '  --jsonl   batch: read {"input": "…"} lines from stdin, write one JSON result a line',
    "  --help    help for a command, e.g. syncerror explain --help",
    "",
    "Exit codes: 0 answered, 1 explain found no match, 2 usage error, 70 internal error.",
    "",
    `Without a command, ${PROGRAM} runs the bot: in Slack when SLACK_BOT_TOKEN is set, in the`,
    "terminal otherwise (local mode; --user <id> acts as another Slack user).",
  ];
  return lines.join("\n");
}

/** One command's help. */
export function commandHelp(name: CommandName): string {
  const command = COMMANDS.find((c) => c.name === name);
  return `${command?.summary ?? name}.\n\nUsage: ${COMMAND_USAGE[name]}`;
}

/** The options any subcommand may have, after parsing. */
export interface OptionValues {
  readonly json?: boolean;
  readonly jsonl?: boolean;
  readonly help?: boolean;
  readonly category?: string;
}

/** Whether a word names a command. */
export function isCommandName(name: string | undefined): name is CommandName {
  return name !== undefined && Object.hasOwn(COMMAND_OPTIONS, name);
}

import { parseArgs } from "node:util";
import type { Catalog } from "../catalog/catalog.js";
import { classificationToJson, explainResultToJson, ruleToJson } from "../catalog/json.js";
import { UsageError, userMessage } from "../errors.js";
import { type CliIo, readAll, write } from "./io.js";
import { answerJsonLines } from "./jsonl.js";
import {
  type ExplainReply,
  renderClassification,
  renderExplain,
  renderList,
} from "./render-text.js";
import {
  COMMAND_OPTIONS,
  COMMAND_USAGE,
  type CommandName,
  commandHelp,
  EXIT,
  isCommandName,
  type OptionValues,
  PROGRAM,
  programHelp,
} from "./usage.js";

export { EXIT, programHelp } from "./usage.js";

/** What the command line needs: the catalog (later: the store and the API clients). */
export interface CliContext {
  readonly catalog: Catalog;
}

/**
 * Whether the arguments are for the command line rather than the bot: anything but nothing at all
 * or the bot's own `--user` option (an unknown word still goes to the command line, which says so).
 */
export function isCliCommand(first: string | undefined): boolean {
  return first !== undefined && first !== "--user" && !first.startsWith("--user=");
}

/**
 * Runs the command line (`argv` without node and the script) and returns the exit code. Usage
 * errors go to stderr with the synopsis; answers go to stdout.
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
  if (!isCommandName(name)) {
    await write(io.stderr, `${PROGRAM}: unknown command "${name}".\n\n${programHelp()}\n`);
    return EXIT.usage;
  }
  try {
    return await runCommand(name, rest, io, context);
  } catch (error) {
    await write(io.stderr, `${PROGRAM} ${name}: ${userMessage(error)}\n`);
    return error instanceof UsageError ? EXIT.usage : EXIT.internal;
  }
}

async function runCommand(
  name: CommandName,
  args: readonly string[],
  io: CliIo,
  context: CliContext,
): Promise<number> {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...args],
      options: COMMAND_OPTIONS[name],
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message, COMMAND_USAGE[name]);
  }
  // strict parsing against COMMAND_OPTIONS[name] guarantees this shape.
  const values = parsed.values as OptionValues;
  const { positionals } = parsed;
  if (values.help) {
    await write(io.stdout, `${commandHelp(name)}\n`);
    return EXIT.ok;
  }
  const text = positionals.join(" ");
  const batch = values.jsonl === true;
  const json = values.json === true;
  if (batch && (positionals.length > 0 || json)) {
    throw new UsageError(
      "--jsonl reads its inputs from stdin; give no other input or --json.",
      COMMAND_USAGE[name],
    );
  }

  switch (name) {
    case "explain":
      return batch
        ? answerJsonLines(io, (input) => explainResultToJson(context.catalog.explain(input)))
        : runExplain(text, json, io, context);
    case "classify":
      if (batch)
        return answerJsonLines(io, (input) =>
          classificationToJson(input, context.catalog.classify(input)),
        );
      return runClassify(text, positionals.length > 0, json, io, context);
    case "list": {
      if (positionals.length > 0) {
        throw new UsageError(
          `list takes no arguments; use --category ${positionals.join(" ")}.`,
          COMMAND_USAGE.list,
        );
      }
      const category = values.category ?? "";
      const categories = selectCategories(category, context.catalog);
      const out = json
        ? JSON.stringify(
            categories.flatMap((c) => c.rules.map(ruleToJson)),
            null,
            2,
          )
        : renderList(categories);
      await write(io.stdout, `${out}\n`);
      return EXIT.ok;
    }
  }
}

async function runExplain(
  text: string,
  json: boolean,
  io: CliIo,
  context: CliContext,
): Promise<number> {
  const reply: ExplainReply =
    text.trim() === ""
      ? { kind: "categories", categories: context.catalog.categories }
      : { kind: "result", result: context.catalog.explain(text) };
  const lookup = (id: string) => context.catalog.ruleById(id);
  if (json) {
    const body =
      reply.kind === "categories"
        ? {
            query: text,
            match: null,
            suggestions: [],
            categories: reply.categories.map((c) => ({
              id: c.id,
              name: c.name,
              count: c.rules.length,
            })),
          }
        : explainResultToJson(reply.result);
    await write(io.stdout, `${JSON.stringify(body, null, 2)}\n`);
  } else {
    await write(io.stdout, `${renderExplain(reply, lookup)}\n`);
  }
  return reply.kind === "result" && !reply.result.match ? EXIT.noMatch : EXIT.ok;
}

async function runClassify(
  text: string,
  given: boolean,
  json: boolean,
  io: CliIo,
  context: CliContext,
): Promise<number> {
  let message = text;
  if (!given) {
    if (io.stdin.isTTY) await write(io.stderr, "Paste the message, then press Ctrl-D.\n");
    message = await readAll(io.stdin);
  }
  const result = context.catalog.classify(message);
  const out = json
    ? JSON.stringify(classificationToJson(message, result), null, 2)
    : renderClassification(result);
  await write(io.stdout, `${out}\n`);
  return EXIT.ok;
}

function selectCategories(wanted: string, catalog: Catalog) {
  if (wanted.trim() === "") return catalog.categories;
  const category = catalog.categoryByName(wanted);
  if (!category) {
    const names = catalog.categories.map((c) => c.name).join(", ");
    throw new UsageError(
      `There is no category "${wanted}". The categories are: ${names}.`,
      COMMAND_USAGE.list,
    );
  }
  return [category];
}

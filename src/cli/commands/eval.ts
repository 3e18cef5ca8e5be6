import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Evaluation, evaluateCase } from "../../catalog/evaluate.js";
import { InvalidInputError, sayUserText, UsageError, type UserText } from "../../errors.js";
import { fileProblem } from "../../file-problem.js";
import { translator } from "../../i18n/translator.js";
import { type CliCommand, HELP_OPTION } from "../cli-command.js";
import { EXIT, PROGRAM } from "../exit-codes.js";
import { write } from "../io.js";
import { readLabelledCases } from "../labelled-cases.js";
import { renderEvaluation } from "../render-eval.js";

/**
 * `syncerror eval <file.jsonl>`: scores the classifier on a labelled file, so an admin can
 * measure it on their own history. Messages are classified, queries explained, as the bot would.
 */
export const evalCommand: CliCommand = {
  name: "eval",
  usage: [
    `${PROGRAM} eval <file.jsonl> [--json] [--misses] [--corrections]   ("-" reads stdin)`,
    `  one case a line: {"input": "…", "expected": "<type id or name>", "kind": "message"|"query"}`,
  ],
  summary:
    "Score the classifier on a labelled file: accuracy, abstentions, confident wrong answers",
  options: {
    json: { type: "boolean" },
    misses: { type: "boolean" },
    corrections: { type: "boolean" },
    ...HELP_OPTION,
  },
  async run({ values, positionals }, io, context) {
    const { catalog, translator: t } = context;
    const english = translator("en");
    const [path, ...extra] = positionals;
    if (path === undefined || extra.length > 0) {
      throw new UsageError({ key: "cli.evalOneFile" }, evalCommand.usage.join("\n"));
    }
    // The classifier alone by default; with --corrections, as the bot answers: the store is opened,
    // which gives the catalog the admins' corrections.
    if (values.corrections) await context.store();
    const stream = path === "-" ? io.stdin : await openFile(path);

    const evaluation = new Evaluation();
    const unreadable: UserText[] = [];
    const misses: string[] = [];
    for await (const entry of readLabelledCases(stream, catalog)) {
      if ("error" in entry) {
        unreadable.push(entry.error);
        continue;
      }
      const outcome = evaluateCase(catalog, entry.case);
      evaluation.add(outcome);
      if (values.misses && !outcome.right) {
        misses.push(
          t.t("cli.evalMiss", {
            line: entry.line,
            expected: entry.case.expected,
            answered: outcome.answered ?? t.t("cli.evalNoAnswer"),
            confidence: outcome.confidence,
            input: entry.case.input.replace(/\s+/g, " ").slice(0, 120),
          }),
        );
      }
    }
    const report = evaluation.report();
    if (values.json) {
      const confusions = Object.fromEntries(
        [...report.confusions].map(([expected, row]) => [expected, Object.fromEntries(row)]),
      );
      const body = {
        all: report.all,
        messages: report.messages,
        queries: report.queries,
        byLanguage: Object.fromEntries(report.byLanguage),
        confusions,
        // JSON keeps its English, whatever the language of the text answers.
        unreadable: unreadable.map((text) => sayUserText(text, english)),
      };
      await write(io.stdout, `${JSON.stringify(body, null, 2)}\n`);
    } else {
      await write(io.stdout, `${renderEvaluation(report, t)}\n`);
      if (misses.length > 0) await write(io.stdout, `\n${misses.join("\n")}\n`);
    }
    if (unreadable.length > 0) {
      await write(
        io.stderr,
        `${t.t("cli.evalUnreadable", { count: unreadable.length })}\n${unreadable
          .slice(0, 20)
          .map((text) => sayUserText(text, t))
          .join("\n")}\n`,
      );
      return EXIT.usage;
    }
    if (report.all.total === 0) {
      await write(io.stderr, `${t.t("cli.evalNoCases")}\n`);
      return EXIT.usage;
    }
    return EXIT.ok;
  },
};

/**
 * Opens a file for reading, or says plainly why it cannot be read. A folder opens without
 * complaint and fails only at the first read, so it is refused by its `stat` first.
 */
async function openFile(path: string): Promise<NodeJS.ReadableStream> {
  try {
    if ((await stat(path)).isDirectory())
      throw new InvalidInputError(fileProblem(path, "read", "EISDIR"));
  } catch (error) {
    if (error instanceof InvalidInputError) throw error;
    throw new InvalidInputError(fileProblem(path, "read", error), { cause: error });
  }
  const stream = createReadStream(path);
  return new Promise((resolve, reject) => {
    stream.once("error", (error) =>
      reject(new InvalidInputError(fileProblem(path, "read", error), { cause: error })),
    );
    stream.once("open", () => resolve(stream));
  });
}

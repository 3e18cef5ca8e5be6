import { UsageError } from "../../errors.js";
import type { ColumnChoice } from "../../import/column-choice.js";
import { FIELD_LABELS, parseColumnOverride } from "../../import/columns.js";
import { ColumnsNeededError } from "../../import/columns-needed-error.js";
import { formatColumnOverride } from "../../import/format-column-override.js";
import { ImportFileError } from "../../import/read/import-file-error.js";
import { importSummary } from "../../import/summary.js";
import { count } from "../../plural.js";
import { type CliCommand, HELP_OPTION } from "../cli-command.js";
import { EXIT, PROGRAM } from "../exit-codes.js";
import { write } from "../io.js";
import { createProgress } from "../progress.js";
import { renderImportSummary } from "../render-import.js";
import { shellQuote } from "../shell-quote.js";

/** `syncerror import <file>`: a Sync Health export (CSV or XLSX) into the error store. */
export const importCommand: CliCommand = {
  name: "import",
  usage: [`${PROGRAM} import <file.csv|file.xlsx> [--columns field=Header,…] [--json]`],
  summary: "Import HubSpot's Sync Health export (Export errors) into the error store",
  options: { columns: { type: "string" }, json: { type: "boolean" }, ...HELP_OPTION },
  async run({ values, positionals }, io, context) {
    const [path, ...extra] = positionals;
    if (!path || extra.length > 0) {
      throw new UsageError("Give exactly one file to import.", importCommand.usage.join("\n"));
    }
    const config = context.config();
    let choice: ColumnChoice | undefined;
    if (typeof values.columns === "string") {
      try {
        choice = { by: "name", columns: parseColumnOverride(values.columns) };
      } catch (error) {
        throw new UsageError((error as Error).message, importCommand.usage.join("\n"));
      }
    }
    const progress = createProgress(io.stderr, !values.json);
    const started = Date.now();
    // Loaded here, not at start: the readers (Excel above all) are slow to load and only import needs them.
    const { importFile } = await import("../../import/import-file.js");
    let outcome: Awaited<ReturnType<typeof importFile>>;
    try {
      outcome = await importFile(path, {
        store: context.store(),
        catalog: context.catalog,
        importedBy: "cli",
        now: context.now,
        maxBytes: config.import.maxBytes,
        columns: config.import.columns,
        ...(choice ? { choice } : {}),
        onProgress: (rows) =>
          progress.update(
            `Importing ${path}: ${count(rows, "row", "rows")} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
          ),
      });
    } catch (error) {
      progress.done();
      throw error instanceof ColumnsNeededError ? withColumnsLine(error, path) : error;
    }
    progress.done();
    const summary = importSummary(outcome, context.catalog);
    await write(
      io.stdout,
      `${values.json ? JSON.stringify(summary, null, 2) : renderImportSummary(summary)}\n`,
    );
    return EXIT.ok;
  },
};

/**
 * The refusal with the command to run next: the same import with `--columns`, the best guesses
 * filled in and quoted for the shell, so it can be pasted as it is or edited first. A needed field
 * nothing resembles gets a `<header>` to replace.
 */
function withColumnsLine(error: ColumnsNeededError, path: string): ImportFileError {
  const { guesses, unplaced } = error.question;
  const missing = unplaced.filter((group) => group.every((field) => !guesses[field]));
  const placeholders = missing.map(
    (group) => `${group.includes("message") ? "message" : "hubspotId"}=<header>`,
  );
  const override = [formatColumnOverride(guesses), ...placeholders].filter(Boolean).join(",");
  const lines = [
    error.message,
    "Say which column holds what, and import again:",
    `  ${PROGRAM} import ${shellQuote(path)} --columns ${shellQuote(override)}`,
  ];
  for (const group of missing) {
    lines.push(
      `Replace <header> with the column that holds ${group.map((f) => FIELD_LABELS[f]).join(" or ")}.`,
    );
  }
  lines.push(
    `The fields: ${Object.keys(FIELD_LABELS).join(", ")}. Once imported, the choice is remembered for files with these columns (${PROGRAM} columns list).`,
  );
  return new ImportFileError(lines.join("\n"), { cause: error });
}

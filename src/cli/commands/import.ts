import { BotError, UsageError } from "../../errors.js";
import type { ColumnChoice } from "../../import/column-choice.js";
import { FIELD_LABELS, parseColumnOverride } from "../../import/columns.js";
import { ColumnsNeededError } from "../../import/columns-needed-error.js";
import { formatColumnOverride } from "../../import/format-column-override.js";
import { ImportFileError } from "../../import/read/import-file-error.js";
import { type ImportSummary, importSummary, missingText } from "../../import/summary.js";
import { count } from "../../plural.js";
import type { Store } from "../../store/types.js";
import { askYesNo } from "../ask-yes-no.js";
import { type CliCommand, HELP_OPTION } from "../cli-command.js";
import { EXIT, PROGRAM } from "../exit-codes.js";
import { write } from "../io.js";
import { createProgress } from "../progress.js";
import { renderImportSummary } from "../render-import.js";
import { shellQuote } from "../shell-quote.js";

/** `syncerror import <file>`: a Sync Health export (CSV or XLSX) into the error store. */
export const importCommand: CliCommand = {
  name: "import",
  usage: [
    `${PROGRAM} import <file.csv|file.xlsx> [--columns field=Header,…] [--resolve-missing|--keep-missing] [--json]`,
  ],
  summary: "Import HubSpot's Sync Health export (Export errors) into the error store",
  options: {
    columns: { type: "string" },
    "resolve-missing": { type: "boolean" },
    "keep-missing": { type: "boolean" },
    json: { type: "boolean" },
    ...HELP_OPTION,
  },
  async run({ values, positionals }, io, context) {
    const [path, ...extra] = positionals;
    if (!path || extra.length > 0) {
      throw new UsageError("Give exactly one file to import.", importCommand.usage.join("\n"));
    }
    if (values["resolve-missing"] && values["keep-missing"]) {
      throw new UsageError(
        "Give --resolve-missing or --keep-missing, not both.",
        importCommand.usage.join("\n"),
      );
    }
    const told: "resolve" | "keep" | undefined = values["resolve-missing"]
      ? "resolve"
      : values["keep-missing"]
        ? "keep"
        : undefined;
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
        store: await context.store(),
        catalog: context.catalog,
        importedBy: "cli",
        now: context.now,
        maxBytes: config.import.maxBytes,
        columns: config.import.columns,
        ...(choice ? { choice } : {}),
        missing: told ?? "ask",
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
    let summary = importSummary(outcome, context.catalog);
    const pending = summary.missing?.decision === "undecided" ? summary.missing : null;
    let decision = told;
    if (pending && !decision && io.stdin.isTTY) {
      await write(io.stderr, `${missingText(summary)}\n`);
      const yes = await askYesNo(
        io,
        `Resolve the ${pending.count.toLocaleString("en")} errors not in the export? [y/N] `,
      );
      decision = yes ? "resolve" : "keep";
    }
    if (pending && decision) {
      summary = await decide(
        await context.store(),
        summary,
        pending.importId,
        decision,
        context.now(),
      );
    }
    await write(
      io.stdout,
      `${values.json ? JSON.stringify(summary, null, 2) : renderImportSummary(summary)}\n`,
    );
    if (summary.missing?.decision === "undecided") throw refusedToGuess(summary, path);
    return EXIT.ok;
  },
};

/** Applies the answer to an import's question and the summary that says so. */
async function decide(
  store: Store,
  summary: ImportSummary,
  importId: number,
  decision: "resolve" | "keep",
  at: Date,
): Promise<ImportSummary> {
  const decided = await store.decideMissing(importId, decision, "cli", at);
  if (!decided || !summary.missing) return summary;
  const { resolution } = decided;
  return {
    ...summary,
    resolved: summary.resolved + (summary.unchanged ? 0 : resolution.resolved),
    missing: {
      ...summary.missing,
      decision: resolution.decision ?? "undecided",
      resolved: resolution.resolved,
    },
  };
}

/** Without a terminal to ask on, and no flag: the errors stay open, and how to decide later. */
function refusedToGuess(summary: ImportSummary, path: string): BotError {
  const count = summary.missing?.count ?? 0;
  return new BotError(
    "import_refused",
    `The rows are imported, but ${count} open errors not in the export are kept open: there is no terminal to ask whether the export was filtered.\n` +
      `If it lists every error, resolve them with: ${PROGRAM} import ${shellQuote(path)} --resolve-missing\n` +
      `To keep them open and stop being asked: ${PROGRAM} import ${shellQuote(path)} --keep-missing`,
  );
}

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

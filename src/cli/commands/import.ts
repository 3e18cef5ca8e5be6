import { BotError, UsageError, userMessage } from "../../errors.js";
import type { Translator } from "../../i18n/translator.js";
import type { ColumnChoice } from "../../import/column-choice.js";
import { IMPORT_FIELDS, parseColumnOverride } from "../../import/columns.js";
import { ColumnsNeededError } from "../../import/columns-needed-error.js";
import { formatColumnOverride } from "../../import/format-column-override.js";
import { ImportFileError } from "../../import/read/import-file-error.js";
import {
  type ImportSummary,
  importSummary,
  importSummaryJson,
  missingText,
} from "../../import/summary.js";
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
    const t = context.translator;
    const [path, ...extra] = positionals;
    if (!path || extra.length > 0) {
      throw new UsageError({ key: "files.oneFile" }, importCommand.usage.join("\n"));
    }
    if (values["resolve-missing"] && values["keep-missing"]) {
      throw new UsageError({ key: "files.resolveOrKeep" }, importCommand.usage.join("\n"));
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
        const said =
          error instanceof BotError && error.userText ? error.userText : (error as Error).message;
        throw new UsageError(said, importCommand.usage.join("\n"));
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
            t.t("files.progress", {
              file: path,
              rows,
              seconds: new Intl.NumberFormat(t.locale, {
                minimumFractionDigits: 1,
                maximumFractionDigits: 1,
                useGrouping: false,
              }).format((Date.now() - started) / 1000),
            }),
          ),
      });
    } catch (error) {
      progress.done();
      throw error instanceof ColumnsNeededError ? withColumnsLine(error, path, t) : error;
    }
    progress.done();
    let summary = importSummary(outcome, context.catalog);
    const pending = summary.missing?.decision === "undecided" ? summary.missing : null;
    let decision = told;
    if (pending && !decision && io.stdin.isTTY) {
      await write(io.stderr, `${missingText(summary, t)}\n`);
      const yes = await askYesNo(io, t.t("files.askResolve", { count: pending.count }));
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
      `${values.json ? JSON.stringify(importSummaryJson(summary), null, 2) : renderImportSummary(summary, t, context.catalog)}\n`,
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
  return new BotError("import_refused", {
    key: "files.keptNoTerminal",
    values: {
      count: String(summary.missing?.count ?? 0),
      resolve: `${PROGRAM} import ${shellQuote(path)} --resolve-missing`,
      keep: `${PROGRAM} import ${shellQuote(path)} --keep-missing`,
    },
  });
}

/**
 * The refusal with the command to run next: the same import with `--columns`, the best guesses
 * filled in and quoted for the shell, so it can be pasted as it is or edited first. A needed field
 * nothing resembles gets a `<header>` to replace.
 */
function withColumnsLine(error: ColumnsNeededError, path: string, t: Translator): ImportFileError {
  const { guesses, unplaced } = error.question;
  const missing = unplaced.filter((group) => group.every((field) => !guesses[field]));
  const placeholders = missing.map(
    (group) => `${group.includes("message") ? "message" : "hubspotId"}=<header>`,
  );
  const override = [formatColumnOverride(guesses), ...placeholders].filter(Boolean).join(",");
  const lines = [
    userMessage(error, t),
    t.t("files.sayColumns"),
    `  ${PROGRAM} import ${shellQuote(path)} --columns ${shellQuote(override)}`,
  ];
  for (const group of missing) {
    const fields = t.list(
      group.map((field) => t.t("columns.label", { field })),
      "disjunction",
    );
    lines.push(t.t("files.replaceHeader", { fields }));
  }
  lines.push(
    t.t("files.theFields", {
      fields: IMPORT_FIELDS.join(", "),
      command: `${PROGRAM} columns list`,
    }),
  );
  // Already in the reader's language: the lines are built for this one terminal.
  return new ImportFileError(lines.join("\n"), { cause: error });
}

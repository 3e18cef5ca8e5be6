import { UsageError } from "../../errors.js";
import { parseColumnOverride } from "../../import/columns.js";
import { importSummary } from "../../import/summary.js";
import { type CliCommand, HELP_OPTION } from "../cli-command.js";
import { EXIT, PROGRAM } from "../exit-codes.js";
import { write } from "../io.js";
import { createProgress } from "../progress.js";
import { renderImportSummary } from "../render-import.js";

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
    let columns = config.import.columns;
    if (typeof values.columns === "string") {
      try {
        columns = parseColumnOverride(values.columns);
      } catch (error) {
        throw new UsageError((error as Error).message, importCommand.usage.join("\n"));
      }
    }
    const progress = createProgress(io.stderr, !values.json);
    const started = Date.now();
    // Loaded here, not at start: the readers (Excel above all) are slow to load and only import needs them.
    const { importFile } = await import("../../import/import-file.js");
    const outcome = await importFile(path, {
      store: context.store(),
      catalog: context.catalog,
      importedBy: "cli",
      now: context.now,
      maxBytes: config.import.maxBytes,
      columns,
      onProgress: (rows) =>
        progress.update(
          `Importing ${path}: ${rows.toLocaleString("en")} rows (${((Date.now() - started) / 1000).toFixed(1)} s)`,
        ),
    });
    progress.done();
    const summary = importSummary(outcome, context.catalog);
    await write(
      io.stdout,
      `${values.json ? JSON.stringify(summary, null, 2) : renderImportSummary(summary)}\n`,
    );
    return EXIT.ok;
  },
};

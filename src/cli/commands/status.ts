import { summaryNames } from "../../catalog/summary-names.js";
import { UsageError } from "../../errors.js";
import { statusSummary } from "../../import/summary.js";
import { resolutionSummary } from "../../resolution/resolution-summary.js";
import { type CliCommand, HELP_OPTION } from "../cli-command.js";
import { EXIT, PROGRAM } from "../exit-codes.js";
import { write } from "../io.js";
import { renderStatus } from "../render-status.js";

/**
 * `syncerror status`: open errors by category and type, time to resolution over 30 days by type
 * and owner (`--json`: `timeToResolution`, durations in milliseconds), and the last import.
 */
export const status: CliCommand = {
  name: "status",
  usage: [`${PROGRAM} status [--json]`],
  summary: "Open sync errors by category and type, and the last import",
  options: { json: { type: "boolean" }, ...HELP_OPTION },
  async run({ values, positionals }, io, context) {
    if (positionals.length > 0)
      throw new UsageError(
        { key: "cli.noArguments", values: { command: "status" } },
        status.usage.join("\n"),
      );
    const store = await context.store();
    const summary = await statusSummary(store, context.catalog);
    const resolution = await resolutionSummary(store, context.catalog, context.now());
    await write(
      io.stdout,
      `${values.json ? JSON.stringify({ ...summary, timeToResolution: resolution }, null, 2) : renderStatus(summary, context.translator, summaryNames(context.catalog, context.translator), resolution)}\n`,
    );
    return EXIT.ok;
  },
};

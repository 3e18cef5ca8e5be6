import { rename, rm, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { CHART_KINDS, DEFAULT_CHART_DAYS } from "../../charts/chart.js";
import { chartDays, chartKindOf, resolveChartScope } from "../../charts/chart-args.js";
import { createChartRenderer } from "../../charts/create-chart-renderer.js";
import { InvalidInputError, UsageError } from "../../errors.js";
import { fileProblem } from "../../file-problem.js";
import { type CliCommand, HELP_OPTION } from "../cli-command.js";
import { EXIT, PROGRAM } from "../exit-codes.js";
import { write } from "../io.js";

/**
 * `syncerror chart <trend|breakdown|age> [--type <category or type>] [--days N] [--out file.png]`:
 * draws a chart from the store as a PNG file (by default `syncerror-<kind>-<date>.png` in the
 * working directory) and prints where it went and what it shows (its alt text).
 */
export const chartCommand: CliCommand = {
  name: "chart",
  usage: [
    `${PROGRAM} chart <${CHART_KINDS.join("|")}> [--type <category or type>] [--days N] [--out file.png]`,
  ],
  summary: "Draw a chart of the stored errors (trend, breakdown by type, or age) as a PNG file",
  options: {
    type: { type: "string" },
    days: { type: "string" },
    out: { type: "string", short: "o" },
    ...HELP_OPTION,
  },
  async run({ values, positionals }, io, context) {
    const usage = chartCommand.usage.join("\n");
    const t = context.translator;
    const [word, extra] = positionals;
    if (extra !== undefined)
      throw new UsageError({ key: "cli.unexpectedArgument", values: { argument: extra } }, usage);
    const kind = word === undefined ? "trend" : chartKindOf(word);
    if (!kind)
      throw new UsageError(
        { key: "cli.unexpectedArgument", values: { argument: word ?? "" } },
        usage,
      );
    const days =
      typeof values.days === "string" ? chartDays(values.days, usage) : DEFAULT_CHART_DAYS;
    const scope =
      typeof values.type === "string"
        ? resolveChartScope(context.catalog, values.type, t, usage)
        : undefined;
    const store = await context.store();
    const renderer = createChartRenderer({ store, catalog: context.catalog });
    const drawn = await renderer.render(
      {
        kind,
        scope,
        days,
        now: context.now(),
        timeZone: context.config().digest.schedule.timezone,
      },
      t,
    );
    const path = resolve(typeof values.out === "string" ? values.out : drawn.fileName);
    // Written beside the target and renamed: an interrupted run leaves no half-written PNG.
    const partial = `${path}.${process.pid}.partial`;
    try {
      await writeFile(partial, drawn.png);
      await rename(partial, path);
    } catch (error) {
      await rm(partial, { force: true });
      throw new InvalidInputError(fileProblem(path, "write", error), { cause: error });
    }
    await write(
      io.stdout,
      `${t.t("charts.commandWritten", { title: drawn.title, path })}\n${drawn.altText}\n`,
    );
    return EXIT.ok;
  },
};

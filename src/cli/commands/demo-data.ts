import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { stat } from "node:fs/promises";
import { extname } from "node:path";
import { MAX_XLSX_ROWS } from "../../demo/excel-limits.js";
import { InvalidInputError, UsageError } from "../../errors.js";
import { fileProblem, isFileSystemError } from "../../file-problem.js";
import { type CliCommand, HELP_OPTION } from "../cli-command.js";
import { EXIT, PROGRAM } from "../exit-codes.js";
import { write } from "../io.js";

const MAX_ROWS = 20_000_000;

/** `syncerror demo-data`: a realistic Sync Health export, for trying the bot and for benchmarks. */
export const demoData: CliCommand = {
  name: "demo-data",
  usage: [
    `${PROGRAM} demo-data --rows N [--seed S] [--days D] --out FILE.csv|FILE.xlsx`,
    "  the format follows the extension; a name without one (/dev/stdout, say) gets CSV",
  ],
  summary: "Write a realistic Sync Health export (every category, valid ids) to a CSV or XLSX file",
  options: {
    rows: { type: "string" },
    seed: { type: "string" },
    days: { type: "string" },
    out: { type: "string" },
    ...HELP_OPTION,
  },
  async run({ values, positionals }, io, context) {
    const usage = demoData.usage.join("\n");
    if (positionals.length > 0)
      throw new UsageError(
        { key: "cli.unexpectedArgument", values: { argument: positionals[0] ?? "" } },
        usage,
      );
    const rows = wholeNumber(values.rows, "--rows", 1, MAX_ROWS, usage);
    const seed =
      values.seed === undefined ? 1 : wholeNumber(values.seed, "--seed", 0, 2 ** 31 - 1, usage);
    const days = values.days === undefined ? 14 : wholeNumber(values.days, "--days", 1, 365, usage);
    if (typeof values.out !== "string" || values.out === "")
      throw new UsageError({ key: "cli.demoOutRequired" }, usage);
    const path = values.out;
    const format = formatOf(path, usage);
    if (format === "xlsx" && rows > MAX_XLSX_ROWS) {
      throw new UsageError({ key: "cli.demoXlsxRows", values: { max: MAX_XLSX_ROWS } }, usage);
    }
    await refuseFolder(path);
    const options = { rows, seed, days, now: context.now() };
    let written: { rows: number; bytes: number };
    try {
      const out = createWriteStream(path);
      await once(out, "open");
      if (format === "xlsx") {
        const { writeDemoXlsx } = await import("../../demo/write-demo-xlsx.js");
        const finished = once(out, "close");
        const result = await writeDemoXlsx(out, options);
        await finished;
        written = { rows: result.rows, bytes: out.bytesWritten };
      } else {
        const { writeDemoCsv } = await import("../../demo/write-demo-csv.js");
        written = await writeDemoCsv(out, options);
        out.end();
        await once(out, "finish");
      }
    } catch (error) {
      if (isFileSystemError(error))
        throw new InvalidInputError(fileProblem(path, "write", error), { cause: error });
      throw error;
    }
    await write(
      io.stderr,
      `${context.translator.t("cli.demoWrote", {
        rows: written.rows,
        megabytes: new Intl.NumberFormat(context.translator.locale, {
          minimumFractionDigits: 1,
          maximumFractionDigits: 1,
        }).format(written.bytes / 1e6),
        path,
      })}\n`,
    );
    return EXIT.ok;
  },
};

/** CSV or XLSX, by the file's extension; no extension (a device, say) is CSV; others are refused. */
function formatOf(path: string, usage: string): "csv" | "xlsx" {
  const extension = extname(path).toLowerCase();
  if (extension === ".xlsx") return "xlsx";
  if (extension === ".csv" || extension === "") return "csv";
  throw new UsageError({ key: "cli.demoFormat", values: { extension } }, usage);
}

/** A folder as --out is refused before anything is opened (opening one fails with EISDIR). */
async function refuseFolder(path: string): Promise<void> {
  const stats = await stat(path).catch(() => undefined);
  if (stats?.isDirectory()) throw new InvalidInputError(fileProblem(path, "write", "EISDIR"));
}

function wholeNumber(
  value: unknown,
  name: string,
  min: number,
  max: number,
  usage: string,
): number {
  const number = typeof value === "string" && /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < min || number > max) {
    throw new UsageError({ key: "cli.wholeNumber", values: { option: name, min, max } }, usage);
  }
  return number;
}

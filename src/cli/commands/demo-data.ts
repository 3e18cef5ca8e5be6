import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { UsageError } from "../../errors.js";
import { type CliCommand, HELP_OPTION } from "../cli-command.js";
import { EXIT, PROGRAM } from "../exit-codes.js";
import { write } from "../io.js";

const MAX_ROWS = 20_000_000;

/** `syncerror demo-data`: a realistic Sync Health export, for trying the bot and for benchmarks. */
export const demoData: CliCommand = {
  name: "demo-data",
  usage: [`${PROGRAM} demo-data --rows N [--seed S] [--days D] --out FILE`],
  summary: "Write a realistic Sync Health export (every category, valid ids) to a CSV file",
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
      throw new UsageError(`Unexpected argument "${positionals[0]}".`, usage);
    const rows = wholeNumber(values.rows, "--rows", 1, MAX_ROWS, usage);
    const seed =
      values.seed === undefined ? 1 : wholeNumber(values.seed, "--seed", 0, 2 ** 31 - 1, usage);
    const days = values.days === undefined ? 14 : wholeNumber(values.days, "--days", 1, 365, usage);
    if (typeof values.out !== "string" || values.out === "")
      throw new UsageError("--out FILE is required.", usage);
    const { writeDemoCsv } = await import("../../demo/write-demo-csv.js");
    const out = createWriteStream(values.out);
    await once(out, "open");
    const written = await writeDemoCsv(out, { rows, seed, days, now: context.now() });
    out.end();
    await once(out, "finish");
    await write(
      io.stderr,
      `Wrote ${written.rows.toLocaleString("en")} rows (${(written.bytes / 1e6).toFixed(1)} MB) to ${values.out}.\n`,
    );
    return EXIT.ok;
  },
};

function wholeNumber(
  value: unknown,
  name: string,
  min: number,
  max: number,
  usage: string,
): number {
  const number = typeof value === "string" && /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < min || number > max) {
    throw new UsageError(
      `${name} must be a whole number from ${min} to ${max.toLocaleString("en")}.`,
      usage,
    );
  }
  return number;
}

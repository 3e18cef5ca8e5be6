import { createInterface } from "node:readline";
import { z } from "zod";
import { UsageError } from "../errors.js";
import type { Translator } from "../i18n/translator.js";
import type { CliArgs } from "./cli-command.js";
import { EXIT, PROGRAM } from "./exit-codes.js";
import { type CliIo, write } from "./io.js";

const InputLine = z.object({ input: z.string() });

/** One line of a JSON Lines batch: its input, or why the line could not be read. */
export type JsonlLine =
  | { readonly line: number; readonly input: string }
  | { readonly line: number; readonly error: string };

/**
 * Reads `{"input": "…"}` objects, one a line (other fields are ignored; blank lines are skipped).
 * Raw messages contain newlines, which is why batch input is JSON rather than plain lines.
 */
export async function* readJsonlInputs(stream: NodeJS.ReadableStream): AsyncGenerator<JsonlLine> {
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let line = 0;
  for await (const text of lines) {
    line++;
    if (text.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      yield { line, error: `line ${line} is not valid JSON` };
      continue;
    }
    const parsed = InputLine.safeParse(value);
    yield parsed.success
      ? { line, input: parsed.data.input }
      : { line, error: `line ${line} is not an object with an "input" string` };
  }
}

/**
 * JSON Lines in, JSON Lines out, in order; an unreadable line gets an error object in its place,
 * and the exit code (usage) says that some input was unusable.
 */
export async function answerJsonLines(
  args: CliArgs,
  usage: readonly string[],
  io: CliIo,
  answer: (input: string) => unknown,
  t: Translator,
): Promise<number> {
  if (args.positionals.length > 0 || args.values.json) {
    throw new UsageError({ key: "cli.jsonlAlone" }, usage.join("\n"));
  }
  let unreadable = 0;
  for await (const entry of readJsonlInputs(io.stdin)) {
    if ("error" in entry) {
      unreadable++;
      await write(io.stdout, `${JSON.stringify({ line: entry.line, error: entry.error })}\n`);
      continue;
    }
    await write(io.stdout, `${JSON.stringify(answer(entry.input))}\n`);
  }
  if (unreadable > 0) {
    await write(io.stderr, `${PROGRAM}: ${t.t("cli.jsonlUnreadable", { count: unreadable })}\n`);
    return EXIT.usage;
  }
  return EXIT.ok;
}

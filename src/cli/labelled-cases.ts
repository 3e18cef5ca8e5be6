import { createInterface } from "node:readline";
import { z } from "zod";
import type { Catalog } from "../catalog/catalog.js";
import type { LabelledCase } from "../catalog/evaluate.js";
import type { UserText } from "../errors.js";

const LabelledLine = z.object({
  input: z.string(),
  expected: z.string(),
  kind: z.enum(["message", "query"]).optional(),
  acceptable: z.array(z.string()).optional(),
  language: z.string().optional(),
});

/**
 * One line of a labelled file: the case, or why the line could not be used (`error` as a catalog
 * message, so the terminal says it in the reader's language; `--json` keeps its English).
 */
export type LabelledLineResult =
  | { readonly line: number; readonly case: LabelledCase }
  | { readonly line: number; readonly error: UserText };

/**
 * Reads `{"input", "expected"}` lines (with optional kind, acceptable and language). A type may be
 * given by id ("invalid-email"), English name ("Invalid email") or Danish name ("Ugyldig e-mail").
 */
export async function* readLabelledCases(
  stream: NodeJS.ReadableStream,
  catalog: Catalog,
): AsyncGenerator<LabelledLineResult> {
  const typeId = typeResolver(catalog);
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let line = 0;
  for await (const text of lines) {
    line++;
    if (text.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      yield { line, error: { key: "cli.evalNotJson", values: { line } } };
      continue;
    }
    const parsed = LabelledLine.safeParse(value);
    if (!parsed.success) {
      yield { line, error: { key: "cli.evalNotCase", values: { line } } };
      continue;
    }
    const { input, expected, kind, acceptable = [], language } = parsed.data;
    const unknown = [expected, ...acceptable].find((type) => typeId(type) === undefined);
    if (unknown !== undefined) {
      yield { line, error: { key: "cli.evalUnknownType", values: { line, type: unknown } } };
      continue;
    }
    yield {
      line,
      case: {
        input,
        expected: typeId(expected) as string,
        kind: kind ?? "message",
        acceptable: acceptable.map((type) => typeId(type) as string),
        ...(language ? { language } : {}),
      },
    };
  }
}

function typeResolver(catalog: Catalog): (type: string) => string | undefined {
  const byName = new Map<string, string>();
  for (const rule of catalog.rules) {
    for (const name of [rule.id, rule.name, rule.danishName]) {
      if (name) byName.set(name.trim().toLowerCase(), rule.id);
    }
  }
  return (type) => byName.get(type.trim().toLowerCase());
}

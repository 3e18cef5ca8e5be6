import { readFileSync } from "node:fs";
import type { LabelledCase } from "../src/catalog/evaluate.js";

/**
 * The labelled corpus of real messages and real-style queries (test/fixtures/real-messages.jsonl),
 * read from the checkout: the bench runs from dist/bench, two levels below the repository root.
 */
export function realCorpus(): LabelledCase[] {
  const text = readFileSync(
    new URL("../../test/fixtures/real-messages.jsonl", import.meta.url),
    "utf8",
  );
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const parsed = JSON.parse(line);
      return { ...parsed, acceptable: parsed.acceptable ?? [] } as LabelledCase;
    });
}

import { readFileSync } from "node:fs";
import type { LabelledCase } from "../src/catalog/evaluate.js";

/**
 * A labelled set of real messages and real-style queries from test/fixtures (the corpus the
 * classifier was tuned on, `real-messages.jsonl`, or the held-out `holdout-messages.jsonl`), read
 * from the checkout: the bench runs from dist/bench, two levels below the repository root.
 */
export function realCorpus(
  file: "real-messages.jsonl" | "holdout-messages.jsonl" = "real-messages.jsonl",
): LabelledCase[] {
  const text = readFileSync(new URL(`../../test/fixtures/${file}`, import.meta.url), "utf8");
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const parsed = JSON.parse(line);
      return { ...parsed, acceptable: parsed.acceptable ?? [] } as LabelledCase;
    });
}

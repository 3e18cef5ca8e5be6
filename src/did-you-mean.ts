import { wordSimilarity } from "./catalog/name-index.js";

/** A mistyped name at least this close to a known one gets a "did you mean". */
const DID_YOU_MEAN = 0.6;

/**
 * The known name a mistyped one most likely meant (`explian` → `explain`), or undefined when none
 * is close enough. Slack's `/syncerror` subcommands and the command line's commands and options
 * both ask here, so a near miss is caught alike in both.
 */
export function didYouMean(typed: string, known: readonly string[]): string | undefined {
  const word = typed.toLowerCase();
  let best: { name: string; score: number } | undefined;
  for (const name of known) {
    const score = wordSimilarity(word, name);
    if (!best || score > best.score) best = { name, score };
  }
  return best && best.score >= DID_YOU_MEAN ? best.name : undefined;
}

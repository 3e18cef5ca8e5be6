import { type SyncErrorRule, statusCodesOf } from "../rules/types.js";
import { englishFor } from "./danish-glossary.js";
import { isTellingWord, wordSimilarity } from "./name-index.js";
import { tokenize } from "./normalize.js";
import { sameStem, stemsOf } from "./stem.js";

/**
 * Two words count as the same word when they share a stem ("typer"/"type") or one is a small typo
 * of the other ("mismath"/"mismatch" scores 0.88); "invalid"/"valid" (0.71) do not.
 */
const SAME_WORD_SIMILARITY = 0.75;
const MIN_STEMMED_LENGTH = 3;
/** A query that is a status code or a rule id ("INVALID_FIELD", "type-mismatch"). */
const CODE_SHAPED = /^\s*[a-z0-9]+(?:[_-][a-z0-9]+)+\s*$/i;

/**
 * True when a rule is worth offering for what the person typed: its name, Danish name or an alias
 * shares a word with the query, or with the English a Danish query word means ("ugyldig" →
 * invalid). One shared word is not enough when the query says more: the rule must account for
 * more than half of the query's telling words, so "Uoverensstemmende typer" (mismatched types)
 * does not bring up a rule about record types. Status codes and ids count only for a query
 * shaped like one: "invalid" is not a reason to offer the rule that owns INVALID_FIELD.
 */
export function sharesMeaning(query: string, rule: SyncErrorRule): boolean {
  const all = tokenize(query);
  const telling = all.filter(isTellingWord);
  const words = telling.length > 0 ? telling : all;
  if (words.length === 0) return false;
  const known = wordsOf(rule, CODE_SHAPED.test(query));
  const covered = words.filter((word) =>
    [word, ...englishFor(word)].some((reading) => known.some((k) => sameWord(reading, k))),
  ).length;
  return covered * 2 > words.length;
}

function wordsOf(rule: SyncErrorRule, withCodes: boolean): string[] {
  const names = [rule.name, rule.danishName, ...rule.aliases];
  if (withCodes) names.push(rule.id, ...statusCodesOf(rule));
  return [...new Set(names.flatMap((name) => tokenize(name)))];
}

function sameWord(typed: string, known: string): boolean {
  if (wordSimilarity(typed, known) >= SAME_WORD_SIMILARITY) return true;
  if (typed.length < MIN_STEMMED_LENGTH || known.length < MIN_STEMMED_LENGTH) return false;
  return sameStem(stemsOf(typed), stemsOf(known));
}

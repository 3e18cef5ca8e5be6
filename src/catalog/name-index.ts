import damerauLevenshtein from "damerau-levenshtein";
import { type SyncErrorRule, statusCodesOf } from "../rules/types.js";
import { compactKey, tokenize } from "./normalize.js";
import { sameStem, stemsOf } from "./stem.js";

/** Which of a rule's names a query matched. */
export type NameKind = "name" | "danish-name" | "alias" | "id" | "status-code";

/** One rule with how well a query matched its closest name, 0–1. */
export interface RankedRule {
  readonly rule: SyncErrorRule;
  readonly score: number;
  readonly kind: NameKind;
}

/** Finds rules by what people call them: exactly, or with typos and words in any order. */
export interface NameIndex {
  /** The rule whose name, Danish name, alias, id or own status code is exactly the query. */
  exact(query: string): { rule: SyncErrorRule; kind: NameKind } | undefined;
  /** Every rule with any resemblance to the query, best first; one entry per rule. */
  rank(query: string): RankedRule[];
}

interface Candidate {
  readonly rule: SyncErrorRule;
  readonly kind: NameKind;
  /** Indexes into the vocabulary. */
  readonly tokens: readonly number[];
  readonly weights: readonly number[];
  readonly totalWeight: number;
}

// Words that carry little meaning in an error-type name count for less, so that "restriced
// picklist" finds "Restricted picklist value" and "email" alone does not pass for a name.
const STOPWORDS = new Set(["a", "an", "the", "of", "or", "to", "for", "in", "on", "and", "is"]);
const STOPWORDS_DA = new Set(["af", "til", "eller", "i", "en", "et", "med", "ikke"]);
const GENERIC = new Set([
  "salesforce",
  "hubspot",
  "value",
  "values",
  "error",
  "record",
  "field",
  "sync",
]);

/**
 * Two forms of one word ("duplicates"/"duplicate", "ugyldigt"/"ugyldig", "værdien"/"værdi") are
 * nearly the same word: an inflection is not a typo and must not cost a match.
 */
const SAME_STEM_SIMILARITY = 0.95;
/** Stems of words this short say too little ("id", "en"), so they are not compared. */
const MIN_STEMMED_LENGTH = 3;

/** Typed words whose similarity rows are kept between queries (see similarityRow). */
const ROW_CACHE_WORDS = 2_000;

/** Queries longer than this are messages, not names; they go to the classifier only. */
export const MAX_NAME_QUERY_TOKENS = 12;

/** False for the small and generic words ("of", "salesforce", "value") that tell no name apart. */
export function isTellingWord(token: string): boolean {
  return weightOf(token) === 1;
}

function weightOf(token: string): number {
  if (STOPWORDS.has(token) || STOPWORDS_DA.has(token)) return 0.2;
  if (GENERIC.has(token)) return 0.5;
  return 1;
}

/**
 * How alike two words are, 0–1: optimal-string-alignment distance (a swap of two neighbouring
 * letters is one typo, as in "tpye"), with a budget that grows with the word; a word the user cut
 * short ("restr", "mismatch") counts as nearly the whole word.
 */
export function wordSimilarity(typed: string, known: string): number {
  if (typed === known) return 1;
  const longest = Math.max(typed.length, known.length);
  let similarity = 0;
  // Only a word cut short by a little: "email" is not a short "emailalreadyinuse".
  if (typed.length >= 4 && typed.length >= 0.6 * known.length && known.startsWith(typed)) {
    similarity = 0.8 + (0.2 * typed.length) / known.length;
  }
  const budget = longest <= 4 ? 1 : longest <= 8 ? 2 : 3;
  if (
    Math.min(typed.length, known.length) >= 2 &&
    Math.abs(typed.length - known.length) <= budget &&
    missingLetters(typed, known) <= budget &&
    missingLetters(known, typed) <= budget
  ) {
    const { steps } = damerauLevenshtein(typed, known);
    if (steps <= budget) similarity = Math.max(similarity, 1 - steps / longest);
  }
  return similarity;
}

/**
 * How many distinct letters of `a` do not occur in `b`. Each needs at least one edit, so this is a
 * lower bound of the edit distance that costs a few bit operations; it spares the full distance
 * for nearly every pair of unrelated words.
 */
function missingLetters(a: string, b: string): number {
  let missing = letterMask(a) & ~letterMask(b);
  let count = 0;
  while (missing !== 0) {
    missing &= missing - 1;
    count++;
  }
  return count;
}

/** A 32-bit set of the characters in a word; characters that share a bit only weaken the bound. */
function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) mask |= 1 << (word.charCodeAt(i) & 31);
  return mask;
}

function namesOf(rule: SyncErrorRule): Array<{ text: string; kind: NameKind }> {
  const names: Array<{ text: string; kind: NameKind }> = [{ text: rule.name, kind: "name" }];
  if (rule.danishName) names.push({ text: rule.danishName, kind: "danish-name" });
  for (const alias of rule.aliases) names.push({ text: alias, kind: "alias" });
  names.push({ text: rule.id, kind: "id" });
  // A code counts as a name only for the rule that owns it outright (a code-only signal); codes
  // shared through patterns go to the classifier, which can read the rest of the message.
  const ownCodes = new Set(rule.signals.flatMap((s) => (s.code && !s.pattern ? [s.code] : [])));
  for (const code of statusCodesOf(rule)) {
    if (ownCodes.has(code)) names.push({ text: code, kind: "status-code" });
  }
  return names;
}

/** Builds the index once per rule set; lookups then only read it. */
export function createNameIndex(rules: readonly SyncErrorRule[]): NameIndex {
  const exactKeys = new Map<string, { rule: SyncErrorRule; kind: NameKind }>();
  const vocabulary: string[] = [];
  const vocabularyIds = new Map<string, number>();
  const candidates: Candidate[] = [];

  const vocabularyStems: Array<readonly [string, string]> = [];
  const vocabularyId = (word: string): number => {
    let id = vocabularyIds.get(word);
    if (id === undefined) {
      id = vocabulary.push(word) - 1;
      vocabularyStems.push(stemsOf(word));
      vocabularyIds.set(word, id);
    }
    return id;
  };

  for (const rule of rules) {
    for (const { text, kind } of namesOf(rule)) {
      for (const key of [compactKey(text), compactKey(text, "plain")]) {
        if (!exactKeys.has(key)) exactKeys.set(key, { rule, kind });
      }
      // Hyphenated Danish compounds ("e-mail", "Salesforce-post") are typed both split and joined.
      const spellings = new Set([text]);
      if (kind === "danish-name") spellings.add(text.replace(/(\p{L})-(\p{L})/gu, "$1$2"));
      for (const spelling of spellings) {
        const words = tokenize(spelling);
        const weights = words.map(weightOf);
        candidates.push({
          rule,
          kind,
          tokens: words.map(vocabularyId),
          weights,
          totalWeight: weights.reduce((sum, w) => sum + w, 0),
        });
      }
    }
  }

  /**
   * One typed word against every vocabulary word, kept for the next query that has the word: the
   * words people type recur ("picklist", "value", "the"), and a row costs a typo distance per
   * vocabulary word, most of a short question's explain time. The newest ROW_CACHE_WORDS rows are
   * kept (a couple of KB each), so a stream of odd words cannot grow it.
   */
  const rows = new Map<string, Float64Array>();
  function similarityRow(word: string): Float64Array {
    const kept = rows.get(word);
    if (kept) return kept;
    const stems = word.length >= MIN_STEMMED_LENGTH ? stemsOf(word) : null;
    const row = new Float64Array(vocabulary.length);
    vocabulary.forEach((known, v) => {
      const typo = wordSimilarity(word, known);
      row[v] =
        !stems || typo >= SAME_STEM_SIMILARITY || known.length < MIN_STEMMED_LENGTH
          ? typo
          : sameStem(stems, vocabularyStems[v] as readonly [string, string])
            ? SAME_STEM_SIMILARITY
            : typo;
    });
    if (rows.size >= ROW_CACHE_WORDS) rows.delete(rows.keys().next().value as string);
    rows.set(word, row);
    return row;
  }

  function exact(query: string) {
    return exactKeys.get(compactKey(query)) ?? exactKeys.get(compactKey(query, "plain"));
  }

  function rank(query: string): RankedRule[] {
    const words = tokenize(query).slice(0, MAX_NAME_QUERY_TOKENS);
    if (words.length === 0) return [];
    const queryWeights = words.map(weightOf);
    const queryWeight = queryWeights.reduce((sum, w) => sum + w, 0);
    // similarity[q][v]: each query word against each vocabulary word.
    const similarity = words.map(similarityRow);

    // How well any query word matches each vocabulary word: what a name's word contributes to
    // recall, whichever candidate it is in.
    const bestOfQuery = new Float64Array(vocabulary.length);
    for (const row of similarity)
      for (let v = 0; v < row.length; v++)
        bestOfQuery[v] = Math.max(bestOfQuery[v] as number, row[v] as number);

    const bestByRule = new Map<SyncErrorRule, RankedRule>();
    for (const candidate of candidates) {
      // Soft precision: how much of the query the name explains; soft recall: how much of the
      // name the query covers. Their harmonic mean ignores word order.
      let precision = 0;
      for (let q = 0; q < words.length; q++) {
        let top = 0;
        const row = similarity[q] as Float64Array;
        for (const v of candidate.tokens) top = Math.max(top, row[v] as number);
        precision += (queryWeights[q] as number) * top;
      }
      precision /= queryWeight;
      let recall = 0;
      for (let i = 0; i < candidate.tokens.length; i++)
        recall +=
          (candidate.weights[i] as number) * (bestOfQuery[candidate.tokens[i] as number] as number);
      recall /= candidate.totalWeight;
      if (precision + recall === 0) continue;
      const score = (2 * precision * recall) / (precision + recall);
      const previous = bestByRule.get(candidate.rule);
      if (!previous || score > previous.score) {
        bestByRule.set(candidate.rule, { rule: candidate.rule, score, kind: candidate.kind });
      }
    }
    return [...bestByRule.values()].sort(
      (a, b) => b.score - a.score || a.rule.id.localeCompare(b.rule.id),
    );
  }

  return { exact, rank };
}

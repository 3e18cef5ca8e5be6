import type { SyncErrorRule } from "../rules/types.js";
import type { Classification, Classifier } from "./classify.js";
import {
  MAX_NAME_QUERY_TOKENS,
  type NameIndex,
  type NameKind,
  type RankedRule,
} from "./name-index.js";
import { tokenize } from "./normalize.js";

/** How the query led to the rule. */
export type MatchedBy = NameKind | "message" | "similar-name";

/** The rule a person meant, and how sure the matcher is. */
export interface ExplainMatch {
  readonly rule: SyncErrorRule;
  readonly confidence: number;
  readonly matchedBy: MatchedBy;
  /** Set when the query was a raw message (or a status code) and the classifier placed it. */
  readonly classification: Classification | null;
}

/** A rule the person may have meant, with how closely its name resembles the query (0–1). */
export interface Suggestion {
  readonly rule: SyncErrorRule;
  readonly score: number;
}

/** What `explain` found: a match, or none and the nearest names ("Did you mean …?"). */
export interface ExplainResult {
  readonly query: string;
  readonly match: ExplainMatch | null;
  /** Up to three other rules, best first. */
  readonly suggestions: readonly Suggestion[];
}

/**
 * A similar name must score at least this to be taken as the answer; below it the matcher does
 * not guess. Tuned on the typo, word-order and Danish cases in explain.test.ts: real typos of a
 * whole name score 0.8 and above, a single shared word ("email", "owner") stays under 0.7.
 */
export const MATCH_THRESHOLD = 0.75;
/** Under this score two names are too close to call unless the best one is near-exact. */
export const AMBIGUITY_MARGIN = 0.15;
const NEAR_EXACT = 0.9;
/** Names scoring below this are not worth suggesting. */
export const SUGGESTION_THRESHOLD = 0.35;
const MAX_SUGGESTIONS = 3;
/** From this many words on, a query that the classifier can place is read as a pasted message. */
const MESSAGE_MIN_WORDS = 5;
const BARE_STATUS_CODE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/i;

/** Finds the rule a person means by a name, a typo of one, a status code or a pasted message. */
export function explainQuery(
  query: string,
  names: NameIndex,
  classifier: Classifier,
): ExplainResult {
  const trimmed = query.trim();
  if (trimmed === "") return { query, match: null, suggestions: [] };

  const exact = names.exact(trimmed);
  if (exact) {
    return { query, match: nameMatch(exact.rule, 1, exact.kind), suggestions: [] };
  }

  const classification = classifier.classify(trimmed);
  // An admin said which type this message is: that answer stands, whatever its length.
  if (classification.evidence === "correction") {
    return { query, match: messageMatch(classification), suggestions: [] };
  }
  const placed = classification.evidence === "status-code" || classification.evidence === "wording";
  const words = tokenize(trimmed).length;

  if (BARE_STATUS_CODE.test(trimmed) && classification.evidence === "status-code") {
    return {
      query,
      match: {
        rule: classification.rule,
        confidence: classification.confidence,
        matchedBy: "status-code",
        classification,
      },
      suggestions: [],
    };
  }
  if (placed && (words >= MESSAGE_MIN_WORDS || classification.evidence === "status-code")) {
    return { query, match: messageMatch(classification), suggestions: [] };
  }

  const ranked = words <= MAX_NAME_QUERY_TOKENS ? names.rank(trimmed) : [];
  const [best, second] = ranked;
  if (best && isConfident(best, second)) {
    return {
      query,
      match: nameMatch(best.rule, round(best.score), "similar-name"),
      suggestions: suggestionsFrom(ranked, best.rule),
    };
  }
  if (placed) {
    return {
      query,
      match: messageMatch(classification),
      suggestions: suggestionsFrom(ranked, classification.rule),
    };
  }
  return { query, match: null, suggestions: suggestionsFrom(ranked, null) };
}

function isConfident(best: RankedRule, second: RankedRule | undefined): boolean {
  if (best.score < MATCH_THRESHOLD) return false;
  if (best.score >= NEAR_EXACT) return true;
  return !second || best.score - second.score >= AMBIGUITY_MARGIN;
}

function nameMatch(rule: SyncErrorRule, confidence: number, matchedBy: MatchedBy): ExplainMatch {
  return { rule, confidence, matchedBy, classification: null };
}

function messageMatch(classification: Classification): ExplainMatch {
  return {
    rule: classification.rule,
    confidence: classification.confidence,
    matchedBy: "message",
    classification,
  };
}

function suggestionsFrom(
  ranked: readonly RankedRule[],
  exclude: SyncErrorRule | null,
): Suggestion[] {
  return ranked
    .filter((entry) => entry.rule !== exclude && entry.score >= SUGGESTION_THRESHOLD)
    .slice(0, MAX_SUGGESTIONS)
    .map((entry) => ({ rule: entry.rule, score: round(entry.score) }));
}

function round(score: number): number {
  return Math.round(score * 100) / 100;
}

import type { SyncErrorRule } from "../rules/types.js";
import { expandAbbreviations } from "./abbreviations.js";
import type { Classification, Classifier } from "./classify.js";
import {
  MAX_NAME_QUERY_TOKENS,
  type NameIndex,
  type NameKind,
  type RankedRule,
} from "./name-index.js";
import { tokenize } from "./normalize.js";
import { rewritePhrases } from "./query-phrases.js";
import { framingSteps } from "./question-framing.js";
import type { RuleSearch, SearchHit } from "./rule-search.js";
import { sharesMeaning } from "./suggestion-relevance.js";

/** How the query led to the rule. */
export type MatchedBy = NameKind | "message" | "similar-name" | "description";

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
/**
 * A description is answered from the full-text search only when the best rule's BM25 score is at
 * least this many times the runner-up's, and at least DESCRIPTION_MIN_SCORE. Calibrated on the
 * queries in test/fixtures/real-messages.jsonl: below these, a wrong answer became likelier than
 * a right one, so the bot offers suggestions instead.
 */
export const DESCRIPTION_MIN_RATIO = 1.5;
export const DESCRIPTION_MIN_SCORE = 120;
/**
 * A smaller lead will do when the closest name points at the same rule as the search: two
 * readings of the query agree. Calibrated on the same queries.
 */
export const AGREEING_MIN_RATIO = 1.2;
const AGREEING_NAME_MIN_SCORE = 0.3;
/** The confidence a description answer reports: it never claims to be a name match. */
const DESCRIPTION_CONFIDENCE = 0.7;
/** Names scoring below this are not worth suggesting. */
export const SUGGESTION_THRESHOLD = 0.35;
const MAX_SUGGESTIONS = 3;
/**
 * Longer than this, a query is a pasted message: names, questions and descriptions are shorter
 * (the longest question in test/fixtures/real-messages.jsonl is about 110 characters).
 */
const MAX_QUESTION_CHARS = 400;
/** Descriptions are a sentence; the full-text search is not run on more words than this. */
const MAX_DESCRIPTION_TOKENS = 24;
/** From this many words on, a query that the classifier can place is read as a pasted message. */
const MESSAGE_MIN_WORDS = 5;
/** A question about an error, as opposed to a pasted message: a question mark or a question word. */
const QUESTION =
  /\?|^\s*(?:what|why|how|when|where|which|who|is|are|can|could|does|do|did|hvad|hvorfor|hvordan|hvornår|hvor|hvilken|hvilke|kan|er)\b/iu;
const BARE_STATUS_CODE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/i;

/** What explain reads a query with. */
export interface ExplainTools {
  readonly names: NameIndex;
  readonly classifier: Classifier;
  readonly search: RuleSearch;
}

/**
 * Finds the rule a person means by a name, a typo of one, a status code, a pasted message, a
 * question around any of those ("what does X mean?", "hvad betyder X?"), shorthand ("SFDC dupe
 * rule") or a description in their own words.
 */
export function explainQuery(query: string, tools: ExplainTools): ExplainResult {
  const { names, classifier } = tools;
  const trimmed = query.trim();
  if (trimmed === "") return { query, match: null, suggestions: [] };

  // A long paste is a message, not a name or a question: only the classifier reads it, so one
  // pasted log costs no more than its classification.
  if (trimmed.length > MAX_QUESTION_CHARS) {
    const classification = classifier.classify(trimmed);
    const answer =
      isPlaced(classification) || classification.evidence === "plain-sentence"
        ? messageMatch(classification)
        : null;
    return { query, match: answer, suggestions: [] };
  }

  const exact = names.exact(trimmed);
  if (exact) {
    return { query, match: nameMatch(exact.rule, 1, exact.kind), suggestions: [] };
  }

  const classification = classifier.classify(trimmed);
  const words = tokenize(trimmed).length;
  if (BARE_STATUS_CODE.test(trimmed) && classification.evidence === "status-code") {
    return { query, match: codeMatch(classification), suggestions: [] };
  }
  if (
    isPlaced(classification) &&
    (words >= MESSAGE_MIN_WORDS || isCodeOrCorrection(classification))
  ) {
    return { query, match: messageMatch(classification), suggestions: [] };
  }

  // The question around the name, and shorthand, say nothing about which error is meant.
  const expanded = expandAbbreviations(trimmed);
  const steps = framingSteps(expanded);
  const asked = rewritePhrases(steps.at(-1) as string);
  const askedClassification = asked === trimmed ? classification : classifier.classify(asked);
  if (asked !== trimmed) {
    for (const step of [...steps.slice(1), asked]) {
      const askedExact = names.exact(step);
      if (askedExact) {
        return { query, match: nameMatch(askedExact.rule, 1, askedExact.kind), suggestions: [] };
      }
    }
    if (BARE_STATUS_CODE.test(asked) && askedClassification.evidence === "status-code") {
      return { query, match: codeMatch(askedClassification), suggestions: [] };
    }
    if (isCodeOrCorrection(askedClassification)) {
      return { query, match: messageMatch(askedClassification), suggestions: [] };
    }
  }

  const readings = [...new Set([expanded, asked])];
  const ranked = bestPerRule([
    ...(words <= MAX_NAME_QUERY_TOKENS ? names.rank(expanded) : []),
    ...(asked !== expanded && tokenize(asked).length <= MAX_NAME_QUERY_TOKENS
      ? names.rank(asked)
      : []),
  ]);
  const [best, second] = ranked;
  if (best && isConfident(best, second)) {
    return {
      query,
      match: nameMatch(best.rule, round(best.score), "similar-name"),
      suggestions: suggestionsFrom(readings, ranked, [], best.rule),
    };
  }
  for (const placed of [classification, askedClassification]) {
    if (isPlaced(placed)) {
      return {
        query,
        match: messageMatch(placed),
        suggestions: suggestionsFrom(readings, ranked, [], placed.rule),
      };
    }
  }

  const hits = tokenize(asked).length <= MAX_DESCRIPTION_TOKENS ? tools.search.search(asked) : [];
  const [top, runnerUp] = hits;
  const clearLead = !runnerUp || (top && top.score >= DESCRIPTION_MIN_RATIO * runnerUp.score);
  // Two independent readings that agree: the words of the rule's text and the rule's name.
  const namesAgree =
    top !== undefined &&
    best?.rule === top.rule &&
    best.score >= AGREEING_NAME_MIN_SCORE &&
    (!runnerUp || top.score >= AGREEING_MIN_RATIO * runnerUp.score);
  // "Unknown error" is what is left when nothing fits: it answers a description of a limit or an
  // outage, never a pasted sentence that merely shares its words.
  if (
    top &&
    (top.rule.category !== "unknown" || classification.evidence !== "plain-sentence") &&
    top.score >= DESCRIPTION_MIN_SCORE &&
    (clearLead || namesAgree)
  ) {
    return {
      query,
      match: nameMatch(top.rule, DESCRIPTION_CONFIDENCE, "description"),
      suggestions: suggestionsFrom(readings, ranked, hits, top.rule),
    };
  }
  // Not a question and nothing else fits: a pasted validation-rule message, offered as a guess.
  if (classification.evidence === "plain-sentence" && !QUESTION.test(trimmed)) {
    return {
      query,
      match: messageMatch(classification),
      suggestions: suggestionsFrom(readings, ranked, hits, classification.rule),
    };
  }
  return { query, match: null, suggestions: suggestionsFrom(readings, ranked, hits, null) };
}

function isPlaced(classification: Classification): boolean {
  return (
    classification.evidence === "status-code" ||
    classification.evidence === "wording" ||
    classification.evidence === "correction"
  );
}

function isCodeOrCorrection(classification: Classification): boolean {
  return classification.evidence === "status-code" || classification.evidence === "correction";
}

/** Each rule once, at its best score across the query's readings, best first. */
function bestPerRule(entries: readonly RankedRule[]): RankedRule[] {
  const best = new Map<SyncErrorRule, RankedRule>();
  for (const entry of entries) {
    const previous = best.get(entry.rule);
    if (!previous || entry.score > previous.score) best.set(entry.rule, entry);
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.rule.id.localeCompare(b.rule.id));
}

function isConfident(best: RankedRule, second: RankedRule | undefined): boolean {
  if (best.score < MATCH_THRESHOLD) return false;
  if (best.score >= NEAR_EXACT) return true;
  return !second || best.score - second.score >= AMBIGUITY_MARGIN;
}

function nameMatch(rule: SyncErrorRule, confidence: number, matchedBy: MatchedBy): ExplainMatch {
  return { rule, confidence, matchedBy, classification: null };
}

function codeMatch(classification: Classification): ExplainMatch {
  return {
    rule: classification.rule,
    confidence: classification.confidence,
    matchedBy: "status-code",
    classification,
  };
}

function messageMatch(classification: Classification): ExplainMatch {
  return {
    rule: classification.rule,
    confidence: classification.confidence,
    matchedBy: "message",
    classification,
  };
}

/**
 * Rules worth offering beside (or instead of) an answer: names that resemble the query first,
 * then the best full-text hits, scored relative to the top hit so the scale stays 0–1. A rule
 * that shares no meaning with any reading of the query is left out, however it scored: fewer
 * suggestions read better than one that makes no sense.
 */
function suggestionsFrom(
  readings: readonly string[],
  ranked: readonly RankedRule[],
  hits: readonly SearchHit[],
  exclude: SyncErrorRule | null,
): Suggestion[] {
  const suggestions: Suggestion[] = [];
  const seen = new Set<SyncErrorRule>(exclude ? [exclude] : []);
  const relevant = (rule: SyncErrorRule) => readings.some((query) => sharesMeaning(query, rule));
  for (const entry of ranked) {
    if (entry.score < SUGGESTION_THRESHOLD || seen.has(entry.rule) || !relevant(entry.rule))
      continue;
    seen.add(entry.rule);
    suggestions.push({ rule: entry.rule, score: round(entry.score) });
  }
  const topScore = hits[0]?.score ?? 0;
  for (const hit of hits) {
    const score = (hit.score / topScore) * SEARCH_SUGGESTION_SCALE;
    if (score < SUGGESTION_THRESHOLD || seen.has(hit.rule) || !relevant(hit.rule)) continue;
    seen.add(hit.rule);
    suggestions.push({ rule: hit.rule, score: round(score) });
  }
  return suggestions.slice(0, MAX_SUGGESTIONS);
}

/** A full-text hit as a suggestion never outranks a name that resembles the query. */
const SEARCH_SUGGESTION_SCALE = 0.7;

function round(score: number): number {
  return Math.round(score * 100) / 100;
}

import MiniSearch from "minisearch";
import type { StatusCodeEntry } from "../rules/salesforce-status-codes.js";
import { type SyncErrorRule, statusCodesOf } from "../rules/types.js";
import { englishFor } from "./danish-glossary.js";
import { tokenize } from "./normalize.js";
import { stemsOf } from "./stem.js";

/** One rule and how well its whole text answers a description, best first. */
export interface SearchHit {
  readonly rule: SyncErrorRule;
  /** MiniSearch's BM25+ score: comparable between rules for one query, not across queries. */
  readonly score: number;
}

/** Full-text search over every rule's names, aliases, codes, cause and fix. */
export interface RuleSearch {
  search(query: string): SearchHit[];
}

// Words that occur in nearly every question or every rule say nothing about which rule is meant.
const IGNORED = new Set([
  // English
  "a",
  "an",
  "the",
  "of",
  "or",
  "to",
  "for",
  "in",
  "on",
  "and",
  "is",
  "are",
  "be",
  "it",
  "its",
  "this",
  "that",
  "with",
  "by",
  "from",
  "as",
  "at",
  "i",
  "we",
  "my",
  "our",
  "you",
  "me",
  "do",
  "does",
  "did",
  "what",
  "why",
  "how",
  "when",
  "can",
  "cant",
  "cannot",
  "not",
  "no",
  "has",
  "have",
  "had",
  "error",
  "errors",
  "sync",
  "syncing",
  "synced",
  "record",
  "records",
  "hubspot",
  "salesforce",
  "integration",
  "get",
  "getting",
  "mean",
  "means",
  "issue",
  "problem",
  "message",
  // Danish
  "af",
  "til",
  "eller",
  "en",
  "et",
  "med",
  "ikke",
  "er",
  "det",
  "den",
  "de",
  "der",
  "som",
  "pa",
  "paa",
  "jeg",
  "vi",
  "hvad",
  "hvorfor",
  "hvordan",
  "fejl",
  "fejlen",
  "betyder",
  "synkronisering",
]);

/**
 * A query word as the index stores it: folded, and both its English and its Danish stem, so that
 * "permissions", "permission" and "tilladelser" meet the forms the rules use.
 */
function termsOf(word: string): string[] | null {
  if (word.length < 2 || IGNORED.has(word)) return null;
  const [english, danish] = stemsOf(word);
  return english === danish ? [english] : [english, danish];
}

/** A query word's terms, and those of the English words a Danish word means ("feltet" → field). */
function queryTermsOf(word: string): string[] | null {
  const own = termsOf(word) ?? [];
  const translated = englishFor(word).flatMap((english) => termsOf(english) ?? []);
  const terms = [...new Set([...own, ...translated])];
  return terms.length > 0 ? terms : null;
}

interface RuleDocument {
  readonly id: string;
  readonly names: string;
  readonly symptoms: string;
  readonly codes: string;
  readonly cause: string;
  readonly fix: string;
}

/**
 * Builds the index once per rule set. Names and codes weigh most: a description that repeats a
 * rule's name is about that rule; cause and fix carry the words people use to describe it.
 */
export function createRuleSearch(
  rules: readonly SyncErrorRule[],
  statusCodes: Readonly<Record<string, StatusCodeEntry>> = {},
): RuleSearch {
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const tableCodes = new Map<string, string[]>();
  // Hundreds of codes mean "none of the types"; their words would only make Unknown error match
  // every description.
  const unknownIds = new Set(rules.filter((r) => r.category === "unknown").map((r) => r.id));
  for (const [code, entry] of Object.entries(statusCodes)) {
    if (unknownIds.has(entry.type)) continue;
    tableCodes.set(entry.type, [...(tableCodes.get(entry.type) ?? []), code]);
  }
  const index = new MiniSearch<RuleDocument>({
    fields: ["names", "symptoms", "codes", "cause", "fix"],
    tokenize: (text) => tokenize(text),
    processTerm: (term) => termsOf(term),
    searchOptions: {
      processTerm: (term) => queryTermsOf(term),
      boost: { names: 3, symptoms: 2, codes: 2, cause: 1, fix: 0.5 },
      // A typo costs a little; whole words that merely start alike do not count.
      fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
      prefix: false,
      combineWith: "OR",
    },
  });
  index.addAll(
    rules.map((rule) => ({
      id: rule.id,
      names: [rule.name, rule.danishName, ...rule.aliases].join(". "),
      symptoms: (rule.symptoms ?? []).join(". "),
      // Codes are indexed as words too ("INVALID_EMAIL_ADDRESS" → invalid, email, address).
      codes: [...statusCodesOf(rule), ...(tableCodes.get(rule.id) ?? [])].join(" "),
      cause: rule.cause,
      fix: rule.fix.map((step) => step.text).join(" "),
    })),
  );

  return {
    search(query) {
      return index.search(query).flatMap((result) => {
        const rule = byId.get(String(result.id));
        return rule ? [{ rule, score: result.score }] : [];
      });
    },
  };
}

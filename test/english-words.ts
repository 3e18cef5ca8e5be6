/**
 * English words that do not occur in Danish (words that are also Danish, such as "at", "for",
 * "to" (two), "by" (town), "is" (ice) or "under", are left out). One of them in a Danish text means
 * an English phrase was left behind. Shared by the tests of the rules' Danish texts and of the
 * Danish explanations.
 */
export const ENGLISH_WORDS: ReadonlySet<string> = new Set([
  "the",
  "a",
  "an",
  "and",
  "or",
  "of",
  "in",
  "on",
  "with",
  "from",
  "are",
  "was",
  "be",
  "not",
  "your",
  "their",
  "this",
  "that",
  "it",
  "its",
  "if",
  "when",
  "once",
  "then",
  "than",
  "each",
  "every",
  "only",
  "field",
  "fields",
  "record",
  "records",
  "value",
  "values",
  "owner",
  "user",
  "resync",
  "affected",
  "settings",
  "open",
]);

/**
 * The words of `ENGLISH_WORDS` left in `text` once text in double quotes (Salesforce's screen
 * names, as Salesforce shows them) and the `kept` names (proper names that stay English) are
 * removed.
 */
export function englishWordsIn(text: string, kept: readonly string[]): string[] {
  let rest = text.replace(/"[^"]*"/g, " ");
  for (const name of kept) rest = rest.replaceAll(name, " ");
  return (rest.toLowerCase().match(/\p{L}+/gu) ?? []).filter((word) => ENGLISH_WORDS.has(word));
}

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
  "you",
  "has",
  "will",
  "can",
  "could",
  "would",
  "should",
  "there",
  "which",
  "what",
  "who",
  "how",
  "why",
  "these",
  "those",
  "none",
  "all",
  "new",
  "try",
  "again",
  "please",
  "error",
  "errors",
  "sync",
  "found",
  "missing",
  "started",
  "finished",
  "failed",
  "skipped",
  "waiting",
  "running",
  "yet",
  "about",
  "after",
  "before",
  "into",
  "out",
  "yes",
  "button",
  "click",
  "channel",
  "file",
  "files",
  "column",
  "columns",
  "row",
  "rows",
]);

/**
 * The words of `ENGLISH_WORDS` left in `text` once links, options, scopes, file names, text in double quotes (Salesforce's screen
 * names, as Salesforce shows them) and the `kept` names (proper names that stay English) are
 * removed.
 */
export function englishWordsIn(text: string, kept: readonly string[]): string[] {
  // Links, --options, Slack scopes (files:read) and file names (manifest.yml) are typed as they
  // are, not prose.
  let rest = text
    .replace(/https?:\/\/[^\s)|>]+/g, " ")
    .replace(/--[a-z][\w-]*/g, " ")
    .replace(/\b[a-z]+:[a-z]+\b/g, " ")
    .replace(/\b[\w-]+\.(?:yml|yaml|csv|xlsx|env|json|md)\b/g, " ")
    .replace(/"[^"]*"/g, " ");
  for (const name of kept) rest = rest.replaceAll(name, " ");
  return (rest.toLowerCase().match(/\p{L}+/gu) ?? []).filter((word) => ENGLISH_WORDS.has(word));
}

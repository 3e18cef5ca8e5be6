/**
 * A few ways admins say things that the rules' text says differently, rewritten before a query
 * is searched: "don't match" is a mismatch, and the Danish "for lang" is "too long" (Danish "for"
 * is English "too" before an adjective). Each rewrite keeps the meaning; none names a rule.
 */
const PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /\b(?:don(?:'|’)?t|doesn(?:'|’)?t|do not|does not|didn(?:'|’)?t|did not) match\b/giu,
    "mismatched",
  ],
  // "X means for the integration user": what follows "mean" is context, not the error.
  [/\s+mean(?:s|ing)?\b.*$/iu, ""],
  // Danish
  [/(?<![\p{L}])for (lang|lange|mange|stor|store|kort)(?![\p{L}])/giu, "too $1"],
  [/(?<![\p{L}])(?:hører|hoerer) ikke til(?![\p{L}])/giu, "does not belong to"],
  [/(?<![\p{L}])(?:er )?udfyldt(?![\p{L}])/giu, "is set"],
];

/** The query with admins' phrasings rewritten into the words the rules use. */
export function rewritePhrases(query: string): string {
  let text = query;
  for (const [pattern, replacement] of PHRASES) text = text.replace(pattern, replacement);
  return text.trim() === "" ? query : text;
}

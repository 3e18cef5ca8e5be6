/**
 * Text folding shared by the classifier and the name matcher, so that "Ugyldig e-mail",
 * "ugyldig email" and "UGYLDIG  E-MAIL" all become the same key.
 */

// Danish letters have no decomposition in Unicode, so NFKD alone would keep them; people without
// a Danish keyboard type them as two letters.
const DANISH_LETTERS: Readonly<Record<string, string>> = { æ: "ae", ø: "oe", å: "aa" };
// The same letters as people also type them: the nearest single Latin letter.
const DANISH_LETTERS_PLAIN: Readonly<Record<string, string>> = { æ: "a", ø: "o", å: "a" };
const COMBINING_MARKS = /\p{M}+/gu;
const DANISH = /[æøå]/g;
const NON_ALPHANUMERIC = /[^\p{L}\p{N}]+/gu;

/** Lower-cases, spells out æ/ø/å and strips accents: "Utilstrækkelig" → "utilstraekkelig". */
export function foldText(text: string, danish: "spelled" | "plain" = "spelled"): string {
  const table = danish === "spelled" ? DANISH_LETTERS : DANISH_LETTERS_PLAIN;
  return text
    .toLowerCase()
    .replace(DANISH, (letter) => table[letter] ?? letter)
    .normalize("NFKD")
    .replace(COMBINING_MARKS, "");
}

/** Folded words: "Salesforce-duplikatregel" → ["salesforce", "duplikatregel"]. */
export function tokenize(text: string, danish: "spelled" | "plain" = "spelled"): string[] {
  return foldText(text, danish).split(NON_ALPHANUMERIC).filter(Boolean);
}

/** Folded text without spaces or punctuation: "Ugyldig e-mail" → "ugyldigemail". */
export function compactKey(text: string, danish: "spelled" | "plain" = "spelled"): string {
  return foldText(text, danish).replace(NON_ALPHANUMERIC, "");
}

import { newStemmer } from "snowball-stemmers";

/**
 * Word stems in the two languages admins type, from the Snowball stemmers (the reference
 * algorithms, not a hand-rolled suffix list): "duplicates" and "duplicate", "ugyldigt" and
 * "ugyldig", "fejlen" and "fejl" share a stem, so an inflection costs a query nothing.
 */
const english = newStemmer("english");
const danish = newStemmer("danish");

/** The English and the Danish stem of a folded word. */
export function stemsOf(word: string): readonly [english: string, danish: string] {
  return [english.stem(word), danish.stem(word)];
}

/** True when two folded words are forms of one word in English or in Danish. */
export function sameStem(a: readonly [string, string], b: readonly [string, string]): boolean {
  return a[0] === b[0] || a[1] === b[1];
}

import { newStemmer } from "snowball-stemmers";

/**
 * Word stems in the two languages admins type, from the Snowball stemmers (the reference
 * algorithms, not a hand-rolled suffix list): "duplicates" and "duplicate", "ugyldigt" and
 * "ugyldig", "fejlen" and "fejl" share a stem, so an inflection costs a query nothing.
 */
const english = newStemmer("english");
const danish = newStemmer("danish");

/**
 * Stems are asked for the same words over and over (every query, every rule word); a bounded
 * cache spares the stemmers. It is emptied when full rather than kept in order: the words people
 * type repeat enough that it refills with the useful ones at once.
 */
const MAX_CACHED_WORDS = 20_000;
const cache = new Map<string, readonly [string, string]>();

/** The English and the Danish stem of a folded word. */
export function stemsOf(word: string): readonly [english: string, danish: string] {
  const cached = cache.get(word);
  if (cached) return cached;
  if (cache.size >= MAX_CACHED_WORDS) cache.clear();
  const stems = [english.stem(word), danish.stem(word)] as const;
  cache.set(word, stems);
  return stems;
}

/** True when two folded words are forms of one word in English or in Danish. */
export function sameStem(a: readonly [string, string], b: readonly [string, string]): boolean {
  return a[0] === b[0] || a[1] === b[1];
}

/** Types for snowball-stemmers 0.6 (the Snowball project's stemmers compiled to JavaScript). */
declare module "snowball-stemmers" {
  /** Reduces one lower-case word to its stem, e.g. "duplicates" → "duplic". */
  export interface Stemmer {
    stem(word: string): string;
  }
  /** A stemmer for one of the Snowball algorithms, by name ("english", "danish", …). */
  export function newStemmer(language: string): Stemmer;
  /** The names of the algorithms the package carries. */
  export function algorithms(): string[];
}

import type { Language } from "./languages.js";

/**
 * One area's messages (the digest's, the resync's, …) in every language, side by side, as ICU
 * message strings (`{count, plural, one {# error} other {# errors}}`, `{at, date, long}`): whole
 * sentences with their numbers and plurals inside, never pieces to glue together.
 */
export type Catalog<Key extends string> = {
  readonly [L in Language]: Readonly<Record<Key, string>>;
};

/**
 * Declares an area's catalog. The English messages define the keys; every other language must
 * have exactly those keys: a missing one does not compile, and an extra one is an excess property.
 * (catalogs.test.ts checks the same at run time, and that both sides use the same placeholders.)
 */
export function defineMessages<const En extends Readonly<Record<string, string>>>(catalog: {
  readonly en: En;
  readonly da: Readonly<Record<keyof En & string, string>>;
}): Catalog<keyof En & string> {
  return catalog;
}

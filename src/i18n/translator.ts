import { createIntl, createIntlCache, type IntlShape } from "@formatjs/intl";
import { CATALOGS } from "./catalogs/index.js";
import type { Catalog } from "./define-messages.js";
import { type Language, LOCALES } from "./languages.js";

type Catalogs = typeof CATALOGS;
type Area = keyof Catalogs & string;
type KeysOf<C> = C extends Catalog<infer K> ? K : never;

/** A message's key: its area and its name in the area's catalog, e.g. `languages.unknown`. */
export type MessageKey = { [A in Area]: `${A}.${KeysOf<Catalogs[A]>}` }[Area];

/** What a message's placeholders are filled with. */
export type MessageValues = Readonly<Record<string, string | number | Date>>;

/** Texts, numbers and dates in one language. */
export interface Translator {
  readonly language: Language;
  /** The BCP 47 locale numbers and dates are formatted for (`da-DK`). */
  readonly locale: string;
  /** The message in this language, its placeholders filled and its plurals chosen. */
  t(key: MessageKey, values?: MessageValues): string;
  /** A number as this language writes it (`1.234` in Danish). */
  number(value: number): string;
  /** A date as this language writes it (`3. december 2026` in Danish, with `long`). */
  date(
    at: Date,
    options?: { readonly style?: "long" | "medium"; readonly timeZone?: string },
  ): string;
  /** Items joined as this language lists them (`a, b og c`; with `disjunction`, `a, b eller c`). */
  list(items: readonly string[], type?: "conjunction" | "disjunction"): string;
}

/** Every catalog's messages of one language, by full key. */
function messagesOf(language: Language): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const [area, catalog] of Object.entries(CATALOGS) as Array<[string, Catalog<string>]>)
    for (const [key, text] of Object.entries(catalog[language])) messages[`${area}.${key}`] = text;
  return messages;
}

/**
 * One formatter per language for the whole process, built on first use: @formatjs/intl parses
 * each message once and keeps its compiled form, and the cache keeps Intl's formatters, so a
 * message costs microseconds after the first time.
 */
const cache = createIntlCache();
const intls = new Map<Language, IntlShape>();

function intlOf(language: Language): IntlShape {
  let intl = intls.get(language);
  if (!intl) {
    intl = createIntl(
      {
        locale: LOCALES[language],
        defaultLocale: LOCALES.en,
        messages: messagesOf(language),
        // A message that cannot be formatted is a defect in a catalog: fail loudly, never show
        // the key or a half-filled sentence.
        onError: (error) => {
          throw error;
        },
      },
      cache,
    );
    intls.set(language, intl);
  }
  return intl;
}

/** The translator of a language. */
export function translator(language: Language): Translator {
  const intl = intlOf(language);
  return {
    language,
    locale: LOCALES[language],
    t: (key, values) => intl.formatMessage({ id: key }, values),
    number: (value) => intl.formatNumber(value),
    date: (at, options = {}) =>
      intl.formatDate(at, {
        dateStyle: options.style ?? "long",
        ...(options.timeZone ? { timeZone: options.timeZone } : {}),
      }),
    list: (items, type = "conjunction") => intl.formatList(items, { type }),
  };
}

/**
 * The languages the bot speaks. English is the default and the fallback; Danish is for Danish
 * teams (issue 16). A language is added here, in every catalog (`./catalogs/`), and in every
 * rule's `translations`.
 */
export const LANGUAGES = ["en", "da"] as const;

/** A language the bot speaks, by its ISO 639-1 code. */
export type Language = (typeof LANGUAGES)[number];

/** The language of texts nobody chose a language for. */
export const DEFAULT_LANGUAGE: Language = "en";

/** The BCP 47 locale each language formats numbers and dates with. */
export const LOCALES: Readonly<Record<Language, string>> = { en: "en-US", da: "da-DK" };

/** True for a code the bot speaks (`en`, `da`). */
export function isLanguage(code: string): code is Language {
  return (LANGUAGES as readonly string[]).includes(code);
}

/**
 * The language for a Slack user's locale (`users.info` with `include_locale`: `da-DK`, `en-US`,
 * …): Danish for any Danish locale, English for everything else and for no locale at all.
 */
export function languageOfLocale(locale: string | undefined): Language {
  const primary = locale?.split(/[-_]/)[0]?.toLowerCase();
  return primary !== undefined && isLanguage(primary) ? primary : DEFAULT_LANGUAGE;
}

/**
 * The language a person named (`--lang`, `SYNCERROR_LANG`, `BOT_LANGUAGE`): `da`, `DA`, `da-DK` and
 * `dansk` alike; undefined when the bot does not speak it.
 */
export function parseLanguage(text: string): Language | undefined {
  const code = text.trim().toLowerCase();
  const named = NAMES[code];
  if (named) return named;
  const primary = code.split(/[-_]/)[0] ?? "";
  return isLanguage(primary) ? primary : undefined;
}

/** Each language's name, in English and in itself, as someone may type it instead of its code. */
const NAMES: Readonly<Record<string, Language>> = {
  english: "en",
  engelsk: "en",
  danish: "da",
  dansk: "da",
};

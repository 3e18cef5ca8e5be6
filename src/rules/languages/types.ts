/**
 * Salesforce translates its error messages into the integration user's language and never
 * translates status codes. Exports and HubSpot's UI often show the message alone, so each
 * language's standard wordings are kept here as patterns, with where each translation was seen.
 */

/** One translated platform wording and the type it means. */
export interface LocalizedWording {
  /** Rule id (one of the 28). */
  readonly type: string;
  /** Matches the translated message; written for the raw text (no ASCII folding; non-Latin scripts as they are). */
  readonly pattern: RegExp;
  /** Where this translation was seen: a URL or github:owner/repo/path. */
  readonly source: string;
}

/** Salesforce's standard messages in one language. */
export interface LanguageWordings {
  /** ISO 639-1 code, e.g. "de". */
  readonly code: string;
  /** English name, e.g. "German". */
  readonly name: string;
  readonly wordings: readonly LocalizedWording[];
  /** Real translated messages (with source) that must classify as each wording's type. */
  readonly examples: readonly {
    readonly message: string;
    readonly type: string;
    readonly source: string;
  }[];
}

/** Declares a language file; the identity function gives the files one shape to follow. */
export function defineLanguage<const L extends LanguageWordings>(language: L): L {
  return language;
}

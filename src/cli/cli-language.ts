import { UsageError } from "../errors.js";
import { DEFAULT_LANGUAGE, LANGUAGES, type Language, parseLanguage } from "../i18n/languages.js";
import { translator } from "../i18n/translator.js";
import { PROGRAM } from "./exit-codes.js";

/** The global option naming the language of the answers (`--lang da`, `--lang=da`). */
export const LANG_OPTION = "--lang";

/** How the global option is written, for usage lines. */
export const LANG_USAGE = `${PROGRAM} [--lang ${LANGUAGES.join("|")}] <command> …`;

/** The arguments without `--lang` and its value (anywhere before `--`), and the value given. */
export function withoutLanguage(argv: readonly string[]): {
  readonly argv: string[];
  /** The last `--lang` value; an empty string for `--lang` with nothing after it. */
  readonly asked: string | undefined;
} {
  const rest: string[] = [];
  let asked: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] as string;
    if (word === "--") {
      rest.push(...argv.slice(i));
      break;
    }
    if (word === LANG_OPTION) {
      asked = argv[i + 1] ?? "";
      i++;
    } else if (word.startsWith(`${LANG_OPTION}=`)) {
      asked = word.slice(LANG_OPTION.length + 1);
    } else {
      rest.push(word);
    }
  }
  return { argv: rest, asked };
}

/**
 * The language a person asked for: `--lang` (which wins), else SYNCERROR_LANG's text, else
 * English. A language the bot does not speak is a usage error naming the choices, in English
 * (the language asked for is the one that could not be had); `where` says which one was wrong.
 */
export function chooseLanguage(
  fromOption: string | undefined,
  fromEnvironment: string | undefined,
): Language {
  const [asked, where] =
    fromOption !== undefined
      ? [fromOption, LANG_OPTION]
      : fromEnvironment !== undefined && fromEnvironment.trim() !== ""
        ? [fromEnvironment, "SYNCERROR_LANG"]
        : [undefined, ""];
  if (asked === undefined) return DEFAULT_LANGUAGE;
  const language = parseLanguage(asked);
  if (language) return language;
  throw new UsageError(`${where}: ${unknownLanguage(asked)}`, LANG_USAGE);
}

/** "The bot does not speak “fr”. Choose en (English) or da (Danish)." */
export function unknownLanguage(asked: string): string {
  const en = translator("en");
  const choices = en.list(
    LANGUAGES.map((code) => `${code} (${en.t(`languages.${code}`)})`),
    "disjunction",
  );
  return en.t("languages.unknown", { asked, choices });
}

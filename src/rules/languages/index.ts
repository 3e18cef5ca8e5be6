/**
 * The registry of translated wordings: one import per language file in this folder, sorted by
 * code. languages.test.ts fails when a file and this list disagree.
 */
import da from "./da.js";
import de from "./de.js";
import es from "./es.js";
import fr from "./fr.js";
import it from "./it.js";
import ja from "./ja.js";
import ko from "./ko.js";
import nl from "./nl.js";
import pt from "./pt.js";
import sv from "./sv.js";
import type { LanguageWordings } from "./types.js";
import zh from "./zh.js";

/** Every language, sorted by ISO code. */
export const languages: readonly LanguageWordings[] = [da, de, es, fr, it, ja, ko, nl, pt, sv, zh];

export type { LanguageWordings, LocalizedWording } from "./types.js";

/**
 * The registry of translated wordings: one import per language file in this folder, sorted by
 * code. languages.test.ts fails when a file and this list disagree.
 */
import type { LanguageWordings } from "./types.js";

/** Every language, sorted by ISO code. */
export const languages: readonly LanguageWordings[] = [];

export type { LanguageWordings, LocalizedWording } from "./types.js";

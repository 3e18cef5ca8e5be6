import type { Translator } from "../i18n/translator.js";
import type { Catalog } from "./catalog.js";
import { ruleWords } from "./labels.js";

/**
 * The category and type names of a status summary in the translator's language. The summary
 * keys its counts by the English names (its JSON shape is stable), so a surface that shows them
 * looks each name up again: a category as HubSpot's Sync Health page names it, a type by its
 * Danish card title. A name the catalog does not know (a rule id of an older version) stays.
 */
export interface SummaryNames {
  readonly category: (englishName: string) => string;
  readonly type: (englishName: string) => string;
}

/** The summary's own names, as they are: English, for callers without a translator. */
export const NAMES_AS_IS: SummaryNames = { category: (name) => name, type: (name) => name };

/** The summary names of a catalog in a translator's language. */
export function summaryNames(catalog: Catalog, t: Translator): SummaryNames {
  const words = ruleWords(t);
  const categories = new Map(catalog.categories.map((c) => [c.name, c.id]));
  const rules = new Map(catalog.categories.flatMap((c) => c.rules.map((r) => [r.name, r])));
  return {
    category: (name) => {
      const id = categories.get(name);
      return id ? words.category(id) : name;
    },
    type: (name) => {
      const rule = rules.get(name);
      return rule ? words.name(rule) : name;
    },
  };
}

import { translator } from "../i18n/translator.js";
import { languages } from "../rules/languages/index.js";
import { SALESFORCE_STATUS_CODES } from "../rules/salesforce-status-codes.js";
import { CATEGORIES, type CategoryId, type SyncErrorRule } from "../rules/types.js";
import { type Classification, type ClassifierKnowledge, createClassifier } from "./classify.js";
import { type ExplainResult, explainQuery } from "./explain.js";
import { ruleWords } from "./labels.js";
import { createNameIndex } from "./name-index.js";
import { compactKey } from "./normalize.js";
import { createRuleSearch } from "./rule-search.js";

/** A category with its rules, in catalog order. */
export interface CategoryEntry {
  readonly id: CategoryId;
  readonly name: string;
  readonly rules: readonly SyncErrorRule[];
}

/** The sync-error catalog: look rules up, classify raw messages, explain what a person typed. */
export interface Catalog {
  readonly rules: readonly SyncErrorRule[];
  readonly categories: readonly CategoryEntry[];
  ruleById(id: string): SyncErrorRule | undefined;
  /**
   * The category a person named, in English or Danish ("picklists", "Property values",
   * "property-values", "Picklister", "egenskabsværdier", "egenskabsvaerdier"), if any.
   */
  categoryByName(name: string): CategoryEntry | undefined;
  classify(message: string): Classification;
  explain(query: string): ExplainResult;
}

/**
 * Builds the catalog once: the classifier and name index are prepared here, not per query. The
 * status-code table and the translated wordings default to the ones in `src/rules`; corrections
 * are the admins', passed in by whoever owns the store.
 */
export function createCatalog(
  rules: readonly SyncErrorRule[],
  knowledge: ClassifierKnowledge = {},
): Catalog {
  const classifier = createClassifier(rules, {
    statusCodes: SALESFORCE_STATUS_CODES,
    languages,
    ...knowledge,
  });
  const names = createNameIndex(rules);
  const search = createRuleSearch(rules, knowledge.statusCodes ?? SALESFORCE_STATUS_CODES);
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const categories = CATEGORIES.map((category) => ({
    ...category,
    rules: rules.filter((rule) => rule.category === category.id),
  }));
  // Every name a category goes by (its id, HubSpot's English name, the Danish one), folded both
  // ways people type æ/ø/å ("ae" or "a"), so `/syncerror list egenskabsvardier` finds it too.
  const danish = ruleWords(translator("da"));
  const categoryKeys = new Map(
    categories.map((c) => [
      c,
      new Set(
        [c.id, c.name, danish.category(c.id)].flatMap((name) => [
          compactKey(name, "spelled"),
          compactKey(name, "plain"),
        ]),
      ),
    ]),
  );

  return {
    rules,
    categories,
    ruleById: (id) => byId.get(id),
    categoryByName: (name) => {
      const typed = [compactKey(name, "spelled"), compactKey(name, "plain")];
      return categories.find((c) => typed.some((key) => categoryKeys.get(c)?.has(key)));
    },
    classify: (message) => classifier.classify(message),
    explain: (query) => explainQuery(query, { names, classifier, search }),
  };
}

import type { Catalog } from "../catalog/catalog.js";
import type { Store } from "../store/types.js";
import type { OpenErrorsByCategory } from "./metrics.js";

/**
 * Open errors by category id, from the store's counts by error type: what the
 * `syncerror_open_errors` gauge reads at each scrape. Every category appears, at 0 when empty,
 * so a graph does not lose a line when a category is cleared.
 */
export function openErrorsByCategory(
  store: Pick<Store, "openCounts">,
  catalog: Catalog,
): OpenErrorsByCategory {
  return async () => {
    const counts = await store.openCounts();
    const byCategory = new Map<string, number>(catalog.rules.map((rule) => [rule.category, 0]));
    for (const [ruleId, count] of counts.byRule) {
      const category = catalog.ruleById(ruleId)?.category ?? "unknown";
      byCategory.set(category, (byCategory.get(category) ?? 0) + count);
    }
    return byCategory;
  };
}

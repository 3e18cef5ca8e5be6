import { rules } from "../src/rules/index.js";
import type { ObservedError, Store } from "../src/store/types.js";

/**
 * The plain error of the digest and spike benches: row `i` takes the catalog's types in turn (so
 * every type has errors), on contact `1,000,000 + i`, opened at `occurredAt`.
 */
export function benchError(i: number, occurredAt: Date): ObservedError {
  const rule = rules[i % rules.length] as (typeof rules)[number];
  return {
    ruleId: rule.id,
    category: rule.category,
    direction: rule.direction,
    objectType: "contact",
    hubspotId: String(1_000_000 + i),
    salesforceId: null,
    recordName: null,
    message: "bench",
    statusCode: null,
    occurredAt,
  };
}

/**
 * One import of `count` errors, named `name` (its file name and hash) and made at `at`: error `i`
 * is `errorOf(i)`. The benches fill their stores through the importer, as an export would.
 */
export async function importBenchErrors(
  store: Store,
  name: string,
  at: Date,
  count: number,
  errorOf: (i: number) => ObservedError,
): Promise<void> {
  const tx = await store.beginImport({
    fileName: name,
    contentHash: name,
    importedBy: "bench",
    importedAt: at,
  });
  for (let i = 0; i < count; i++) await tx.add(errorOf(i));
  await tx.commit({ rowsRead: count, rejected: 0, objectTypes: [], columns: {} });
}

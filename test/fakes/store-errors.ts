/**
 * Open errors put into a real store the way an import does, for tests: one import transaction,
 * every field filled from the rule unless the test says otherwise.
 */
import type { Catalog } from "../../src/catalog/catalog.js";
import type { ObservedError, Store } from "../../src/store/types.js";

/** What a test says about an error; the rest comes from its rule. */
export type ErrorSpec = Partial<ObservedError> & { readonly ruleId: string };

/** A full `ObservedError` of the rule: a contact, no ids, message "m", unless overridden. */
export function observedError(catalog: Catalog, spec: ErrorSpec): ObservedError {
  const rule = catalog.ruleById(spec.ruleId);
  if (!rule) throw new Error(`no rule ${spec.ruleId}`);
  return {
    category: rule.category,
    direction: rule.direction,
    objectType: "contact",
    hubspotId: null,
    salesforceId: null,
    recordName: null,
    message: "m",
    statusCode: null,
    occurredAt: null,
    ...spec,
  };
}

/**
 * Imports the errors at `at` in one transaction. `objectTypes` are the types the "export" covers:
 * their open errors that it does not list are resolved, as a real snapshot import does.
 */
export async function importErrors(
  store: Store,
  catalog: Catalog,
  specs: readonly ErrorSpec[],
  options: { readonly at: Date; readonly objectTypes?: ObservedError["objectType"][] },
): Promise<void> {
  const tx = await store.beginImport({
    fileName: "test-export.csv",
    contentHash: `test-${options.at.getTime()}`,
    importedBy: "test",
    importedAt: options.at,
  });
  for (const spec of specs) await tx.add(observedError(catalog, spec));
  await tx.commit({
    rowsRead: specs.length,
    rejected: 0,
    objectTypes: options.objectTypes ?? [],
    columns: {},
  });
}

import type { ObservedError } from "./types.js";

/**
 * The identity of an error: the record (by whichever id the source gave) and the error type. An
 * export's row and a scan's finding about the same record and type are the same error.
 */
export function fingerprintOf(
  error: Pick<ObservedError, "objectType" | "hubspotId" | "salesforceId" | "ruleId">,
): string {
  const record = error.hubspotId ? `hs:${error.hubspotId}` : `sf:${error.salesforceId ?? ""}`;
  return `${error.objectType}|${record}|${error.ruleId}`;
}

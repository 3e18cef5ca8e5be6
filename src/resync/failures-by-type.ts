import type { Catalog } from "../catalog/catalog.js";
import type { SyncErrorRule } from "../rules/types.js";
import type { ResyncRecordState } from "../store/types.js";

/** The records of a job that failed again with one error type. */
export interface FailuresOfType {
  readonly rule: SyncErrorRule;
  readonly count: number;
  /** The first such record's `CODE: message`, exactly as it was classified. */
  readonly sample: string;
}

/** The raw message of a failed record as the classifier reads it: Salesforce's `CODE: message`. */
export function failureMessage(record: ResyncRecordState): string {
  return `${record.code ?? ""}: ${record.message ?? ""}`;
}

/**
 * A job's failed records by error type (the per-record code and message, read through the
 * catalog, corrections included), most first; ties keep the order their types first failed in.
 */
export function failuresByType(
  records: readonly ResyncRecordState[],
  catalog: Catalog,
): FailuresOfType[] {
  const byRule = new Map<string, { rule: SyncErrorRule; count: number; sample: string }>();
  for (const record of records) {
    if (record.status !== "failed") continue;
    const message = failureMessage(record);
    const rule = catalog.classify(message).rule;
    const seen = byRule.get(rule.id);
    if (seen) seen.count++;
    else byRule.set(rule.id, { rule, count: 1, sample: message });
  }
  return [...byRule.values()].sort((a, b) => b.count - a.count);
}

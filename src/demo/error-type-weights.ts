/**
 * How often each error type turns up. Real Sync Health pages are dominated by a few types
 * (automation, restricted picklists, state/country values, duplicates), with a long tail that
 * still appears every week. The figures are our estimate of a typical org [inferred], not
 * HubSpot data; each demo file then skews them further so different seeds look like different
 * orgs.
 */
import type { SyncErrorRule } from "../rules/types.js";
import type { Random } from "./random.js";

/** Relative weight per rule id. A rule missing here gets `DEFAULT_WEIGHT`. */
export const ERROR_TYPE_WEIGHTS: Readonly<Record<string, number>> = {
  "custom-code": 16,
  "restricted-picklist-value": 11,
  "mismatched-state-or-country-value": 9,
  "salesforce-duplicate-rule": 8,
  "string-too-long": 7,
  "email-already-in-use": 6,
  "insufficient-access-or-missing-salesforce-record": 5,
  "invalid-email": 5,
  "missing-required-value": 4,
  "inactive-salesforce-owner": 4,
  "salesforce-field-permission": 3.5,
  "missing-required-country": 3,
  "mismatched-options": 3,
  "invalid-value": 2.5,
  "restricted-unique-value": 2,
  "waiting-for-account-to-sync": 2,
  "unknown-error": 1.5,
  "association-limit-reached": 1.2,
  "invalid-salesforce-id": 1.2,
  "missing-salesforce-id": 1,
  "type-mismatch": 0.8,
  "owner-assignment": 0.8,
  "missing-or-invalid-opportunity-stage": 0.8,
  "inactive-opportunity-stage": 0.5,
  "insufficient-salesforce-access": 0.5,
  "salesforce-owners-not-synced": 0.4,
  "option-limit-exceeded": 0.3,
  "default-sales-process-unavailable": 0.3,
};

/** The weight of a rule this table does not know yet: rare, but present. */
export const DEFAULT_WEIGHT = 0.5;

/**
 * The weights one demo file uses: the table, each entry scaled by 0.5–1.5, and one type chosen
 * as this org's particular problem and tripled.
 */
export function orgWeights(rules: readonly SyncErrorRule[], random: Random): number[] {
  const weights = rules.map(
    (rule) => (ERROR_TYPE_WEIGHTS[rule.id] ?? DEFAULT_WEIGHT) * (0.5 + random()),
  );
  const problem = Math.floor(random() * rules.length);
  weights[problem] = (weights[problem] ?? 0) * 3;
  return weights;
}

import { rules } from "../src/rules/index.js";
import type { ObservedError } from "../src/store/types.js";

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

import type { Store } from "../../../store/types.js";

/**
 * `syncerror corrections export`: every correction as a JSON Lines case, `{"input", "expected"}`
 * (the message and the type's id), the input `syncerror eval` reads: the admins' corrections
 * become test cases for the rules.
 */
export async function exportCorrections(store: Store): Promise<string> {
  return (await store.corrections())
    .map((c) => `${JSON.stringify({ input: c.message, expected: c.ruleId })}\n`)
    .join("");
}

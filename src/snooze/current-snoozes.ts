import type { Snooze, SnoozeStore } from "../store/types.js";
import { expiriesOf } from "./snooze-state.js";

/**
 * The snoozes that hold at `at`, by rule id, after recording in the store the ends of those that
 * ran out (date passed, count doubled), so the next digest says so. Whoever looks first (digest,
 * status, `/syncerror snoozed`, a spike check) records an end; the store records it once.
 */
export async function currentSnoozes(
  store: SnoozeStore,
  at: Date,
  openCount: (ruleId: string) => number,
): Promise<Map<string, Snooze>> {
  const all = await store.snoozes();
  const expiries = expiriesOf(all, at, openCount);
  if (expiries.length > 0) await store.endSnoozes(expiries);
  const ended = new Set(expiries.map((expiry) => expiry.ruleId));
  return new Map(
    all.filter((snooze) => !ended.has(snooze.ruleId)).map((snooze) => [snooze.ruleId, snooze]),
  );
}

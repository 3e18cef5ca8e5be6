import type { Snooze, SnoozeStore, Store } from "../store/types.js";
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

/**
 * The snoozes that hold now, read with the open counts they depend on (a count that doubled ends
 * its snooze): what a line, `/syncerror status` and `/syncerror snoozed` show.
 */
export async function snoozesNow(
  store: SnoozeStore & Pick<Store, "openCounts">,
  at: Date,
): Promise<Map<string, Snooze>> {
  const counts = await store.openCounts();
  return currentSnoozes(store, at, (ruleId) => counts.byRule.get(ruleId) ?? 0);
}

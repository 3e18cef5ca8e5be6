import type { Snooze, SnoozeExpiry } from "../store/types.js";

/**
 * The open count at which a snooze "until the count doubles" ends: twice its baseline, and at
 * least 2 (a type snoozed with one open error or none ends when a second one is open, not at once
 * and not never).
 */
export function doubledAt(baseline: number): number {
  return Math.max(2, baseline * 2);
}

/**
 * When and why a snooze ended by itself by `at`, given the type's open count then; null while it
 * holds (a mute never ends by itself). A date's end is the date itself, whenever it is noticed; a
 * doubled count's end is when it is noticed (`at`), the store not knowing when the count crossed.
 */
export function snoozeEnd(
  snooze: Snooze,
  at: Date,
  openCount: number,
): { readonly at: Date; readonly why: "expired" | "doubled" } | null {
  const { length } = snooze;
  if (length.kind === "until")
    return length.until.getTime() <= at.getTime() ? { at: length.until, why: "expired" } : null;
  if (length.kind === "doubled")
    return openCount >= doubledAt(length.baseline) ? { at, why: "doubled" } : null;
  return null;
}

/**
 * Whether a type is snoozed (or muted) at `at`, given its current snooze (if any) and its open
 * count then. Pure: the digest, `/syncerror status` and spike alerts ask it, and the store is told
 * of ends separately (`expiriesOf`).
 */
export function isSnoozed(snooze: Snooze | undefined, at: Date, openCount: number): boolean {
  return snooze !== undefined && snoozeEnd(snooze, at, openCount) === null;
}

/** The snoozes among `snoozes` that ran out by `at`, as the store records them. */
export function expiriesOf(
  snoozes: readonly Snooze[],
  at: Date,
  openCount: (ruleId: string) => number,
): SnoozeExpiry[] {
  return snoozes.flatMap((snooze) => {
    const end = snoozeEnd(snooze, at, openCount(snooze.ruleId));
    return end
      ? [{ ruleId: snooze.ruleId, snoozedAt: snooze.at, endedAt: end.at, why: end.why }]
      : [];
  });
}

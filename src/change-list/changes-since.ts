import { changeReport, type ReportedChange } from "../causes/change-report.js";
import type { CauseStore } from "../causes/link-waves.js";
import { sameChangeKey } from "../causes/same-change.js";
import type { LearntChange } from "../store/types.js";

/** The longest period `/syncerror changes` and `syncerror changes` look back on, in days. */
export const MAX_CHANGE_DAYS = 365;

/** The period looked back on when none is given. */
export const DEFAULT_CHANGE_DAYS = 7;

const DAY_MS = 24 * 60 * 60 * 1000;

/** How far apart two sources' times of one change may be: their clocks and rounding differ. */
const SKEW_MS = 2 * 60 * 1000;

/** How long before a scan a change it saw may have happened when the scan before is not known. */
const UNKNOWN_RANGE_MS = 48 * 60 * 60 * 1000;

/** The changes learnt in a period, each once, newest first, with the waves each likely started. */
export interface ChangesInPeriod {
  readonly days: number;
  readonly since: Date;
  readonly now: Date;
  readonly changes: readonly ReportedChange[];
}

/**
 * The changes learnt in the `days` before `now`, newest first, each with the waves it likely
 * started. A change a scan found and the audit trail told too is listed once, as the audit
 * trail tells it (an exact time and who), with the waves either form was credited with.
 */
export async function changesSince(
  store: CauseStore,
  window: { readonly days: number; readonly now: Date },
): Promise<ChangesInPeriod> {
  const since = new Date(window.now.getTime() - window.days * DAY_MS);
  const report = await changeReport(store, { since, now: window.now });
  return { days: window.days, since, now: window.now, changes: mergeSameChanges(report) };
}

/**
 * Keeps one entry per change: a snapshot's change dropped when an audit-trail change that is the
 * same change (causes/same-change.ts) happened within the range the scan saw it in; its waves
 * go to the audit trail's (the ranking credits the audit trail's form already, so this is rare).
 */
export function mergeSameChanges(report: readonly ReportedChange[]): ReportedChange[] {
  const audited = report.filter((entry) => entry.change.source === "audit-trail");
  const merged = new Map<ReportedChange, ReportedChange>();
  const dropped = new Set<ReportedChange>();
  for (const entry of report) {
    if (entry.change.source !== "snapshot") continue;
    const twin = audited.find((other) => sameChange(other.change, entry.change));
    if (!twin) continue;
    dropped.add(entry);
    const kept = merged.get(twin) ?? twin;
    const known = new Set(kept.started.map((s) => s.wave.ruleId));
    merged.set(twin, {
      change: kept.change,
      started: [...kept.started, ...entry.started.filter((s) => !known.has(s.wave.ruleId))],
    });
  }
  return report.filter((entry) => !dropped.has(entry)).map((entry) => merged.get(entry) ?? entry);
}

/** Whether an audit-trail change and a snapshot's change are one change told twice. */
function sameChange(audited: LearntChange, scanned: LearntChange): boolean {
  if (!audited.happenedAt) return false;
  const same = sameChangeKey(audited) === sameChangeKey(scanned);
  if (!same) return false;
  const to = scanned.observedAt.getTime();
  const from = scanned.happenedAfter?.getTime() ?? to - UNKNOWN_RANGE_MS;
  const at = audited.happenedAt.getTime();
  return at >= from - SKEW_MS && at <= to + SKEW_MS;
}

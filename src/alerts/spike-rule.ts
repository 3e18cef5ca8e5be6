/**
 * The spike rule (issue 17, "alerts that do not wait for the morning"): a type spikes when its new
 * errors in the last hour exceed `factor` times its usual hourly rate and number at least
 * `minRecords`. The usual rate is the median of its hourly counts over the baseline days, hours
 * without errors counted as zeros: a type that fails a few times a day has a usual rate of 0, and
 * a burst of `minRecords` of it is news; a type that fails all day needs `factor` times its day.
 * Pure, so the maths is tested without a store.
 */

/** The thresholds, from ALERT_FACTOR, ALERT_MIN_RECORDS and ALERT_BASELINE_DAYS. */
export interface SpikeRule {
  /** More than this many times the usual hourly rate (3). */
  readonly factor: number;
  /** And at least this many new errors in the hour (20). */
  readonly minRecords: number;
  /** The days whose hours make the usual rate (14). */
  readonly baselineDays: number;
}

/** The example rule. */
export const DEFAULT_SPIKE_RULE: SpikeRule = { factor: 3, minRecords: 20, baselineDays: 14 };

/** One type over the rule: what its alert says. */
export interface Spike {
  readonly ruleId: string;
  /** New errors in the last hour. */
  readonly count: number;
  /** The median of its hourly counts over the baseline. */
  readonly usual: number;
}

/** The median of `values` (the mean of the middle two for an even count); 0 for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

/**
 * A type's usual new errors per hour: the median over `hours` hours of `hourly`, an hour missing
 * from it (past its end) counted as a zero, like an hour that had none.
 */
export function usualHourlyRate(hourly: readonly number[], hours: number): number {
  const padded = Array.from({ length: hours }, (_, i) => hourly[i] ?? 0);
  return median(padded);
}

/** Whether `count` new errors in an hour, against `usual`, break the rule. */
export function isSpike(count: number, usual: number, rule: SpikeRule): boolean {
  return count >= rule.minRecords && count > rule.factor * usual;
}

/** The hours of the rule's baseline. */
export function baselineHours(rule: SpikeRule): number {
  return Math.round(rule.baselineDays * 24);
}

/**
 * The types of `lastHour` (new errors in the last hour, by type) that could spike: those with at
 * least `minRecords`. Only their baselines are read (most types never reach it).
 */
export function candidates(lastHour: ReadonlyMap<string, number>, rule: SpikeRule): string[] {
  return [...lastHour].filter(([, n]) => n >= rule.minRecords).map(([ruleId]) => ruleId);
}

/**
 * The spikes among `candidates`: each type's last-hour count against the median of its baseline
 * hours; biggest first (then by id, so the order is stable).
 */
export function spikesOf(
  lastHour: ReadonlyMap<string, number>,
  baselines: ReadonlyMap<string, readonly number[]>,
  rule: SpikeRule,
): Spike[] {
  const hours = baselineHours(rule);
  const spikes: Spike[] = [];
  for (const [ruleId, count] of lastHour) {
    if (count < rule.minRecords) continue;
    const usual = usualHourlyRate(baselines.get(ruleId) ?? [], hours);
    if (isSpike(count, usual, rule)) spikes.push({ ruleId, count, usual });
  }
  return spikes.sort((a, b) => b.count - a.count || a.ruleId.localeCompare(b.ruleId));
}

import { startOfDay, wallClock } from "../zoned-time.js";

/** The week a Monday's summary covers, in the digest's time zone. */
export interface SummaryWeek {
  /** The Monday the summary is posted on, YYYY-MM-DD: its key, once per channel. */
  readonly key: string;
  /** The start of the previous Monday: the week summarised begins here … */
  readonly from: Date;
  /** … and ends at the start of this Monday (exclusive). */
  readonly to: Date;
}

/**
 * The week summarised at `slot`, when the slot falls on a Monday in `timeZone`; null on any other
 * day. The seven calendar days before it, Monday to Sunday, whatever daylight saving did to them.
 */
export function summaryWeek(slot: Date, timeZone: string): SummaryWeek | null {
  const day = localDay(slot, timeZone);
  return day.getUTCDay() === 1 ? weekBefore(day, timeZone) : null;
}

/**
 * The week the latest Monday summary at or before `now` covers (today's, on a Monday): what
 * `syncerror digest --weekly` previews.
 */
export function latestSummaryWeek(now: Date, timeZone: string): SummaryWeek {
  const day = localDay(now, timeZone);
  const back = (day.getUTCDay() + 6) % 7;
  return weekBefore(new Date(day.getTime() - back * DAY_MS), timeZone);
}

const DAY_MS = 86_400_000;

/** The calendar date of an instant in the zone, as midnight UTC of that date. */
function localDay(at: Date, timeZone: string): Date {
  const local = wallClock(at, timeZone);
  return new Date(Date.UTC(local.year, local.month - 1, local.day));
}

/** The seven days before `monday` (a calendar date as midnight UTC), bounded in the zone. */
function weekBefore(monday: Date, timeZone: string): SummaryWeek {
  const start = (day: Date) =>
    startOfDay(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), timeZone);
  return {
    key: monday.toISOString().slice(0, 10),
    from: start(new Date(monday.getTime() - 7 * DAY_MS)),
    to: start(monday),
  };
}

import { startOfDay, wallClock } from "./zoned-time.js";

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
  const local = wallClock(slot, timeZone);
  const day = new Date(Date.UTC(local.year, local.month - 1, local.day));
  if (day.getUTCDay() !== 1) return null;
  const previous = new Date(day.getTime() - 7 * 86_400_000);
  return {
    key: day.toISOString().slice(0, 10),
    from: startOfDay(
      previous.getUTCFullYear(),
      previous.getUTCMonth() + 1,
      previous.getUTCDate(),
      timeZone,
    ),
    to: startOfDay(local.year, local.month, local.day, timeZone),
  };
}

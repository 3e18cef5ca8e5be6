import { UsageError } from "../errors.js";
import { DEFAULT_CHANGE_DAYS, MAX_CHANGE_DAYS } from "./changes-since.js";

/** `7d`, `30`, `30 days`, `14 dage`: a number of days, and its unit if any. */
const PERIOD = /^(\d+)\s*(?:d|days?|dage?|dags?)?$/i;

/**
 * The period a person typed after `changes` (`7d`, `30d`, `Nd`), or the default week when they
 * typed none; anything else is refused with the usage.
 */
export function changeDays(typed: string, usage: string): number {
  return typed.trim() === "" ? DEFAULT_CHANGE_DAYS : periodDays(typed, usage);
}

/** A period (`7d`, `30`, `30 days`) in days from 1 to MAX_CHANGE_DAYS; refuses anything else. */
export function periodDays(typed: string, usage: string): number {
  const words = typed.trim();
  const match = PERIOD.exec(words);
  const days = match ? Number(match[1]) : Number.NaN;
  if (!Number.isInteger(days) || days < 1 || days > MAX_CHANGE_DAYS)
    throw new UsageError(
      { key: "change-list.badPeriod", values: { typed: words, max: MAX_CHANGE_DAYS } },
      usage,
    );
  return days;
}

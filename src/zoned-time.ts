/** Calendar arithmetic in an IANA time zone, with Node's full ICU and no library. */

import type { Language } from "./i18n/languages.js";

/**
 * The locales the digest's dates and times are written in: British English puts the day before
 * the month ("Monday, 30 November 2026", "09:00"); Danish writes "mandag den 30. november 2026"
 * and "09.00". The translator's own dates have no weekday, which the digest's title wants.
 */
const DATE_LOCALES: Readonly<Record<Language, string>> = { en: "en-GB", da: "da-DK" };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock fields of an instant in a zone. */
export function wallClock(
  date: Date,
  timeZone: string,
): { year: number; month: number; day: number; hour: number; minute: number } {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
  };
}

/** How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const w = wallClock(new Date(instant), timeZone);
  const seconds = new Date(instant).getUTCSeconds();
  return (
    Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, seconds) - (instant - (instant % 1000))
  );
}

/** The instant of local midnight starting the given calendar day in a zone. */
export function startOfDay(year: number, month: number, day: number, timeZone: string): Date {
  const asUtc = Date.UTC(year, month - 1, day);
  // Two rounds: the offset at the first guess may differ from the offset at midnight itself.
  let instant = asUtc - offsetAt(asUtc, timeZone);
  instant = asUtc - offsetAt(instant, timeZone);
  return new Date(instant);
}

/**
 * The starts of the last `days` local days up to and including today, oldest first, followed by
 * `now`: the boundaries of a per-day trend whose last day is today so far.
 */
export function trendBoundaries(now: Date, timeZone: string, days: number): Date[] {
  const today = wallClock(now, timeZone);
  const boundaries: Date[] = [];
  for (let back = days - 1; back >= 0; back--) {
    const day = new Date(Date.UTC(today.year, today.month - 1, today.day - back));
    boundaries.push(
      startOfDay(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), timeZone),
    );
  }
  boundaries.push(now);
  return boundaries;
}

/** "Monday, 30 November 2026" (Danish: "mandag den 30. november 2026"), in the team's zone. */
export function longDate(date: Date, timeZone: string, language: Language = "en"): string {
  return new Intl.DateTimeFormat(DATE_LOCALES[language], {
    timeZone,
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(date);
}

/** "3 Dec" (Danish: "3. dec."), the day in a zone without its year or weekday. */
export function shortDay(date: Date, timeZone: string, language: Language = "en"): string {
  return new Intl.DateTimeFormat(DATE_LOCALES[language], {
    timeZone,
    day: "numeric",
    month: "short",
  }).format(date);
}

/** "09:00" (Danish: "09.00"), the local time in a zone. */
export function shortTime(date: Date, timeZone: string, language: Language = "en"): string {
  return new Intl.DateTimeFormat(DATE_LOCALES[language], {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(date);
}

/** Whether Intl knows the zone name. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

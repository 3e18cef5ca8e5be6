/**
 * A moment as the person at this terminal reads it: in their time zone (the process's, which `TZ`
 * sets), in English, with the zone named: "Dec 3, 2026, 9:50 PM GMT+1". For the console and the
 * CLI's text output; JSON output keeps ISO 8601.
 */

/** Where to show a time; left out, the process's own time zone. */
export interface LocalTimeOptions {
  readonly timeZone?: string | undefined;
  /** The BCP 47 locale to write it for (a translator's `locale`); left out, `en-US`. */
  readonly locale?: string | undefined;
}

function format(options: Intl.DateTimeFormatOptions, zone: LocalTimeOptions): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(zone.locale ?? "en-US", {
    ...options,
    ...(zone.timeZone ? { timeZone: zone.timeZone } : {}),
  });
}

/** Date and time with the zone: "Dec 3, 2026, 9:50 PM GMT+1". */
export function localDateTime(at: Date, options: LocalTimeOptions = {}): string {
  return format(
    {
      year: "numeric",
      month: "short",
      day: "numeric",
      hour: "numeric",
      minute: "2-digit",
      timeZoneName: "short",
    },
    options,
  ).format(at);
}

/** The date alone: "Dec 3, 2026". */
export function localDate(at: Date, options: LocalTimeOptions = {}): string {
  return format({ year: "numeric", month: "short", day: "numeric" }, options).format(at);
}

/** The time alone: "9:50 PM", or "9:50:07 PM" with `seconds`. */
export function localClock(
  at: Date,
  options: LocalTimeOptions & { readonly seconds?: boolean } = {},
): string {
  return format(
    { hour: "numeric", minute: "2-digit", ...(options.seconds ? { second: "2-digit" } : {}) },
    options,
  ).format(at);
}

/** The calendar day of a moment in the zone, as "YYYY-MM-DD" (to compare days). */
export function localDay(at: Date, options: LocalTimeOptions = {}): string {
  const parts = format(
    { year: "numeric", month: "2-digit", day: "2-digit" },
    options,
  ).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

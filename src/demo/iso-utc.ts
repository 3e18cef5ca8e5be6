/**
 * ISO 8601 UTC timestamps for a million rows. `Date.prototype.toISOString` costs about a
 * microsecond a call; rows come sorted by time, so the date part is reused while the day stays
 * the same and only the time of day is formatted.
 */

const DAY_MS = 86_400_000;

/** Formats ms since the epoch like `toISOString` ("2026-03-02T09:00:00.000Z"); fastest in time order. */
export function createIsoFormatter(): (ms: number) => string {
  let cachedDay = Number.NaN;
  let datePart = "";
  return (ms) => {
    const day = Math.floor(ms / DAY_MS);
    // Years before 1970 or after 9999 have other shapes; leave them to the built-in.
    if (day < 0 || day > 2_932_896) return new Date(ms).toISOString();
    if (day !== cachedDay) {
      cachedDay = day;
      datePart = new Date(day * DAY_MS).toISOString().slice(0, 11);
    }
    let rest = Math.floor(ms - day * DAY_MS);
    const millis = rest % 1000;
    rest = (rest - millis) / 1000;
    const seconds = rest % 60;
    rest = (rest - seconds) / 60;
    const minutes = rest % 60;
    const hours = (rest - minutes) / 60;
    return `${datePart}${pad2(hours)}:${pad2(minutes)}:${pad2(seconds)}.${millis < 10 ? "00" : millis < 100 ? "0" : ""}${millis}Z`;
  };
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

import type { Translator } from "../i18n/translator.js";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A time to resolution as a person reads it, in one unit: minutes under an hour, whole hours
 * under two days ("25 hours" reads better than "1 day"), then days, with one decimal under ten
 * ("3.5 days", "3,5 dage"), whole beyond.
 */
export function durationText(ms: number, t: Translator): string {
  if (ms < HOUR) return t.t("resolution.minutes", { n: Math.round(ms / MINUTE) });
  if (ms < 2 * DAY) return t.t("resolution.hours", { n: Math.round(ms / HOUR) });
  const days = ms / DAY;
  return t.t("resolution.days", { n: days < 10 ? Math.round(days * 10) / 10 : Math.round(days) });
}

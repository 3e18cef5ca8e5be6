/**
 * Slack's date formatting (`<!date^timestamp^token_string^optional_link|fallback_text>`) as the
 * terminal shows it: in the local time zone, as Slack shows it to a reader in that zone.
 */
import { type LocalTimeOptions, localClock, localDate, localDay } from "../local-time.js";

/** Where and when the terminal is. */
export interface DateContext extends LocalTimeOptions {
  /** Now, for "today" and "yesterday"; the clock when left out. */
  readonly now?: (() => Date) | undefined;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function pretty(at: Date, context: DateContext): string {
  const now = context.now?.() ?? new Date();
  const day = localDay(at, context);
  if (day === localDay(now, context)) return "today";
  if (day === localDay(new Date(now.getTime() - DAY_MS), context)) return "yesterday";
  if (day === localDay(new Date(now.getTime() + DAY_MS), context)) return "tomorrow";
  return localDate(at, context);
}

/**
 * The text of a `<!date^…>` (given without its angle brackets), or undefined when it is not one
 * the terminal can read (then its fallback text is shown).
 */
export function slackDateText(inner: string, context: DateContext = {}): string | undefined {
  const [spec = ""] = inner.split("|", 1);
  const [, seconds, tokens] = spec.split("^");
  if (!seconds || !/^\d+$/.test(seconds) || tokens === undefined) return undefined;
  const at = new Date(Number(seconds) * 1000);
  return tokens.replace(/\{([a-z_]+)\}/g, (whole, token: string) => {
    switch (token) {
      case "date_num":
        return localDay(at, context);
      case "date":
      case "date_short":
      case "date_long":
      case "date_long_full":
      case "date_slash":
        return localDate(at, context);
      case "date_pretty":
      case "date_short_pretty":
      case "date_long_pretty":
      case "day_divider_pretty":
        return pretty(at, context);
      case "time":
        return localClock(at, context);
      case "time_secs":
        return localClock(at, { ...context, seconds: true });
      default:
        return whole;
    }
  });
}

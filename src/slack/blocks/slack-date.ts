/**
 * A moment in Slack's date formatting, which each reader sees in their own time zone:
 * `<!date^1764795051^{date_short_pretty} {time}|Dec 3, 2026 20:50 UTC>`. The text after `|` is
 * what a client that cannot format dates shows, so it is readable too, in UTC.
 * Syntax: `<!date^timestamp^token_string^optional_link|fallback_text>`.
 */

/** "Dec 3, 2026 20:50 UTC": the fallback, the same for everyone. */
export function utcFallback(at: Date): string {
  const date = new Intl.DateTimeFormat("en-US", {
    timeZone: "UTC",
    year: "numeric",
    month: "short",
    day: "numeric",
  }).format(at);
  return `${date} ${at.toISOString().slice(11, 16)} UTC`;
}

/**
 * `at` for Slack to show in the reader's time zone; `tokens` is Slack's token string
 * ("{date_short_pretty} {time}" by default: "today 9:50 PM", "Dec 3, 2026 9:50 PM"); `fallback`
 * replaces the English UTC fallback (a Danish one in a Danish message).
 */
export function slackDate(
  at: Date,
  tokens = "{date_short_pretty} {time}",
  fallback = utcFallback(at),
): string {
  return `<!date^${Math.floor(at.getTime() / 1000)}^${tokens}|${fallback}>`;
}

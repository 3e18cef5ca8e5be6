/**
 * The error code of a Web API call Slack refused (`not_in_channel`, `missing_scope`,
 * `file_not_found`…): @slack/web-api puts Slack's `error` in the thrown error's `data`. Undefined
 * for a failure Slack did not answer (a dropped connection, a rate limit).
 */
export function slackErrorCode(error: unknown): string | undefined {
  const data = (error as { data?: { error?: unknown } } | null)?.data;
  return typeof data?.error === "string" ? data.error : undefined;
}

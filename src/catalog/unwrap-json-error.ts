/**
 * People paste API error bodies as they got them: Salesforce's
 * `[{"statusCode":"STRING_TOO_LONG","message":"…","fields":["LastName"]}]`, or HubSpot's
 * `{"status":"error","message":"…","category":"VALIDATION_ERROR"}`. This turns such a body into the
 * `STATUS_CODE: message` line the classifier reads, and leaves any other text as it is.
 */
export function unwrapJsonError(text: string): string {
  const trimmed = text.trim();
  const first = trimmed[0];
  if (first !== "[" && first !== "{") return text;
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    return text;
  }
  const error = Array.isArray(parsed) ? parsed[0] : parsed;
  if (typeof error !== "object" || error === null) return text;
  const { statusCode, errorCode, message } = error as Record<string, unknown>;
  const code =
    typeof statusCode === "string" ? statusCode : typeof errorCode === "string" ? errorCode : null;
  if (typeof message !== "string") return code ?? text;
  return code ? `${code}: ${message}` : message;
}

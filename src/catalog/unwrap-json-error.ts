/**
 * People paste API error bodies as they got them: Salesforce's
 * `[{"statusCode":"STRING_TOO_LONG","message":"…","fields":["LastName"]}]`, HubSpot's
 * `{"status":"error","message":"…","category":"VALIDATION_ERROR"}`, or HubSpot's property
 * validation `{"validationResults":[{"error":"INVALID_EMAIL","message":"…"}],"message":"Property
 * values were not valid"}`. This turns such a body into the `CODE: message` line the classifier
 * reads, taking the most specific error the body holds, and leaves any other text as it is.
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
  const error = mostSpecificError(Array.isArray(parsed) ? parsed[0] : parsed);
  if (!error) return text;
  const { code, message } = error;
  if (message === null) return code ?? text;
  return code ? `${code}: ${message}` : message;
}

interface ErrorParts {
  readonly code: string | null;
  readonly message: string | null;
}

/**
 * HubSpot puts the general verdict at the top ("Property values were not valid") and the one that
 * names the problem in a list (`validationResults`, `errors`): the first listed error with a
 * message wins over the top-level one.
 */
function mostSpecificError(value: unknown): ErrorParts | null {
  if (typeof value !== "object" || value === null) return null;
  const record = value as Record<string, unknown>;
  for (const listName of ["validationResults", "errors"]) {
    const list = record[listName];
    if (!Array.isArray(list)) continue;
    const inner = partsOf(list[0]);
    if (inner?.message) return inner;
  }
  return partsOf(record);
}

function partsOf(value: unknown): ErrorParts | null {
  if (typeof value !== "object" || value === null) return null;
  const record = value as Record<string, unknown>;
  const code = [record.statusCode, record.errorCode, record.error, record.code].find(
    (candidate): candidate is string =>
      typeof candidate === "string" && /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(candidate),
  );
  const message = typeof record.message === "string" ? record.message : null;
  if (code === undefined && message === null) return null;
  return { code: code ?? null, message };
}

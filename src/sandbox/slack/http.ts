// Slack decodes these form fields as JSON; WebClient JSON-encodes every object argument.
const JSON_FIELDS = new Set(["blocks", "attachments", "view", "metadata", "unfurls"]);

/** Decoded Web API arguments, or why the body could not be read. */
export type ParsedArgs =
  | { readonly ok: true; readonly args: Record<string, unknown>; readonly json: boolean }
  | { readonly ok: false; readonly reason: string };

/**
 * Decodes a Web API body the way Slack does: form fields (with JSON inside `blocks`, `view`…)
 * or a JSON object. A JSON field that does not parse stays a string, so the method can answer
 * `invalid_blocks_format` like Slack.
 */
export function parseApiArgs(contentType: string | undefined, raw: string): ParsedArgs {
  const type = (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (type === "application/x-www-form-urlencoded" || (type === "" && raw === "")) {
    const args: Record<string, unknown> = {};
    for (const [key, value] of new URLSearchParams(raw)) {
      args[key] = JSON_FIELDS.has(key) ? parseJsonOr(value) : value;
    }
    return { ok: true, args, json: false };
  }
  if (type === "application/json") {
    const parsed = parseJsonOr(raw);
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
      return { ok: false, reason: "JSON body is not an object" };
    }
    return { ok: true, args: { ...parsed }, json: true };
  }
  return { ok: false, reason: `unsupported content type ${JSON.stringify(contentType ?? "")}` };
}

/** Parses JSON, or returns the text unchanged when it is not JSON. */
export function parseJsonOr(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export { bearerToken, readBody, sendJson, sendText } from "../loopback-http.js";

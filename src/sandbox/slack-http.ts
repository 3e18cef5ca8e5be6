import type { IncomingMessage, ServerResponse } from "node:http";

/** Loopback traffic only, but a runaway loop should fail rather than eat memory. */
const MAX_BODY_BYTES = 4 * 1024 * 1024;

// Slack decodes these form fields as JSON; WebClient JSON-encodes every object argument.
const JSON_FIELDS = new Set(["blocks", "attachments", "view", "metadata", "unfurls"]);

/** Reads a whole request body as UTF-8 text. */
export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new Error(`request body over ${MAX_BODY_BYTES} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

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

/** The bearer token of a request, or undefined without an `Authorization: Bearer` header. */
export function bearerToken(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1] ?? (header ? "" : undefined);
}

/** Sends a JSON answer. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/** Sends a plain-text answer (server errors, like Slack's, are not JSON). */
export function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    "content-type": "text/plain; charset=utf-8",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

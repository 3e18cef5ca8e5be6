import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

/** Loopback traffic only, but a runaway loop should fail rather than eat memory. */
const MAX_BODY_BYTES = 4 * 1024 * 1024;

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

/** Parses a body: undefined when empty, the text itself when it is not JSON. */
export function parseBody(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * Sends JSON with HubSpot's content type. The client refuses a body without a `Content-Type`
 * ("Cannot parse content. No Content-Type defined."), so every answer carries one.
 */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    "content-type": "application/json;charset=utf-8",
    "content-length": String(Buffer.byteLength(text)),
  });
  res.end(text);
}

/** Sends an HTML page, as HubSpot's edge does for some 502/503s. */
export function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    "content-type": "text/html;charset=utf-8",
    "content-length": String(Buffer.byteLength(html)),
  });
  res.end(html);
}

/** HubSpot's error body: `{status:"error", message, correlationId, category, …}`. */
export function hubspotError(
  category: string,
  message: string,
  extra: Readonly<Record<string, unknown>> = {},
): Record<string, unknown> {
  return { status: "error", message, correlationId: randomUUID(), category, ...extra };
}

/** The bearer token, `""` for another Authorization scheme, undefined without the header. */
export function bearerToken(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1] ?? (header === undefined ? undefined : "");
}

/** A plain object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

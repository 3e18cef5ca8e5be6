import type { IncomingMessage, ServerResponse } from "node:http";

/** The HTTP plumbing every loopback sandbox shares. */

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

/** The bearer token, `""` for another Authorization scheme, undefined without the header. */
export function bearerToken(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1] ?? (header === undefined ? undefined : "");
}

/** Sends a JSON answer; `contentType` for the services that spell it their own way. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
  contentType = "application/json; charset=utf-8",
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": contentType,
    ...headers,
    "content-length": String(Buffer.byteLength(text)),
  });
  res.end(text);
}

/** Sends a plain-text answer (server errors, like Slack's, are not JSON). */
export function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    "content-type": "text/plain; charset=utf-8",
    "content-length": String(Buffer.byteLength(text)),
  });
  res.end(text);
}

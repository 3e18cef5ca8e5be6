import { randomUUID } from "node:crypto";
import type { ServerResponse } from "node:http";
import { sendJson as sendLoopbackJson } from "../loopback-http.js";

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
  sendLoopbackJson(res, status, body, headers, "application/json;charset=utf-8");
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

/**
 * A 400 VALIDATION_ERROR for a request no correct client sends, flagged as unexpected so the
 * test that caused it fails with the reason.
 */
export function invalidRequest(
  message: string,
  unexpected: string,
  extra: Readonly<Record<string, unknown>> = {},
): { status: 400; body: Record<string, unknown>; unexpected: string } {
  return { status: 400, body: hubspotError("VALIDATION_ERROR", message, extra), unexpected };
}

/** A plain object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export { bearerToken, readBody } from "../loopback-http.js";

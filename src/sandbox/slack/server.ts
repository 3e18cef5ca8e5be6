import type { EventEmitter } from "node:events";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { FaultQueue } from "./faults.js";
import { fileIdOfDownloadPath } from "./files.js";
import { bearerToken, parseApiArgs, parseJsonOr, readBody, sendJson, sendText } from "./http.js";
import type { Journal } from "./journal.js";
import { type MethodContext, type MethodResult, methods } from "./methods.js";
import type { ResponseUrls } from "./response-url.js";
import type { SandboxCall, SandboxEvents } from "./types.js";

/** The parts of a sandbox the request handler works on. */
export interface HandlerParts {
  readonly botToken: string;
  readonly url: string;
  readonly journal: Journal;
  readonly faults: FaultQueue;
  readonly responseUrls: ResponseUrls;
  readonly methodContext: MethodContext;
  readonly events: EventEmitter<SandboxEvents>;
  /** Set when a test runs a Socket Mode server for `apps.connections.open` to hand out. */
  readonly socketMode: SocketModeEndpoint | undefined;
}

/** Where Socket Mode clients are sent, and the app-level token that may ask. */
export interface SocketModeEndpoint {
  readonly appToken: string;
  /** A `ws://127.0.0.1:…` URL. */
  readonly url: string;
}

function openSocketConnection(
  endpoint: SocketModeEndpoint | undefined,
  token: string | undefined,
): MethodResult {
  if (!endpoint) {
    return {
      body: { ok: false, error: "unknown_method" },
      unexpected: "Socket Mode is not set up in this sandbox (pass the socketMode option)",
    };
  }
  if (token === undefined)
    return { body: { ok: false, error: "not_authed" }, unexpected: "no app token" };
  if (token !== endpoint.appToken)
    return { body: { ok: false, error: "invalid_auth" }, unexpected: "wrong app token" };
  return { body: { ok: true, url: endpoint.url } };
}

/**
 * Builds the HTTP handler: `POST /api/<method>` for the Web API, `POST /respond/<id>` for
 * response_urls. Anything else is answered 404 and recorded as unexpected, so an app that
 * talks to an endpoint the sandbox does not model fails its test instead of passing silently.
 */
export function createRequestHandler(
  parts: HandlerParts,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = new URL(req.url ?? "/", parts.url).pathname;
    try {
      if (req.method === "POST" && path.startsWith("/api/")) {
        await handleApi(parts, req, res, decodeURIComponent(path.slice("/api/".length)));
      } else if (req.method === "POST" && path.startsWith("/respond/")) {
        await handleRespond(parts, req, res, path.slice("/respond/".length));
      } else if (req.method === "GET" && fileIdOfDownloadPath(path)) {
        handleDownload(parts, req, res, fileIdOfDownloadPath(path) as string);
      } else {
        parts.journal.flag(`${req.method} ${path}: no such endpoint in the Slack sandbox`);
        sendJson(res, 404, { ok: false, error: "not_found" });
      }
    } catch (error) {
      // A defect in the sandbox itself; say so loudly rather than answer something plausible.
      parts.journal.flag(`${req.method} ${path}: sandbox failure: ${String(error)}`);
      if (!res.headersSent) sendText(res, 500, "Slack sandbox failure");
    }
  };
}

type CallMarks = Pick<SandboxCall, "unexpected" | "injected">;

async function handleApi(
  parts: HandlerParts,
  req: IncomingMessage,
  res: ServerResponse,
  method: string,
): Promise<void> {
  const parsed = parseApiArgs(req.headers["content-type"], await readBody(req));
  const { token: bodyToken, ...args } = parsed.ok ? parsed.args : {};
  const record = (status: number, response: unknown, extra: CallMarks = {}): void => {
    const call: SandboxCall = {
      type: "call",
      seq: parts.journal.nextSeq(),
      method,
      args,
      status,
      response,
      ...extra,
    };
    parts.journal.add(call);
    parts.events.emit("call", call);
  };
  const answer = (result: MethodResult): void => {
    sendJson(res, 200, result.body);
    record(
      200,
      result.body,
      result.unexpected === undefined ? {} : { unexpected: result.unexpected },
    );
  };

  if (!parsed.ok) {
    return answer({ body: { ok: false, error: "invalid_form_data" }, unexpected: parsed.reason });
  }
  if (method === "apps.connections.open") {
    // Socket Mode opens its connection with the app-level token, not the bot token.
    return answer(openSocketConnection(parts.socketMode, bearerToken(req)));
  }
  const handler = Object.hasOwn(methods, method) ? methods[method] : undefined;
  if (!handler) {
    return answer({
      body: { ok: false, error: "unknown_method" },
      unexpected: "method not implemented by the Slack sandbox",
    });
  }
  // Slack takes the token from the header, or from a form field; never from a JSON body.
  const token =
    bearerToken(req) ?? (parsed.json || typeof bodyToken !== "string" ? undefined : bodyToken);
  if (token === undefined) {
    return answer({ body: { ok: false, error: "not_authed" }, unexpected: "no token" });
  }
  if (token !== parts.botToken) {
    return answer({ body: { ok: false, error: "invalid_auth" }, unexpected: "wrong token" });
  }

  const fault = parts.faults.take(method);
  if (fault?.kind === "error") {
    const body = { ok: false, error: fault.error };
    sendJson(res, 200, body);
    return record(200, body, { injected: true });
  }
  if (fault?.kind === "rate_limit") {
    const body = { ok: false, error: "ratelimited" };
    sendJson(res, 429, body, { "retry-after": String(fault.retryAfterSeconds) });
    return record(429, body, { injected: true });
  }
  if (fault?.kind === "server_error") {
    sendText(res, fault.status, "Slack sandbox: injected server error");
    return record(fault.status, "Slack sandbox: injected server error", { injected: true });
  }
  answer(handler(args, parts.methodContext));
}

/** A file's bytes, only with the bot token, as Slack serves `url_private_download`. */
function handleDownload(
  parts: HandlerParts,
  req: IncomingMessage,
  res: ServerResponse,
  id: string,
): void {
  const file = parts.methodContext.files.get(id);
  if (bearerToken(req) !== parts.botToken) {
    parts.journal.flag(`GET file ${id}: without the bot token`);
    sendText(res, 403, "Slack sandbox: files need the bot token");
    return;
  }
  if (!file) {
    parts.journal.flag(`GET file ${id}: no such file`);
    sendText(res, 404, "Slack sandbox: no such file");
    return;
  }
  res.writeHead(200, {
    "content-type": "application/octet-stream",
    "content-length": String(file.content.length),
  });
  res.end(file.content);
}

async function handleRespond(
  parts: HandlerParts,
  req: IncomingMessage,
  res: ServerResponse,
  id: string,
): Promise<void> {
  const body = parseJsonOr(await readBody(req));
  await parts.responseUrls.ready(id);
  const outcome = parts.responseUrls.post(id, body);
  sendJson(res, outcome.status, outcome.body);
  const response = {
    type: "response" as const,
    seq: parts.journal.nextSeq(),
    method: "response_url" as const,
    url: `${parts.url}/respond/${id}`,
    context: parts.responseUrls.context(id) ?? {},
    body,
    status: outcome.status,
    ...(outcome.error === undefined ? {} : { error: outcome.error }),
    ...(outcome.unexpected === undefined ? {} : { unexpected: outcome.unexpected }),
  };
  parts.journal.add(response);
  parts.events.emit("response", response);
}

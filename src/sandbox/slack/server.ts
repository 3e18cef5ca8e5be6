import type { EventEmitter } from "node:events";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { FaultQueue } from "./faults.js";
import { fileIdOfDownloadPath, fileIdOfUploadPath } from "./files.js";
import { bearerToken, parseApiArgs, parseJsonOr, readBody, sendJson, sendText } from "./http.js";
import type { Journal } from "./journal.js";
import type { MethodContext, MethodResult } from "./method-kit.js";
import { methods } from "./methods.js";
import type { ResponseUrls } from "./response-url.js";
import { acceptedScopes, missingScopeBody, scopeHeaders } from "./scopes.js";
import type { FileAccessDenied, SandboxCall, SandboxEvents } from "./types.js";

/** The parts of a sandbox the request handler works on. */
export interface HandlerParts {
  readonly botToken: string;
  readonly url: string;
  /** The files origin's base URL. */
  readonly filesUrl: string;
  /** What a download the token may not make gets. */
  readonly fileAccessDenied: FileAccessDenied;
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
 * Builds the HTTP handler of the API origin (slack.com's part): `POST /api/<method>` for the Web
 * API, `POST /respond/<id>` for response_urls, and `GET /` for the workspace's sign-in page (where
 * a refused file download is redirected). Anything else is answered 404 and recorded as
 * unexpected, so an app that talks to an endpoint the sandbox does not model fails its test
 * instead of passing silently. Files are not served here but from the files origin.
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
      } else if (req.method === "GET" && path === "/") {
        sendSignInPage(res);
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

/**
 * Builds the HTTP handler of the files origin (files.slack.com's part): `GET` of a file's
 * `url_private_download`, and `POST` of an upload's bytes to the `upload_url` that
 * `files.getUploadURLExternal` gave. Real Slack serves files from another host than its API, so an app that
 * only trusts its API host fails against this sandbox as it would against Slack.
 */
export function createFileHandler(
  parts: HandlerParts,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = new URL(req.url ?? "/", parts.filesUrl).pathname;
    const id = req.method === "GET" ? fileIdOfDownloadPath(path) : undefined;
    const uploadId = req.method === "POST" ? fileIdOfUploadPath(path) : undefined;
    try {
      if (id) {
        handleDownload(parts, req, res, id, path);
      } else if (uploadId) {
        await handleUpload(parts, req, res, uploadId);
      } else {
        parts.journal.flag(
          `${req.method} ${path}: no such endpoint on the Slack sandbox's file host`,
        );
        sendText(res, 404, "Not found");
      }
    } catch (error) {
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
  const answer = (result: MethodResult, headers: Readonly<Record<string, string>> = {}): void => {
    sendJson(res, 200, result.body, headers);
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

  // After the token, the scope: a call the token may not make is refused before it is read.
  const { scopes, store } = parts.methodContext;
  const accepted = acceptedScopes(method, args, store);
  const headers = scopeHeaders(accepted, scopes);
  if (accepted.length > 0 && !accepted.some((scope) => scopes.has(scope))) {
    return answer({ body: missingScopeBody(accepted, scopes) }, headers);
  }

  const fault = parts.faults.take(method);
  if (fault?.kind === "error") {
    const body = { ok: false, error: fault.error };
    sendJson(res, 200, body, headers);
    return record(200, body, { injected: true });
  }
  if (fault?.kind === "rate_limit") {
    const body = { ok: false, error: "ratelimited" };
    sendJson(res, 429, body, { ...headers, "retry-after": String(fault.retryAfterSeconds) });
    return record(429, body, { injected: true });
  }
  if (fault?.kind === "server_error") {
    sendText(res, fault.status, "Slack sandbox: injected server error");
    return record(fault.status, "Slack sandbox: injected server error", { injected: true });
  }
  answer(handler(args, parts.methodContext), headers);
}

/**
 * A file's bytes, as Slack serves `url_private_download`: only to the bot token with
 * `files:read`. Anything else (no token, another token, a token without the scope) does not get
 * 403 but Slack's sign-in page with 200, or a 302 to the workspace's sign-in page
 * (`fileAccessDenied`). Sources: slackapi/bolt-js#2585 and slackapi/node-slack-sdk#1750 (HTML
 * instead of the file), slackapi/deno-slack-sdk#285 (`<a href="https://<team>.slack.com/?redir=
 * %2Ffiles-pri%2F…">Found</a>`), vercel/eve#1567 and sonichi/sutando#2268 (200 sign-in page
 * without `files:read`), OpenRouterLabs/spawn#2316 (302 to the login page without `files:read`).
 */
function handleDownload(
  parts: HandlerParts,
  req: IncomingMessage,
  res: ServerResponse,
  id: string,
  path: string,
): void {
  const token = bearerToken(req);
  if (token !== parts.botToken) {
    // Sending no token, or another one, is a defect in the app; a missing scope is not.
    parts.journal.flag(
      `GET file ${id}: ${token === undefined ? "without a token" : "with a token that is not the bot's"}`,
    );
    refuseDownload(parts, res, path);
    return;
  }
  if (!parts.methodContext.scopes.has("files:read")) {
    refuseDownload(parts, res, path);
    return;
  }
  const file = parts.methodContext.files.get(id);
  if (!file) {
    parts.journal.flag(`GET file ${id}: no such file`);
    sendText(res, 404, "Not found");
    return;
  }
  res.writeHead(200, {
    "content-type": file.mimetype,
    "content-length": String(file.content.length),
  });
  res.end(file.content);
}

/**
 * An upload's bytes, POSTed to its `upload_url`: raw, or multipart/form-data with the file in any
 * field (@slack/web-api 8.2 sends a `body` field, `WebClient.postFileUploadsToExternalURL` and
 * `serializeBody`; curl's `-F filename=@…` another). No token is needed: the URL itself is the
 * permission, and the web-api client sends none unless given one. Slack answers 200 with
 * `OK - <bytes>`. Sources: https://docs.slack.dev/reference/methods/files.getUploadURLExternal
 * ("Files can be sent as raw bytes or can be multipart form encoded. Slack will return HTTP 200 if
 * the upload is successful"); the `OK - <length>` text as reported in slackapi/python-slack-sdk#1502.
 * An unknown or completed upload is answered 404 and flagged (assumed: a correct app never does it).
 */
async function handleUpload(
  parts: HandlerParts,
  req: IncomingMessage,
  res: ServerResponse,
  id: string,
): Promise<void> {
  const raw = await readBytes(req);
  const pending = parts.methodContext.files.pendingUpload(id);
  if (!pending) {
    parts.journal.flag(`POST upload ${id}: no upload under way with this id`);
    sendText(res, 404, "Not found");
    return;
  }
  const type = (req.headers["content-type"] ?? "").toLowerCase();
  let content = raw;
  if (type.startsWith("multipart/form-data")) {
    const form = await new Response(new Uint8Array(raw), {
      headers: { "content-type": req.headers["content-type"] ?? "" },
    }).formData();
    const file = [...form.values()].find((value): value is File => typeof value !== "string");
    if (!file) {
      parts.journal.flag(`POST upload ${id}: multipart body without a file`);
      sendText(res, 400, "Bad request");
      return;
    }
    content = Buffer.from(await file.arrayBuffer());
  }
  pending.content = content;
  sendText(res, 200, `OK - ${content.length}`);
}

function readBytes(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function refuseDownload(parts: HandlerParts, res: ServerResponse, path: string): void {
  if (parts.fileAccessDenied === "sign_in_page") {
    sendSignInPage(res);
    return;
  }
  const location = `${parts.url}/?redir=${encodeURIComponent(path)}`;
  const body = `<a href="${location}">Found</a>.`;
  res.writeHead(302, {
    location,
    "content-type": "text/html; charset=utf-8",
    "content-length": String(Buffer.byteLength(body)),
  });
  res.end(body);
}

/** Slack's sign-in page, as a browser (or a refused download) gets it: 200, text/html. */
function sendSignInPage(res: ServerResponse): void {
  const body =
    '<!DOCTYPE html><html lang="en-US"><head><title>Slack</title></head>' +
    "<body><h1>Sign in to Sandbox</h1><p>Continue with the email address you use to sign in.</p></body></html>";
  res.writeHead(200, {
    "content-type": "text/html; charset=utf-8",
    "content-length": String(Buffer.byteLength(body)),
  });
  res.end(body);
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

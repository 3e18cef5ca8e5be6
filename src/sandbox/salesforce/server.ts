import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { bearerToken, readBody, sendJson } from "../loopback-http.js";
import { parseJsonOr } from "../slack/http.js";
import { updateCollection } from "./collections.js";
import type { FaultPlan } from "./faults.js";
import { isSObjectType } from "./ids.js";
import type { SalesforceCall, SalesforceJournal } from "./journal.js";
import { type SalesforceLogin, tokenAnswer } from "./login.js";
import type { QueryEngine } from "./query.js";
import { retrieveCollection } from "./retrieve.js";
import type { Schema } from "./schema.js";
import type { SessionTable } from "./sessions.js";
import type { RecordStore } from "./store.js";

/** The org's daily API allocation as `/limits` reports it. */
export interface ApiLimits {
  max: number;
  remaining: number;
}

/** The state both listeners (instance and login) work on. */
export interface ServerParts {
  readonly sessions: SessionTable;
  readonly version: string;
  readonly login: SalesforceLogin;
  readonly journal: SalesforceJournal;
  readonly faults: FaultPlan;
  readonly store: RecordStore;
  readonly schema: Schema;
  readonly queries: QueryEngine;
  readonly limits: ApiLimits;
  readonly now: () => Date;
  readonly urls: () => { readonly instanceUrl: string; readonly loginUrl: string };
}

interface Answer {
  readonly status: number;
  readonly body: unknown;
  readonly unexpected?: string;
  /** The `Content-Type`, when not JSON. */
  readonly contentType?: string;
}

const DATA_PREFIX = /^\/services\/data\/v(\d+\.\d)\/(.*)$/;
const TOKEN_PATH = "/services/oauth2/token";
const DESCRIBE = /^sobjects\/([A-Za-z0-9_]+)\/describe$/;
const RETRIEVE = /^composite\/sobjects\/([A-Za-z0-9_]+)$/;
/**
 * Salesforce takes at most 16,384 bytes of request line plus headers (help article 000386264;
 * it recommends URIs under 2,000 characters). Beyond it: 414 URI Too Long when the URI alone is
 * over, else 431 Request Header Fields Too Large; past about 32 KB of URI the connection is closed
 * without an answer. Statuses as measured in salesforce.stackexchange.com/q/195449.
 */
export const MAX_REQUEST_HEAD_BYTES = 16_384;
const DROPPED_URI_BYTES = 32_768;
const QUERY_MORE = /^query\/([^/]+)$/;
/** `Sforce-Query-Options: batchSize=500`: the page size a query asks for. */
const BATCH_SIZE = /(?:^|[,;\s])batchSize\s*=\s*(\d+)/i;
const NOT_FOUND = [{ errorCode: "NOT_FOUND", message: "The requested resource does not exist" }];

function restError(
  status: number,
  errorCode: string,
  message: string,
  unexpected?: string,
): Answer {
  const body = [{ message, errorCode }];
  return unexpected === undefined ? { status, body } : { status, body, unexpected };
}

function methodNotAllowed(method: string, allowed: string): Answer {
  const message = `HTTP Method '${method}' not allowed. Allowed are ${allowed}`;
  return restError(405, "METHOD_NOT_ALLOWED", message, "wrong HTTP method");
}

/** What `route` needs of a request besides its body. */
interface RouteRequest {
  readonly method: string;
  readonly resource: string;
  readonly search: URLSearchParams;
  readonly batchSize: number | undefined;
}

/** Answers one authenticated data request on a modelled route (faults and limits aside). */
function route(parts: ServerParts, request: RouteRequest, body: unknown): Answer {
  const { method, resource } = request;
  const base = `/services/data/v${parts.version}`;
  if (resource === "") {
    // Resources by Version (resources_discoveryresource.htm): the cheapest authenticated call.
    if (method !== "GET") return methodNotAllowed(method, "GET,HEAD");
    const names = ["limits", "query", "sobjects", "composite"];
    return { status: 200, body: Object.fromEntries(names.map((n) => [n, `${base}/${n}`])) };
  }
  if (resource === "limits") {
    if (method !== "GET") return methodNotAllowed(method, "GET,HEAD");
    // "available … for API users with the View Setup and Configuration permission"
    // (resources_limits.htm). A user without it is refused with 403, as the REST API refuses a
    // user without the permissions a resource needs (errorcodes.htm); the errorCode and message
    // are assumed.
    if (parts.login.viewSetupAndConfiguration === false) {
      return restError(
        403,
        "INSUFFICIENT_ACCESS",
        "You don't have the View Setup and Configuration permission needed to view the org's limits.",
      );
    }
    const { max, remaining } = parts.limits;
    return { status: 200, body: { DailyApiRequests: { Max: max, Remaining: remaining } } };
  }
  if (resource === "composite/sobjects") {
    if (method !== "PATCH") return methodNotAllowed(method, "PATCH");
    return updateCollection(body, parts.store, parts.schema, parts.now);
  }
  const collection = RETRIEVE.exec(resource)?.[1];
  if (collection !== undefined) {
    // GET with ?ids=&fields= also exists; the sandbox serves the POST form only.
    if (method !== "POST") return methodNotAllowed(method, "POST");
    if (!isSObjectType(collection)) {
      return restError(
        404,
        "NOT_FOUND",
        "The requested resource does not exist",
        `no sObject ${collection}`,
      );
    }
    return retrieveCollection(collection, body, parts.store, parts.schema, base);
  }
  if (resource === "query") {
    if (method !== "GET") return methodNotAllowed(method, "GET,HEAD");
    // `explain=` (query plans) and anything else but `q` would be silently ignored otherwise.
    const other = [...request.search.keys()].find((key) => key !== "q");
    if (other !== undefined) {
      const message = `The query parameter '${other}' is not supported by the Salesforce sandbox`;
      return restError(400, "MALFORMED_QUERY", message, `query parameter ${other}`);
    }
    return parts.queries.query(request.search.get("q"), base, request.batchSize);
  }
  const locator = QUERY_MORE.exec(resource)?.[1];
  if (locator !== undefined) {
    if (method !== "GET") return methodNotAllowed(method, "GET,HEAD");
    return parts.queries.more(locator, base, request.batchSize);
  }
  const type = DESCRIBE.exec(resource)?.[1];
  if (type !== undefined) {
    if (method !== "GET") return methodNotAllowed(method, "GET,HEAD");
    if (!isSObjectType(type)) {
      return restError(
        404,
        "NOT_FOUND",
        `The requested resource does not exist`,
        `no sObject ${type}`,
      );
    }
    return { status: 200, body: parts.schema.describe(type, base) };
  }
  return { status: 404, body: NOT_FOUND, unexpected: "no such endpoint in the Salesforce sandbox" };
}

/**
 * Decides the answer to a request on the instance URL, whose session `use()` already judged:
 * an ended session is Salesforce's ordinary 401 (REST errorcodes.htm: "The session ID or OAuth
 * token used has expired or is invalid"); a token never issued is flagged.
 */
function answerData(
  parts: ServerParts,
  req: IncomingMessage,
  url: URL,
  raw: string,
  session: "live" | "ended" | "unknown",
): Answer {
  const method = req.method ?? "GET";
  const match = DATA_PREFIX.exec(url.pathname);
  if (!match) return { status: 404, body: NOT_FOUND, unexpected: "no such endpoint" };
  if (session !== "live") {
    const message = "Session expired or invalid";
    return session === "ended"
      ? restError(401, "INVALID_SESSION_ID", message)
      : restError(401, "INVALID_SESSION_ID", message, "missing or wrong access token");
  }
  if (match[1] !== parts.version) {
    const note = `API version v${match[1]}; the sandbox serves v${parts.version}`;
    return { status: 404, body: NOT_FOUND, unexpected: note };
  }
  const body = raw === "" ? undefined : parseJsonOr(raw);
  if (typeof body === "string") {
    return restError(400, "JSON_PARSER_ERROR", "Unexpected character", "body is not JSON");
  }
  if (parts.limits.remaining <= 0) {
    return restError(403, "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.");
  }
  parts.limits.remaining--;
  const options = req.headers["sforce-query-options"];
  const batch = typeof options === "string" ? BATCH_SIZE.exec(options)?.[1] : undefined;
  const request: RouteRequest = {
    method,
    resource: match[2] ?? "",
    search: url.searchParams,
    batchSize: batch === undefined ? undefined : Number(batch),
  };
  return route(parts, request, body);
}

/** The request line and headers as they came on the wire, in bytes, and the URI's share. */
function headSize(req: IncomingMessage): { uri: number; head: number } {
  const uri = Buffer.byteLength(req.url ?? "");
  let head =
    Buffer.byteLength(`${req.method ?? "GET"} `) + uri + ` HTTP/${req.httpVersion}\r\n`.length;
  const raw = req.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    head += Buffer.byteLength(raw[i] ?? "") + Buffer.byteLength(raw[i + 1] ?? "") + 4;
  }
  return { uri, head: head + 2 };
}

/** Salesforce's answer to a request over its size limit, or undefined within it. */
function oversize(req: IncomingMessage): Answer | "drop" | undefined {
  const { uri, head } = headSize(req);
  if (uri > DROPPED_URI_BYTES) return "drop";
  if (head <= MAX_REQUEST_HEAD_BYTES) return undefined;
  const [status, reason] =
    uri > MAX_REQUEST_HEAD_BYTES ? [414, "URI Too Long"] : [431, "Request Header Fields Too Large"];
  const note = `request line and headers of ${head} bytes, over Salesforce's ${MAX_REQUEST_HEAD_BYTES}`;
  // The body of these answers is not documented; an HTML page, as a front end gives, is assumed.
  const body = `<html><head><title>${status} ${reason}</title></head><body><h1>${reason}</h1></body></html>`;
  return { status, body, unexpected: note, contentType: "text/html;charset=UTF-8" };
}

/**
 * The HTTP handler of one listener. The instance (the org's My Domain) serves
 * `/services/data/v{version}/…` and `/services/oauth2/token`; the login server (login.salesforce.com)
 * serves `/services/oauth2/token` only. Anything else is 404 and flagged, so an app that calls
 * an endpoint the sandbox does not model fails its test instead of passing silently.
 */
export function createHandler(
  parts: ServerParts,
  role: "instance" | "login",
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    const method = req.method ?? "GET";
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const path = url.pathname;
    const soql = url.searchParams.get("q");
    const record = (entry: Omit<SalesforceCall, "seq" | "method" | "path">): void =>
      parts.journal.add({ method, path, ...(soql === null ? {} : { soql }), ...entry });
    let body: unknown;
    try {
      const tooLarge = oversize(req);
      if (tooLarge === "drop") {
        record({ body: undefined, status: 0, response: undefined, unexpected: "a URI over 32 KB" });
        req.socket.destroy();
        return;
      }
      if (tooLarge) {
        req.resume();
        res.writeHead(tooLarge.status, { "content-type": tooLarge.contentType ?? "text/html" });
        res.end(String(tooLarge.body));
        record({
          body: undefined,
          status: tooLarge.status,
          response: tooLarge.body,
          ...(tooLarge.unexpected ? { unexpected: tooLarge.unexpected } : {}),
        });
        return;
      }
      const raw = await readBody(req);
      const isToken = method === "POST" && path === TOKEN_PATH;
      body = isToken
        ? Object.fromEntries(new URLSearchParams(raw))
        : raw === ""
          ? undefined
          : parseJsonOr(raw);
      if (parts.faults.delayMs > 0) await sleep(parts.faults.delayMs);

      const known = isToken || (role === "instance" && DATA_PREFIX.test(path));
      const session =
        isToken || role !== "instance" ? "unknown" : parts.sessions.use(bearerToken(req));
      const authorized = isToken || session === "live";
      const fault = known && authorized ? parts.faults.take(path) : undefined;
      if (fault?.kind === "cut") {
        record({ body, status: 0, response: undefined, injected: true });
        req.socket.destroy();
        return;
      }
      // Every REST answer to an authenticated request carries the org's API usage (REST API
      // guide, "Limit Info Header": Sforce-Limit-Info: api-usage=N/M). Unauthenticated answers
      // and the OAuth endpoints carry none (assumed).
      const usage = (): Record<string, string> => {
        const { max, remaining } = parts.limits;
        return { "sforce-limit-info": `api-usage=${max - remaining}/${max}` };
      };
      if (fault?.kind === "status") {
        const response = [{ message: fault.message, errorCode: fault.errorCode }];
        sendJson(res, fault.status, response, isToken ? {} : usage());
        record({ body, status: fault.status, response, injected: true });
        return;
      }

      const answer: Answer = isToken
        ? tokenAnswer(new URLSearchParams(raw), {
            role,
            login: parts.login,
            urls: parts.urls(),
            issue: () => parts.sessions.issue(),
            now: parts.now().getTime(),
          })
        : role === "instance"
          ? answerData(parts, req, url, raw, session)
          : { status: 404, body: NOT_FOUND, unexpected: "no such endpoint on the login server" };
      sendJson(res, answer.status, answer.body, !isToken && authorized ? usage() : {});
      record({
        body,
        status: answer.status,
        response: answer.body,
        ...(answer.unexpected === undefined ? {} : { unexpected: answer.unexpected }),
      });
    } catch (error) {
      // A defect in the sandbox itself; say so loudly rather than answer something plausible.
      const response = [
        { message: `Salesforce sandbox failure: ${String(error)}`, errorCode: "UNKNOWN_EXCEPTION" },
      ];
      if (!res.headersSent) sendJson(res, 500, response);
      record({ body, status: 500, response, unexpected: `sandbox failure: ${String(error)}` });
    }
  };
}

/** Listens on a free 127.0.0.1 port; resolves to the base URL. */
export async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Closes a listener, dropping kept-alive connections so it closes at once. */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

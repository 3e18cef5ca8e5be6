import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { bearerToken, readBody, sendJson } from "../loopback-http.js";
import { parseJsonOr } from "../slack/http.js";
import { updateCollection } from "./collections.js";
import type { FaultPlan } from "./faults.js";
import { isSObjectType } from "./ids.js";
import type { SalesforceCall, SalesforceJournal } from "./journal.js";
import { passwordToken, type SalesforceLogin } from "./login.js";
import type { QueryEngine } from "./query.js";
import type { Schema } from "./schema.js";
import type { RecordStore } from "./store.js";

/** The org's daily API allocation as `/limits` reports it. */
export interface ApiLimits {
  max: number;
  remaining: number;
}

/** The state both listeners (instance and login) work on. */
export interface ServerParts {
  readonly accessToken: string;
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
}

const DATA_PREFIX = /^\/services\/data\/v(\d+\.\d)\/(.*)$/;
const DESCRIBE = /^sobjects\/([A-Za-z0-9_]+)\/describe$/;
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
  if (resource === "limits") {
    if (method !== "GET") return methodNotAllowed(method, "GET,HEAD");
    const { max, remaining } = parts.limits;
    return { status: 200, body: { DailyApiRequests: { Max: max, Remaining: remaining } } };
  }
  if (resource === "composite/sobjects") {
    if (method !== "PATCH") return methodNotAllowed(method, "PATCH");
    return updateCollection(body, parts.store, parts.schema, parts.now);
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

/** Decides the answer to a request on the instance URL. */
function answerData(parts: ServerParts, req: IncomingMessage, url: URL, raw: string): Answer {
  const method = req.method ?? "GET";
  const match = DATA_PREFIX.exec(url.pathname);
  if (!match) return { status: 404, body: NOT_FOUND, unexpected: "no such endpoint" };
  if (bearerToken(req) !== parts.accessToken) {
    const message = "Session expired or invalid";
    return restError(401, "INVALID_SESSION_ID", message, "missing or wrong access token");
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

/**
 * The HTTP handler of one listener. The instance serves `/services/data/v{version}/…`; the login
 * server serves `/services/oauth2/token`. Anything else is 404 and flagged, so an app that calls
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
      const raw = await readBody(req);
      const isToken = role === "login" && method === "POST" && path === "/services/oauth2/token";
      body = isToken
        ? Object.fromEntries(new URLSearchParams(raw))
        : raw === ""
          ? undefined
          : parseJsonOr(raw);
      if (parts.faults.delayMs > 0) await sleep(parts.faults.delayMs);

      const known = isToken || (role === "instance" && DATA_PREFIX.test(path));
      const authorized = isToken || bearerToken(req) === parts.accessToken;
      const fault = known && authorized ? parts.faults.take(path) : undefined;
      if (fault?.kind === "cut") {
        record({ body, status: 0, response: undefined, injected: true });
        req.socket.destroy();
        return;
      }
      if (fault?.kind === "status") {
        const response = [
          { message: "Injected by the Salesforce sandbox", errorCode: "SERVER_UNAVAILABLE" },
        ];
        sendJson(res, fault.status, response);
        record({ body, status: fault.status, response, injected: true });
        return;
      }

      const answer: Answer = isToken
        ? passwordToken(new URLSearchParams(raw), parts.login, parts.urls(), parts.accessToken)
        : role === "instance"
          ? answerData(parts, req, url, raw)
          : { status: 404, body: NOT_FOUND, unexpected: "no such endpoint on the login server" };
      const { max, remaining } = parts.limits;
      const headers = isToken ? {} : { "sforce-limit-info": `api-usage=${max - remaining}/${max}` };
      sendJson(res, answer.status, answer.body, headers);
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

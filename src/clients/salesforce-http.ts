/**
 * What syncerror adds to a jsforce Connection's HTTP: the status of the answer a call failed on,
 * one new login when Salesforce refuses a session, and the daily API usage for the metrics.
 *
 * jsforce's errors carry no HTTP status (`HttpApiError` has `errorCode` and `data` only, and
 * `errorCode` is Salesforce's own, e.g. UNKNOWN_EXCEPTION with a 500), so the connection's
 * transport is wrapped: it notes each answer's status for the call that made it (through
 * AsyncLocalStorage, so concurrent calls keep theirs apart), and `httpStatusOf` reads it back from
 * the error. jsforce's own session refresh (`refreshFn`) is not used: after a refresh it sends the
 * request again and refreshes again on every further 401, without end. Here a refused session
 * leads to one login and one resend of that request; a second refusal is the caller's error.
 */

import { AsyncLocalStorage } from "node:async_hooks";
import type { Connection } from "jsforce";
import pRetry from "p-retry";
import type { Metrics } from "../metrics/metrics.js";
import { UpstreamError } from "./hubspot-resync-port.js";

type Transport = Connection["_transport"];
type HttpRequest = Parameters<Transport["httpRequest"]>[0];
type HttpResponse = Awaited<ReturnType<Transport["httpRequest"]>>;

/**
 * Logs in again after Salesforce refused `refusedToken`; resolves to the token to use (the one
 * another call already obtained, when it did). Rejects, saying why, when the login fails.
 */
export type SessionRenewer = (refusedToken: string | undefined) => Promise<string>;

interface Instrumented {
  renew?: SessionRenewer;
  metrics?: Pick<Metrics, "salesforceApiRequests">;
}

const instrumented = new WeakMap<Connection, Instrumented>();
const callStatus = new AsyncLocalStorage<{ status?: number }>();
const statusOfError = new WeakMap<object, number>();

function note(status: number): void {
  const cell = callStatus.getStore();
  if (cell) cell.status = status;
}

function bearerOf(request: HttpRequest): string | undefined {
  const header = request.headers?.Authorization ?? request.headers?.authorization;
  return typeof header === "string" ? header.replace(/^Bearer\s+/i, "") : undefined;
}

async function send(
  inner: Transport,
  first: Promise<HttpResponse>,
  request: HttpRequest,
  options: Parameters<Transport["httpRequest"]>[1],
  state: Instrumented,
): Promise<HttpResponse> {
  const response = await first;
  note(response.statusCode);
  if (response.statusCode !== 401 || !state.renew) return response;
  // REST API errorcodes.htm: 401 is "the session ID or OAuth token used has expired or is
  // invalid". A refused request changed nothing, so sending it again cannot apply it twice.
  const token = await state.renew(bearerOf(request));
  request.headers = { ...request.headers, Authorization: `Bearer ${token}` };
  const again = await inner.httpRequest(request, options);
  note(again.statusCode);
  if (again.statusCode === 401) {
    throw new UpstreamError(
      "salesforce",
      401,
      "Salesforce ended the bot's session and refused the new one it logged in for too: check that the integration user is active and may use the API (API Enabled).",
    );
  }
  return again;
}

/** Wraps the connection's transport once; later calls find it done. */
function instrument(connection: Connection): Instrumented {
  const known = instrumented.get(connection);
  if (known) return known;
  const state: Instrumented = {};
  const inner = connection._transport;
  const wrapper = Object.create(inner) as Transport;
  wrapper.httpRequest = (request, options) => {
    const first = inner.httpRequest(request, options);
    // jsforce reads answers as promises (a StreamPromise is a promise with `stream()`); the
    // stream is the first request's: syncerror streams nothing, so a resend needs none of its own.
    const answer = send(inner, first, request, options, state);
    return Object.assign(answer, { stream: () => first.stream() }) as ReturnType<
      Transport["httpRequest"]
    >;
  };
  connection._transport = wrapper;
  instrumented.set(connection, state);
  return state;
}

/**
 * From now on, a request Salesforce answers 401 (session expired or ended) is sent once more
 * after `renew` logged in again. A request refused again, or a login that fails, fails the call.
 */
export function renewSessionsWith(connection: Connection, renew: SessionRenewer): void {
  instrument(connection).renew = renew;
}

/**
 * From now on, after each call through `callSalesforce`, the daily API usage Salesforce reported
 * in its `Sforce-Limit-Info: api-usage=N/M` header (which jsforce keeps in `limitInfo.apiUsage`)
 * sets `syncerror_salesforce_api_requests{kind="used"|"max"}`: free with every answer, where
 * asking `/limits` would spend a request and needs a permission integration users often lack.
 */
export function reportApiUsageTo(
  connection: Connection,
  metrics: Pick<Metrics, "salesforceApiRequests">,
): void {
  instrument(connection).metrics = metrics;
}

/** Sets the usage gauge from the last answer's header, when there was one. */
function reportApiUsage(connection: Connection, state: Instrumented): void {
  const usage = connection.limitInfo?.apiUsage;
  if (!state.metrics || !usage) return;
  state.metrics.salesforceApiRequests.set({ kind: "used" }, usage.used);
  state.metrics.salesforceApiRequests.set({ kind: "max" }, usage.limit);
}

/**
 * Runs one jsforce call on `connection` so that, if it fails, `httpStatusOf` can tell the HTTP
 * status of the answer it failed on.
 */
export async function callSalesforce<T>(
  connection: Connection,
  work: () => PromiseLike<T>,
): Promise<T> {
  const state = instrument(connection);
  const cell: { status?: number } = {};
  try {
    // Awaited inside the context: jsforce queries only start when `then` is called.
    return await callStatus.run(cell, async () => await work());
  } catch (error) {
    if (cell.status !== undefined && typeof error === "object" && error !== null) {
      statusOfError.set(error, cell.status);
    }
    throw error;
  } finally {
    // A refused call's answer carries the header too.
    reportApiUsage(connection, state);
  }
}

/**
 * The HTTP status of the answer a Salesforce call failed on: as noted by `callSalesforce`, or
 * from jsforce's `ERROR_HTTP_<status>` code (an answer whose body was not Salesforce's JSON).
 * Undefined for a failure without an answer (a dropped connection).
 */
export function httpStatusOf(error: unknown): number | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const noted = statusOfError.get(error);
  if (noted !== undefined) return noted;
  const code = (error as { errorCode?: unknown }).errorCode;
  const match = typeof code === "string" ? /^ERROR_HTTP_(\d{3})$/.exec(code) : null;
  return match ? Number(match[1]) : undefined;
}

/** Salesforce's own code of a failed call (`errorCode`), if it gave one. */
export function errorCodeOf(error: unknown): string | undefined {
  const code = (error as { errorCode?: unknown } | null)?.errorCode;
  return typeof code === "string" ? code : undefined;
}

// Salesforce's codes for "try again": UNKNOWN_EXCEPTION comes with a 500 (errorcodes.htm), the
// others with 503 or a locked row. jsforce's ERROR_HTTP_<status> for a body that was not JSON.
const TRANSIENT_CODES =
  /^(UNKNOWN_EXCEPTION|SERVER_UNAVAILABLE|UNABLE_TO_LOCK_ROW|REQUEST_RUNNING_TOO_LONG|ERROR_HTTP_5\d\d)$/;
const NETWORK_CODES = /^(ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|UND_ERR_SOCKET)$/;

/** Whether a failed Salesforce call may succeed when sent again: a 5xx or a dropped connection. */
export function isTransient(error: unknown): boolean {
  const status = httpStatusOf(error);
  if (status !== undefined && status >= 500) return true;
  if (TRANSIENT_CODES.test(errorCodeOf(error) ?? "")) return true;
  const { code } = error as { code?: unknown };
  return typeof code === "string" && NETWORK_CODES.test(code);
}

/** How often and how soon a transient failure is tried again. */
export interface RetryPacing {
  /** Attempts in all, the first included; 4 unless given. */
  readonly attempts?: number;
  /** The first wait, doubled (with jitter) each time; 500 ms unless given. */
  readonly minRetryMs?: number;
}

/**
 * Runs a Salesforce call, sending it again with exponential backoff and jitter while it fails
 * transiently. For calls jsforce does not retry itself: it retries GETs on 5xx, never POST or
 * PATCH.
 */
export function retryTransient<T>(work: () => Promise<T>, pacing: RetryPacing = {}): Promise<T> {
  return pRetry(work, {
    retries: (pacing.attempts ?? 4) - 1,
    minTimeout: pacing.minRetryMs ?? 500,
    factor: 2,
    randomize: true,
    shouldRetry: ({ error }) => isTransient(error),
  });
}

/**
 * A failed Salesforce call as an UpstreamError with the status of the answer: `what` says what
 * failed ("the update", "the query"). A failed login keeps its own message, which says what to fix.
 */
export function salesforceFailure(error: unknown, what: string): UpstreamError {
  if (error instanceof UpstreamError) return error;
  const status = httpStatusOf(error);
  const code = errorCodeOf(error);
  const message = error instanceof Error ? error.message : String(error);
  const said = [status, code && !code.startsWith("ERROR_HTTP_") ? code : undefined]
    .filter((part) => part !== undefined)
    .join(" ");
  const detail = said === "" ? message : `${said}: ${message}`;
  return new UpstreamError(
    "salesforce",
    status,
    status === 401
      ? `Salesforce refused ${what}: the session has expired or was ended (${detail}). Configure a login the bot can renew (JWT bearer or client credentials; README, Configuration).`
      : `Salesforce refused ${what} (${detail}).`,
    { cause: error },
  );
}

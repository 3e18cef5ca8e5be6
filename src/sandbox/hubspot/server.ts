import type { IncomingMessage, ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { type FaultQueue, type RollingWindow, rateLimitBody } from "./faults.js";
import { bearerToken, hubspotError, parseBody, readBody, sendHtml, sendJson } from "./http.js";
import type { HubSpotJournal } from "./journal.js";
import { findRoute, type RouteContext } from "./routes.js";
import type { HubSpotCall, RateLimitPolicy, RouteResult } from "./types.js";

/** The sandbox's changeable settings, read on every request. */
export interface HandlerState {
  latencyMs: number;
  stormRemaining: number;
  stormPolicy: RateLimitPolicy;
}

/** The parts of a sandbox the request handler works on. */
export interface HandlerParts {
  readonly accessToken: string;
  /** The token's scopes; every scope when undefined. */
  readonly scopes: ReadonlySet<string> | undefined;
  readonly journal: HubSpotJournal;
  readonly faults: FaultQueue;
  /** The 10-second window everything but search counts in. */
  readonly window: RollingWindow;
  /** The per-second window search counts in instead. */
  readonly searchWindow: RollingWindow;
  readonly data: RouteContext;
  readonly state: HandlerState;
}

/** Real HubSpot's wording for a missing or bad token [from memory, not checked live]. */
const AUTH_MESSAGE =
  "Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview";

/**
 * HubSpot's 403 for a token without the operation's scope, as HubSpot/hubspot-api-nodejs#268
 * quotes it (`requiredScopes` lists the scopes, one of which is needed). Checked after the token
 * and before the rate limit: **assumed** order.
 */
function missingScopes(required: readonly string[]) {
  return hubspotError(
    "MISSING_SCOPES",
    "This app hasn't been granted all required scopes to make this call. Read more about required scopes here: https://developers.hubspot.com/scopes.",
    {
      errors: [
        {
          message: "One or more of the following scopes are required.",
          context: { requiredScopes: required },
        },
      ],
      links: { scopes: "https://developers.hubspot.com/scopes" },
    },
  );
}

const BAD_GATEWAY_HTML = "<html><body><h1>502 Bad Gateway</h1></body></html>";

/**
 * Builds the HTTP handler. Order, as HubSpot: token, endpoint, rate limit, then the endpoint's
 * answer. Injected faults come after the rate limit. Anything not modelled is answered 404 and
 * recorded as unexpected, so a client that strays fails its test instead of passing silently.
 *
 * Search counts in its own per-second window and not in the 10-second one, and its answers carry
 * no `X-HubSpot-RateLimit-*` headers (the 10-second window's figures do not apply to it; HubSpot
 * is reported not to send them on search: assumed).
 */
export function createHubSpotHandler(
  parts: HandlerParts,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    const method = req.method ?? "GET";
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const call = { method, path: url.pathname, query: url.search };
    try {
      const body = parseBody(await readBody(req));
      const record = (entry: Omit<HubSpotCall, "seq" | keyof typeof call | "body">) =>
        parts.journal.add({ ...call, body, ...entry });
      const answer = (result: RouteResult, headers: Record<string, string>, injected = false) => {
        sendJson(res, result.status, result.body, headers);
        record({
          status: result.status,
          response: result.body,
          ...(injected ? { injected: true as const } : {}),
          ...(result.unexpected === undefined ? {} : { unexpected: result.unexpected }),
        });
      };
      if (parts.state.latencyMs > 0) await sleep(parts.state.latencyMs);

      const token = bearerToken(req);
      if (token !== parts.accessToken) {
        const why = token === undefined ? "no Authorization header" : "wrong access token";
        const result = { status: 401, body: hubspotError("INVALID_AUTHENTICATION", AUTH_MESSAGE) };
        return answer({ ...result, unexpected: why }, {});
      }
      const route = findRoute(parts.data, method, url.pathname);
      if (!route) {
        const result = {
          status: 404,
          body: hubspotError("OBJECT_NOT_FOUND", `No endpoint ${method} ${url.pathname}`),
          unexpected: "no such endpoint in the HubSpot sandbox",
        };
        return answer(result, {});
      }
      if (parts.scopes && !route.scopes.some((scope) => parts.scopes?.has(scope))) {
        // Not flagged: a private app created without a scope is a condition the bot must report.
        return answer({ status: 403, body: missingScopes(route.scopes) }, {});
      }
      const search = route.limit === "search";
      const limitHeaders = () => (search ? {} : parts.window.headers());
      if (parts.state.stormRemaining > 0) {
        parts.state.stormRemaining -= 1;
        const headers = search
          ? {}
          : { ...parts.window.headers(), "X-HubSpot-RateLimit-Remaining": "0" };
        return answer({ status: 429, body: rateLimitBody(parts.state.stormPolicy) }, headers, true);
      }
      if (search ? !parts.searchWindow.admit() : !parts.window.admit()) {
        const body = rateLimitBody(search ? "SECONDLY" : "TEN_SECONDLY_ROLLING");
        return answer({ status: 429, body }, limitHeaders());
      }
      const fault = parts.faults.take(url.pathname);
      if (fault?.kind === "cut") {
        // Gone mid-request: the client sees a reset socket and no status at all.
        req.socket.destroy();
        return void record({ status: 0, response: undefined, injected: true });
      }
      if (fault?.kind === "status") {
        if (fault.body === "html") {
          sendHtml(res, fault.status, BAD_GATEWAY_HTML);
          return void record({ status: fault.status, response: BAD_GATEWAY_HTML, injected: true });
        }
        const error = hubspotError("INTERNAL_ERROR", `injected ${fault.status}`);
        return answer({ status: fault.status, body: error }, limitHeaders(), true);
      }
      answer(route.answer({ body, query: url.searchParams }), limitHeaders());
    } catch (error) {
      // A defect in the sandbox itself; say so loudly rather than answer something plausible.
      parts.journal.flag(`${method} ${url.pathname}: sandbox failure: ${String(error)}`);
      if (!res.headersSent && !res.destroyed) {
        sendJson(res, 500, hubspotError("INTERNAL_ERROR", "HubSpot sandbox failure"));
      }
    }
  };
}

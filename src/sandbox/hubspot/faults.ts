import { randomUUID } from "node:crypto";
import { hubspotError } from "./http.js";
import type { RateLimit, RateLimitPolicy } from "./types.js";

/** HubSpot's Professional/Enterprise private-app limit: 190 requests per rolling 10 s. */
export const DEFAULT_RATE_LIMIT: RateLimit = { requests: 190, windowMs: 10_000 };

/**
 * HubSpot's CRM search limit: five requests per second per account, counted apart from the
 * 10-second window (search guide, "Limitations": https://developers.hubspot.com/docs/api-reference/search/guide;
 * the spec marks search `x-hubspot-rate-limit-exemptions: ["ten-secondly"]`). Whether HubSpot's
 * second is rolling or aligned to the clock is not documented; a rolling second is assumed, the
 * stricter of the two for a client that paces itself.
 */
export const DEFAULT_SEARCH_RATE_LIMIT: RateLimit = { requests: 5, windowMs: 1000 };

/** Which requests a fault applies to: a substring of the path (`"batch/update"`) or a RegExp. */
export type PathPattern = string | RegExp;

/** How `failNext` answers. */
export interface FailOptions {
  readonly status: 500 | 502 | 503;
  /** How many matching requests fail; 1 unless given. */
  readonly times?: number;
  /** `"html"` answers like HubSpot's edge on a bad gateway: a `text/html` page. */
  readonly body?: "json" | "html";
}

/** A queued failure. */
export type Fault =
  | { readonly kind: "status"; readonly status: number; readonly body: "json" | "html" }
  | { readonly kind: "cut" };

interface QueuedFault {
  readonly pattern: PathPattern;
  remaining: number;
  readonly fault: Fault;
}

function matches(pattern: PathPattern, path: string): boolean {
  return typeof pattern === "string" ? path.includes(pattern) : pattern.test(path);
}

/** Failures queued by path, used first in, first out. */
export class FaultQueue {
  private queue: QueuedFault[] = [];

  add(pattern: PathPattern, fault: Fault, times = 1): void {
    if (!Number.isInteger(times) || times < 1) {
      throw new Error(`HubSpot sandbox: times must be a positive integer, not ${times}`);
    }
    this.queue.push({ pattern, remaining: times, fault });
  }

  /** Uses up one fault matching `path`, if any. */
  take(path: string): Fault | undefined {
    const entry = this.queue.find((queued) => matches(queued.pattern, path));
    if (!entry) return undefined;
    entry.remaining -= 1;
    if (entry.remaining === 0) this.queue.splice(this.queue.indexOf(entry), 1);
    return entry.fault;
  }

  clear(): void {
    this.queue = [];
  }
}

/**
 * The 429 bodies, as HubSpot sends them: `{status, message, errorType: "RATE_LIMIT",
 * correlationId, policyName, requestId}` with no `category` (HGData/mk-node-hubspot #84 and #89
 * quote a real SECONDLY one: https://github.com/HGData/mk-node-hubspot/pull/84). The client's
 * retry decorator keys on `policyName` and on the secondly message
 * (@hubspot/api-client 13.5.0, lib/src/services/decorators/RetryDecorator.js).
 */
const POLICY_MESSAGES: Record<RateLimitPolicy, string> = {
  TEN_SECONDLY_ROLLING: "You have reached your ten_secondly_rolling limit.",
  // The exact text the client's retry decorator keys on (it then waits 1 s × attempt).
  SECONDLY: "You have reached your secondly limit.",
  DAILY: "You have reached your daily limit.",
};

/** HubSpot's 429 body for a policy. */
export function rateLimitBody(policy: RateLimitPolicy): Record<string, unknown> {
  const body = hubspotError("RATE_LIMIT", POLICY_MESSAGES[policy], { policyName: policy });
  const { category: _category, ...rest } = body;
  return { ...rest, errorType: "RATE_LIMIT", requestId: randomUUID() };
}

/**
 * A real rolling window: a request is let through when fewer than `requests` were let through
 * in the last `windowMs`. Refused requests do not count, so a client that backs off gets in
 * as soon as the oldest accepted request leaves the window.
 */
export class RollingWindow {
  private accepted: number[] = [];

  constructor(readonly limit: RateLimit) {
    if (!(limit.requests >= 1 && limit.windowMs > 0)) {
      throw new Error(`HubSpot sandbox: bad rateLimit ${JSON.stringify(limit)}`);
    }
  }

  /** Records a request if the window has room; false when it must be refused. */
  admit(now = performance.now()): boolean {
    this.prune(now);
    if (this.accepted.length >= this.limit.requests) return false;
    this.accepted.push(now);
    return true;
  }

  /** The `X-HubSpot-RateLimit-*` headers HubSpot sends with every answer. */
  headers(now = performance.now()): Record<string, string> {
    this.prune(now);
    return {
      "X-HubSpot-RateLimit-Interval-Milliseconds": String(this.limit.windowMs),
      "X-HubSpot-RateLimit-Max": String(this.limit.requests),
      "X-HubSpot-RateLimit-Remaining": String(this.limit.requests - this.accepted.length),
    };
  }

  clear(): void {
    this.accepted = [];
  }

  private prune(now: number): void {
    while (this.accepted.length > 0 && (this.accepted[0] ?? now) <= now - this.limit.windowMs) {
      this.accepted.shift();
    }
  }
}

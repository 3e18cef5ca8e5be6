import { randomBytes } from "node:crypto";
import { SANDBOX_ORG_ID } from "./ids.js";

/**
 * The org's sessions: every access token it issued, with when it was last used. A session ends
 * after `timeoutMs` without use (Salesforce's Session Timeout setting; a session used after more
 * than half of it has passed starts the timeout again), or at once when `expireAll()` is called,
 * as an admin's "end session" or a password reset would.
 *
 * Session Settings: https://help.salesforce.com/s/articleView?id=sf.admin_sessions.htm
 */
export class SessionTable {
  /** Access token → when its timeout last started; ended sessions are kept to tell them apart. */
  private readonly live = new Map<string, number>();
  private readonly ended = new Set<string>();

  constructor(
    private readonly now: () => number,
    /** Undefined: sessions end only on `expireAll()`. */
    private readonly timeoutMs: number | undefined,
  ) {}

  /** A new access token, `00D…!…` like Salesforce's, valid from now. */
  issue(): string {
    const token = `${SANDBOX_ORG_ID.slice(0, 15)}!${randomBytes(24).toString("base64url")}`;
    this.add(token);
    return token;
  }

  /** Adds a session with a token the test chose (the sandbox's pre-issued `accessToken`). */
  add(token: string): void {
    this.ended.delete(token);
    this.live.set(token, this.now());
  }

  /**
   * Whether a request with this token is served: `live`, `ended` (issued, now expired: Salesforce
   * answers 401 INVALID_SESSION_ID, an ordinary outcome) or `unknown` (never issued here).
   */
  use(token: string | undefined): "live" | "ended" | "unknown" {
    if (token === undefined) return "unknown";
    const started = this.live.get(token);
    if (started === undefined) return this.ended.has(token) ? "ended" : "unknown";
    const at = this.now();
    if (this.timeoutMs !== undefined) {
      if (at - started >= this.timeoutMs) {
        this.end(token);
        return "ended";
      }
      if (at - started > this.timeoutMs / 2) this.live.set(token, at);
    }
    return "live";
  }

  /** Forgets every session (for a reset). */
  clear(): void {
    this.live.clear();
    this.ended.clear();
  }

  /** Ends every session now: their next requests answer 401 INVALID_SESSION_ID. */
  expireAll(): void {
    for (const token of [...this.live.keys()]) this.end(token);
  }

  private end(token: string): void {
    this.live.delete(token);
    this.ended.add(token);
  }
}

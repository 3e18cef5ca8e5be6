/** Which requests a fault applies to: a substring of the path, or a pattern tested on it. */
export type PathPattern = string | RegExp;

export function matchesPath(pattern: PathPattern, path: string): boolean {
  return typeof pattern === "string" ? path.includes(pattern) : pattern.test(path);
}

/** An HTTP failure for matching requests. */
export interface StatusFault {
  readonly status: number;
  /** How many matching requests fail; 1 unless given. */
  readonly times?: number;
  /**
   * The REST error's code; by status unless given: 500 UNKNOWN_EXCEPTION (what Salesforce sends
   * with an internal error), anything else SERVER_UNAVAILABLE.
   */
  readonly errorCode?: string;
}

interface QueuedStatus {
  readonly pattern: PathPattern;
  readonly status: number;
  readonly errorCode: string;
  remaining: number;
}

/** What the server does instead of answering normally. */
export type FaultAction =
  | {
      readonly kind: "status";
      readonly status: number;
      readonly errorCode: string;
      readonly message: string;
    }
  | { readonly kind: "cut" };

// REST API "Status Codes and Error Responses" (errorcodes.htm): 500 is "an error has occurred
// within Salesforce", answered as UNKNOWN_EXCEPTION with an ErrorId; 503 "the server is
// unavailable". The messages are Salesforce's usual wording (the ErrorId is made up).
const MESSAGES: Readonly<Record<string, string>> = {
  UNKNOWN_EXCEPTION:
    "An unexpected error occurred. Please include this ErrorId if you contact support: 1234567890-12345 (-1234567890)",
  SERVER_UNAVAILABLE: "Server is temporarily unavailable. Please try again later.",
};

/**
 * Failures waiting for matching requests, first queued first used. A fault applies only to a
 * request that reached a modelled endpoint with a valid token; the delay applies to every answer.
 */
export class FaultPlan {
  private statuses: QueuedStatus[] = [];
  private cuts: PathPattern[] = [];
  delayMs = 0;

  failNext(pattern: PathPattern, fault: StatusFault): void {
    const times = fault.times ?? 1;
    if (fault.status < 500 || fault.status > 599 || !Number.isInteger(times) || times < 1) {
      throw new Error("Salesforce sandbox: failNext takes a 5xx status and times >= 1");
    }
    const errorCode =
      fault.errorCode ?? (fault.status === 500 ? "UNKNOWN_EXCEPTION" : "SERVER_UNAVAILABLE");
    this.statuses.push({ pattern, status: fault.status, errorCode, remaining: times });
  }

  cutNext(pattern: PathPattern): void {
    this.cuts.push(pattern);
  }

  /** The fault for a request to `path`, using it up. Connection cuts come first. */
  take(path: string): FaultAction | undefined {
    const cut = this.cuts.findIndex((pattern) => matchesPath(pattern, path));
    if (cut >= 0) {
      this.cuts.splice(cut, 1);
      return { kind: "cut" };
    }
    const queued = this.statuses.find((entry) => matchesPath(entry.pattern, path));
    if (!queued) return undefined;
    queued.remaining--;
    if (queued.remaining === 0) this.statuses = this.statuses.filter((entry) => entry !== queued);
    const message = MESSAGES[queued.errorCode] ?? "Injected by the Salesforce sandbox";
    return { kind: "status", status: queued.status, errorCode: queued.errorCode, message };
  }

  clear(): void {
    this.statuses = [];
    this.cuts = [];
    this.delayMs = 0;
  }
}

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
}

interface QueuedStatus {
  readonly pattern: PathPattern;
  readonly status: number;
  remaining: number;
}

/** What the server does instead of answering normally. */
export type FaultAction =
  | { readonly kind: "status"; readonly status: number }
  | { readonly kind: "cut" };

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
    this.statuses.push({ pattern, status: fault.status, remaining: times });
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
    return { kind: "status", status: queued.status };
  }

  clear(): void {
    this.statuses = [];
    this.cuts = [];
    this.delayMs = 0;
  }
}

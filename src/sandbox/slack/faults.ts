/** A failure queued for the next call of one method. */
export type Fault =
  | { readonly kind: "error"; readonly error: string }
  | { readonly kind: "rate_limit"; readonly retryAfterSeconds: number }
  | { readonly kind: "server_error"; readonly status: number };

/**
 * Failures queued per Web API method, consumed first in, first out: `failNext` twice makes the
 * next two calls fail. A fault applies only to a call that passed authentication, since real
 * Slack checks the token before anything else.
 */
export class FaultQueue {
  private readonly queues = new Map<string, Fault[]>();

  add(method: string, fault: Fault): void {
    const queue = this.queues.get(method) ?? [];
    queue.push(fault);
    this.queues.set(method, queue);
  }

  /** Removes and returns the next fault for `method`, if any. */
  take(method: string): Fault | undefined {
    return this.queues.get(method)?.shift();
  }

  clear(): void {
    this.queues.clear();
  }
}

/** Waits until a request may go out under a rolling-window limit. */
export interface RateLimiter {
  acquire(): Promise<void>;
}

/** What the limiter needs; the clock and the sleep are injected so tests can run instantly. */
export interface RollingWindowOptions {
  /** At most this many requests … */
  readonly requests: number;
  /** … in any window of this many milliseconds. */
  readonly windowMs: number;
  /**
   * Extra wait past the window. The server counts a request when it arrives, which is later than
   * when it left here, and by different amounts for different requests; without a margin the
   * limit's edge draws 429s. Default: 5% of the window, at least 25 ms.
   */
  readonly marginMs?: number;
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

/**
 * A rolling-window limiter, shared by every caller of one API. HubSpot counts requests over a
 * sliding 10 seconds; fixed-window limiters (p-queue's interval, Bottleneck's reservoir) let up to
 * twice the limit through around a window boundary and so draw 429s from a strict rolling limit.
 * This keeps the send times of the last `requests` calls and waits for the oldest to leave the
 * window; callers are served in order.
 */
export function createRollingWindowLimiter(options: RollingWindowOptions): RateLimiter {
  const now = options.now ?? Date.now;
  const sleep =
    options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const sent: number[] = [];
  const margin = options.marginMs ?? Math.max(25, options.windowMs * 0.05);
  let queue: Promise<void> = Promise.resolve();
  return {
    acquire() {
      const turn = queue.then(async () => {
        for (;;) {
          const t = now();
          while (sent.length > 0 && (sent[0] as number) <= t - options.windowMs - margin)
            sent.shift();
          if (sent.length < options.requests) {
            sent.push(t);
            return;
          }
          await sleep((sent[0] as number) + options.windowMs + margin - t + 1);
        }
      });
      queue = turn.catch(() => undefined);
      return turn;
    },
  };
}

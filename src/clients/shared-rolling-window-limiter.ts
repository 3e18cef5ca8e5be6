import type { RateLimiter } from "./rolling-window-limiter.js";

/** RateSlotPort.takeRateSlot's answer: a slot, or how long until one frees up. */
export type SharedRateSlot =
  | { readonly taken: true }
  | { readonly taken: false; readonly retryInMs: number };

/**
 * Where the slots of a shared rolling window are kept: the store satisfies it (RateSlotStore), so
 * every replica on one database counts one window. Declared here so clients need not know the
 * store.
 */
export interface RateSlotPort {
  takeRateSlot(
    name: string,
    window: { readonly requests: number; readonly windowMs: number; readonly marginMs: number },
  ): Promise<SharedRateSlot>;
}

/** What the shared limiter needs. */
export interface SharedRollingWindowOptions {
  /** The window's name in the port: every process using one name shares one budget. */
  readonly name: string;
  /** At most this many requests, counting every process … */
  readonly requests: number;
  /** … in any window of this many milliseconds. */
  readonly windowMs: number;
  /** Extra hold past the window; see RollingWindowOptions.marginMs. Default: 5%, at least 25 ms. */
  readonly marginMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

/**
 * A rolling-window limiter whose window is shared by every process that reaches `port` (replicas
 * on one PostgreSQL database): each request takes a slot there, and when none is free it sleeps
 * for as long as the port says the oldest slot stays, then asks again. Callers in this process
 * queue here and are served in order, one asking the port at a time, so a busy process sends the
 * database one question per request, not one per waiting caller. A port that fails rejects that
 * caller's acquire; the next caller asks afresh.
 */
export function createSharedRollingWindowLimiter(
  port: RateSlotPort,
  options: SharedRollingWindowOptions,
): RateLimiter {
  const sleep =
    options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const window = {
    requests: options.requests,
    windowMs: options.windowMs,
    marginMs: options.marginMs ?? Math.max(25, options.windowMs * 0.05),
  };
  let queue: Promise<void> = Promise.resolve();
  return {
    acquire() {
      const turn = queue.then(async () => {
        for (;;) {
          const slot = await port.takeRateSlot(options.name, window);
          if (slot.taken) return;
          await sleep(slot.retryInMs);
        }
      });
      queue = turn.catch(() => undefined);
      return turn;
    },
  };
}

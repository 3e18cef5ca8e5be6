/**
 * The store's rate slots (RateSlotStore), run against SQLite and PostgreSQL, and the shared
 * rolling-window limiter on top of them: two handles on one database (two replicas) together never
 * take more than the window's requests.
 */
import { describe, expect, it } from "vitest";
import { createSharedRollingWindowLimiter } from "../../src/clients/shared-rolling-window-limiter.js";
import type { RateWindow } from "../../src/store/types.js";
import { BACKENDS, type ContractStore, storeHandles } from "./backends.js";

const WINDOW: RateWindow = { requests: 3, windowMs: 400, marginMs: 100 };
const SPAN = WINDOW.windowMs + WINDOW.marginMs;

const ticks = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The most times within any `windowMs` of `times` (ms, any order). Times are taken when the answer
 * arrives, a little after the database's slot time; the margin absorbs that lag, so counting over
 * the window alone stays within the limit unless the store let too many through.
 */
function mostInAnyWindow(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  let from = 0;
  for (let to = 0; to < sorted.length; to++) {
    while ((sorted[to] as number) - (sorted[from] as number) >= windowMs) from++;
    most = Math.max(most, to - from + 1);
  }
  return most;
}

describe.each(BACKENDS)("rate slots: %s", (backend, suite) => {
  suite(`rate slots (${backend})`, (fresh) => {
    const { freshStore, open, close } = storeHandles(fresh);

    it("gives the window's requests, then says how long until the oldest leaves it", async () => {
      const store = await freshStore();
      const first = performance.now();
      expect(await store.takeRateSlot("api", WINDOW)).toEqual({ taken: true });
      await ticks(200);
      for (let i = 1; i < WINDOW.requests; i++)
        expect(await store.takeRateSlot("api", WINDOW)).toEqual({ taken: true });
      const refused = await store.takeRateSlot("api", WINDOW);
      const elapsed = performance.now() - first;
      if (refused.taken) throw new Error("a fourth slot in the window");
      // The first slot leaves the window (and its margin) SPAN after it was taken.
      expect(refused.retryInMs).toBeGreaterThan(0);
      expect(refused.retryInMs).toBeLessThanOrEqual(SPAN - 200 + 1);
      expect(refused.retryInMs).toBeGreaterThanOrEqual(SPAN - elapsed - 50);
      await ticks(refused.retryInMs);
      expect(await store.takeRateSlot("api", WINDOW)).toEqual({ taken: true });
      // The next to leave are the two taken 200 ms after the first.
      const next = await store.takeRateSlot("api", WINDOW);
      if (next.taken) throw new Error("a fourth slot in the window");
      expect(next.retryInMs).toBeGreaterThan(100);
    });

    it("keeps each name's window apart", async () => {
      const store = await freshStore();
      for (let i = 0; i < WINDOW.requests; i++) await store.takeRateSlot("api", WINDOW);
      expect((await store.takeRateSlot("api", WINDOW)).taken).toBe(false);
      expect(await store.takeRateSlot("search", WINDOW)).toEqual({ taken: true });
    });

    it("never lets two handles hammering one name take more than the window's requests", async () => {
      const one = await freshStore();
      const two = await open();
      const window: RateWindow = { requests: 5, windowMs: 300, marginMs: 100 };
      const taken: number[] = [];
      const until = performance.now() + 1_500;
      // Four callers per handle, each asking again as soon as the answer allows.
      const caller = async (store: ContractStore) => {
        while (performance.now() < until) {
          const slot = await store.takeRateSlot("hubspot", window);
          if (slot.taken) taken.push(performance.now());
          else await ticks(slot.retryInMs);
        }
      };
      await Promise.all([one, two].flatMap((store) => [1, 2, 3, 4].map(() => caller(store))));
      expect(mostInAnyWindow(taken, window.windowMs)).toBeLessThanOrEqual(window.requests);
      // And the budget was used: 1.5 s holds at least three full spans of 400 ms.
      expect(taken.length).toBeGreaterThanOrEqual(3 * window.requests);
    });

    it("paces two replicas' shared limiters as one budget, serving each process's callers in order", async () => {
      const one = await freshStore();
      const two = await open();
      const window = { name: "hubspot", requests: 4, windowMs: 300, marginMs: 100 };
      const limiters = [
        createSharedRollingWindowLimiter(one, window),
        createSharedRollingWindowLimiter(two, window),
      ];
      const passed: number[] = [];
      const order: string[] = [];
      const started = performance.now();
      await Promise.all(
        limiters.flatMap((limiter, replica) =>
          Array.from({ length: 8 }, (_, i) =>
            limiter.acquire().then(() => {
              passed.push(performance.now());
              order.push(`${replica}:${i}`);
            }),
          ),
        ),
      );
      const seconds = (performance.now() - started) / 1000;
      expect(mostInAnyWindow(passed, window.windowMs)).toBeLessThanOrEqual(window.requests);
      // 16 acquires at 4 per 400 ms: the last four wait three spans, not one (two budgets).
      expect(seconds).toBeGreaterThanOrEqual(1.1);
      for (const replica of ["0", "1"]) {
        const mine = order.filter((o) => o.startsWith(`${replica}:`));
        expect(mine).toEqual(Array.from({ length: 8 }, (_, i) => `${replica}:${i}`));
      }
    });

    it("rejects an acquire when the store fails, and serves the next caller afresh", async () => {
      const store = await freshStore();
      const limiter = createSharedRollingWindowLimiter(store, { name: "api", ...WINDOW });
      await close(store);
      await expect(limiter.acquire()).rejects.toThrow();
      await expect(limiter.acquire()).rejects.toThrow();
    });
  });
});

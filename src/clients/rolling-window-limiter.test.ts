import { describe, expect, it } from "vitest";
import { createRollingWindowLimiter } from "./rolling-window-limiter.js";

function fakeClock() {
  let time = 0;
  const sleeps: number[] = [];
  return {
    now: () => time,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      time += ms;
    },
    advance: (ms: number) => {
      time += ms;
    },
    sleeps,
    get time() {
      return time;
    },
  };
}

describe("the rolling-window limiter", () => {
  it("lets the limit through at once, then waits for the oldest request to leave the window", async () => {
    const clock = fakeClock();
    const limiter = createRollingWindowLimiter({ requests: 3, windowMs: 1000, ...clock });
    for (let i = 0; i < 3; i++) await limiter.acquire();
    expect(clock.time).toBe(0);
    await limiter.acquire();
    // The window, plus the default margin (5% of it) for the time requests take to arrive.
    expect(clock.time).toBe(1051);
  });

  it("never lets more than the limit through in any window, however the calls are spread", async () => {
    const clock = fakeClock();
    const limiter = createRollingWindowLimiter({ requests: 5, windowMs: 1000, ...clock });
    const times: number[] = [];
    for (let i = 0; i < 40; i++) {
      if (i % 7 === 0) clock.advance(333);
      await limiter.acquire();
      times.push(clock.time);
    }
    for (const start of times) {
      expect(times.filter((t) => t >= start && t < start + 1000).length).toBeLessThanOrEqual(5);
    }
  });

  it("serves concurrent callers in order", async () => {
    const clock = fakeClock();
    const limiter = createRollingWindowLimiter({ requests: 1, windowMs: 100, ...clock });
    const order: number[] = [];
    await Promise.all([0, 1, 2].map((i) => limiter.acquire().then(() => order.push(i))));
    expect(order).toEqual([0, 1, 2]);
  });
});

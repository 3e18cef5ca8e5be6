import { describe, expect, it } from "vitest";
import {
  createSharedRollingWindowLimiter,
  type RateSlotPort,
  type SharedRateSlot,
} from "./shared-rolling-window-limiter.js";

/** A port answering from a script, counting how many questions were in flight at once. */
function scriptedPort(answers: Array<SharedRateSlot | Error>) {
  let inFlight = 0;
  const seen = { most: 0, asked: [] as string[] };
  const port: RateSlotPort = {
    async takeRateSlot(name, window) {
      seen.asked.push(`${name}/${window.requests}/${window.windowMs}/${window.marginMs}`);
      inFlight++;
      seen.most = Math.max(seen.most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      inFlight--;
      const answer = answers.shift() ?? new Error("no more answers");
      if (answer instanceof Error) throw answer;
      return answer;
    },
  };
  return { port, seen };
}

describe("the shared rolling-window limiter", () => {
  it("sleeps as long as the port says, then asks again", async () => {
    const { port, seen } = scriptedPort([
      { taken: false, retryInMs: 700 },
      { taken: false, retryInMs: 40 },
      { taken: true },
    ]);
    const sleeps: number[] = [];
    const limiter = createSharedRollingWindowLimiter(port, {
      name: "hubspot",
      requests: 190,
      windowMs: 10_000,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
    });
    await limiter.acquire();
    expect(sleeps).toEqual([700, 40]);
    // The default margin is the in-memory limiter's: 5% of the window.
    expect(seen.asked).toEqual(Array(3).fill("hubspot/190/10000/500"));
  });

  it("asks the port for one caller of this process at a time, in order", async () => {
    const { port, seen } = scriptedPort(Array(10).fill({ taken: true }));
    const limiter = createSharedRollingWindowLimiter(port, {
      name: "s",
      requests: 4,
      windowMs: 1000,
      marginMs: 250,
    });
    const order: number[] = [];
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => limiter.acquire().then(() => order.push(i))),
    );
    expect(seen.most).toBe(1);
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("rejects the caller whose question failed, and serves the next one", async () => {
    const { port } = scriptedPort([new Error("the port is down"), { taken: true }]);
    const limiter = createSharedRollingWindowLimiter(port, {
      name: "s",
      requests: 1,
      windowMs: 10,
    });
    const first = limiter.acquire();
    await expect(first).rejects.toThrow("the port is down");
    await expect(limiter.acquire()).resolves.toBeUndefined();
  });
});

import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  rejection,
  sandboxClient,
  TEST_ACCESS_TOKEN,
} from "../../../test/fakes/hubspot-clients.js";
import { HubSpotSandbox } from "./sandbox.js";

const WINDOW_MS = 500;
const seed = { contacts: [{ id: "1", properties: { email: "a@example.com" } }] };
const readOne = { inputs: [{ id: "1" }], properties: ["email"], propertiesWithHistory: [] };
const updateOne = { inputs: [{ id: "1", properties: { firstname: "A" } }] };

let sandbox: HubSpotSandbox;

beforeEach(async () => {
  sandbox = await HubSpotSandbox.start({
    accessToken: TEST_ACCESS_TOKEN,
    rateLimit: { requests: 5, windowMs: WINDOW_MS },
    objects: seed,
  });
  // The client's retry decorator logs every retry with console.error.
  vi.spyOn(console, "error").mockImplementation(() => undefined);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await sandbox.close();
});

/** Sends `count` reads one after another; the statuses the sandbox answered. */
async function burst(count: number): Promise<number[]> {
  const hs = sandboxClient(sandbox.url);
  const statuses: number[] = [];
  for (let index = 0; index < count; index++) {
    try {
      await hs.contacts.read(readOne);
      statuses.push(200);
    } catch (error) {
      statuses.push(Number((error as { code?: unknown }).code));
    }
  }
  return statuses;
}

describe("HubSpotSandbox rolling rate limit", () => {
  it("answers 429 TEN_SECONDLY_ROLLING after N requests, with HubSpot's headers", async () => {
    const hs = sandboxClient(sandbox.url);
    expect(await burst(5)).toEqual([200, 200, 200, 200, 200]);
    const error = await rejection(hs.contacts.read(readOne));

    expect(error.code).toBe(429);
    expect(error.body).toMatchObject({
      status: "error",
      errorType: "RATE_LIMIT",
      policyName: "TEN_SECONDLY_ROLLING",
      message: "You have reached your ten_secondly_rolling limit.",
    });
    expect(error.headers).toMatchObject({
      "x-hubspot-ratelimit-max": "5",
      "x-hubspot-ratelimit-remaining": "0",
      "x-hubspot-ratelimit-interval-milliseconds": String(WINDOW_MS),
    });
    expect(sandbox.calls().map((call) => call.status)).toEqual([200, 200, 200, 200, 200, 429]);
    // Hitting the limit is a condition to handle, not a bug in the request.
    sandbox.assertNoUnexpectedCalls();
  });

  it("slides: requests get through again as the oldest leave the window", async () => {
    const start = performance.now();
    expect(await burst(3)).toEqual([200, 200, 200]);
    await sleep(WINDOW_MS / 2 - (performance.now() - start));
    expect(await burst(3)).toEqual([200, 200, 429]);

    // The first three have left the window; the two from the middle are still in it.
    await sleep(WINDOW_MS + 40 - (performance.now() - start));
    expect(await burst(4)).toEqual([200, 200, 200, 429]);
  });

  it("counts down X-HubSpot-RateLimit-Remaining on normal answers", async () => {
    await burst(2);
    const response = await fetch(`${sandbox.url}/crm/v3/properties/contacts/email`, {
      headers: { authorization: `Bearer ${TEST_ACCESS_TOKEN}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-hubspot-ratelimit-remaining")).toBe("2");
  });
});

describe("HubSpotSandbox search limit", () => {
  it("answers an unpaced burst of searches 429 SECONDLY, with HubSpot's body and no rate headers", async () => {
    const hs = sandboxClient(sandbox.url);
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, () =>
        hs.client.crm.contacts.searchApi.doSearch({ limit: 1 }).then(
          () => 200,
          (error: { code?: number }) => error.code,
        ),
      ),
    );
    // Five a second (HubSpot's search guide), then 429 with the secondly policy.
    expect(outcomes.filter((status) => status === 200).length).toBeGreaterThanOrEqual(5);
    expect(outcomes).toContain(429);
    const refused = sandbox.calls("/search").find((call) => call.status === 429);
    // A real SECONDLY body (HGData/mk-node-hubspot #84): no category, errorType RATE_LIMIT.
    expect(refused?.response).toEqual({
      status: "error",
      message: "You have reached your secondly limit.",
      errorType: "RATE_LIMIT",
      correlationId: expect.any(String),
      policyName: "SECONDLY",
      requestId: expect.any(String),
    });
    const error = await rejection(hs.client.crm.contacts.searchApi.doSearch({ limit: 1 }));
    expect(error.code).toBe(429);
    expect(Object.keys(error.headers as object).filter((h) => h.includes("ratelimit"))).toEqual([]);
    sandbox.assertNoUnexpectedCalls();
  });

  it("does not count searches in the 10-second window, nor other requests in search's", async () => {
    const hs = sandboxClient(sandbox.url);
    // The 10-second window (5 here) is used up...
    expect(await burst(5)).toEqual([200, 200, 200, 200, 200]);
    // ...and searches still pass, up to their own limit.
    for (let index = 0; index < 5; index++) {
      await hs.client.crm.contacts.searchApi.doSearch({ limit: 1 });
    }
    expect(sandbox.calls("/search").map((call) => call.status)).toEqual([200, 200, 200, 200, 200]);
  });
});

describe("HubSpotSandbox rate-limit storms", () => {
  it("a DAILY storm is not retried by the client", async () => {
    sandbox.rateLimitStorm(5, "DAILY");
    const hs = sandboxClient(sandbox.url, 3);
    const error = await rejection(hs.contacts.update(updateOne));

    expect(error.code).toBe(429);
    expect(error.body).toMatchObject({ policyName: "DAILY" });
    expect(sandbox.calls()).toHaveLength(1);
    expect(sandbox.calls()[0]?.injected).toBe(true);
  });

  it("a SECONDLY storm is retried after 1 s and then succeeds", async () => {
    sandbox.rateLimitStorm(1, "SECONDLY");
    const hs = sandboxClient(sandbox.url, 2);
    const result = await hs.contacts.update(updateOne);

    expect(result.results).toHaveLength(1);
    expect(sandbox.calls().map((call) => call.status)).toEqual([429, 200]);
  });
});

describe("HubSpotSandbox failure injection", () => {
  it("failNext answers 5xx `times` times; the client retries 5xx (200 ms × attempt)", async () => {
    sandbox.failNext("batch/update", { status: 503, times: 2 });
    const hs = sandboxClient(sandbox.url, 3);
    const result = await hs.contacts.update(updateOne);

    expect(result.results).toHaveLength(1);
    expect(sandbox.calls().map((call) => [call.status, call.injected])).toEqual([
      [503, true],
      [503, true],
      [200, undefined],
    ]);
  });

  it("failNext only hits matching paths, and a single attempt surfaces the 500", async () => {
    sandbox.failNext(/\/batch\/update$/, { status: 500 });
    const hs = sandboxClient(sandbox.url);
    await hs.contacts.read(readOne);
    const error = await rejection(hs.contacts.update(updateOne));

    expect(error.code).toBe(500);
    expect(error.body).toMatchObject({ status: "error" });
    expect(sandbox.record("contacts", "1")?.properties.firstname).toBeUndefined();
  });

  it("an HTML 502 (as from HubSpot's edge) is an ApiException too, retried like JSON", async () => {
    sandbox.failNext("batch/update", { status: 502, body: "html", times: 2 });
    const single = sandboxClient(sandbox.url);
    const error = await rejection(single.contacts.update(updateOne));
    expect(error.code).toBe(502);
    expect(error.body).toEqual(expect.stringContaining("Bad Gateway"));

    const retrying = sandboxClient(sandbox.url, 2);
    await retrying.contacts.update(updateOne);
    expect(sandbox.calls().map((call) => call.status)).toEqual([502, 502, 200]);
  });

  it("cutConnectionNext destroys the socket; the client neither gets a status nor retries", async () => {
    sandbox.cutConnectionNext("batch/update");
    const hs = sandboxClient(sandbox.url, 3);
    const error = await rejection(hs.contacts.update(updateOne));

    expect(error.code).toBe("ECONNRESET");
    expect(sandbox.calls().map((call) => call.status)).toEqual([0]);
    // The next request gets through normally.
    await hs.contacts.update(updateOne);
    expect(sandbox.record("contacts", "1")?.properties.firstname).toBe("A");
  });

  it("client pitfall: an API first touched after a later `new Client()` takes its retries", async () => {
    const { Client } = await import("@hubspot/api-client");
    const early = new Client({
      accessToken: TEST_ACCESS_TOKEN,
      basePath: sandbox.url,
      numberOfApiCallRetries: 3,
    });
    sandboxClient(sandbox.url, 1);
    sandbox.failNext("batch/update", { status: 503 });
    const error = await rejection(early.crm.contacts.batchApi.update(updateOne));

    // Three attempts were asked for, one was made: the decorators are process-wide.
    expect(error.code).toBe(503);
    expect(sandbox.calls()).toHaveLength(1);
  });

  it("latency delays every answer", async () => {
    sandbox.latency(150);
    const hs = sandboxClient(sandbox.url);
    const start = performance.now();
    await hs.contacts.read(readOne);
    expect(performance.now() - start).toBeGreaterThanOrEqual(145);
  });
});

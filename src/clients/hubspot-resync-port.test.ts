import { Client } from "@hubspot/api-client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { HubSpotSandbox } from "../sandbox/hubspot/sandbox.js";
import { hubspotResyncPort, UpstreamError } from "./hubspot-resync-port.js";
import { hubspotSetupPort } from "./hubspot-setup-port.js";
import { createRollingWindowLimiter } from "./rolling-window-limiter.js";

// The real HubSpot client against the loopback sandbox, paced and retried by the port.

const TOKEN = "pat-na1-resync-port-test";
const PROPERTY = "syncerror_resync_requested_at";
const WHEN = new Date("2026-11-30T09:00:00Z");
let sandbox: HubSpotSandbox;

beforeEach(async () => {
  sandbox = await HubSpotSandbox.start({
    accessToken: TOKEN,
    rateLimit: { requests: 4, windowMs: 400 },
    objects: { contacts: Array.from({ length: 250 }, (_, i) => ({ id: String(1000 + i) })) },
  });
});
afterEach(async () => {
  sandbox.assertNoUnexpectedCalls();
  await sandbox.close();
});

async function propertyExists() {
  const client = new Client({
    accessToken: TOKEN,
    basePath: sandbox.url,
    numberOfApiCallRetries: 1,
  });
  await hubspotSetupPort(client).createDateTimeProperty("contacts", PROPERTY, "x");
  return client;
}

function port(client: Client, limit = { requests: 4, windowMs: 400 }) {
  return hubspotResyncPort(client, {
    limiter: createRollingWindowLimiter(limit),
    attempts: 4,
    minRetryMs: 20,
    rollingLimitWaitMs: 50,
  });
}

const ids = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => String(from + i));

describe("the HubSpot resync port", () => {
  it("sets the trigger on 100 records in one request and reports each", async () => {
    const client = await propertyExists();
    const outcomes = await port(client).touch("contacts", ids(1000, 100), PROPERTY, WHEN);
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(sandbox.record("contacts", "1099")?.properties[PROPERTY]).toBe(WHEN.toISOString());
    expect(sandbox.calls("batch/update")).toHaveLength(1);
  });

  it("reports records HubSpot does not know, keeping the rest", async () => {
    const client = await propertyExists();
    const outcomes = await port(client).touch(
      "contacts",
      ["1000", "999999", "1001"],
      PROPERTY,
      WHEN,
    );
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true]);
    expect(outcomes[1]).toMatchObject({ id: "999999", ok: false, code: "OBJECT_NOT_FOUND" });
  });

  it("stays under the rolling limit: no 429 for a burst of batches", async () => {
    const client = await propertyExists();
    // Let the property's creation leave the sandbox's window: this limiter did not send it.
    await new Promise((resolve) => setTimeout(resolve, 450));
    const p = port(client);
    await Promise.all(
      [0, 1, 2, 3, 4, 5].map((b) => p.touch("contacts", ids(1000 + b * 10, 10), PROPERTY, WHEN)),
    );
    expect(sandbox.calls("batch/update").map((c) => c.status)).toEqual([
      200, 200, 200, 200, 200, 200,
    ]);
  });

  it("waits out a 429 storm and 5xx answers, then succeeds", async () => {
    const client = await propertyExists();
    sandbox.rateLimitStorm(2);
    sandbox.failNext("batch/update", { status: 503 });
    const outcomes = await port(client, { requests: 100, windowMs: 1000 }).touch(
      "contacts",
      ids(1000, 5),
      PROPERTY,
      WHEN,
    );
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(sandbox.calls("batch/update").map((c) => c.status)).toEqual([429, 429, 503, 200]);
  });

  it("waits a rolling-limit 429 out for the window before trying again", async () => {
    const client = await propertyExists();
    sandbox.rateLimitStorm(2);
    const started = performance.now();
    await port(client, { requests: 100, windowMs: 1000 }).touch(
      "contacts",
      ids(1000, 1),
      PROPERTY,
      WHEN,
    );
    // Two waits of the (test's) 50 ms window, on top of the backoff.
    expect(performance.now() - started).toBeGreaterThanOrEqual(100);
    expect(sandbox.calls("batch/update").map((c) => c.status)).toEqual([429, 429, 200]);
  });

  it("does not retry the daily limit's 429, and says when it resets", async () => {
    const client = await propertyExists();
    sandbox.rateLimitStorm(1, "DAILY");
    const touched = port(client).touch("contacts", ids(1000, 2), PROPERTY, WHEN);
    await expect(touched).rejects.toMatchObject({
      service: "hubspot",
      status: 429,
      message: expect.stringContaining("daily API limit is used up"),
    });
    expect(sandbox.calls("batch/update")).toHaveLength(1);
  });

  it("retries a connection cut mid-request (the update is idempotent)", async () => {
    const client = await propertyExists();
    sandbox.cutConnectionNext("batch/update");
    const outcomes = await port(client).touch("contacts", ids(1000, 3), PROPERTY, WHEN);
    expect(outcomes.every((o) => o.ok)).toBe(true);
  });

  it("splits a batch HubSpot refuses whole until each invalid record stands alone", async () => {
    const client = await propertyExists();
    const fault = {
      category: "VALIDATION_ERROR",
      code: "INVALID_RECORD",
      message: "The record is locked by a portal rule",
    };
    const bad = ["1003", "1004", "1077"];
    sandbox.recordErrors(bad, fault);
    const batch = ids(1000, 100);
    const outcomes = await port(client).touch("contacts", batch, PROPERTY, WHEN);
    // Exactly the refused records fail, each with HubSpot's code and message, in the batch's order.
    expect(outcomes.map((o) => o.id)).toEqual(batch);
    expect(outcomes.filter((o) => !o.ok)).toEqual(
      bad.map((id) => ({ id, ok: false, code: "INVALID_RECORD", message: fault.message })),
    );
    // Every other record was accepted by exactly one request; the refused ones by none.
    const accepted = sandbox
      .calls("batch/update")
      .filter((call) => call.status === 200)
      .flatMap((call) => (call.body as { inputs: { id: string }[] }).inputs.map((i) => i.id));
    expect(accepted.sort()).toEqual(batch.filter((id) => !bad.includes(id)).sort());
    expect(sandbox.record("contacts", "1003")?.properties[PROPERTY]).toBeUndefined();
    expect(sandbox.record("contacts", "1099")?.properties[PROPERTY]).toBe(WHEN.toISOString());
    // Halving: at most 2 requests per refused record per level (7 levels for 100), plus the first.
    expect(sandbox.calls("batch/update").length).toBeLessThanOrEqual(2 * bad.length * 7 + 1);
  });

  it("reads a 207 per record as well, when HubSpot answers that way", async () => {
    const client = await propertyExists();
    sandbox.answerBatchErrors("per-record");
    sandbox.recordErrors(["1001"]);
    const outcomes = await port(client).touch("contacts", ids(1000, 3), PROPERTY, WHEN);
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true]);
    expect(outcomes[1]).toMatchObject({ code: "VALIDATION_ERROR" });
    expect(sandbox.calls("batch/update").map((c) => c.status)).toEqual([207]);
  });

  it("gives up with an UpstreamError on an answer that will not change", async () => {
    // The property does not exist: HubSpot refuses the whole batch with 400.
    const client = new Client({
      accessToken: TOKEN,
      basePath: sandbox.url,
      numberOfApiCallRetries: 1,
    });
    const touched = port(client).touch("contacts", ids(1000, 2), PROPERTY, WHEN);
    await expect(touched).rejects.toBeInstanceOf(UpstreamError);
    await expect(touched).rejects.toMatchObject({ service: "hubspot", status: 400 });
    expect(sandbox.calls("batch/update")).toHaveLength(1);
  });
});

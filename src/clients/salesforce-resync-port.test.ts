import { Connection } from "jsforce";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SalesforceSandbox, salesforceId } from "../sandbox/salesforce/sandbox.js";
import { UpstreamError } from "./hubspot-resync-port.js";
import { salesforceResyncPort } from "./salesforce-resync-port.js";

// jsforce against the loopback Salesforce sandbox.

const TOKEN = "sf-resync-port-test";
const FIELD = "HubSpot_Resync_Requested__c";
const WHEN = new Date("2026-11-30T09:00:00Z");
const leads = Array.from({ length: 120 }, (_, i) => salesforceId("Lead", i + 1));
let sandbox: SalesforceSandbox;

beforeEach(async () => {
  sandbox = await SalesforceSandbox.start({
    accessToken: TOKEN,
    records: { Lead: leads.map((Id) => ({ Id })) },
    customFields: { Lead: [{ name: FIELD, type: "datetime" }] },
    limits: { max: 100_000, remaining: 80_000 },
  });
});
afterEach(async () => {
  sandbox.assertNoUnexpectedCalls();
  await sandbox.close();
});

const port = () =>
  salesforceResyncPort(
    new Connection({ instanceUrl: sandbox.instanceUrl, accessToken: TOKEN, version: "62.0" }),
    { minRetryMs: 20 },
  );

describe("the Salesforce resync port", () => {
  it("sets the field on 100 records in one API call and reports each", async () => {
    const outcomes = await port().touch("Lead", leads.slice(0, 100), FIELD, WHEN);
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(sandbox.record("Lead", leads[99] as string)?.[FIELD]).toBe(WHEN.toISOString());
    expect(sandbox.calls("composite/sobjects")).toHaveLength(1);
  });

  it("reports per-record failures by status code, keeping the rest", async () => {
    sandbox.recordErrors(
      [leads[1] as string],
      "INVALID_EMAIL_ADDRESS",
      "Email: invalid email address: x@",
    );
    const outcomes = await port().touch("Lead", leads.slice(0, 3), FIELD, WHEN);
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true]);
    expect(outcomes[1]).toMatchObject({ ok: false, code: "INVALID_EMAIL_ADDRESS" });
  });

  it("retries a 5xx and a cut connection: the update is idempotent", async () => {
    sandbox.failNext("composite/sobjects", { status: 503 });
    expect((await port().touch("Lead", leads.slice(0, 2), FIELD, WHEN)).every((o) => o.ok)).toBe(
      true,
    );
    sandbox.cutConnectionNext("composite/sobjects");
    expect((await port().touch("Lead", leads.slice(2, 4), FIELD, WHEN)).every((o) => o.ok)).toBe(
      true,
    );
  });

  it("reads the daily API allocation", async () => {
    const limit = await port().dailyApiLimit();
    expect(limit.max).toBe(100_000);
    expect(limit.remaining).toBeLessThanOrEqual(80_000);
  });

  it("gives up with an UpstreamError when the session is refused", async () => {
    const refused = salesforceResyncPort(
      new Connection({ instanceUrl: sandbox.instanceUrl, accessToken: "expired", version: "62.0" }),
    );
    await expect(refused.touch("Lead", leads.slice(0, 1), FIELD, WHEN)).rejects.toBeInstanceOf(
      UpstreamError,
    );
    expect(sandbox.unexpected().length).toBeGreaterThan(0);
    sandbox.reset();
  });
});

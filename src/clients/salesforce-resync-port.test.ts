import { Connection } from "jsforce";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { rejection } from "../../test/fakes/rejection.js";
import {
  DEFAULT_SALESFORCE_LOGIN,
  SalesforceSandbox,
  salesforceId,
} from "../sandbox/salesforce/sandbox.js";
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

  it("retries a 500 UNKNOWN_EXCEPTION, which jsforce reports without its status", async () => {
    // REST API errorcodes.htm: 500 is an error within Salesforce; it names it UNKNOWN_EXCEPTION.
    sandbox.failNext("composite/sobjects", { status: 500 });
    const outcomes = await port().touch("Lead", leads.slice(0, 2), FIELD, WHEN);
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(sandbox.calls("composite/sobjects").map((c) => c.status)).toEqual([500, 200]);
    expect(sandbox.calls("composite/sobjects")[0]?.response).toEqual([
      expect.objectContaining({ errorCode: "UNKNOWN_EXCEPTION" }),
    ]);
  });

  it("gives up after its attempts with an UpstreamError carrying the real status, 503", async () => {
    sandbox.failNext("composite/sobjects", { status: 503, times: 4 });
    const error = await rejection<UpstreamError>(
      port().touch("Lead", leads.slice(0, 1), FIELD, WHEN),
    );
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ service: "salesforce", status: 503 });
    expect(error.message).toContain("503 SERVER_UNAVAILABLE");
    expect(sandbox.calls("composite/sobjects")).toHaveLength(4);
    expect(sandbox.record("Lead", leads[0] as string)?.[FIELD]).toBeUndefined();
  });

  it("does not retry what a retry cannot fix (a 400), and says its status", async () => {
    const error = await rejection<UpstreamError>(
      port().touch("Lead", leads.slice(0, 1), "No_Such_Field__c", WHEN),
    );
    expect(error).toMatchObject({ service: "salesforce", status: 400 });
    expect(sandbox.calls("composite/sobjects")).toHaveLength(1);
    sandbox.reset();
  });

  it("reads the daily API allocation", async () => {
    const limit = await port().dailyApiLimit();
    expect(limit.max).toBe(100_000);
    expect(limit.remaining).toBeLessThanOrEqual(80_000);
  });

  it("reads the allocation from Sforce-Limit-Info when the user may not read /limits", async () => {
    await sandbox.close();
    sandbox = await SalesforceSandbox.start({
      accessToken: TOKEN,
      records: { Lead: leads.map((Id) => ({ Id })) },
      customFields: { Lead: [{ name: FIELD, type: "datetime" }] },
      limits: { max: 100_000, remaining: 80_000 },
      login: { ...DEFAULT_SALESFORCE_LOGIN, viewSetupAndConfiguration: false },
    });
    const limit = await port().dailyApiLimit();
    // The refused call is counted too: 20,001 used of 100,000.
    expect(limit).toEqual({ max: 100_000, remaining: 79_999 });
    expect(sandbox.calls("/limits").map((c) => c.status)).toEqual([403]);
  });

  it("gives up with an UpstreamError when the session is refused", async () => {
    const refused = salesforceResyncPort(
      new Connection({ instanceUrl: sandbox.instanceUrl, accessToken: "expired", version: "62.0" }),
    );
    const error = await rejection<UpstreamError>(
      refused.touch("Lead", leads.slice(0, 1), FIELD, WHEN),
    );
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error.status).toBe(401);
    expect(error.message).toMatch(
      /session has expired or was ended.*JWT bearer or client credentials/,
    );
    expect(sandbox.unexpected().length).toBeGreaterThan(0);
    sandbox.reset();
  });
});

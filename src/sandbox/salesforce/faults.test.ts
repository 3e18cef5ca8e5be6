import { Connection } from "jsforce";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { rejection as rejectionOf } from "../../../test/fakes/rejection.js";
import {
  DEFAULT_SALESFORCE_LOGIN,
  SANDBOX_ORG_ID,
  SANDBOX_USER_ID,
  SalesforceSandbox,
  salesforceId,
} from "./sandbox.js";

const TOKEN = "00D000000000001!sandbox-token";
const LEAD = salesforceId("Lead", 1);

let sandbox: SalesforceSandbox;

function connect(): Connection {
  return new Connection({ instanceUrl: sandbox.instanceUrl, accessToken: TOKEN, version: "62.0" });
}

function updateLead(conn: Connection): Promise<unknown> {
  return conn.sobject("Lead").update([{ Id: LEAD, LastName: "Changed" }], { allOrNone: false });
}

/** What a jsforce call rejects with. */
const rejection = (promise: PromiseLike<unknown>) =>
  rejectionOf<Error & { errorCode?: string }>(promise);

beforeEach(async () => {
  sandbox = await SalesforceSandbox.start({
    accessToken: TOKEN,
    records: { Lead: [{ Id: LEAD, LastName: "Original" }] },
  });
});

afterEach(async () => {
  await sandbox.close();
});

describe("SalesforceSandbox server faults", () => {
  it("fails a PATCH with 5xx once; jsforce does not retry it", async () => {
    sandbox.failNext("/composite/sobjects", { status: 503 });
    const error = await rejection(updateLead(connect()));
    expect(error.errorCode).toBe("SERVER_UNAVAILABLE");
    expect(sandbox.calls().map((call) => [call.status, call.injected])).toEqual([[503, true]]);
    expect(sandbox.record("Lead", LEAD)?.LastName).toBe("Original");

    await updateLead(connect());
    expect(sandbox.record("Lead", LEAD)?.LastName).toBe("Changed");
    sandbox.assertNoUnexpectedCalls();
  });

  it("fails a GET with 5xx once; jsforce retries it after 500 ms and succeeds", async () => {
    sandbox.failNext("/limits", { status: 500, times: 1 });
    const started = Date.now();
    const limits = await connect().limits();
    expect(Date.now() - started).toBeGreaterThanOrEqual(450);
    expect(limits.DailyApiRequests).toEqual({ Max: 100_000, Remaining: 99_999 });
    // The failed attempt was not served, so it cost no API call.
    expect(sandbox.calls("/limits").map((call) => call.status)).toEqual([500, 200]);
  });

  it("cuts the connection of a PATCH: jsforce rejects and nothing is written", async () => {
    sandbox.cutConnectionNext("/composite/sobjects");
    const error = await rejection(updateLead(connect()));
    expect(error.message).toMatch(/socket hang up|ECONNRESET|terminated|fetch failed/i);
    expect(sandbox.calls().map((call) => call.status)).toEqual([0]);
    expect(sandbox.record("Lead", LEAD)?.LastName).toBe("Original");
  });

  it("cuts the connection of a GET: jsforce retries it", async () => {
    sandbox.cutConnectionNext();
    const lead = await connect().sobject("Lead").describe();
    expect(lead.name).toBe("Lead");
    expect(sandbox.calls().map((call) => call.status)).toEqual([0, 200]);
  });

  it("holds every answer back by the set latency", async () => {
    sandbox.latency(150);
    const started = Date.now();
    await connect().limits();
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    sandbox.latency(0);
  });

  it("only takes 5xx statuses", () => {
    expect(() => sandbox.failNext("/limits", { status: 404 })).toThrow(/5xx/);
  });
});

describe("SalesforceSandbox OAuth username-password login", () => {
  const { username, password, clientId, clientSecret } = DEFAULT_SALESFORCE_LOGIN;

  function oauthConnection(): Connection {
    return new Connection({
      oauth2: { loginUrl: sandbox.loginUrl, clientId, clientSecret },
      version: "62.0",
    });
  }

  it("opens a new session and hands out its token and the instance URL, which then work for data calls", async () => {
    const conn = oauthConnection();
    const user = await conn.login(username, password);
    expect(user).toMatchObject({ id: SANDBOX_USER_ID, organizationId: SANDBOX_ORG_ID });
    expect(conn.instanceUrl).toBe(sandbox.instanceUrl);
    expect(conn.accessToken).toMatch(/^00D000000000001!/);
    expect(conn.accessToken).not.toBe(TOKEN);
    await conn.limits();

    const [token, limits] = sandbox.calls();
    expect(token).toMatchObject({
      method: "POST",
      path: "/services/oauth2/token",
      status: 200,
      body: { grant_type: "password", username, client_id: clientId },
    });
    expect(token?.response).toMatchObject({
      token_type: "Bearer",
      instance_url: sandbox.instanceUrl,
    });
    expect(limits?.status).toBe(200);
    sandbox.assertNoUnexpectedCalls();
  });

  it("answers a wrong password with invalid_grant", async () => {
    const error = await rejection(oauthConnection().login(username, "wrong"));
    expect(error).toMatchObject({ name: "invalid_grant", message: "authentication failure" });
    expect(sandbox.calls()[0]?.status).toBe(400);
    sandbox.assertNoUnexpectedCalls();
  });

  it("flags a login without an OAuth client: jsforce then falls back to SOAP login", async () => {
    const conn = new Connection({ loginUrl: sandbox.loginUrl, version: "62.0" });
    await rejection(conn.login(username, password));
    expect(sandbox.calls()[0]).toMatchObject({ method: "POST", path: "/services/Soap/u/62.0" });
    expect(sandbox.unexpected()).toEqual([
      "POST /services/Soap/u/62.0: no such endpoint on the login server",
    ]);
  });

  it("serves no data on the login server", async () => {
    const conn = new Connection({
      instanceUrl: sandbox.loginUrl,
      accessToken: TOKEN,
      version: "62.0",
    });
    expect((await rejection(conn.limits())).errorCode).toBe("NOT_FOUND");
    expect(sandbox.unexpected()).toHaveLength(1);
  });
});

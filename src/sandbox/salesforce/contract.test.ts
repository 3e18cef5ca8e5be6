import { generateKeyPairSync, type KeyObject, sign } from "node:crypto";
import { Connection, OAuth2 } from "jsforce";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { rejection as rejectionOf } from "../../../test/fakes/rejection.js";
import {
  DEFAULT_SALESFORCE_LOGIN,
  JWT_BEARER_GRANT,
  MAX_REQUEST_HEAD_BYTES,
  SANDBOX_ORG_ID,
  SANDBOX_USER_ID,
  type SalesforceLogin,
  SalesforceSandbox,
  salesforceId,
} from "./sandbox.js";

// The Salesforce sandbox's contract: the shapes, statuses and headers docs/fakes/salesforce.md
// promises, each with the public reference it follows, and each answer read through jsforce
// 3.10.16 as the bot reads it.

const TOKEN = "00D000000000001!contract-token";
const LEAD = salesforceId("Lead", 1);
const keys = generateKeyPairSync("rsa", {
  modulusLength: 2048,
  publicKeyEncoding: { type: "spki", format: "pem" },
  privateKeyEncoding: { type: "pkcs8", format: "pem" },
});
const LOGIN: SalesforceLogin = {
  ...DEFAULT_SALESFORCE_LOGIN,
  certificate: keys.publicKey,
  clientCredentials: true,
};
let clock = Date.parse("2026-12-01T09:00:00Z");
let sandbox: SalesforceSandbox;

const rejection = (promise: PromiseLike<unknown>) =>
  rejectionOf<Error & { errorCode?: string; data?: unknown }>(promise);
const connect = (accessToken = TOKEN) =>
  new Connection({ instanceUrl: sandbox.instanceUrl, accessToken, version: "62.0" });

async function start(options: { login?: SalesforceLogin; sessionTimeoutMs?: number } = {}) {
  sandbox = await SalesforceSandbox.start({
    accessToken: TOKEN,
    login: options.login ?? LOGIN,
    records: { Lead: [{ Id: LEAD, LastName: "Doe", Company: "Acme", Email: "doe@acme.com" }] },
    clock: { now: () => new Date(clock) },
    limits: { max: 15_000, remaining: 14_000 },
    ...(options.sessionTimeoutMs === undefined
      ? {}
      : { sessionTimeoutMs: options.sessionTimeoutMs }),
  });
}

function assertion(
  claims: Record<string, unknown>,
  privateKey: string | KeyObject = keys.privateKey,
): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const signed = `${encode({ alg: "RS256" })}.${encode(claims)}`;
  return `${signed}.${sign("RSA-SHA256", Buffer.from(signed), privateKey).toString("base64url")}`;
}
const claims = (over: Record<string, unknown> = {}) => ({
  iss: LOGIN.clientId,
  sub: LOGIN.username,
  aud: sandbox.loginUrl,
  exp: Math.floor(clock / 1000) + 120,
  ...over,
});
/** jsforce's OAuth2 client, as the bot's session module uses it. */
const oauth = (loginUrl: string, withSecret = false) =>
  new OAuth2({
    loginUrl,
    ...(withSecret ? { clientId: LOGIN.clientId, clientSecret: LOGIN.clientSecret } : {}),
  });

beforeEach(() => start());
afterEach(async () => {
  await sandbox.close();
});

describe("every REST answer", () => {
  it("carries Sforce-Limit-Info: api-usage=N/M, which jsforce keeps in limitInfo", async () => {
    // REST API guide, "Limit Info Header": every response includes the org's API usage.
    const conn = connect();
    await conn.sobject("Lead").describe();
    expect(conn.limitInfo).toEqual({ apiUsage: { used: 1001, limit: 15_000 } });
    const answer = await fetch(`${sandbox.instanceUrl}/services/data/v62.0/`, {
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    expect(answer.headers.get("sforce-limit-info")).toBe("api-usage=1002/15000");
    expect(answer.headers.get("content-type")).toMatch(/^application\/json/);
  });

  it("answers an ended session 401 INVALID_SESSION_ID, as jsforce reads it", async () => {
    // REST API errorcodes.htm: 401, "The session ID or OAuth token used has expired or is invalid".
    sandbox.expireSessions();
    const error = await rejection(connect().limits());
    expect(error.errorCode).toBe("INVALID_SESSION_ID");
    expect(error.data).toEqual({
      message: "Session expired or invalid",
      errorCode: "INVALID_SESSION_ID",
    });
    expect(sandbox.calls()[0]?.status).toBe(401);
    // An expired session is an ordinary answer, not an unexpected request.
    sandbox.assertNoUnexpectedCalls();
  });

  it("ends a session unused for the org's Session Timeout", async () => {
    await sandbox.close();
    await start({ sessionTimeoutMs: 2 * 3_600_000 });
    const conn = connect();
    await conn.limits();
    // Used after more than half the timeout: it starts over (Session Settings).
    clock += 61 * 60_000;
    await conn.limits();
    clock += 100 * 60_000;
    await conn.limits();
    clock += 2 * 3_600_000;
    expect((await rejection(conn.limits())).errorCode).toBe("INVALID_SESSION_ID");
  });

  it("refuses a request line and headers over 16,384 bytes: 414 for a long URI, 431 else", async () => {
    // help.salesforce.com 000386264: at most 16,384 bytes; statuses as measured in
    // salesforce.stackexchange.com/q/195449.
    const field = (i: number) => `Custom_Field_Number_${i}_With_A_Long_Name__c`;
    const many = Array.from({ length: 400 }, (_, i) => field(i)).join(", ");
    const error = await rejection(connect().query(`SELECT ${many} FROM Lead`));
    expect(error.errorCode).toBe("ERROR_HTTP_414");
    const headers = await fetch(`${sandbox.instanceUrl}/services/data/v62.0/limits`, {
      headers: {
        Authorization: `Bearer ${TOKEN}`,
        "X-Padding": "x".repeat(MAX_REQUEST_HEAD_BYTES),
      },
    });
    expect(headers.status).toBe(431);
    expect(sandbox.unexpected()).toHaveLength(2);
  });
});

describe("/limits", () => {
  it("answers DailyApiRequests to a user with View Setup and Configuration", async () => {
    // resources_limits.htm
    const limits = await connect().limits();
    expect(limits.DailyApiRequests).toEqual({ Max: 15_000, Remaining: 13_999 });
  });

  it("refuses a user without it with 403, whose Sforce-Limit-Info still tells the usage", async () => {
    sandbox.setUserPermissions({ viewSetupAndConfiguration: false });
    const conn = connect();
    const error = await rejection(conn.limits());
    expect(error.errorCode).toBe("INSUFFICIENT_ACCESS");
    expect(sandbox.calls("/limits")[0]?.status).toBe(403);
    expect(conn.limitInfo.apiUsage).toEqual({ used: 1001, limit: 15_000 });
    sandbox.assertNoUnexpectedCalls();
  });
});

describe("sObject Collections retrieve by POST", () => {
  it("answers records positionally, null for an id it does not find, as jsforce parses them", async () => {
    // resources_composite_sobjects_collections_retrieve_post.htm
    const missing = salesforceId("Lead", 99);
    const records = (await connect().retrieve("Lead", [missing, LEAD.slice(0, 15)], {
      fields: ["id", "email", "Name"],
    })) as unknown as Array<Record<string, unknown> | null>;
    expect(records).toEqual([
      null,
      {
        attributes: { type: "Lead", url: `/services/data/v62.0/sobjects/Lead/${LEAD}` },
        Id: LEAD,
        Email: "doe@acme.com",
        Name: "Doe",
      },
    ]);
    expect(sandbox.calls("/composite/sobjects/Lead")[0]).toMatchObject({
      method: "POST",
      body: { ids: [missing, LEAD.slice(0, 15)], fields: ["id", "email", "Name"] },
    });
    sandbox.assertNoUnexpectedCalls();
  });

  it("answers a field the object lacks with 400 INVALID_FIELD", async () => {
    const error = await rejection(connect().retrieve("Lead", [LEAD], { fields: ["Nope__c"] }));
    expect(error.errorCode).toBe("INVALID_FIELD");
  });
});

describe("failures", () => {
  it("answers 500 with UNKNOWN_EXCEPTION and 503 with SERVER_UNAVAILABLE", async () => {
    // REST API errorcodes.htm: 500 "an error has occurred within Salesforce"; 503 unavailable.
    sandbox.failNext("/composite/sobjects", { status: 500 });
    sandbox.failNext("/composite/sobjects", { status: 503 });
    const update = () =>
      connect()
        .sobject("Lead")
        .update([{ Id: LEAD, LastName: "X" }], { allOrNone: false });
    expect((await rejection(update())).errorCode).toBe("UNKNOWN_EXCEPTION");
    expect((await rejection(update())).errorCode).toBe("SERVER_UNAVAILABLE");
    expect(sandbox.calls().map((c) => [c.status, c.injected])).toEqual([
      [500, true],
      [503, true],
    ]);
  });
});

describe("POST /services/oauth2/token", () => {
  it("answers the username-password flow with a new session, as jsforce's login reads it", async () => {
    const conn = new Connection({
      oauth2: {
        loginUrl: sandbox.loginUrl,
        clientId: LOGIN.clientId,
        clientSecret: LOGIN.clientSecret,
      },
      version: "62.0",
    });
    const user = await conn.login(LOGIN.username, LOGIN.password);
    expect(user).toMatchObject({ id: SANDBOX_USER_ID, organizationId: SANDBOX_ORG_ID });
    expect(Object.keys(sandbox.calls()[0]?.response as object).sort()).toEqual([
      "access_token",
      "id",
      "instance_url",
      "issued_at",
      "signature",
      "token_type",
    ]);
    await conn.limits();
  });

  it("answers a JWT bearer assertion with a session, at the login server and at My Domain", async () => {
    for (const url of [sandbox.loginUrl, sandbox.instanceUrl]) {
      const answer = await oauth(url).requestToken({
        grant_type: JWT_BEARER_GRANT,
        assertion: assertion(claims({ aud: url })),
      });
      expect(answer).toMatchObject({
        instance_url: sandbox.instanceUrl,
        token_type: "Bearer",
        id: `${sandbox.loginUrl}/id/${SANDBOX_ORG_ID}/${SANDBOX_USER_ID}`,
      });
      await connect(answer.access_token).limits();
    }
    sandbox.assertNoUnexpectedCalls();
  });

  it("refuses assertions as Salesforce does, each with its OAuth error", async () => {
    // remoteaccess_oauth_jwt_flow.htm, with the answers reported in the issues jwt.ts names.
    const other = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey;
    const cases: Array<[string, string]> = [
      [assertion(claims(), other), "invalid_grant: invalid assertion"],
      [assertion(claims({ iss: "someone-else" })), "invalid_client_id: client identifier invalid"],
      [assertion(claims({ aud: "https://example.com" })), "invalid_grant: audience is invalid"],
      [
        assertion(claims({ exp: Math.floor(clock / 1000) - 1 })),
        "invalid_grant: expired authorization code",
      ],
      [
        assertion(claims({ sub: "nobody@acme.com" })),
        "invalid_grant: user hasn't approved this consumer",
      ],
      ["not.a.jwt", "invalid_grant: invalid assertion"],
    ];
    for (const [jwt, expected] of cases) {
      const error = await rejection(
        oauth(sandbox.loginUrl).requestToken({ grant_type: JWT_BEARER_GRANT, assertion: jwt }),
      );
      expect(`${error.name}: ${error.message}`).toBe(expected);
    }
    expect(sandbox.calls().every((c) => c.status === 400)).toBe(true);
    sandbox.assertNoUnexpectedCalls();
  });

  it("serves client credentials at My Domain only, for an app with the flow on", async () => {
    const answer = await oauth(sandbox.instanceUrl, true).requestToken({
      grant_type: "client_credentials",
    });
    await connect(answer.access_token).limits();
    const atLogin = await rejection(
      oauth(sandbox.loginUrl, true).requestToken({ grant_type: "client_credentials" }),
    );
    expect(`${atLogin.name}: ${atLogin.message}`).toBe(
      "invalid_grant: request not supported on this domain",
    );
    await sandbox.close();
    await start({ login: { ...LOGIN, clientCredentials: false } });
    const off = await rejection(
      oauth(sandbox.instanceUrl, true).requestToken({ grant_type: "client_credentials" }),
    );
    expect(`${off.name}: ${off.message}`).toBe("invalid_grant: no client credentials user enabled");
  });

  it("flags a grant type it does not model", async () => {
    const error = await rejection(
      oauth(sandbox.loginUrl, true).requestToken({ grant_type: "refresh_token" }),
    );
    expect(error.name).toBe("unsupported_grant_type");
    expect(sandbox.unexpected()).toEqual([
      "POST /services/oauth2/token: unsupported_grant_type: grant_type refresh_token",
    ]);
  });
});

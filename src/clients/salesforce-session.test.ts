import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { rejection } from "../../test/fakes/rejection.js";
import { createCatalog } from "../catalog/catalog.js";
import { BotError } from "../errors.js";
import { DEFAULT_MAPPINGS } from "../mappings/default-mappings.js";
import { planResync } from "../resync/plan-resync.js";
import { runResyncJob } from "../resync/run-resync-job.js";
import { rules } from "../rules/index.js";
import {
  DEFAULT_SALESFORCE_LOGIN,
  type SalesforceCall,
  SalesforceSandbox,
  salesforceId,
} from "../sandbox/salesforce/sandbox.js";
import { createPreflight } from "../scan/preflight.js";
import { runScan } from "../scan/run-scan.js";
import { openStore } from "../store/index.js";
import type { Store } from "../store/types.js";
import { UpstreamError } from "./hubspot-resync-port.js";
import { salesforceResyncPort } from "./salesforce-resync-port.js";
import { salesforceScanPort } from "./salesforce-scan-port.js";
import { connectSalesforce, readPrivateKey, type SalesforceAuth } from "./salesforce-session.js";

// Each login flow against the Salesforce fake's token endpoints, through jsforce: the session is
// renewed when the org ends it, mid-resync and mid-scan, with nothing lost or sent twice.

const catalog = createCatalog(rules);
const FIELD = "HubSpot_Resync_Requested__c";
const AT = new Date("2026-11-30T09:00:00Z");
const rsa = () =>
  generateKeyPairSync("rsa", {
    modulusLength: 2048,
    publicKeyEncoding: { type: "spki", format: "pem" },
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
  });
const appKey = rsa();
const otherKey = rsa();
const dir = mkdtempSync(join(tmpdir(), "syncerror-sf-session-"));
const keyPath = join(dir, "app.key");
const wrongKeyPath = join(dir, "other.key");
writeFileSync(keyPath, appKey.privateKey);
writeFileSync(wrongKeyPath, otherKey.privateKey);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** 250 leads, every tenth with an email Salesforce would refuse; three pages of 100 to scan. */
const leads = Array.from({ length: 250 }, (_, i) => ({
  Id: salesforceId("Lead", i + 1),
  LastName: `L${i}`,
  Company: "Acme",
  Email: i % 10 === 0 ? `lead${i}@acme` : `lead${i}@acme.com`,
}));
const login = {
  ...DEFAULT_SALESFORCE_LOGIN,
  certificate: appKey.publicKey,
  clientCredentials: true,
};

let sandbox: SalesforceSandbox;
let store: Store;

beforeEach(async () => {
  sandbox = await SalesforceSandbox.start({
    accessToken: "sf-session-unused",
    login,
    records: { Lead: leads },
    customFields: { Lead: [{ name: FIELD, type: "datetime" }] },
    queryPageSize: 100,
  });
  store = await openStore({ path: ":memory:" });
});
afterEach(async () => {
  sandbox.assertNoUnexpectedCalls();
  await store.close();
  await sandbox.close();
});

const FLOWS: Record<Exclude<SalesforceAuth["kind"], "token">, () => SalesforceAuth> = {
  jwt: () => ({
    kind: "jwt",
    loginUrl: sandbox.loginUrl,
    clientId: login.clientId,
    username: login.username,
    privateKeyPath: keyPath,
    version: "62.0",
  }),
  "client-credentials": () => ({
    kind: "client-credentials",
    // The org's My Domain: the sandbox's instance.
    loginUrl: sandbox.instanceUrl,
    clientId: login.clientId,
    clientSecret: login.clientSecret,
    version: "62.0",
  }),
  password: () => ({
    kind: "password",
    loginUrl: sandbox.loginUrl,
    username: login.username,
    password: login.password,
    clientId: login.clientId,
    clientSecret: login.clientSecret,
    version: "62.0",
  }),
};

const tokenCalls = () => sandbox.calls("/services/oauth2/token");
const accepted = (calls: SalesforceCall[]) => calls.filter((c) => c.status === 200);

async function seedInvalidEmails(): Promise<number> {
  const rule = catalog.ruleById("invalid-email");
  if (!rule) throw new Error("rule");
  const tx = await store.beginImport({
    fileName: "e",
    contentHash: "e",
    importedBy: "test",
    importedAt: AT,
  });
  for (const lead of leads) {
    await tx.add({
      ruleId: rule.id,
      category: rule.category,
      direction: rule.direction,
      objectType: "contact",
      hubspotId: null,
      salesforceId: lead.Id,
      recordName: null,
      message: "m",
      statusCode: null,
      occurredAt: AT,
    });
  }
  await tx.commit({ rowsRead: leads.length, rejected: 0, objectTypes: [], columns: {} });
  const { job, started } = await store.startResyncJob({
    ruleId: rule.id,
    requestedBy: "U1",
    requestedAt: AT,
    triggerAt: AT,
    records: planResync(rule, await store.openErrorsOf(rule.id)),
  });
  if (!started) throw new Error("job");
  return job.id;
}

describe.each(Object.keys(FLOWS) as Array<keyof typeof FLOWS>)("the %s login", (flow) => {
  it("carries a resync across ended sessions: every record sent once, nothing lost", async () => {
    const renewed: string[] = [];
    const connection = await connectSalesforce(FLOWS[flow](), {
      onRenewed: (kind) => renewed.push(kind),
    });
    const jobId = await seedInvalidEmails();
    const job = await runResyncJob(jobId, {
      store,
      salesforce: salesforceResyncPort(connection, { minRetryMs: 10 }),
      hubspot: undefined,
      triggers: { hubspotProperty: "unused", salesforceField: FIELD },
      now: () => AT,
      // The org ends every session after each batch: the next batch's first call is refused.
      onProgress: () => sandbox.expireSessions(),
    });
    expect(job).toMatchObject({ status: "done", counts: { accepted: 250, pending: 0 } });
    const updates = sandbox.calls("/composite/sobjects").filter((c) => c.method === "PATCH");
    // Three batches, two of them refused once (401) and sent again after a new login.
    expect(updates.map((c) => c.status)).toEqual([200, 401, 200, 401, 200]);
    const sent = accepted(updates).flatMap((c) =>
      (c.body as { records: Array<{ id: string }> }).records.map((r) => r.id),
    );
    expect(sent).toHaveLength(250);
    expect(new Set(sent).size).toBe(250);
    expect(leads.every((l) => sandbox.record("Lead", l.Id)?.[FIELD] === AT.toISOString())).toBe(
      true,
    );
    expect(accepted(tokenCalls())).toHaveLength(3);
    expect(renewed).toEqual([flow, flow]);
  });

  it("carries a preflight-checked resync across an ended session", async () => {
    const connection = await connectSalesforce(FLOWS[flow]());
    const jobId = await seedInvalidEmails();
    const job = await runResyncJob(jobId, {
      store,
      salesforce: salesforceResyncPort(connection, { minRetryMs: 10 }),
      hubspot: undefined,
      triggers: { hubspotProperty: "unused", salesforceField: FIELD },
      now: () => AT,
      preflight: createPreflight({
        hubspot: undefined,
        salesforce: salesforceScanPort(connection, { minRetryMs: 10 }),
        mappings: DEFAULT_MAPPINGS,
        catalog,
      }),
      onProgress: () => sandbox.expireSessions(),
    });
    // The bad emails are held back, the rest accepted; the reads after each ended session were
    // refused once and read again.
    expect(job.counts).toMatchObject({ accepted: 225, skipped: 25, failed: 0, pending: 0 });
    const reads = sandbox.calls("/composite/sobjects/Lead");
    expect(reads.map((c) => c.status)).toEqual([200, 401, 200, 401, 200]);
  });

  it("carries a scan across an ended session: every page read once", async () => {
    const connection = await connectSalesforce(FLOWS[flow]());
    let ended = false;
    const scans = salesforceScanPort(connection);
    const { summary } = await runScan({
      store,
      catalog,
      hubspot: undefined,
      salesforce: scans,
      mappings: DEFAULT_MAPPINGS,
      settings: { inclusionListId: undefined, graceMs: 3_600_000, overlapMs: 300_000 },
      now: () => new Date(),
      calls: () => ({ hubspot: 0, salesforce: scans.calls() }),
      salesforceBudget: {
        allocation: () => salesforceResyncPort(connection).dailyApiLimit(),
        reserve: 0.2,
      },
      onProgress: ({ side }) => {
        if (side === "Salesforce Lead" && !ended) {
          ended = true;
          sandbox.expireSessions();
        }
      },
    });
    expect(summary).toMatchObject({ salesforceRead: 250, salesforceComplete: true });
    expect(summary.salesforceSkipped).toBeNull();
    expect(summary.findingsByRule).toEqual({ "invalid-email": 25 });
    const pages = sandbox.calls(/\/query\/01g/);
    // Page 2 was refused once, then read; page 3 once.
    expect(pages.map((c) => c.status)).toEqual([401, 200, 200]);
    expect(accepted(tokenCalls())).toHaveLength(2);
  });
});

describe("logging in", () => {
  it("refuses a JWT signed with another key, saying which key to use", async () => {
    const error = await rejection<UpstreamError>(
      connectSalesforce({ ...FLOWS.jwt(), privateKeyPath: wrongKeyPath } as SalesforceAuth),
    );
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error.message).toBe(
      "Salesforce refused the OAuth JWT bearer login (invalid_grant: invalid assertion): the JWT's signature does not match the certificate uploaded to the connected app; SALESFORCE_PRIVATE_KEY_PATH must hold the private key of that certificate.",
    );
    expect(tokenCalls().map((c) => c.status)).toEqual([400]);
  });

  it("signs the JWT bearer assertion as Salesforce checks it: RS256 over iss, sub, aud and exp", async () => {
    await connectSalesforce(FLOWS.jwt(), { now: () => Date.now() });
    const form = (tokenCalls()[0]?.body ?? {}) as { assertion?: string };
    const assertion = String(form.assertion);
    const [header, claims] = assertion
      .split(".")
      .slice(0, 2)
      .map((part) => JSON.parse(Buffer.from(part, "base64url").toString("utf8")));
    expect(header).toEqual({ alg: "RS256" });
    expect(claims).toMatchObject({
      iss: login.clientId,
      sub: login.username,
      aud: sandbox.loginUrl,
    });
    const inSeconds = claims.exp - Date.now() / 1000;
    expect(inSeconds).toBeGreaterThan(60);
    expect(inSeconds).toBeLessThanOrEqual(180);
    // No client id beside the assertion: its `iss` names the app.
    expect(Object.keys(tokenCalls()[0]?.body as object).sort()).toEqual([
      "assertion",
      "grant_type",
    ]);
  });

  it("says what to fix for each refusal, naming variables, never their values", async () => {
    const client = FLOWS["client-credentials"]();
    const wrongSecret = { ...client, clientSecret: "not-the-secret-0123" } as SalesforceAuth;
    const atLoginServer = { ...client, loginUrl: sandbox.loginUrl } as SalesforceAuth;
    const badPassword = { ...FLOWS.password(), password: "wrong-password-0123" } as SalesforceAuth;
    const messages = await Promise.all(
      [wrongSecret, atLoginServer, badPassword].map(
        async (auth) => (await rejection<Error>(connectSalesforce(auth))).message,
      ),
    );
    expect(messages).toEqual([
      "Salesforce refused the OAuth client credentials login (invalid_client: invalid client credentials): SALESFORCE_CLIENT_SECRET is not the connected app's consumer secret.",
      "Salesforce refused the OAuth client credentials login (invalid_grant: request not supported on this domain): the client credentials flow needs the org's My Domain URL (https://<domain>.my.salesforce.com) in SALESFORCE_LOGIN_URL.",
      expect.stringMatching(
        /^Salesforce refused the OAuth username-password login \(invalid_grant: authentication failure\): SALESFORCE_USERNAME or SALESFORCE_PASSWORD/,
      ),
    ]);
    expect(messages.join(" ")).not.toMatch(/not-the-secret|wrong-password/);
  });

  it("refuses a key file it cannot use, naming SALESFORCE_PRIVATE_KEY_PATH", async () => {
    const notKey = join(dir, "not-a.key");
    writeFileSync(notKey, "hello");
    for (const path of [notKey, join(dir, "missing.key")]) {
      const error = await rejection<BotError>(readPrivateKey(path));
      expect(error).toBeInstanceOf(BotError);
      expect(error.code).toBe("config_invalid");
      expect(error.message).toMatch(/^SALESFORCE_PRIVATE_KEY_PATH\b/);
    }
    // A missing file or a folder in plain words, not the file system's ENOENT or EISDIR.
    const missing = await rejection<BotError>(readPrivateKey(join(dir, "missing.key")));
    expect(missing.message).toBe(
      `SALESFORCE_PRIVATE_KEY_PATH: There is no file ${join(dir, "missing.key")}.`,
    );
    const folder = await rejection<BotError>(readPrivateKey(dir));
    expect(folder.message).toBe(`SALESFORCE_PRIVATE_KEY_PATH: ${dir} is a folder, not a file.`);
  });

  it("logs in once for calls refused together", async () => {
    const connection = await connectSalesforce(FLOWS["client-credentials"]());
    sandbox.expireSessions();
    const port = salesforceScanPort(connection);
    await Promise.all(["Lead", "Contact", "Account"].map((o) => port.describe(o as "Lead")));
    expect(accepted(tokenCalls())).toHaveLength(2);
    expect(sandbox.calls("/describe").map((c) => c.status)).toEqual([401, 401, 401, 200, 200, 200]);
  });

  it("says so when the new login fails, and the next call logs in again", async () => {
    const connection = await connectSalesforce(FLOWS["client-credentials"]());
    const port = salesforceScanPort(connection);
    sandbox.expireSessions();
    sandbox.failNext("/services/oauth2/token", { status: 503 });
    const error = await rejection<UpstreamError>(port.describe("Lead"));
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error.message).toMatch(
      /^The OAuth client credentials login to Salesforce did not complete/,
    );
    await port.describe("Lead");
    expect(tokenCalls().map((c) => c.status)).toEqual([200, 503, 200]);
  });

  it("sends a refused request once more only: a session refused right after login is an error, not a loop", async () => {
    // Every session ends at once (the user lost API access, say): jsforce's own refresh would
    // log in and resend for ever.
    await sandbox.close();
    sandbox = await SalesforceSandbox.start({
      accessToken: "sf-session-unused",
      login,
      sessionTimeoutMs: 0,
    });
    const connection = await connectSalesforce(FLOWS["client-credentials"]());
    const error = await rejection<UpstreamError>(salesforceScanPort(connection).describe("Lead"));
    expect(error).toMatchObject({ service: "salesforce", status: 401 });
    expect(error.message).toMatch(/refused the new one it logged in for too/);
    expect(sandbox.calls("/describe").map((c) => c.status)).toEqual([401, 401]);
    expect(tokenCalls()).toHaveLength(2);
  });

  it("with a bare access token, fails clearly once the session ends", async () => {
    const connection = await connectSalesforce({
      kind: "token",
      instanceUrl: sandbox.instanceUrl,
      accessToken: "sf-session-unused",
      version: "62.0",
    });
    sandbox.expireSessions();
    const error = await rejection<UpstreamError>(
      salesforceResyncPort(connection).touch("Lead", [leads[0]?.Id ?? ""], FIELD, AT),
    );
    expect(error).toMatchObject({ service: "salesforce", status: 401 });
    expect(error.message).toMatch(/JWT bearer or client credentials/);
    expect(tokenCalls()).toHaveLength(0);
  });
});

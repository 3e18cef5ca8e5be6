import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "@hubspot/api-client";
import { Connection } from "jsforce";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createCatalog } from "../src/catalog/catalog.js";
import { hubspotSetupPort } from "../src/clients/hubspot-setup-port.js";
import { MAPPED_CONTACT_PROPERTIES } from "../src/console/scan-demo.js";
import { composeDigest } from "../src/digest/compose-digest.js";
import { translator } from "../src/i18n/translator.js";
import { DEFAULT_MAPPINGS } from "../src/mappings/default-mappings.js";
import { buildResyncDeps } from "../src/resync/resync-deps.js";
import { startResync } from "../src/resync/start-resync.js";
import { rules } from "../src/rules/index.js";
import { HubSpotSandbox } from "../src/sandbox/hubspot/sandbox.js";
import {
  DEFAULT_SALESFORCE_LOGIN,
  SalesforceSandbox,
  salesforceId,
} from "../src/sandbox/salesforce/sandbox.js";
import { SlackSandbox } from "../src/sandbox/slack/sandbox.js";
import { runScan } from "../src/scan/run-scan.js";
import { buildScanDeps } from "../src/scan/scan-deps.js";
import { skipReasonText } from "../src/scan/skip-reason.js";
import { validateBlocks } from "../src/slack/blocks/index.js";
import { openStore } from "../src/store/index.js";
import type { Store } from "../src/store/types.js";
import { freePort } from "./fakes/free-port.js";
import { runSyncerror } from "./fakes/run-syncerror.js";

// A scan of seeded HubSpot and Salesforce sandboxes through the real @hubspot/api-client and
// jsforce: every planted problem is found once, nothing else is, a later scan resolves what was
// fixed, and a resync holds back what the checks still find broken.

const catalog = createCatalog(rules);
const HS_TOKEN = "pat-na1-scan-e2e";
const SF_TOKEN = "sf-scan-e2e";
const FIELD = "HubSpot_Resync_Requested__c";
const HOUR = 3_600_000;
const now = Date.now();
const iso = (ms: number) => new Date(ms).toISOString();
const id = (type: "Lead" | "Contact" | "Opportunity" | "User", n: number) => salesforceId(type, n);
const BAD_CHECKSUM = `${id("Lead", 90).slice(0, 15)}XXX`;

const CONFIG = {
  scan: { mappingsPath: undefined, inclusionListId: undefined, graceMs: HOUR, cron: "0 * * * *" },
  resync: {
    hubspotProperty: "syncerror_resync_requested_at",
    salesforceField: FIELD,
    hubspotRateLimit: 190,
    salesforceReserve: 0.2,
    cooldownMs: 0,
    allowed: { users: [], usergroup: undefined },
  },
};

/** A contact created two hours ago that never synced, with a name and company unless told. */
const stuck = (n: number, properties: Record<string, string>) => ({
  id: String(n),
  createdAt: iso(now - 2 * HOUR),
  updatedAt: iso(now - 2 * HOUR),
  properties: { firstname: "Ann", lastname: `Case${n}`, company: "Acme", ...properties },
});
/** A contact whose last change reached Salesforce. */
const synced = (n: number, properties: Record<string, string>) => ({
  id: String(n),
  createdAt: iso(now - 3 * HOUR),
  updatedAt: iso(now - 2 * HOUR),
  properties: {
    lastname: `Fine${n}`,
    salesforcecontactid: id("Contact", n),
    salesforcelastsynctime: iso(now - 2 * HOUR + 1000),
    ...properties,
  },
});

let store: Store;
let hubspot: HubSpotSandbox;
let salesforce: SalesforceSandbox;

beforeEach(async () => {
  store = await openStore({ path: ":memory:" });
  hubspot = await HubSpotSandbox.start({
    accessToken: HS_TOKEN,
    properties: { contacts: MAPPED_CONTACT_PROPERTIES },
    owners: [
      { id: "201", email: "gone@acme.com" },
      { id: "202", email: "ann@acme.com" },
    ],
    pipelines: [
      {
        id: "default",
        label: "Sales Pipeline",
        stages: [
          { id: "s1", label: "Prospecting" },
          { id: "s2", label: "Closed Won" },
        ],
      },
    ],
    objects: {
      contacts: [
        stuck(1, { jobtitle: "Head of ".repeat(30) }),
        stuck(2, { hs_lead_status: "Nurturing" }),
        stuck(3, { state: "Bavaria", country: "Denmark" }),
        stuck(4, { state: "California" }),
        stuck(5, { lastname: "" }),
        stuck(6, { hubspot_owner_id: "201" }),
        {
          ...stuck(7, {
            salesforceleadid: BAD_CHECKSUM,
            salesforcelastsynctime: iso(now - 3.5 * HOUR),
          }),
          createdAt: iso(now - 4 * HOUR),
        },
        stuck(8, {}),
        synced(9, { hubspot_owner_id: "202" }),
        // Young: not stuck yet, whatever it holds.
        { ...stuck(10, { jobtitle: "x".repeat(300) }), createdAt: iso(now - 60_000) },
        synced(11, { email: "jane@acme.com" }),
      ],
    },
  });
  // Salesforce's records were last changed two hours ago; changes made by the tests are stamped now.
  let seeding = true;
  salesforce = await SalesforceSandbox.start({
    accessToken: SF_TOKEN,
    clock: { now: () => new Date(seeding ? now - 2 * HOUR : Date.now()) },
    stateCountryPicklists: true,
    customFields: { Lead: [{ name: FIELD, type: "datetime" }] },
    records: {
      User: [
        {
          Id: id("User", 1),
          Username: "ann",
          LastName: "Ann",
          Email: "ann@acme.com",
          IsActive: true,
          UserType: "Standard",
        },
        {
          Id: id("User", 2),
          Username: "gone",
          LastName: "Gone",
          Email: "gone@acme.com",
          IsActive: false,
          UserType: "Standard",
        },
        {
          Id: id("User", 3),
          Username: "portal",
          LastName: "Portal",
          Email: "portal@acme.com",
          IsActive: true,
          UserType: "PowerCustomerSuccess",
        },
      ],
      Lead: [
        {
          Id: id("Lead", 1),
          LastName: "Doe",
          Company: "Acme",
          Email: "jane.doe@acme",
          OwnerId: id("User", 1),
        },
        {
          Id: id("Lead", 2),
          LastName: "Twin",
          Company: "Acme",
          Email: "jane@acme.com",
          OwnerId: id("User", 1),
        },
        {
          Id: id("Lead", 3),
          LastName: "Portal",
          Company: "Acme",
          Email: "p@acme.com",
          OwnerId: id("User", 3),
        },
        {
          Id: id("Lead", 4),
          LastName: "Closed",
          Company: "Acme",
          Status: "Closed - Converted",
          OwnerId: id("User", 1),
        },
        {
          Id: id("Lead", 5),
          LastName: "Fine",
          Company: "Acme",
          Email: "fine@acme.com",
          Status: "Working - Contacted",
          OwnerId: id("User", 1),
        },
      ],
      Opportunity: [
        {
          Id: id("Opportunity", 1),
          Name: "Old",
          StageName: "Needs Analysis",
          CloseDate: "2026-12-01",
          OwnerId: id("User", 1),
        },
        {
          Id: id("Opportunity", 2),
          Name: "New",
          StageName: "Qualification",
          CloseDate: "2026-12-01",
          OwnerId: id("User", 1),
        },
        {
          Id: id("Opportunity", 3),
          Name: "Fine",
          StageName: "Prospecting",
          CloseDate: "2026-12-01",
          OwnerId: id("User", 1),
        },
      ],
    },
  });
  seeding = false;
});

afterEach(async () => {
  hubspot.assertNoUnexpectedCalls();
  salesforce.assertNoUnexpectedCalls();
  await store.close();
  await hubspot.close();
  await salesforce.close();
});

const clients = () => ({
  hubspot: new Client({ accessToken: HS_TOKEN, basePath: hubspot.url, numberOfApiCallRetries: 1 }),
  salesforce: new Connection({
    instanceUrl: salesforce.instanceUrl,
    accessToken: SF_TOKEN,
    version: "62.0",
  }),
});

async function scan(at = new Date()) {
  return runScan(
    buildScanDeps({
      ...clients(),
      config: CONFIG,
      mappings: DEFAULT_MAPPINGS,
      store,
      catalog,
      now: () => at,
    }),
  );
}

const openOf = async (ruleId: string) =>
  (await store.openErrorsOf(ruleId)).map((e) => e.hubspotId ?? e.salesforceId);

describe("a scan of HubSpot and Salesforce", () => {
  it("finds exactly the planted problems, each once, and stores them as errors from the scan", async () => {
    const { summary, scan: record } = await scan();
    expect(summary.findingsByRule).toEqual({
      "string-too-long": 1,
      "restricted-picklist-value": 1,
      "mismatched-state-or-country-value": 1,
      "missing-required-country": 1,
      "missing-required-value": 1,
      "inactive-salesforce-owner": 1,
      "invalid-salesforce-id": 1,
      "unknown-error": 1,
      "invalid-email": 1,
      "email-already-in-use": 1,
      "salesforce-owners-not-synced": 1,
      "mismatched-options": 1,
      "inactive-opportunity-stage": 1,
      "missing-or-invalid-opportunity-stage": 1,
    });
    expect(summary).toMatchObject({ full: true, hubspotRead: 11, stuck: 8, stuckWithoutReason: 1 });
    expect(summary.salesforceRead).toBe(8);
    expect(record.newCount).toBe(14);
    expect(await openOf("string-too-long")).toEqual(["1"]);
    expect(await openOf("restricted-picklist-value")).toEqual(["2"]);
    expect(await openOf("missing-required-value")).toEqual(["5"]);
    expect(await openOf("invalid-salesforce-id")).toEqual(["7"]);
    expect(await openOf("unknown-error")).toEqual(["8"]);
    expect(await openOf("invalid-email")).toEqual([id("Lead", 1)]);
    expect(await openOf("email-already-in-use")).toEqual([id("Lead", 2)]);
    expect(await openOf("inactive-opportunity-stage")).toEqual([id("Opportunity", 1)]);
    expect(await openOf("missing-or-invalid-opportunity-stage")).toEqual([id("Opportunity", 2)]);
    // The digest tells the scan's findings from what HubSpot reported.
    const { message } = await composeDigest({
      store,
      catalog,
      channel: "C0DIGEST",
      slot: new Date(),
      timezone: "UTC",
      now: new Date(),
    });
    expect(JSON.stringify(message?.blocks)).toContain(
      "Invalid email: *1 new* (1 record) · 1 open · found by scan",
    );
    // At most one HubSpot call per 100 records, plus the metadata; every call counted.
    expect(summary.calls.hubspot).toBe(hubspot.calls().length);
    expect(summary.calls.salesforce).toBeGreaterThan(0);
  });

  it("reads only what changed on the next scan, and resolves what was fixed", async () => {
    await scan();
    const { hubspot: hs, salesforce: sf } = clients();
    await hs.crm.contacts.batchApi.update({
      inputs: [{ id: "1", properties: { jobtitle: "CTO" } }],
    });
    await sf
      .sobject("Lead")
      .update([{ Id: id("Lead", 1), Email: "jane.doe@acme.com" }], { allOrNone: false });
    const { summary, scan: second } = await scan(new Date(Date.now() + 1000));
    expect(summary.full).toBe(false);
    expect(summary.hubspotRead).toBe(1);
    expect(summary.salesforceRead).toBe(1);
    expect(second.resolved).toBe(2);
    expect(await openOf("string-too-long")).toEqual([]);
    expect(await openOf("invalid-email")).toEqual([]);
    // Contact 1 still never synced, now with no reason the scan can name.
    expect((await openOf("unknown-error")).sort()).toEqual(["1", "8"]);
  });

  it("finds, on an incremental scan, a contact changed since the last one (lastmodifieddate)", async () => {
    // HubSpot knows a contact's last change as lastmodifieddate; a contacts search filtered on
    // hs_lastmodifieddate silently matches nothing, so the change would go unseen.
    await scan();
    expect(await openOf("mismatched-state-or-country-value")).toEqual(["3"]);
    await clients().hubspot.crm.contacts.batchApi.update({
      inputs: [{ id: "3", properties: { state: "", country: "" } }],
    });
    const { summary, scan: second } = await scan(new Date(Date.now() + 1000));
    expect(summary).toMatchObject({ full: false, hubspotRead: 1 });
    expect(second.resolved).toBe(1);
    expect(await openOf("mismatched-state-or-country-value")).toEqual([]);
    const searches = hubspot.calls("/crm/v3/objects/contacts/search");
    expect(JSON.stringify(searches.map((call) => call.body))).toContain('"lastmodifieddate"');
  });

  it("holds back, in a resync, the records the checks still find broken; --force sends them", async () => {
    await scan();
    await hubspotSetupPort(clients().hubspot).createDateTimeProperty(
      "contacts",
      CONFIG.resync.hubspotProperty,
      "x",
    );
    const deps = (mappings: typeof DEFAULT_MAPPINGS | undefined) =>
      buildResyncDeps({
        ...clients(),
        settings: CONFIG.resync,
        store,
        catalog,
        now: () => new Date(),
        mappings,
      });
    const held = await startResync(
      "Invalid email",
      { requestedBy: "test", dryRun: false },
      deps(DEFAULT_MAPPINGS),
    );
    expect(held.kind === "finished" && held.job.counts).toMatchObject({
      total: 1,
      accepted: 0,
      skipped: 1,
    });
    expect((await store.jobRecords(held.kind === "finished" ? held.job.id : 0))[0]?.skipped).toBe(
      "held back: the check still finds Invalid email",
    );
    // The preflight read the record (a POST retrieve); no update went out.
    const updates = () =>
      salesforce.calls("composite/sobjects").filter((c) => c.method === "PATCH");
    expect(updates()).toHaveLength(0);

    const forced = await startResync(
      "Invalid email",
      { requestedBy: "test", dryRun: false },
      deps(undefined),
    );
    expect(forced.kind === "finished" && forced.job.counts).toMatchObject({
      accepted: 1,
      skipped: 0,
    });
    expect(updates()).toHaveLength(1);
  });
});

describe("the scan's scope and budget", () => {
  it("leaves Salesforce out, saying why, when its daily allocation is at the reserve", async () => {
    salesforce.setLimits({ max: 100_000, remaining: 15_000 });
    const { summary } = await scan();
    // Reading /limits is itself a call: 15,000 before it, 14,999 after.
    expect(summary.salesforceRead).toBe(0);
    expect(summary.salesforceSkipped).toContain(
      "Salesforce has 14,999 of 100,000 daily API calls left, within the 20,000 kept for HubSpot's connector",
    );
    // The same reason by its key, for each reader in their language.
    expect(summary.salesforceSkippedReason).toEqual({
      key: "scan.skipOverReserve",
      values: { remaining: 14_999, max: 100_000, keep: 20_000 },
    });
    expect(skipReasonText(summary, translator("da"))).toContain(
      "Salesforce har 14.999 af 100.000 daglige API-kald tilbage, inden for de 20.000, der holdes tilbage til HubSpots connector",
    );
    // HubSpot is still read; only checks that need Salesforce's metadata find nothing.
    expect(summary.hubspotRead).toBe(11);
    expect(salesforce.calls().filter((c) => !c.path.endsWith("/limits"))).toEqual([]);
  });

  it("keeps the reserve without /limits: the integration user may lack View Setup and Configuration", async () => {
    salesforce.setUserPermissions({ viewSetupAndConfiguration: false });
    const read = await scan();
    // /limits is refused (403); the refusal's Sforce-Limit-Info gives the usage, which is fine.
    expect(salesforce.calls("/limits").map((c) => c.status)).toEqual([403]);
    expect(read.summary.salesforceSkipped).toBeNull();
    expect(read.summary.salesforceRead).toBe(8);

    salesforce.reset();
    salesforce.setUserPermissions({ viewSetupAndConfiguration: false });
    salesforce.setLimits({ max: 100_000, remaining: 15_000 });
    const { summary } = await scan(new Date(Date.now() + 1000));
    expect(summary.salesforceSkipped).toContain(
      "Salesforce has 14,999 of 100,000 daily API calls left, within the 20,000 kept for HubSpot's connector",
    );
    expect(summary.salesforceRead).toBe(0);
  });

  it("resyncs Salesforce records for an integration user without View Setup and Configuration", async () => {
    await scan();
    salesforce.reset();
    salesforce.setUserPermissions({ viewSetupAndConfiguration: false });
    const forced = await startResync(
      "Invalid email",
      { requestedBy: "test", dryRun: false },
      buildResyncDeps({
        ...clients(),
        settings: CONFIG.resync,
        store,
        catalog,
        now: () => new Date(),
      }),
    );
    expect(forced.kind === "finished" && forced.job.counts).toMatchObject({ accepted: 1 });
    // The reserve was checked from the refusal's Sforce-Limit-Info.
    expect(salesforce.calls("/limits").map((c) => c.status)).toEqual([403]);
  });

  it("stores HubSpot's findings when Salesforce's session ends and cannot be renewed, and reads Salesforce's missed changes next time", async () => {
    let ended = false;
    const first = await runScan(
      buildScanDeps({
        ...clients(),
        config: CONFIG,
        mappings: DEFAULT_MAPPINGS,
        store,
        catalog,
        now: () => new Date(),
        // A bare access token cannot log in again: end its session after Salesforce's first page.
        onProgress: ({ side }) => {
          if (side.startsWith("Salesforce") && !ended) {
            ended = true;
            salesforce.expireSessions();
          }
        },
      }),
    );
    expect(first.summary.hubspotRead).toBe(11);
    expect(first.summary.findingsByRule["string-too-long"]).toBe(1);
    expect(first.summary.salesforceComplete).toBe(false);
    expect(first.summary.salesforceSkipped).toMatch(
      /^Salesforce stopped answering after \d+ records; the next scan reads the rest: Salesforce refused the query: the session has expired or was ended \(401 INVALID_SESSION_ID/,
    );
    expect(await openOf("string-too-long")).toEqual(["1"]);

    // Salesforce is back (a new session); the next scan reads HubSpot's changes since the first
    // scan, but Salesforce's from where the failed pass began: all of them.
    salesforce.reset();
    const second = await scan(new Date(Date.now() + 1000));
    expect(second.summary.salesforceComplete).toBe(true);
    expect(second.summary.salesforceRead).toBe(8);
    expect(salesforce.calls("/query").some((c) => c.soql?.includes("LastModifiedDate >="))).toBe(
      false,
    );
    // And a scan after that one reads only what changed (its records' queries: the users, the
    // org's id and the Setup Audit Trail are read by queries of their own).
    salesforce.reset();
    await scan(new Date(Date.now() + 2000));
    expect(
      salesforce
        .calls("/query")
        .filter((c) => !/FROM (User|Organization|SetupAuditTrail)\b/.test(c.soql ?? ""))
        .every((c) => c.soql?.includes("LastModifiedDate >=")),
    ).toBe(true);
  });

  it("stores HubSpot's findings when Salesforce's metadata cannot be read", async () => {
    salesforce.expireSessions();
    const { summary } = await scan();
    expect(summary.salesforceSkipped).toMatch(
      /^Salesforce's daily API allocation could not be read, so Salesforce was not scanned: Salesforce refused \/limits: the session has expired/,
    );
    expect(summary.hubspotRead).toBe(11);
    expect(summary.findingsByRule["unknown-error"]).toBeGreaterThan(0);
    expect((await store.lastScan())?.summary).toMatchObject({ salesforceComplete: false });
  });

  it("reads only the inclusion list's contacts when HUBSPOT_INCLUSION_LIST_ID is set", async () => {
    await hubspot.close();
    hubspot = await HubSpotSandbox.start({
      accessToken: HS_TOKEN,
      properties: { contacts: MAPPED_CONTACT_PROPERTIES },
      lists: { "42": ["1", "8"] },
      objects: {
        contacts: [
          stuck(1, { jobtitle: "Head of ".repeat(30) }),
          stuck(2, { hs_lead_status: "Nurturing" }),
          stuck(8, {}),
        ],
      },
    });
    const { summary } = await runScan(
      buildScanDeps({
        ...clients(),
        config: { ...CONFIG, scan: { ...CONFIG.scan, inclusionListId: "42" } },
        mappings: DEFAULT_MAPPINGS,
        store,
        catalog,
        now: () => new Date(),
      }),
    );
    // Contacts only from the list; companies and deals as usual (none here).
    expect(summary.hubspotRead).toBe(2);
    expect(summary.findingsByRule["restricted-picklist-value"]).toBeUndefined();
    expect(summary.findingsByRule).toMatchObject({ "string-too-long": 1, "unknown-error": 1 });
  });
});

describe("syncerror scan and syncerror mappings check, as installed", () => {
  const run = (args: string[], dir: string) =>
    runSyncerror(args, {
      DATABASE_PATH: join(dir, "db.sqlite"),
      HUBSPOT_ACCESS_TOKEN: HS_TOKEN,
      HUBSPOT_BASE_URL: hubspot.url,
      SALESFORCE_INSTANCE_URL: salesforce.instanceUrl,
      SALESFORCE_ACCESS_TOKEN: SF_TOKEN,
      LOG_LEVEL: "warn",
    });

  it("scans with the real clients the program builds, and reports as JSON", async () => {
    const dir = mkdtempSync(join(tmpdir(), "syncerror-scan-cli-"));
    try {
      const { code, stdout, stderr } = await run(["scan", "--json"], dir);
      expect(stderr).toBe("");
      expect(code).toBe(0);
      const json = JSON.parse(stdout) as {
        newErrors: number;
        findingsByRule: Record<string, number>;
      };
      expect(json.newErrors).toBe(14);
      expect(json.findingsByRule["invalid-email"]).toBe(1);
      const text = await run(["scan"], dir);
      expect(text.stdout).toContain(
        "Scan of changes since the last one: 0 HubSpot and 0 Salesforce records read.",
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("logs in with the login the configuration names, and says what to fix when Salesforce refuses it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "syncerror-scan-login-"));
    const { username, password, clientId, clientSecret } = DEFAULT_SALESFORCE_LOGIN;
    const env = {
      DATABASE_PATH: join(dir, "db.sqlite"),
      HUBSPOT_ACCESS_TOKEN: HS_TOKEN,
      HUBSPOT_BASE_URL: hubspot.url,
      SALESFORCE_LOGIN_URL: salesforce.loginUrl,
      SALESFORCE_CLIENT_ID: clientId,
      LOG_LEVEL: "warn",
    };
    try {
      const legacy = await runSyncerror(["scan", "--json"], {
        ...env,
        SALESFORCE_USERNAME: username,
        SALESFORCE_PASSWORD: password,
        SALESFORCE_CLIENT_SECRET: clientSecret,
      });
      expect(legacy.code).toBe(0);
      expect(JSON.parse(legacy.stdout).findingsByRule["invalid-email"]).toBe(1);
      expect(salesforce.calls("/services/oauth2/token").map((c) => c.status)).toEqual([200]);

      // The sandbox's connected app has no certificate: every JWT is refused.
      const key = join(dir, "key.pem");
      writeFileSync(
        key,
        generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({
          type: "pkcs8",
          format: "pem",
        }),
      );
      const jwt = await runSyncerror(["scan"], {
        ...env,
        SALESFORCE_USERNAME: username,
        SALESFORCE_PRIVATE_KEY_PATH: key,
      });
      expect(jwt.code).not.toBe(0);
      expect(jwt.stderr).toContain(
        "Salesforce refused the OAuth JWT bearer login (invalid_grant: invalid assertion): the JWT's signature does not match the certificate uploaded to the connected app; SALESFORCE_PRIVATE_KEY_PATH must hold the private key of that certificate.",
      );
      expect(`${jwt.stdout}${jwt.stderr}`).not.toContain(password);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("lists mapped fields that do not exist, and exits 1", async () => {
    const dir = mkdtempSync(join(tmpdir(), "syncerror-mappings-cli-"));
    try {
      const { code, stdout } = await run(["mappings", "check"], dir);
      expect(code).toBe(1);
      expect(stdout).toContain(
        "MISSING  companies:Account: HubSpot property phone (mapped phone → Phone)",
      );
      expect(stdout).not.toContain("contacts:Lead");
      expect(stdout).toMatch(/\d+ of \d+ mapped fields are missing\.$/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the inclusion list, by ILS id or name, checked at start", () => {
  const LEGACY_ID = "12";
  const restartWithList = async () => {
    await hubspot.close();
    hubspot = await HubSpotSandbox.start({
      accessToken: HS_TOKEN,
      properties: { contacts: MAPPED_CONTACT_PROPERTIES },
      // The list admins see as …/lists/12 in old URLs has ILS list ID 57 in the v3 lists API.
      lists: { "57": { name: "Synced to Salesforce", legacyListId: LEGACY_ID, members: ["1"] } },
      objects: { contacts: [stuck(1, { jobtitle: "Head of ".repeat(30) }), stuck(2, {})] },
    });
  };
  const run = (args: string[], dir: string, env: Record<string, string>) =>
    runSyncerror(args, {
      DATABASE_PATH: join(dir, "db.sqlite"),
      HUBSPOT_ACCESS_TOKEN: HS_TOKEN,
      HUBSPOT_BASE_URL: hubspot.url,
      SALESFORCE_INSTANCE_URL: "",
      SALESFORCE_ACCESS_TOKEN: "",
      HUBSPOT_INCLUSION_LIST_ID: "",
      LOG_LEVEL: "warn",
      ...env,
    });

  it("syncerror scan reads the list given by name, and refuses a legacy id saying what to use", async () => {
    await restartWithList();
    const dir = mkdtempSync(join(tmpdir(), "syncerror-scan-list-"));
    try {
      const byName = await run(["scan", "--json"], dir, {
        HUBSPOT_INCLUSION_LIST: "Synced to Salesforce",
      });
      expect(byName.code).toBe(0);
      expect(JSON.parse(byName.stdout)).toMatchObject({ hubspotRead: 1 });

      const legacy = await run(["scan"], dir, { HUBSPOT_INCLUSION_LIST: LEGACY_ID });
      expect(legacy.code).toBe(2);
      expect(legacy.stderr).toContain(
        'syncerror scan: HUBSPOT_INCLUSION_LIST is "12", but HubSpot has no contact list with that ILS list ID or name. If 12 is the number from an old list URL, it is the list\'s legacy id',
      );
      expect(legacy.stderr).toContain("click Details to see its list ID");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the bot refuses to start with a list HubSpot does not know, naming it", async () => {
    await restartWithList();
    const botToken = "xoxb-scan-list-start";
    const slack = await SlackSandbox.start({ botToken, validateBlocks });
    const dir = mkdtempSync(join(tmpdir(), "syncerror-bot-list-"));
    try {
      const bot = await run([], dir, {
        SLACK_BOT_TOKEN: botToken,
        SLACK_SIGNING_SECRET: "0123456789abcdef0123456789abcdef",
        SLACK_API_URL: slack.apiUrl,
        SLACK_APP_TOKEN: "",
        DIGEST_CHANNEL: "",
        PORT: String(await freePort()),
        HUBSPOT_INCLUSION_LIST_ID: LEGACY_ID,
      });
      expect(bot.code).toBe(2);
      expect(bot.stderr).toContain(
        'HUBSPOT_INCLUSION_LIST is "12", but HubSpot has no contact list',
      );
      expect(hubspot.calls("/crm/v3/lists/12").map((call) => call.status)).toEqual([404]);
    } finally {
      await slack.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

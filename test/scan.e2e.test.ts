import { Client } from "@hubspot/api-client";
import { Connection } from "jsforce";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createCatalog } from "../src/catalog/catalog.js";
import { hubspotSetupPort } from "../src/clients/hubspot-setup-port.js";
import { composeDigest } from "../src/digest/compose-digest.js";
import { DEFAULT_MAPPINGS } from "../src/mappings/default-mappings.js";
import { buildResyncDeps } from "../src/resync/resync-deps.js";
import { startResync } from "../src/resync/start-resync.js";
import { rules } from "../src/rules/index.js";
import { HubSpotSandbox } from "../src/sandbox/hubspot.js";
import { SalesforceSandbox, salesforceId } from "../src/sandbox/salesforce.js";
import { MAPPED_CONTACT_PROPERTIES } from "../src/sandbox/scan-demo.js";
import { runScan } from "../src/scan/run-scan.js";
import { buildScanDeps } from "../src/scan/scan-deps.js";
import { openStore } from "../src/store/index.js";
import type { Store } from "../src/store/types.js";

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
  store = openStore({ path: ":memory:" });
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
  store.close();
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

const openOf = (ruleId: string) =>
  store.openErrorsOf(ruleId).map((e) => e.hubspotId ?? e.salesforceId);

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
    expect(openOf("string-too-long")).toEqual(["1"]);
    expect(openOf("restricted-picklist-value")).toEqual(["2"]);
    expect(openOf("missing-required-value")).toEqual(["5"]);
    expect(openOf("invalid-salesforce-id")).toEqual(["7"]);
    expect(openOf("unknown-error")).toEqual(["8"]);
    expect(openOf("invalid-email")).toEqual([id("Lead", 1)]);
    expect(openOf("email-already-in-use")).toEqual([id("Lead", 2)]);
    expect(openOf("inactive-opportunity-stage")).toEqual([id("Opportunity", 1)]);
    expect(openOf("missing-or-invalid-opportunity-stage")).toEqual([id("Opportunity", 2)]);
    // The digest tells the scan's findings from what HubSpot reported.
    const { message } = composeDigest({
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
    expect(openOf("string-too-long")).toEqual([]);
    expect(openOf("invalid-email")).toEqual([]);
    // Contact 1 still never synced, now with no reason the scan can name.
    expect(openOf("unknown-error").sort()).toEqual(["1", "8"]);
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
    expect(store.jobRecords(held.kind === "finished" ? held.job.id : 0)[0]?.skipped).toBe(
      "held back: the check still finds Invalid email",
    );
    expect(salesforce.calls("composite/sobjects")).toHaveLength(0);

    const forced = await startResync(
      "Invalid email",
      { requestedBy: "test", dryRun: false },
      deps(undefined),
    );
    expect(forced.kind === "finished" && forced.job.counts).toMatchObject({
      accepted: 1,
      skipped: 0,
    });
    expect(salesforce.calls("composite/sobjects")).toHaveLength(1);
  });
});

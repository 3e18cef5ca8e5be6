import { Client } from "@hubspot/api-client";
import { Connection } from "jsforce";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createCatalog } from "../catalog/catalog.js";
import { summaryText } from "../cli/commands/scan.js";
import { translator } from "../i18n/translator.js";
import { DEFAULT_MAPPINGS } from "../mappings/default-mappings.js";
import { rules } from "../rules/index.js";
import { HubSpotSandbox } from "../sandbox/hubspot/sandbox.js";
import { SalesforceSandbox, salesforceId } from "../sandbox/salesforce/sandbox.js";
import { scanSummaryMessage } from "../slack/messages/scan-messages.js";
import { openStore } from "../store/index.js";
import type { LearntChange, Store } from "../store/types.js";
import { runScan } from "./run-scan.js";
import { buildScanDeps } from "./scan-deps.js";

// Each scan learns what changed in both CRMs, through the real jsforce and @hubspot/api-client
// against the fakes: the first scan keeps snapshots and learns nothing; an admin's Setup changes
// are learnt by the next scan from the snapshot diff and from the Setup Audit Trail (with who and
// when); a scan after that learns nothing again; without View Setup and Configuration the scan
// still succeeds and says what to give the integration user.

const catalog = createCatalog(rules);
const HS_TOKEN = "pat-na1-learn-changes";
const SF_TOKEN = "sf-learn-changes";
const HOUR = 3_600_000;
const T0 = new Date("2026-12-03T08:00:00.000Z");
const at = (hours: number) => new Date(T0.getTime() + hours * HOUR);
const SAM = salesforceId("User", 8);

const CONFIG = {
  scan: { mappingsPath: undefined, inclusionListId: undefined, graceMs: HOUR, cron: "0 * * * *" },
  resync: {
    hubspotProperty: "syncerror_resync_requested_at",
    salesforceField: "HubSpot_Resync_Requested__c",
    hubspotRateLimit: 190,
    salesforceReserve: 0.2,
    cooldownMs: 0,
    allowed: { users: [], usergroup: undefined },
  },
};

let store: Store;
let hubspot: HubSpotSandbox;
let salesforce: SalesforceSandbox;
let sfNow: Date;

beforeEach(async () => {
  store = await openStore({ path: ":memory:" });
  hubspot = await HubSpotSandbox.start({
    accessToken: HS_TOKEN,
    properties: {
      contacts: [
        {
          name: "industry",
          type: "enumeration",
          options: [
            { label: "Biotech", value: "biotech" },
            { label: "Retail", value: "retail" },
          ],
        },
      ],
    },
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
  });
  sfNow = at(0);
  salesforce = await SalesforceSandbox.start({
    accessToken: SF_TOKEN,
    clock: { now: () => sfNow },
    customFields: { Lead: [{ name: "Region__c", type: "string", length: 255, label: "Region" }] },
    records: {
      User: [
        {
          Id: SAM,
          FirstName: "Sam",
          LastName: "Seller",
          Username: "sam@acme.example",
          IsActive: true,
        },
      ],
    },
  });
});

afterEach(async () => {
  hubspot.assertNoUnexpectedCalls();
  salesforce.assertNoUnexpectedCalls();
  await store.close();
  await hubspot.close();
  await salesforce.close();
});

async function scan(startedAt: Date) {
  return runScan(
    buildScanDeps({
      hubspot: new Client({ accessToken: HS_TOKEN, basePath: hubspot.url }),
      salesforce: new Connection({
        instanceUrl: salesforce.instanceUrl,
        accessToken: SF_TOKEN,
        version: "62.0",
      }),
      config: CONFIG,
      mappings: DEFAULT_MAPPINGS,
      store,
      catalog,
      now: () => startedAt,
    }),
  );
}

/** What a change says, without its key (checked apart): the diff's first, each by place. */
const described = (changes: readonly LearntChange[]) => {
  const order = (c: LearntChange) =>
    JSON.stringify([c.source === "snapshot" ? 0 : 1, c.system, c.object, c.field, c.kind]);
  return [...changes]
    .sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0))
    .map(({ key: _key, ...rest }) => rest);
};

describe("each scan learns what changed in both CRMs", () => {
  it("first scan: snapshots kept, nothing learnt; then the planted changes once each, from the diff and the audit trail; then nothing new", async () => {
    const first = await scan(at(1));
    expect(first.summary.changes).toEqual({ learnt: 0, auditTrail: "read" });
    const sfSnapshot = await store.latestSnapshot("salesforce");
    const hsSnapshot = await store.latestSnapshot("hubspot");
    expect(sfSnapshot?.takenAt).toEqual(at(1));
    expect(hsSnapshot?.takenAt).toEqual(at(1));
    // Each system's JSON is the whole snapshot shape with the other system's sides null.
    const sfJson = JSON.parse(sfSnapshot?.json ?? "null");
    expect(sfJson.hubspot).toBeNull();
    expect(sfJson.dealStages).toBeNull();
    expect(sfJson.salesforce.Lead.Region__c).toMatchObject({ type: "string", length: 255 });
    const hsJson = JSON.parse(hsSnapshot?.json ?? "null");
    expect(hsJson.salesforce).toBeNull();
    expect(hsJson.dealStages).toEqual(["Closed Won", "Prospecting"]);
    expect(await store.changesSince(T0)).toEqual([]);

    // An admin's changes between the scans.
    sfNow = at(1.5);
    salesforce.changes.deactivatePicklistValue("Lead", "Industry", "Banking", { by: SAM });
    salesforce.changes.setFieldLength("Lead", "Region__c", 80, { by: SAM, at: at(1.25) });
    hubspot.changeProperty("contacts", "industry", { kind: "option-hidden", value: "biotech" });
    hubspot.removeDealStage("default", "s2");

    const second = await scan(at(2));
    expect(second.summary.changes).toEqual({ learnt: 6, auditTrail: "read" });
    const learnt = await store.changesSince(T0);
    const snapshot = { observedAt: at(2), happenedAt: null, who: null, detail: null };
    // toMatchObject: main's LearntChange has grown `happenedAfter` (the snapshot diffed from).
    expect(described(learnt)).toMatchObject([
      {
        ...snapshot,
        source: "snapshot",
        system: "hubspot",
        object: "contacts",
        field: "industry",
        kind: "option-hidden",
        option: "biotech",
        before: false,
        after: true,
      },
      {
        ...snapshot,
        source: "snapshot",
        system: "hubspot",
        object: "deals",
        field: "dealstage",
        kind: "pipeline-stage-removed",
        option: "Closed Won",
        before: true,
        after: null,
      },
      {
        ...snapshot,
        source: "snapshot",
        system: "salesforce",
        object: "Lead",
        field: "Industry",
        kind: "picklist-value-deactivated",
        option: "Banking",
        before: true,
        after: false,
      },
      {
        ...snapshot,
        source: "snapshot",
        system: "salesforce",
        object: "Lead",
        field: "Region__c",
        kind: "field-shortened",
        option: null,
        before: 255,
        after: 80,
      },
      {
        source: "audit-trail",
        observedAt: at(2),
        happenedAt: at(1.5),
        who: "Sam Seller",
        detail: "Deactivated picklist value Banking on Industry (Lead)",
        system: "salesforce",
        object: "Lead",
        field: "Industry",
        kind: "picklist-value-deactivated",
        option: "Banking",
        before: true,
        after: false,
      },
      {
        source: "audit-trail",
        observedAt: at(2),
        happenedAt: at(1.25),
        who: "Sam Seller",
        detail: "Changed length of Lead custom field Region from 255 to 80",
        system: "salesforce",
        object: "Lead",
        // The Display names the field by its label; describe's label gives its API name.
        field: "Region__c",
        kind: "field-shortened",
        option: null,
        before: 255,
        after: 80,
      },
    ]);
    expect(new Set(learnt.map((c) => c.key)).size).toBe(6);
    expect((await store.latestSnapshot("salesforce"))?.takenAt).toEqual(at(2));

    // Shown to a person: one line, in English and Danish.
    const en = scanSummaryMessage(second.scan, second.summary, catalog, translator("en"));
    expect(JSON.stringify(en.blocks)).toContain("Learnt 6 changes in Salesforce and HubSpot.");
    const da = scanSummaryMessage(second.scan, second.summary, catalog, translator("da"));
    expect(JSON.stringify(da.blocks)).toContain(
      "Botten fandt 6 nye ændringer i Salesforce og HubSpot.",
    );

    // The audit trail is read again from its mark (rows of that second again) and the snapshot
    // diffed again: nothing new.
    const third = await scan(at(3));
    expect(third.summary.changes).toEqual({ learnt: 0, auditTrail: "read" });
    expect(await store.changesSince(T0)).toHaveLength(6);
    expect(
      summaryText(third.summary, third.scan.newCount, third.scan.resolved, translator("en")),
    ).not.toContain("Learnt");
  });

  it("without View Setup and Configuration: the diff is still learnt, the scan succeeds and says what to give the integration user", async () => {
    salesforce.setUserPermissions({ viewSetupAndConfiguration: false });
    await scan(at(1));
    salesforce.changes.setFieldLength("Lead", "Region__c", 80, { by: SAM });

    const { scan: record, summary } = await scan(at(2));
    expect(summary.changes).toEqual({
      learnt: 1,
      auditTrail: "not-readable",
      note: {
        key: "audit-trail.notReadable",
        values: { permission: "View Setup and Configuration" },
      },
    });
    expect((await store.lastScan())?.id).toBe(record.id);
    expect((await store.changesSince(T0)).map((c) => [c.source, c.field, c.kind])).toEqual([
      ["snapshot", "Region__c", "field-shortened"],
    ]);
    const text = JSON.stringify(scanSummaryMessage(record, summary, catalog).blocks);
    expect(text).toContain("Learnt 1 change in Salesforce and HubSpot.");
    expect(text).toContain("View Setup and Configuration");
    const da = summaryText(summary, record.newCount, record.resolved, translator("da"));
    expect(da).toContain("Botten fandt 1 ny ændring i Salesforce og HubSpot.");
    expect(da).toContain("revisionsspor");
  });
});

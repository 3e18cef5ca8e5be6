import { Connection } from "jsforce";
import { afterEach, describe, expect, it } from "vitest";
import { sandboxClient, TEST_ACCESS_TOKEN } from "../../test/fakes/hubspot-clients.js";
import { createHubSpotLimiter } from "../clients/hubspot-paced-call.js";
import { hubspotScanPort } from "../clients/hubspot-scan-port.js";
import { HUBSPOT_OBJECT_TYPES } from "../clients/hubspot-setup-port.js";
import { salesforceScanPort } from "../clients/salesforce-scan-port.js";
import { SALESFORCE_OBJECTS } from "../clients/salesforce-setup-port.js";
import {
  DEFAULT_DEAL_PIPELINES,
  HubSpotSandbox,
  type HubSpotSandboxOptions,
} from "../sandbox/hubspot/sandbox.js";
import { SalesforceSandbox, type SalesforceSandboxOptions } from "../sandbox/salesforce/sandbox.js";
import { diffSnapshots } from "./diff.js";
import { type SchemaSnapshot, schemaSnapshot } from "./snapshot.js";

// Snapshots of what the scan ports read from the two fakes, through jsforce and HubSpot's client:
// an org as it was, then the same org after an admin's changes; the diff finds those changes and
// nothing else.

const SF_TOKEN = "sf-snapshot";
const opened: Array<{ close(): Promise<void>; assertNoUnexpectedCalls(): void }> = [];
afterEach(async () => {
  for (const sandbox of opened.splice(0)) {
    sandbox.assertNoUnexpectedCalls();
    await sandbox.close();
  }
});

/** The snapshot a scan of these two orgs would keep, read through the scan ports. */
async function snapshotOf(
  sf: Omit<SalesforceSandboxOptions, "accessToken">,
  hs: Omit<HubSpotSandboxOptions, "accessToken">,
): Promise<SchemaSnapshot> {
  const salesforce = await SalesforceSandbox.start({ accessToken: SF_TOKEN, ...sf });
  const hubspot = await HubSpotSandbox.start({ accessToken: TEST_ACCESS_TOKEN, ...hs });
  opened.push(salesforce, hubspot);
  const sfPort = salesforceScanPort(
    new Connection({ instanceUrl: salesforce.instanceUrl, accessToken: SF_TOKEN, version: "62.0" }),
  );
  const hsPort = hubspotScanPort(sandboxClient(hubspot.url).client, {
    limiter: createHubSpotLimiter(190),
    minRetryMs: 20,
  });
  const described = await Promise.all(SALESFORCE_OBJECTS.map((o) => sfPort.describe(o)));
  const properties = await Promise.all(HUBSPOT_OBJECT_TYPES.map((t) => hsPort.properties(t)));
  return schemaSnapshot({
    salesforce: SALESFORCE_OBJECTS.map((o, i) => [o, described[i] ?? []] as const),
    hubspot: {
      properties: HUBSPOT_OBJECT_TYPES.map((t, i) => [t, properties[i] ?? []] as const),
      dealStages: await hsPort.dealStageLabels(),
    },
  });
}

const INDUSTRY = ["Agriculture", "Banking", "Education", "Finance", "Technology", "Retail"];
const industryOptions = (hidden: readonly string[], without: readonly string[] = []) =>
  ["biotech", "retail", "saas"]
    .filter((v) => !without.includes(v))
    .map((value) => ({ label: value, value, hidden: hidden.includes(value) }));

const BEFORE = {
  sf: {
    customFields: { Contact: [{ name: "Region__c", type: "string" as const, length: 40 }] },
  },
  hs: {
    properties: {
      contacts: [{ name: "industry", type: "enumeration" as const, options: industryOptions([]) }],
    },
  },
};
const withoutStage = (id: string) =>
  DEFAULT_DEAL_PIPELINES.map((p) => ({ ...p, stages: p.stages.filter((s) => s.id !== id) }));

describe("schema snapshots", () => {
  it("hold what describe and the property definitions say, and survive JSON", async () => {
    const snapshot = await snapshotOf(BEFORE.sf, BEFORE.hs);
    const lead = snapshot.salesforce?.Lead;
    expect(lead?.LastName).toMatchObject({ type: "string", length: 80, required: true });
    expect(lead?.Title).toEqual({
      type: "string",
      length: 128,
      required: false,
      createable: true,
      updateable: true,
    });
    expect(lead?.LeadSource?.restricted).toBe(true);
    expect(Object.keys(lead?.Industry?.picklist ?? {})).toEqual(INDUSTRY);
    expect(snapshot.salesforce?.Contact?.Region__c?.length).toBe(40);
    expect(snapshot.hubspot?.contacts?.industry).toEqual({
      type: "enumeration",
      fieldType: "select",
      options: { biotech: false, retail: false, saas: false },
    });
    expect(snapshot.dealStages).toContain("Closed Won");
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
    expect(diffSnapshots(snapshot, await snapshotOf(BEFORE.sf, BEFORE.hs))).toEqual([]);
  });

  it("diff to exactly the changes an admin made between two scans", async () => {
    const before = await snapshotOf(BEFORE.sf, BEFORE.hs);
    const after = await snapshotOf(
      {
        fields: {
          Lead: [
            {
              name: "Industry",
              picklistValues: INDUSTRY.filter((v) => v !== "Retail").map((value) => ({
                value,
                active: value !== "Banking",
              })),
            },
            { name: "Title", length: 40 },
            { name: "Email", updateable: false },
          ],
        },
      },
      {
        properties: {
          contacts: [
            {
              name: "industry",
              type: "enumeration",
              options: industryOptions(["retail"], ["saas"]),
            },
          ],
        },
        pipelines: withoutStage("contractsent"),
      },
    );
    expect(
      diffSnapshots(before, after).map((c) =>
        [c.system, `${c.object}.${c.field}`, c.kind, c.option, c.before, c.after].join(" "),
      ),
    ).toEqual([
      "hubspot contacts.industry option-removed saas false ",
      "hubspot contacts.industry option-hidden retail false true",
      "hubspot deals.dealstage pipeline-stage-removed Contract Sent true ",
      "salesforce Contact.Region__c field-removed  string ",
      // The fake, like Salesforce, takes edit access away on create and update alike.
      "salesforce Lead.Email field-no-longer-createable  true false",
      "salesforce Lead.Email field-no-longer-updateable  true false",
      "salesforce Lead.Industry picklist-value-deactivated Banking true false",
      "salesforce Lead.Industry picklist-value-removed Retail true ",
      "salesforce Lead.Title field-shortened  128 40",
    ]);
  });
});

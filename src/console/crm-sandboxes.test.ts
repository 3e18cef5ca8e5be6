import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { hubspotSetupPort } from "../clients/hubspot-setup-port.js";
import { salesforceSetupPort } from "../clients/salesforce-setup-port.js";
import { checkSetup } from "../resync/check-setup.js";
import { rules } from "../rules/index.js";
import { salesforceId } from "../sandbox/salesforce/sandbox.js";
import { type ObservedError, openStore, type Store } from "../store/index.js";
import { type CrmSandboxes, startCrmSandboxes } from "./crm-sandboxes.js";

// The real HubSpot client and jsforce against the sandboxes this module starts.

const TRIGGERS = {
  hubspotProperty: "syncerror_resync_requested_at",
  salesforceField: "HubSpot_Resync_Requested__c",
};
const RULE_IDS = rules.map((rule) => rule.id);
const AT = new Date("2026-11-20T08:00:00Z");

let store: Store;
let sandboxes: CrmSandboxes | undefined;
beforeEach(async () => {
  store = await openStore({ path: ":memory:" });
});
afterEach(async () => {
  sandboxes?.hubspot.assertNoUnexpectedCalls();
  sandboxes?.salesforce.assertNoUnexpectedCalls();
  await sandboxes?.stop();
  sandboxes = undefined;
  await store.close();
});

type Ids = Pick<ObservedError, "objectType" | "hubspotId" | "salesforceId">;

/** Puts open errors in the store, as one import of an export would. */
async function importErrors(ruleId: string, records: readonly Ids[]): Promise<void> {
  const rule = rules.find((r) => r.id === ruleId);
  if (!rule) throw new Error(ruleId);
  const tx = await store.beginImport({
    fileName: `${ruleId}.csv`,
    contentHash: `${ruleId}-${records.length}`,
    importedBy: "test",
    importedAt: AT,
  });
  for (const ids of records) {
    await tx.add({
      ruleId,
      category: rule.category,
      direction: rule.direction,
      recordName: null,
      message: "m",
      statusCode: null,
      occurredAt: AT,
      ...ids,
    });
  }
  await tx.commit({ rowsRead: records.length, rejected: 0, objectTypes: [], columns: {} });
}

const start = async (hubspotRateLimit?: number) => {
  sandboxes = await startCrmSandboxes({
    store,
    ruleIds: RULE_IDS,
    triggers: TRIGGERS,
    ...(hubspotRateLimit === undefined ? {} : { hubspotRateLimit }),
  });
  return sandboxes;
};

const idsOf = (records: ReadonlyArray<{ id?: string; Id?: string }>) =>
  records.map((r) => r.id ?? r.Id).sort();

describe("startCrmSandboxes", () => {
  it("puts both resync triggers in place, so setup finds every item ok", async () => {
    const { hubspotClient, salesforceConnection } = await start();
    const report = await checkSetup({
      hubspot: hubspotSetupPort(hubspotClient),
      salesforce: salesforceSetupPort(salesforceConnection),
      property: TRIGGERS.hubspotProperty,
      field: TRIGGERS.salesforceField,
      create: false,
    });

    expect(report.items.map((i) => `${i.system}:${i.object}:${i.status}`)).toEqual([
      "hubspot:contacts:ok",
      "hubspot:companies:ok",
      "hubspot:deals:ok",
      "salesforce:Lead:ok",
      "salesforce:Contact:ok",
      "salesforce:Account:ok",
      "salesforce:Opportunity:ok",
    ]);
    expect(report.ready).toBe(true);
  });

  it("seeds exactly one record per id the open errors name, on the side and object it belongs to", async () => {
    const lead = salesforceId("Lead", 1);
    const contact = salesforceId("Contact", 2);
    const account = salesforceId("Account", 3);
    const opportunity = salesforceId("Opportunity", 4);
    await importErrors("invalid-email", [
      { objectType: "contact", hubspotId: "101", salesforceId: lead },
      { objectType: "contact", hubspotId: "102", salesforceId: null },
      // Exports may carry the 15-character form; the record is stored under the 18-character id.
      { objectType: "contact", hubspotId: null, salesforceId: contact.slice(0, 15) },
      { objectType: "activity", hubspotId: "103", salesforceId: "00T000000000005" },
    ]);
    await importErrors("string-too-long", [
      { objectType: "contact", hubspotId: "101", salesforceId: lead },
      { objectType: "company", hubspotId: "201", salesforceId: account },
      { objectType: "deal", hubspotId: "301", salesforceId: opportunity },
    ]);
    const { hubspot, salesforce, hubspotClient } = await start();

    expect(idsOf(hubspot.records("contacts"))).toEqual(["101", "102"]);
    expect(idsOf(hubspot.records("companies"))).toEqual(["201"]);
    expect(idsOf(hubspot.records("deals"))).toEqual(["301"]);
    expect(idsOf(salesforce.records("Lead"))).toEqual([lead]);
    expect(idsOf(salesforce.records("Contact"))).toEqual([contact]);
    expect(idsOf(salesforce.records("Account"))).toEqual([account]);
    expect(idsOf(salesforce.records("Opportunity"))).toEqual([opportunity]);

    const read = await hubspotClient.crm.contacts.batchApi.read({
      inputs: [{ id: "101" }, { id: "102" }],
      properties: [TRIGGERS.hubspotProperty],
      propertiesWithHistory: [],
    });
    expect(idsOf(read.results)).toEqual(["101", "102"]);
  });

  it("seeds 3,000 open errors in well under a second", async () => {
    const records = Array.from(
      { length: 3_000 },
      (_, i): Ids => ({
        objectType: "contact",
        hubspotId: i % 2 === 0 ? String(10_000 + i) : null,
        salesforceId: i % 2 === 1 ? salesforceId("Lead", i) : null,
      }),
    );
    await importErrors("invalid-email", records);

    const startedAt = performance.now();
    const { hubspot, salesforce } = await start();
    expect(performance.now() - startedAt).toBeLessThan(1_000);
    expect(hubspot.records("contacts")).toHaveLength(1_500);
    expect(salesforce.records("Lead")).toHaveLength(1_500);
  });

  it("holds HubSpot to the given rate limit, which the trigger property's creation counts against", async () => {
    const { hubspotClient } = await start(4);
    const setup = hubspotSetupPort(hubspotClient);
    // Three property creations and this lookup fill the window of four.
    await setup.getProperty("contacts", TRIGGERS.hubspotProperty);
    await expect(setup.getProperty("deals", TRIGGERS.hubspotProperty)).rejects.toMatchObject({
      code: 429,
    });
  });

  it("stop() closes both servers", async () => {
    const { hubspot, salesforce, stop } = await start();
    await stop();
    sandboxes = undefined;

    for (const url of [hubspot.url, salesforce.instanceUrl, salesforce.loginUrl]) {
      await expect(fetch(url)).rejects.toThrow();
    }
  });
});

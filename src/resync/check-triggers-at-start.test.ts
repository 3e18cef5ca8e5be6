import { Client } from "@hubspot/api-client";
import { Connection } from "jsforce";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { hubspotSetupPort } from "../clients/hubspot-setup-port.js";
import { salesforceSetupPort } from "../clients/salesforce-setup-port.js";
import { createLogger } from "../logger.js";
import { HubSpotSandbox } from "../sandbox/hubspot/sandbox.js";
import { SalesforceSandbox } from "../sandbox/salesforce/sandbox.js";
import { openStore } from "../store/index.js";
import type { Store } from "../store/types.js";
import { checkTriggersAtStart } from "./check-triggers-at-start.js";

// The real HubSpot client and jsforce against the loopback sandboxes, a real store.

const PROPERTY = "syncerror_resync_requested_at";
const FIELD = "HubSpot_Resync_Requested__c";
const AT = new Date("2026-12-04T12:00:00Z");

let hubspot: HubSpotSandbox;
let salesforce: SalesforceSandbox;
let store: Store;
let logged: string[];
beforeEach(async () => {
  hubspot = await HubSpotSandbox.start({ accessToken: "pat-start-check" });
  const field = { name: FIELD, type: "datetime" } as const;
  salesforce = await SalesforceSandbox.start({
    accessToken: "sf-start-check",
    customFields: { Lead: [field], Contact: [field], Account: [field], Opportunity: [field] },
  });
  store = await openStore({ path: ":memory:" });
  logged = [];
});
afterEach(async () => {
  hubspot.assertNoUnexpectedCalls();
  salesforce.assertNoUnexpectedCalls();
  await hubspot.close();
  await salesforce.close();
  await store.close();
});

function options(hubspotUrl = hubspot.url) {
  const client = new Client({
    accessToken: "pat-start-check",
    basePath: hubspotUrl,
    numberOfApiCallRetries: 1,
  });
  const connection = new Connection({
    instanceUrl: salesforce.instanceUrl,
    accessToken: "sf-start-check",
    version: "62.0",
  });
  return {
    hubspot: hubspotSetupPort(client),
    salesforce: salesforceSetupPort(connection),
    triggers: { hubspotProperty: PROPERTY, salesforceField: FIELD },
    store,
    now: () => AT,
    logger: createLogger({ level: "info", destination: { write: (line) => logged.push(line) } }),
  };
}

describe("the resync triggers' check at start", () => {
  it("keeps what it found per configured system, creating nothing", async () => {
    await checkTriggersAtStart(options());
    expect(await store.triggerChecks()).toEqual([
      {
        system: "hubspot",
        name: PROPERTY,
        ready: false,
        problems: ["contacts", "companies", "deals"].map((object) => ({
          object,
          name: PROPERTY,
          status: "missing",
        })),
        checkedAt: AT,
        checkedBy: "startup",
        via: "startup",
      },
      {
        system: "salesforce",
        name: FIELD,
        ready: true,
        problems: [],
        checkedAt: AT,
        checkedBy: "startup",
        via: "startup",
      },
    ]);
    expect(hubspot.calls().filter((c) => c.method === "POST")).toEqual([]);
  });

  it("leaves out a system that is not configured", async () => {
    await checkTriggersAtStart({ ...options(), hubspot: undefined });
    expect((await store.triggerChecks()).map((c) => c.system)).toEqual(["salesforce"]);
  });

  it("logs a failure and resolves, keeping the last answer", async () => {
    await checkTriggersAtStart({ ...options(), hubspot: undefined });
    const before = await store.triggerChecks();
    // HubSpot gone (a closed port): the check fails, the start goes on.
    const gone = await HubSpotSandbox.start({ accessToken: "pat-start-check" });
    const url = gone.url;
    await gone.close();
    await expect(checkTriggersAtStart(options(url))).resolves.toBeUndefined();
    expect(await store.triggerChecks()).toEqual(before);
    expect(logged.join("")).toContain("could not check the resync triggers at start");
  });
});

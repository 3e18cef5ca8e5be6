import { Client } from "@hubspot/api-client";
import { Connection } from "jsforce";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { englishWordsIn } from "../../test/english-words.js";
import { hubspotSetupPort } from "../clients/hubspot-setup-port.js";
import { salesforceSetupPort } from "../clients/salesforce-setup-port.js";
import { sayUserText } from "../errors.js";
import { translator } from "../i18n/translator.js";
import { HubSpotSandbox } from "../sandbox/hubspot/sandbox.js";
import { SalesforceSandbox } from "../sandbox/salesforce/sandbox.js";
import { checkSetup } from "./check-setup.js";

// The real HubSpot client and jsforce against the loopback sandboxes.

const PROPERTY = "syncerror_resync_requested_at";
const FIELD = "HubSpot_Resync_Requested__c";
const datetimeField = { name: FIELD, type: "datetime" } as const;

let hubspot: HubSpotSandbox;
let salesforce: SalesforceSandbox;
beforeEach(async () => {
  hubspot = await HubSpotSandbox.start({ accessToken: "pat-setup-test" });
  salesforce = await SalesforceSandbox.start({
    accessToken: "sf-setup-test",
    customFields: {
      Lead: [datetimeField],
      Contact: [datetimeField],
      Account: [{ name: FIELD, type: "string" }],
    },
  });
});
afterEach(async () => {
  hubspot.assertNoUnexpectedCalls();
  salesforce.assertNoUnexpectedCalls();
  await hubspot.close();
  await salesforce.close();
});

function ports() {
  const client = new Client({
    accessToken: "pat-setup-test",
    basePath: hubspot.url,
    numberOfApiCallRetries: 1,
  });
  const connection = new Connection({
    instanceUrl: salesforce.instanceUrl,
    accessToken: "sf-setup-test",
    version: "62.0",
  });
  return { hubspot: hubspotSetupPort(client), salesforce: salesforceSetupPort(connection) };
}

const statuses = (report: Awaited<ReturnType<typeof checkSetup>>) =>
  Object.fromEntries(report.items.map((i) => [`${i.system}:${i.object}`, i.status]));

describe("syncerror setup", () => {
  it("reports what is missing, of the wrong type, or fine, and is not ready", async () => {
    const report = await checkSetup({
      ...ports(),
      property: PROPERTY,
      field: FIELD,
      create: false,
    });
    expect(statuses(report)).toEqual({
      "hubspot:contacts": "missing",
      "hubspot:companies": "missing",
      "hubspot:deals": "missing",
      "salesforce:Lead": "ok",
      "salesforce:Contact": "ok",
      "salesforce:Account": "wrong-type",
      "salesforce:Opportunity": "missing",
    });
    expect(report.ready).toBe(false);
    expect(report.items.find((i) => i.object === "Opportunity")?.detail).toContain(
      "Add a Date/Time field HubSpot_Resync_Requested__c to Opportunity",
    );
    expect(report.mapping.join(" ")).toContain(
      `map the HubSpot property ${PROPERTY} to the Salesforce field ${FIELD}`,
    );
  });

  it("creates the HubSpot property with --create, and finds it the next time", async () => {
    const created = await checkSetup({
      ...ports(),
      property: PROPERTY,
      field: FIELD,
      create: true,
    });
    expect(created.items.filter((i) => i.system === "hubspot").map((i) => i.status)).toEqual([
      "created",
      "created",
      "created",
    ]);
    expect(hubspot.property("contacts", PROPERTY)).toMatchObject({
      type: "datetime",
      fieldType: "date",
    });
    const again = await checkSetup({ ...ports(), property: PROPERTY, field: FIELD, create: false });
    expect(again.items.filter((i) => i.system === "hubspot").map((i) => i.status)).toEqual([
      "ok",
      "ok",
      "ok",
    ]);
  });

  it("says which system is not configured instead of failing", async () => {
    const report = await checkSetup({
      hubspot: undefined,
      salesforce: undefined,
      property: PROPERTY,
      field: FIELD,
      create: false,
    });
    expect(report.items.map((i) => i.status)).toEqual(["not-configured", "not-configured"]);
    expect(report.items[0]?.detail).toContain("HUBSPOT_ACCESS_TOKEN is not set");
    expect(report.ready).toBe(false);
    // Named as the checked lines name them, never with placeholder stars.
    expect(report.items.map((i) => `${i.object} ${i.name}`)).toEqual([
      `contacts, companies and deals ${PROPERTY}`,
      `Lead, Contact, Account and Opportunity ${FIELD}`,
    ]);
  });
});

describe("the setup check in Danish", () => {
  it("says each line and the mapping in Danish, with --json's English unchanged", async () => {
    const report = await checkSetup({
      hubspot: undefined,
      salesforce: undefined,
      property: PROPERTY,
      field: FIELD,
      create: false,
    });
    const da = translator("da");
    const said = [...report.items.map((i) => i.said), ...report.mappingSaid].map((text) =>
      sayUserText(text, da),
    );
    expect(said[0]).toBe(
      "HUBSPOT_ACCESS_TOKEN er ikke sat, så synkronisering igen fra HubSpot til Salesforce kan ikke køre.",
    );
    for (const line of said)
      expect(englishWordsIn(line, [PROPERTY, FIELD, "HubSpot", "Salesforce"])).toEqual([]);
    expect(report.items[0]?.detail).toBe(
      "HUBSPOT_ACCESS_TOKEN is not set, so HubSpot→Salesforce resyncs cannot run.",
    );
    expect(report.mapping[0]).toMatch(/^In HubSpot: Settings → Integrations/);
  });
});

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { HubSpotSandbox } from "../src/sandbox/hubspot/sandbox.js";
import { DEFAULT_SALESFORCE_LOGIN } from "../src/sandbox/salesforce/login.js";
import { SalesforceSandbox } from "../src/sandbox/salesforce/sandbox.js";
import { runSyncerror } from "./fakes/run-syncerror.js";

// `syncerror setup` as installed: the program builds the real HubSpot client and jsforce from the
// environment, here pointed at the loopback sandboxes.

const FIELD = { name: "HubSpot_Resync_Requested__c", type: "datetime" } as const;
let hubspot: HubSpotSandbox;
let salesforce: SalesforceSandbox;

beforeEach(async () => {
  hubspot = await HubSpotSandbox.start({ accessToken: "pat-na1-setup-e2e" });
  salesforce = await SalesforceSandbox.start({
    accessToken: "sf-setup-e2e",
    customFields: { Lead: [FIELD], Contact: [FIELD], Account: [FIELD], Opportunity: [FIELD] },
  });
});
afterEach(async () => {
  hubspot.assertNoUnexpectedCalls();
  salesforce.assertNoUnexpectedCalls();
  await hubspot.close();
  await salesforce.close();
});

function setup(args: string[], env: Record<string, string>) {
  return runSyncerror(["setup", ...args], {
    HUBSPOT_ACCESS_TOKEN: "pat-na1-setup-e2e",
    HUBSPOT_BASE_URL: hubspot.url,
    ...env,
  });
}

const session = () => ({
  SALESFORCE_INSTANCE_URL: salesforce.instanceUrl,
  SALESFORCE_ACCESS_TOKEN: "sf-setup-e2e",
});

describe("syncerror setup", () => {
  it("is not ready while the HubSpot property is missing, and says to run --create", async () => {
    const { code, stdout } = await setup([], session());
    expect(code).toBe(1);
    expect(stdout).toContain(
      "MISSING        HubSpot contacts syncerror_resync_requested_at: Missing: run syncerror setup --create",
    );
    expect(stdout).toContain("ok             Salesforce Lead HubSpot_Resync_Requested__c");
  });

  it("names what it would check when a system is not configured, without placeholder stars", async () => {
    const { code, stdout } = await setup([], {});
    expect(code).toBe(1);
    expect(stdout).toContain(
      "NOT CONFIGURED Salesforce Lead, Contact, Account and Opportunity HubSpot_Resync_Requested__c: Salesforce is not configured",
    );
    expect(stdout).not.toContain("*");
  });

  it("creates the property with --create and is then ready", async () => {
    const { code, stdout, stderr } = await setup(["--create", "--json"], session());
    expect(code, stderr).toBe(0);
    const report = JSON.parse(stdout) as { ready: boolean; items: Array<{ status: string }> };
    expect(report.ready).toBe(true);
    expect(report.items.map((i) => i.status)).toEqual([
      "created",
      "created",
      "created",
      "ok",
      "ok",
      "ok",
      "ok",
    ]);
    expect(hubspot.property("deals", "syncerror_resync_requested_at")).toMatchObject({
      type: "datetime",
    });
  });

  it("logs in to Salesforce with the OAuth username-password flow", async () => {
    const login = DEFAULT_SALESFORCE_LOGIN;
    const { stdout } = await setup(["--json"], {
      SALESFORCE_LOGIN_URL: salesforce.loginUrl,
      SALESFORCE_USERNAME: login.username,
      SALESFORCE_PASSWORD: login.password,
      SALESFORCE_CLIENT_ID: login.clientId,
      SALESFORCE_CLIENT_SECRET: login.clientSecret,
    });
    const report = JSON.parse(stdout) as { items: Array<{ system: string; status: string }> };
    expect(report.items.filter((i) => i.system === "salesforce").map((i) => i.status)).toEqual([
      "ok",
      "ok",
      "ok",
      "ok",
    ]);
  });
});

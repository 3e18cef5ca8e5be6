import { Connection } from "jsforce";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createCatalog } from "../catalog/catalog.js";
import { salesforceScanPort } from "../clients/salesforce-scan-port.js";
import { DEFAULT_MAPPINGS } from "../mappings/default-mappings.js";
import { rules } from "../rules/index.js";
import { SalesforceSandbox, salesforceId } from "../sandbox/salesforce/sandbox.js";
import type { ResyncRecordState } from "../store/types.js";
import { CONTEXT_TTL_MS, createPreflight } from "./preflight.js";

// The preflight against the Salesforce fake through jsforce: what it holds back, and that it sees
// a fix made in Salesforce once its metadata is older than its lifetime.

const catalog = createCatalog(rules);
const TOKEN = "sf-preflight";
const opp = salesforceId("Opportunity", 1);
let salesforce: SalesforceSandbox;

beforeEach(async () => {
  salesforce = await SalesforceSandbox.start({
    accessToken: TOKEN,
    records: {
      Opportunity: [{ Id: opp, Name: "Old", StageName: "Needs Analysis", CloseDate: "2026-12-01" }],
    },
  });
});
afterEach(async () => {
  salesforce.assertNoUnexpectedCalls();
  await salesforce.close();
});

const batch: ResyncRecordState[] = [
  {
    batch: 0,
    system: "salesforce",
    object: "Opportunity",
    recordId: opp,
    fingerprint: "f1",
    status: "pending",
    code: null,
    message: null,
  },
];

describe("the preflight", () => {
  it("holds back a record its type's check still finds, and covers only checkable types", async () => {
    let clock = 0;
    const preflight = createPreflight({
      hubspot: undefined,
      salesforce: salesforceScanPort(
        new Connection({
          instanceUrl: salesforce.instanceUrl,
          accessToken: TOKEN,
          version: "62.0",
        }),
      ),
      mappings: DEFAULT_MAPPINGS,
      catalog,
      now: () => clock,
    });
    expect(preflight.covers("inactive-opportunity-stage")).toBe(true);
    expect(preflight.covers("custom-code")).toBe(false);
    // "Needs Analysis" is an inactive stage in the fake's describe.
    const held = await preflight.check("inactive-opportunity-stage", batch);
    expect([...held]).toEqual([
      ["f1", "held back: the check still finds Inactive opportunity stage"],
    ]);
    const describes = () => salesforce.calls().filter((c) => c.path.endsWith("/describe")).length;
    const before = describes();
    await preflight.check("inactive-opportunity-stage", batch);
    expect(describes()).toBe(before);
    // Past its lifetime the metadata is read again.
    clock += CONTEXT_TTL_MS + 1;
    await preflight.check("inactive-opportunity-stage", batch);
    expect(describes()).toBeGreaterThan(before);
  });
});

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

  it("reads a batch of an org with hundreds of long custom fields in one short request", async () => {
    // 400 custom fields of 60 characters: a SOQL query selecting them all for 100 ids passes
    // Salesforce's 16,384-byte request line (the sandbox answers 414, as Salesforce does).
    const customFields = Array.from({ length: 400 }, (_, i) => ({
      name: `Regional_Sales_Qualification_Commentary_Field_${String(i).padStart(3, "0")}_Long__c`,
      type: "string" as const,
    }));
    const leads = Array.from({ length: 100 }, (_, i) => ({
      Id: salesforceId("Lead", i + 1),
      LastName: `Lead ${i}`,
      Company: "Acme",
      Email: i % 10 === 0 ? `lead${i}@acme` : `lead${i}@acme.com`,
    }));
    await salesforce.close();
    salesforce = await SalesforceSandbox.start({
      accessToken: TOKEN,
      customFields: { Lead: customFields },
      records: { Lead: leads },
    });
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
    });
    const leadBatch: ResyncRecordState[] = leads.map((lead, i) => ({
      batch: 0,
      system: "salesforce",
      object: "Lead",
      // Exports may hold 15-character ids; the answer is matched by position, not by id.
      recordId: i % 2 === 0 ? lead.Id.slice(0, 15) : lead.Id,
      fingerprint: `f${i}`,
      status: "pending",
      code: null,
      message: null,
    }));
    const held = await preflight.check("invalid-email", leadBatch);
    expect([...held.keys()].sort()).toEqual(
      ["f0", "f10", "f20", "f30", "f40", "f50", "f60", "f70", "f80", "f90"].sort(),
    );
    const [read] = salesforce.calls("/composite/sobjects/Lead");
    expect(read?.method).toBe("POST");
    const body = read?.body as { ids: string[]; fields: string[] };
    expect(body.ids).toHaveLength(100);
    // Only what the checks read: the mapped fields and the few they name, none of the 400.
    expect(body.fields).toContain("Email");
    expect(body.fields.some((f) => f.startsWith("Regional_"))).toBe(false);
    expect(salesforce.calls("/query").every((c) => (c.soql ?? "").length < 2000)).toBe(true);
  });
});

import { Connection } from "jsforce";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SalesforceSandbox, type StoredRecord, salesforceId } from "./sandbox.js";

// A scan-sized org: 100,000 changed Leads (plus older ones the query leaves out), read through
// the real jsforce in 2,000-record pages.

const TOKEN = "00D000000000001!sandbox-token";
const CHANGED = 100_000;
const OLD = 2_000;
const SOQL =
  "SELECT Id, Email, FirstName, LastName, Company, Status, LastModifiedDate FROM Lead " +
  "WHERE LastModifiedDate > 2026-11-28T00:00:00Z";

let sandbox: SalesforceSandbox;
let seedMs = 0;

function connect(): Connection {
  return new Connection({ instanceUrl: sandbox.instanceUrl, accessToken: TOKEN, version: "62.0" });
}

beforeAll(async () => {
  const leads: StoredRecord[] = Array.from({ length: CHANGED + OLD }, (_, i) => ({
    Id: salesforceId("Lead", i + 1),
    FirstName: "Lead",
    LastName: `Number ${i + 1}`,
    Company: "Acme",
    Email: `lead${i + 1}@example.com`,
    Status: "Open - Not Contacted",
    // Every 51st lead is old, so the filter has work to do throughout the set.
    LastModifiedDate:
      i % 51 === 50 && i < OLD * 51
        ? "2026-11-01T09:00:00.000+0000"
        : "2026-11-29T09:00:00.000+0000",
  }));
  const started = performance.now();
  sandbox = await SalesforceSandbox.start({ accessToken: TOKEN, records: { Lead: leads } });
  seedMs = performance.now() - started;
});

afterAll(async () => {
  await sandbox.close();
});

describe("SalesforceSandbox at scan scale", () => {
  it("seeds 102,000 leads well under a second", () => {
    expect(sandbox.records("Lead")).toHaveLength(CHANGED + OLD);
    expect(seedMs).toBeLessThan(1_000);
  });

  it("pages 100,000 matching leads with autoFetch in 50 requests", async () => {
    const started = performance.now();
    const result = await connect().query(SOQL).run({ autoFetch: true, maxFetch: 200_000 });
    const elapsed = performance.now() - started;
    expect(result.totalSize).toBe(CHANGED);
    expect(result.records).toHaveLength(CHANGED);
    expect(new Set(result.records.map((r) => r.Id)).size).toBe(CHANGED);
    expect(sandbox.calls("/query")).toHaveLength(CHANGED / 2_000);
    expect(elapsed).toBeLessThan(8_000);
    sandbox.assertNoUnexpectedCalls();
  });

  it("pages them with a queryMore loop too", async () => {
    sandbox.reset();
    const conn = connect();
    let page = await conn.query<{ Email: string }>(SOQL);
    let read = page.records.length;
    while (!page.done && page.nextRecordsUrl) {
      page = await conn.queryMore<{ Email: string }>(page.nextRecordsUrl);
      read += page.records.length;
    }
    expect(read).toBe(CHANGED);
    // The very last lead (number 102,000) is an old one.
    expect(page.records.at(-1)?.Email).toBe(`lead${CHANGED + OLD - 1}@example.com`);
    sandbox.assertNoUnexpectedCalls();
  });
});

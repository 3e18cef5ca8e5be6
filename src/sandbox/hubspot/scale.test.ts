import { FilterOperatorEnum } from "@hubspot/api-client/lib/codegen/crm/contacts/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sandboxClient, TEST_ACCESS_TOKEN } from "../../../test/fakes/hubspot-clients.js";
import { HubSpotSandbox, SEARCH_PAGE_LIMIT, SEARCH_RESULT_CAP } from "./sandbox.js";

const COUNT = 100_000;
const START = Date.parse("2024-01-01T00:00:00Z");

/** 100,000 contacts, ids 1…100000, one modified a minute apart. */
const contacts = Array.from({ length: COUNT }, (_, index) => ({
  id: String(index + 1),
  properties: { email: `c${index + 1}@example.com` },
  updatedAt: new Date(START + index * 60_000).toISOString(),
}));

let sandbox: HubSpotSandbox;
let seedMs = 0;

beforeAll(async () => {
  const started = performance.now();
  sandbox = await HubSpotSandbox.start({
    accessToken: TEST_ACCESS_TOKEN,
    // Thousands of pages: the rate limit is not what this test is about.
    rateLimit: { requests: 1_000_000, windowMs: 10_000 },
    searchRateLimit: { requests: 1_000_000, windowMs: 1000 },
    objects: { contacts },
  });
  seedMs = performance.now() - started;
});

afterAll(async () => {
  await sandbox.close();
});

describe("HubSpotSandbox at 100,000 contacts", () => {
  it("seeds in well under a second", () => {
    // Loose, to catch a quadratic seed (minutes), not to benchmark a busy machine.
    expect(seedMs).toBeLessThan(2_000);
    expect(sandbox.records("contacts")).toHaveLength(COUNT);
  });

  it("pages every contact once with getPage (100 a page)", async () => {
    const { client } = sandboxClient(sandbox.url);
    const list = client.crm.contacts.basicApi;
    let after: string | undefined;
    let seen = 0;
    let lastId = 0;
    let ordered = true;
    do {
      const page = await list.getPage(100, after, ["email"]);
      for (const record of page.results) {
        ordered &&= Number(record.id) > lastId;
        lastId = Number(record.id);
      }
      seen += page.results.length;
      after = page.paging?.next?.after;
    } while (after !== undefined);

    expect(seen).toBe(COUNT);
    expect(ordered).toBe(true);
    expect(sandbox.calls("/crm/v3/objects/contacts")).toHaveLength(COUNT / 100);
    sandbox.assertNoUnexpectedCalls();
  });

  it("searches past the 10,000 cap by filtering hs_object_id GT the last id seen", async () => {
    sandbox.reset();
    const { client } = sandboxClient(sandbox.url);
    const search = client.crm.contacts.searchApi;
    const since = new Date(START).toISOString();
    let lastId = "0";
    let seen = 0;
    let firstTotal: number | undefined;
    for (;;) {
      const page = await search.doSearch({
        filterGroups: [
          {
            filters: [
              {
                propertyName: "lastmodifieddate",
                operator: FilterOperatorEnum.Gte,
                value: since,
              },
              { propertyName: "hs_object_id", operator: FilterOperatorEnum.Gt, value: lastId },
            ],
          },
        ],
        sorts: [JSON.stringify({ propertyName: "hs_object_id", direction: "ASCENDING" })],
        properties: ["email", "lastmodifieddate"],
        limit: SEARCH_PAGE_LIMIT,
      });
      firstTotal ??= page.total;
      if (page.results.length === 0) break;
      seen += page.results.length;
      lastId = page.results.at(-1)?.id ?? lastId;
    }

    expect(firstTotal).toBe(COUNT);
    expect(firstTotal).toBeGreaterThan(SEARCH_RESULT_CAP);
    expect(seen).toBe(COUNT);
    expect(lastId).toBe(String(COUNT));
    expect(sandbox.calls("/search")).toHaveLength(COUNT / SEARCH_PAGE_LIMIT + 1);
    sandbox.assertNoUnexpectedCalls();
  });

  it("pages by offset only up to the 10,000th match, then answers 400", async () => {
    sandbox.reset();
    const { client } = sandboxClient(sandbox.url);
    const search = client.crm.contacts.searchApi;
    const page = await search.doSearch({ limit: SEARCH_PAGE_LIMIT, after: "9900" });
    expect(page.total).toBe(COUNT);
    expect(page.results.map((record) => record.id)).toEqual(
      Array.from({ length: 100 }, (_, index) => String(9901 + index)),
    );
    const next = page.paging?.next?.after ?? "";
    expect(Number(next)).toBeGreaterThanOrEqual(SEARCH_RESULT_CAP);
    const error = await search.doSearch({ limit: SEARCH_PAGE_LIMIT, after: next }).catch((e) => e);
    expect(error).toMatchObject({ code: 400, body: { category: "VALIDATION_ERROR" } });
    expect(sandbox.unexpected()).toEqual([expect.stringContaining(`after=${next}`)]);
  });
});

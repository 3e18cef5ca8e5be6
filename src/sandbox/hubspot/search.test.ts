import {
  FilterOperatorEnum as Op,
  type PublicObjectSearchRequest,
} from "@hubspot/api-client/lib/codegen/crm/contacts/index.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  rejection,
  sandboxClient,
  TEST_ACCESS_TOKEN,
} from "../../../test/fakes/hubspot-clients.js";
import { HubSpotSandbox } from "./sandbox.js";

const STAGES = ["lead", "customer", "subscriber"];

/** Contacts 1…20: day i of January as modified time, score 10·i up to 15, a stage in turn. */
const contacts = Array.from({ length: 20 }, (_, index) => {
  const n = index + 1;
  return {
    id: String(n),
    properties: {
      email: n === 3 ? "Mixed@Example.com" : `p${n}@example.com`,
      lifecyclestage: STAGES[n % 3] ?? null,
      ...(n <= 15 ? { score: String(n * 10) } : {}),
    },
    updatedAt: `2024-01-${String(n).padStart(2, "0")}T12:00:00Z`,
  };
});

let sandbox: HubSpotSandbox;

beforeEach(async () => {
  sandbox = await HubSpotSandbox.start({
    accessToken: TEST_ACCESS_TOKEN,
    // These tests are about filters, not search's per-second limit (faults.test.ts covers it).
    searchRateLimit: { requests: 1000, windowMs: 1000 },
    objects: { contacts },
    properties: {
      contacts: [
        { name: "score", type: "number" },
        {
          name: "lifecyclestage",
          type: "enumeration",
          options: STAGES.map((value) => ({ label: value, value })),
        },
      ],
    },
  });
});

afterEach(async () => {
  await sandbox.close();
});

/** A one-sort search request; `sorts` is typed as strings by the client but HubSpot takes objects. */
function sorted(propertyName: string, direction: "ASCENDING" | "DESCENDING") {
  return [{ propertyName, direction }] as unknown as string[];
}

/** Runs a search through the real client; the matching ids. */
async function ids(request: PublicObjectSearchRequest): Promise<string[]> {
  const { client } = sandboxClient(sandbox.url);
  const page = await client.crm.contacts.searchApi.doSearch({ limit: 100, ...request });
  return page.results.map((record) => record.id);
}

const where = (propertyName: string, operator: Op, value?: string, values?: string[]) => ({
  filterGroups: [
    {
      filters: [
        {
          propertyName,
          operator,
          ...(value === undefined ? {} : { value }),
          ...(values === undefined ? {} : { values }),
        },
      ],
    },
  ],
});

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => String(from + index));

describe("HubSpotSandbox search filters", () => {
  it("compares numbers as numbers (EQ, NEQ, GT, GTE, LT, LTE)", async () => {
    expect(await ids(where("score", Op.Eq, "50"))).toEqual(["5"]);
    expect(await ids(where("score", Op.Gt, "120"))).toEqual(["13", "14", "15"]);
    expect(await ids(where("score", Op.Gte, "120"))).toEqual(["12", "13", "14", "15"]);
    expect(await ids(where("score", Op.Lt, "30"))).toEqual(["1", "2"]);
    expect(await ids(where("score", Op.Lte, "30"))).toEqual(["1", "2", "3"]);
    // NEQ also matches records with no value, as HubSpot's does.
    expect(await ids(where("score", Op.Neq, "10"))).toEqual(range(2, 20));
    sandbox.assertNoUnexpectedCalls();
  });

  it("HAS_PROPERTY, NOT_HAS_PROPERTY, IN and case-blind text", async () => {
    expect(await ids(where("score", Op.HasProperty))).toEqual(range(1, 15));
    expect(await ids(where("score", Op.NotHasProperty))).toEqual(range(16, 20));
    expect(await ids(where("lifecyclestage", Op.In, undefined, ["customer", "lead"]))).toEqual(
      range(1, 20).filter((id) => Number(id) % 3 !== 2),
    );
    expect(await ids(where("email", Op.Eq, "mixed@example.com"))).toEqual(["3"]);
    expect(await ids(where("email", Op.Eq, "MIXED@example.com"))).toEqual(["3"]);
    // IN, as HubSpot documents, needs lower-case values for text: capitals match nothing.
    expect(await ids(where("email", Op.In, undefined, ["mixed@example.com"]))).toEqual(["3"]);
    expect(await ids(where("email", Op.In, undefined, ["Mixed@Example.com"]))).toEqual([]);
    expect(await ids(where("hs_object_id", Op.In, undefined, ["4", "17", "99"]))).toEqual([
      "4",
      "17",
    ]);
    sandbox.assertNoUnexpectedCalls();
  });

  it("compares datetimes as instants, from ISO or epoch-millisecond text", async () => {
    const iso = "2024-01-18T00:00:00Z";
    const epoch = String(Date.parse(iso));
    expect(await ids(where("lastmodifieddate", Op.Gte, iso))).toEqual(["18", "19", "20"]);
    expect(await ids(where("lastmodifieddate", Op.Gte, epoch))).toEqual(["18", "19", "20"]);
    expect(await ids(where("lastmodifieddate", Op.Lt, "2024-01-02T12:00:00.000Z"))).toEqual(["1"]);
    expect(await ids(where("lastmodifieddate", Op.Eq, "1704369600000"))).toEqual(["4"]);
    sandbox.assertNoUnexpectedCalls();
  });

  it("knows a contact's last change as lastmodifieddate: hs_lastmodifieddate silently matches none", async () => {
    // HubSpot's search guide lists lastmodifieddate for contacts and hs_lastmodifieddate for
    // companies and deals; a contacts filter on hs_lastmodifieddate is accepted and finds nothing
    // useful (amp-labs/connectors PR #45). No 400: the mistake is silent, as in HubSpot.
    expect(await ids(where("hs_lastmodifieddate", Op.Gte, "2024-01-18T00:00:00Z"))).toEqual([]);
    expect(await ids(where("lastmodifieddate", Op.Gte, "2024-01-18T00:00:00Z"))).toEqual([
      "18",
      "19",
      "20",
    ]);
    sandbox.assertNoUnexpectedCalls();
  });

  it("ANDs filters within a group and ORs the groups", async () => {
    const found = await ids({
      filterGroups: [
        {
          filters: [
            { propertyName: "score", operator: Op.Gte, value: "50" },
            { propertyName: "lifecyclestage", operator: Op.Eq, value: "customer" },
          ],
        },
        { filters: [{ propertyName: "hs_object_id", operator: Op.Eq, value: "1" }] },
      ],
    });
    expect(found).toEqual(["1", "7", "10", "13"]);
    sandbox.assertNoUnexpectedCalls();
  });
});

describe("HubSpotSandbox search sorting and paging", () => {
  it("sorts by one property either way, records without a value last, ties by id", async () => {
    expect(await ids({ sorts: sorted("score", "DESCENDING"), limit: 4 })).toEqual([
      "15",
      "14",
      "13",
      "12",
    ]);
    const ascending = await ids({ sorts: sorted("score", "ASCENDING") });
    expect(ascending.slice(-6)).toEqual(["15", "16", "17", "18", "19", "20"]);
    // The README's form: the sort as JSON text. Ties (same stage) go by id.
    const byStage = await ids({
      sorts: [JSON.stringify({ propertyName: "lifecyclestage", direction: "ASCENDING" })],
      limit: 3,
    });
    expect(byStage).toEqual(["1", "4", "7"]);
    expect(await ids({ sorts: sorted("hs_object_id", "DESCENDING"), limit: 2 })).toEqual([
      "20",
      "19",
    ]);
    sandbox.assertNoUnexpectedCalls();
  });

  it("pages with after, answers total, and chooses properties", async () => {
    const { client } = sandboxClient(sandbox.url);
    const search = client.crm.contacts.searchApi;
    const request = { ...where("score", Op.HasProperty), properties: ["score"], limit: 6 };
    const first = await search.doSearch(request);
    expect(first.total).toBe(15);
    expect(first.paging?.next?.after).toBe("6");
    expect(first.results[0]?.properties).toEqual({
      createdate: expect.any(String),
      hs_object_id: "1",
      lastmodifieddate: "2024-01-01T12:00:00.000Z",
      score: "10",
    });
    const last = await search.doSearch({ ...request, after: "12" });
    expect(last.results.map((record) => record.id)).toEqual(["13", "14", "15"]);
    expect(last.paging).toBeUndefined();
    sandbox.assertNoUnexpectedCalls();
  });

  it("answers default properties and 10 results when asked for neither", async () => {
    const { client } = sandboxClient(sandbox.url);
    const page = await client.crm.contacts.searchApi.doSearch({});
    expect(page.results).toHaveLength(10);
    expect(page.total).toBe(20);
    expect(Object.keys(page.results[0]?.properties ?? {})).toContain("email");
  });
});

describe("HubSpotSandbox search by id ranges (the scan technique)", () => {
  const pastId = (lastId: string, operator: Op = Op.Gt) => ({
    filterGroups: [
      {
        filters: [
          { propertyName: "score", operator: Op.HasProperty },
          { propertyName: "hs_object_id", operator, value: lastId },
        ],
      },
    ],
  });

  it("walks up by GT and down by LT, in either id order", async () => {
    const up = await ids({ ...pastId("12"), sorts: sorted("hs_object_id", "ASCENDING") });
    expect(up).toEqual(["13", "14", "15"]);
    const down = await ids({
      ...pastId("4", Op.Lt),
      sorts: sorted("hs_object_id", "DESCENDING"),
      limit: 2,
    });
    expect(down).toEqual(["3", "2"]);
    const between = await ids({
      filterGroups: [
        {
          filters: [
            { propertyName: "hs_object_id", operator: Op.Between, value: "9", highValue: "11" },
          ],
        },
      ],
    });
    expect(between).toEqual(["9", "10", "11"]);
    sandbox.assertNoUnexpectedCalls();
  });

  it("keeps id filters as filters under another sort, and NOT_IN leaves out the listed", async () => {
    const byScore = await ids({ ...pastId("12"), sorts: sorted("score", "DESCENDING") });
    expect(byScore).toEqual(["15", "14", "13"]);
    const notIn = await ids(where("lifecyclestage", Op.NotIn, undefined, ["lead", "customer"]));
    expect(notIn).toEqual(range(1, 20).filter((id) => Number(id) % 3 === 2));
  });

  it("answers from the current records after a write, not from an earlier answer", async () => {
    const { client } = sandboxClient(sandbox.url);
    const request = { ...where("score", Op.Gte, "140"), limit: 100 };
    const before = await client.crm.contacts.searchApi.doSearch(request);
    expect(before.results.map((record) => record.id)).toEqual(["14", "15"]);
    await client.crm.contacts.batchApi.update({
      inputs: [{ id: "2", properties: { score: "999" } }],
    });
    const updated = await client.crm.contacts.searchApi.doSearch(request);
    expect(updated.results.map((record) => record.id)).toEqual(["2", "14", "15"]);
    // The write moved contact 2's modification time past every seeded one.
    const recent = await ids(where("lastmodifieddate", Op.Gt, "2024-02-01T00:00:00Z"));
    expect(recent).toEqual(["2"]);
  });
});

describe("HubSpotSandbox search refusals", () => {
  it("refuses limit 201 and after 10000 with HubSpot's 400, and flags both", async () => {
    const { client } = sandboxClient(sandbox.url);
    const search = client.crm.contacts.searchApi;
    const tooMany = await rejection(search.doSearch({ limit: 201 }));
    const tooFar = await rejection(search.doSearch({ limit: 10, after: "10000" }));
    expect([tooMany.code, tooFar.code]).toEqual([400, 400]);
    expect(tooFar.body).toMatchObject({ status: "error", category: "VALIDATION_ERROR" });
    expect(sandbox.unexpected()).toEqual([
      expect.stringContaining("limit 201 (at most 200)"),
      expect.stringContaining("after=10000"),
    ]);
  });

  it("answers 400 for an unknown property without flagging it (a portal condition)", async () => {
    const error = await rejection(
      sandboxClient(sandbox.url).client.crm.contacts.searchApi.doSearch(
        where("syncerror_missing", Op.Eq, "x"),
      ),
    );
    expect(error.code).toBe(400);
    expect(error.body).toMatchObject({ context: { propertyName: ["syncerror_missing"] } });
    sandbox.assertNoUnexpectedCalls();
  });

  it("flags what it does not model: free-text query, CONTAINS_TOKEN, two sorts, bad values", async () => {
    const search = sandboxClient(sandbox.url).client.crm.contacts.searchApi;
    const requests: PublicObjectSearchRequest[] = [
      { query: "acme" },
      where("email", Op.ContainsToken, "*@example.com"),
      { sorts: ["score", "email"] },
      where("hs_lastmodifieddate", Op.Gt, "last tuesday"),
      where("score", Op.HasProperty, "10"),
    ];
    for (const request of requests) {
      expect((await rejection(search.doSearch(request))).code).toBe(400);
    }
    expect(sandbox.unexpected()).toEqual([
      expect.stringContaining("search query is not modelled"),
      expect.stringContaining("operator CONTAINS_TOKEN is not modelled"),
      expect.stringContaining("2 sorts"),
      expect.stringContaining("needs a datetime (ISO or epoch-millisecond) value"),
      expect.stringContaining("HAS_PROPERTY takes no value"),
    ]);
  });
});

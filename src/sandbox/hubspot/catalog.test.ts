import {
  PropertyCreateFieldTypeEnum,
  PropertyCreateTypeEnum,
} from "@hubspot/api-client/lib/codegen/crm/properties/index.js";
import { afterEach, describe, expect, it } from "vitest";
import {
  rejection,
  sandboxClient,
  TEST_ACCESS_TOKEN,
} from "../../../test/fakes/hubspot-clients.js";
import { DEFAULT_DEAL_PIPELINES, HubSpotSandbox, type HubSpotSandboxOptions } from "./sandbox.js";

const LIFECYCLE_OPTIONS = [
  { label: "Lead", value: "lead" },
  { label: "Customer", value: "customer", hidden: true },
];

const owners = [
  { id: "101", email: "ada@example.com", firstName: "Ada", lastName: "L", userId: 9001 },
  { id: "102", email: "Bob@Example.com", firstName: "Bob", lastName: "M", userId: 9002 },
  { id: "103", email: "cy@example.com", firstName: "Cy", lastName: "N", archived: true },
];

let sandbox: HubSpotSandbox;

async function start(options: Omit<HubSpotSandboxOptions, "accessToken"> = {}) {
  sandbox = await HubSpotSandbox.start({ accessToken: TEST_ACCESS_TOKEN, ...options });
  const { client } = sandboxClient(sandbox.url);
  return {
    memberships: client.crm.lists.membershipsApi,
    properties: client.crm.properties.coreApi,
    owners: client.crm.owners.ownersApi,
    pipelines: client.crm.pipelines.pipelinesApi,
  };
}

afterEach(async () => {
  await sandbox.close();
});

describe("HubSpotSandbox list memberships", () => {
  it("pages seeded members in record id order, with total and cursors", async () => {
    const ids = Array.from({ length: 7 }, (_, index) => String(70 - index * 10));
    const hs = await start({ lists: { "42": ids } });
    const first = await hs.memberships.getPage("42", undefined, undefined, 3);
    expect(first.results.map((member) => member.recordId)).toEqual(["10", "20", "30"]);
    expect(first.results[0]?.membershipTimestamp).toBeInstanceOf(Date);
    expect(first.total).toBe(7);
    expect(first.paging?.next?.after).toBe("3");
    expect(first.paging?.prev).toBeUndefined();

    const last = await hs.memberships.getPage("42", "6", undefined, 3);
    expect(last.results.map((member) => member.recordId)).toEqual(["70"]);
    expect(last.paging?.next).toBeUndefined();
    const back = await hs.memberships.getPage("42", undefined, last.paging?.prev?.before, 3);
    expect(back.results.map((member) => member.recordId)).toEqual(["40", "50", "60"]);
    expect(sandbox.listMembers("42")).toHaveLength(7);
    sandbox.assertNoUnexpectedCalls();
  });

  it("answers 404 with HubSpot's error body for an unknown list, and refuses limit 251", async () => {
    const hs = await start({ lists: { "1": ["5"] } });
    const missing = await rejection(hs.memberships.getPage("2"));
    expect(missing.code).toBe(404);
    expect(missing.body).toMatchObject({ status: "error", category: "OBJECT_NOT_FOUND" });
    expect(sandbox.unexpected()).toEqual([]);

    const tooMany = await rejection(hs.memberships.getPage("1", undefined, undefined, 251));
    expect(tooMany.code).toBe(400);
    expect(sandbox.unexpected()).toEqual([expect.stringContaining("limit 251 (at most 250)")]);
  });
});

describe("HubSpotSandbox property definitions", () => {
  it("lists every definition with enumeration options, seeded ones included", async () => {
    const hs = await start({
      properties: {
        contacts: [
          { name: "lifecyclestage", type: "enumeration", options: LIFECYCLE_OPTIONS },
          { name: "do_not_sync", type: "bool" },
        ],
      },
    });
    const { results } = await hs.properties.getAll("contacts");
    const byName = new Map(results.map((property) => [property.name, property]));
    expect(byName.get("lifecyclestage")).toMatchObject({
      type: "enumeration",
      fieldType: "select",
      options: [
        { label: "Lead", value: "lead", displayOrder: 0, hidden: false },
        { label: "Customer", value: "customer", displayOrder: 1, hidden: true },
      ],
    });
    expect(byName.get("do_not_sync")?.options.map((option) => option.value)).toEqual([
      "true",
      "false",
    ]);
    expect(byName.get("hs_object_id")?.type).toBe("number");
    expect(byName.get("hs_lastmodifieddate")?.type).toBe("datetime");
    expect((await hs.properties.getAll("deals")).results.map((p) => p.name)).toContain("amount");
    // The single-property lookup still answers.
    expect((await hs.properties.getByName("contacts", "lifecyclestage")).options).toHaveLength(2);
    sandbox.assertNoUnexpectedCalls();
  });

  it("reset() restores seeded definitions and drops created ones", async () => {
    const hs = await start({ properties: { companies: [{ name: "tier", type: "number" }] } });
    await hs.properties.create("companies", {
      name: "extra",
      label: "Extra",
      type: PropertyCreateTypeEnum.String,
      fieldType: PropertyCreateFieldTypeEnum.Text,
      groupName: "companyinformation",
    });
    expect(sandbox.property("companies", "extra")).toBeDefined();
    sandbox.reset();
    expect(sandbox.property("companies", "extra")).toBeUndefined();
    expect(sandbox.property("companies", "tier")?.type).toBe("number");
    expect(sandbox.properties("companies").map((p) => p.name)).toContain("tier");
  });
});

describe("HubSpotSandbox owners", () => {
  it("pages active owners, finds one by email in any case, lists archived ones apart", async () => {
    const hs = await start({ owners });
    const first = await hs.owners.getPage(undefined, undefined, 1);
    expect(first.results).toHaveLength(1);
    expect(first.results[0]).toMatchObject({
      id: "101",
      email: "ada@example.com",
      firstName: "Ada",
      lastName: "L",
      userId: 9001,
      archived: false,
    });
    expect(first.results[0]?.createdAt).toBeInstanceOf(Date);
    const second = await hs.owners.getPage(undefined, first.paging?.next?.after, 1);
    expect(second.results.map((owner) => owner.id)).toEqual(["102"]);
    expect(second.paging).toBeUndefined();

    const bob = await hs.owners.getPage("bob@example.com");
    expect(bob.results.map((owner) => owner.id)).toEqual(["102"]);
    const archived = await hs.owners.getPage(undefined, undefined, 100, true);
    expect(archived.results.map((owner) => owner.id)).toEqual(["103"]);
    sandbox.assertNoUnexpectedCalls();
  });
});

describe("HubSpotSandbox deal pipelines", () => {
  it("serves HubSpot's default Sales Pipeline when none are seeded", async () => {
    const hs = await start();
    const { results } = await hs.pipelines.getAll("deals");
    expect(results.map((pipeline) => pipeline.id)).toEqual(["default"]);
    const closedWon = results[0]?.stages.find((stage) => stage.id === "closedwon");
    expect(closedWon).toMatchObject({
      label: "Closed Won",
      archived: false,
      metadata: { isClosed: "true", probability: "1" },
    });
    expect(results[0]?.stages).toHaveLength(DEFAULT_DEAL_PIPELINES[0]?.stages.length ?? 0);
    sandbox.assertNoUnexpectedCalls();
  });

  it("serves seeded pipelines, and flags pipelines of a type it does not model", async () => {
    const hs = await start({
      pipelines: [
        {
          id: "p1",
          label: "Renewals",
          stages: [
            { id: "s1", label: "Open", probability: 0.5 },
            { id: "s2", label: "Lost", isClosed: true },
          ],
        },
      ],
    });
    const { results } = await hs.pipelines.getAll("deals");
    expect(results).toMatchObject([
      {
        id: "p1",
        label: "Renewals",
        displayOrder: 0,
        archived: false,
        stages: [
          { id: "s1", displayOrder: 0, metadata: { isClosed: "false", probability: "0.5" } },
          { id: "s2", displayOrder: 1, metadata: { isClosed: "true", probability: "0" } },
        ],
      },
    ]);
    expect((await rejection(hs.pipelines.getAll("tickets"))).code).toBe(400);
    expect(sandbox.unexpected()).toEqual([expect.stringContaining("pipelines of tickets")]);
  });
});

describe("HubSpotSandbox list definitions", () => {
  const lists = {
    "57": {
      name: "Synced to Salesforce",
      legacyListId: "12",
      members: ["3", "1"],
    },
    "58": { name: "Target accounts", objectTypeId: "0-2", members: ["9"] },
    "12": { name: "Someone else's list", members: [] },
  };

  it("answers a list by its ILS id, parsed by the client as ListFetchResponse", async () => {
    await start({ lists });
    const { client } = sandboxClient(sandbox.url);
    // Spec PublicApiSpecs/CRM/Lists/Rollouts/144891/v3/lists.json, "Fetch List by ID".
    const { list } = await client.crm.lists.listsApi.getById("57");
    expect(list).toMatchObject({
      listId: "57",
      name: "Synced to Salesforce",
      objectTypeId: "0-1",
      processingType: "DYNAMIC",
      processingStatus: "COMPLETE",
      listVersion: 1,
      size: 2,
    });
    expect(list.createdAt).toBeInstanceOf(Date);
    sandbox.assertNoUnexpectedCalls();
  });

  it("looks a list up by name, ignoring case, within its object type", async () => {
    await start({ lists });
    const { client } = sandboxClient(sandbox.url);
    // "The name of the list to fetch. This is **not** case sensitive." (spec, Retrieve List by Name)
    const found = await client.crm.lists.listsApi.getByName("synced TO salesforce", "0-1");
    expect(found.list.listId).toBe("57");
    const wrongType = await rejection(
      client.crm.lists.listsApi.getByName("Target accounts", "0-1"),
    );
    expect(wrongType.code).toBe(404);
    expect(wrongType.body).toMatchObject({ status: "error", category: "OBJECT_NOT_FOUND" });
    const missing = await rejection(client.crm.lists.listsApi.getByName("Nope", "0-1"));
    expect(missing.code).toBe(404);
    sandbox.assertNoUnexpectedCalls();
  });

  it("answers 404 for an id no list has, a legacy id too, by id and for memberships", async () => {
    await start({ lists: { "57": { name: "Synced", legacyListId: "11", members: ["1"] } } });
    const { client } = sandboxClient(sandbox.url);
    // The v3 paths take the ILS list id only; the legacy v1 id is just an unknown id to them.
    for (const failing of [
      client.crm.lists.listsApi.getById("11"),
      client.crm.lists.membershipsApi.getPage("11"),
    ]) {
      const error = await rejection(failing);
      expect(error.code).toBe(404);
      expect(error.body).toMatchObject({
        status: "error",
        category: "OBJECT_NOT_FOUND",
        correlationId: expect.any(String),
      });
    }
    sandbox.assertNoUnexpectedCalls();
  });

  it("flags what it does not model: a list id that is no number, and filter definitions", async () => {
    await start({ lists });
    const { client } = sandboxClient(sandbox.url);
    expect((await rejection(client.crm.lists.listsApi.getById("Synced"))).code).toBe(400);
    expect((await rejection(client.crm.lists.listsApi.getById("57", true))).code).toBe(400);
    expect(sandbox.unexpected()).toEqual([
      expect.stringContaining("a list id is a number"),
      expect.stringContaining("includeFilters=true"),
    ]);
  });

  it("takes after over before when a memberships request gives both, as the spec says", async () => {
    await start({ lists: { "57": ["1", "2", "3"] } });
    const { client } = sandboxClient(sandbox.url);
    const page = await client.crm.lists.membershipsApi.getPage("57", "1", "2", 1);
    expect(page.results.map((member) => member.recordId)).toEqual(["2"]);
    sandbox.assertNoUnexpectedCalls();
  });
});

describe("HubSpotSandbox reads share the rate limit and the journal", () => {
  it("counts every read but search in the 10-second window, and journals them all", async () => {
    sandbox = await HubSpotSandbox.start({
      accessToken: TEST_ACCESS_TOKEN,
      rateLimit: { requests: 4, windowMs: 60_000 },
      lists: { "1": [] },
      owners,
    });
    const { client } = sandboxClient(sandbox.url);
    await client.crm.contacts.basicApi.getPage(5);
    // Search is exempt from the 10-second limit (x-hubspot-rate-limit-exemptions in the spec).
    await client.crm.contacts.searchApi.doSearch({});
    await client.crm.lists.membershipsApi.getPage("1");
    await client.crm.owners.ownersApi.getPage();
    await client.crm.pipelines.pipelinesApi.getAll("deals");
    const limited = await rejection(client.crm.lists.listsApi.getById("1"));

    expect(limited.code).toBe(429);
    expect(sandbox.calls().map((call) => `${call.method} ${call.path} ${call.status}`)).toEqual([
      "GET /crm/v3/objects/contacts 200",
      "POST /crm/v3/objects/contacts/search 200",
      "GET /crm/v3/lists/1/memberships 200",
      "GET /crm/v3/owners 200",
      "GET /crm/v3/pipelines/deals 200",
      "GET /crm/v3/lists/1 429",
    ]);
  });
});

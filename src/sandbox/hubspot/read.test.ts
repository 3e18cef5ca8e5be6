import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  rejection,
  sandboxClient,
  seedContacts,
  TEST_ACCESS_TOKEN,
} from "../../../test/fakes/hubspot-clients.js";
import { HubSpotSandbox } from "./sandbox.js";

const contacts = (count: number, first = 1) =>
  seedContacts(count, first).map((contact, index) => ({
    ...contact,
    updatedAt: `2024-03-01T00:00:${String(index % 60).padStart(2, "0")}Z`,
  }));

let sandbox: HubSpotSandbox;

beforeEach(async () => {
  sandbox = await HubSpotSandbox.start({
    accessToken: TEST_ACCESS_TOKEN,
    // Seeded out of id order on purpose: pages must come back in id order anyway.
    objects: {
      contacts: [...contacts(120, 11), ...contacts(10, 1)],
      deals: [{ id: "5", properties: { dealname: "Big", amount: "1000" } }],
    },
  });
});

afterEach(async () => {
  await sandbox.close();
});

/** The list and batch APIs, touched right away so they take this client's settings. */
function apis() {
  const { client } = sandboxClient(sandbox.url);
  return {
    contacts: client.crm.contacts.basicApi,
    contactsBatch: client.crm.contacts.batchApi,
    deals: client.crm.deals.basicApi,
  };
}

describe("HubSpotSandbox list pages (GET /crm/v3/objects/{type})", () => {
  it("pages every record once, in id order, by the after cursor", async () => {
    const hs = apis();
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const page = await hs.contacts.getPage(50, after, ["email"]);
      seen.push(...page.results.map((record) => record.id));
      after = page.paging?.next?.after;
      pages += 1;
    } while (after !== undefined);

    expect(pages).toBe(3);
    expect(seen).toEqual(Array.from({ length: 130 }, (_, index) => String(index + 1)));
    expect(sandbox.calls("/crm/v3/objects/contacts").map((call) => call.query)).toEqual([
      "?limit=50&properties=email",
      "?limit=50&after=51&properties=email",
      "?limit=50&after=101&properties=email",
    ]);
    sandbox.assertNoUnexpectedCalls();
  });

  it("answers the requested properties plus HubSpot's stamps, null when unset", async () => {
    const page = await apis().contacts.getPage(2, undefined, ["email", "firstname", "nope"]);

    expect(page.results[0]).toMatchObject({ id: "1", archived: false });
    expect(page.results[0]?.updatedAt).toEqual(new Date("2024-03-01T00:00:00Z"));
    expect(page.results[0]?.properties).toEqual({
      createdate: expect.any(String),
      email: "person1@example.com",
      firstname: null,
      hs_object_id: "1",
      lastmodifieddate: "2024-03-01T00:00:00.000Z",
    });
    expect(page.paging?.next?.after).toBe("3");
    sandbox.assertNoUnexpectedCalls();
  });

  it("answers each type's default properties when none are named (10 a page)", async () => {
    const hs = apis();
    const page = await hs.contacts.getPage();
    expect(page.results).toHaveLength(10);
    expect(Object.keys(page.results[0]?.properties ?? {})).toEqual([
      "createdate",
      "email",
      "firstname",
      "hs_object_id",
      "lastmodifieddate",
      "lastname",
    ]);
    const deals = await hs.deals.getPage(10);
    expect(deals.paging).toBeUndefined();
    expect(deals.results[0]?.properties).toMatchObject({
      dealname: "Big",
      amount: "1000",
      pipeline: null,
      hs_lastmodifieddate: expect.any(String),
    });
  });

  it("takes properties comma-separated too", async () => {
    const response = await fetch(
      `${sandbox.url}/crm/v3/objects/contacts?limit=1&properties=email,firstname`,
      { headers: { authorization: `Bearer ${TEST_ACCESS_TOKEN}` } },
    );
    const body = (await response.json()) as { results: { properties: object }[] };
    expect(Object.keys(body.results[0]?.properties ?? {})).toEqual([
      "createdate",
      "email",
      "firstname",
      "hs_object_id",
      "lastmodifieddate",
    ]);
  });

  it("refuses limit 101 with a 400 and flags it", async () => {
    const error = await rejection(apis().contacts.getPage(101));
    expect(error.code).toBe(400);
    expect(error.body).toMatchObject({ status: "error", category: "VALIDATION_ERROR" });
    expect(sandbox.unexpected()).toEqual([expect.stringContaining("limit 101 (at most 100)")]);
  });

  it("refuses what it does not model (associations, archived=true) rather than ignore it", async () => {
    const hs = apis();
    const associations = await rejection(hs.contacts.getPage(10, undefined, [], [], ["companies"]));
    const archived = await rejection(hs.contacts.getPage(10, undefined, [], [], [], true));
    expect([associations.code, archived.code]).toEqual([400, 400]);
    expect(sandbox.unexpected()).toEqual([
      expect.stringContaining("associations=companies is not modelled"),
      expect.stringContaining("archived=true is not modelled"),
    ]);
  });
});

describe("HubSpotSandbox batch read and modification stamps", () => {
  it("reads only the named properties plus the stamps", async () => {
    const result = await apis().contactsBatch.read({
      inputs: [{ id: "12" }, { id: "999" }],
      properties: ["email"],
      propertiesWithHistory: [],
    });
    expect(result.results.map((record) => record.properties)).toEqual([
      {
        createdate: expect.any(String),
        email: "person12@example.com",
        hs_object_id: "12",
        lastmodifieddate: "2024-03-01T00:00:01.000Z",
      },
    ]);
    expect(result).toMatchObject({ numErrors: 1, errors: [{ context: { ids: ["999"] } }] });
  });

  it("a batch update bumps updatedAt and a contact's lastmodifieddate (not hs_lastmodifieddate)", async () => {
    const before = sandbox.record("contacts", "3");
    expect(before?.properties).toMatchObject({
      hs_object_id: "3",
      lastmodifieddate: "2024-03-01T00:00:02.000Z",
    });
    await apis().contactsBatch.update({ inputs: [{ id: "3", properties: { firstname: "Z" } }] });

    const after = sandbox.record("contacts", "3");
    expect(after?.updatedAt).not.toBe(before?.updatedAt);
    expect(after?.properties.lastmodifieddate).toBe(after?.updatedAt);
    expect(after?.properties.hs_lastmodifieddate).toBeUndefined();
    expect(after?.createdAt).toBe(before?.createdAt);
  });

  it("refuses propertiesWithHistory, which it does not model", async () => {
    const error = await rejection(
      apis().contactsBatch.read({
        inputs: [{ id: "1" }],
        properties: [],
        propertiesWithHistory: ["email"],
      }),
    );
    expect(error.code).toBe(400);
    expect(sandbox.unexpected()).toEqual([expect.stringContaining("propertiesWithHistory")]);
  });
});

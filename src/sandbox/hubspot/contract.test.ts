import { FilterOperatorEnum } from "@hubspot/api-client/lib/codegen/crm/contacts/index.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  rejection,
  sandboxClient,
  TEST_ACCESS_TOKEN,
} from "../../../test/fakes/hubspot-clients.js";
import { HubSpotSandbox } from "./sandbox.js";

// The sandbox's contract with the real @hubspot/api-client 13.5.0: every shape, status code and
// header the bot relies on, each with the public reference it follows (docs/fakes/hubspot.md).
// Where the client parses an answer (its generated models), the test goes through the client.
// SPEC below means github.com/HubSpot/HubSpot-public-api-spec-collection, PublicApiSpecs/CRM.
let sandbox: HubSpotSandbox;

beforeEach(async () => {
  sandbox = await HubSpotSandbox.start({
    accessToken: TEST_ACCESS_TOKEN,
    rateLimit: { requests: 50, windowMs: 10_000 },
    objects: {
      contacts: [{ id: "1", properties: { email: "a@example.com" } }, { id: "2" }],
      deals: [{ id: "7", properties: { dealname: "Big" } }],
    },
    properties: {
      contacts: [
        { name: "resync_at", type: "datetime" },
        { name: "renewal_day", type: "date" },
        { name: "tier", type: "enumeration", options: [{ label: "Gold", value: "gold" }] },
      ],
    },
    lists: { "57": { name: "Synced to Salesforce", members: ["1", "2"] } },
  });
});

afterEach(async () => {
  await sandbox.close();
});

const hs = () => sandboxClient(sandbox.url).client;

describe("HubSpot sandbox contract: batch update", () => {
  it("200: BatchResponseSimplePublicObject, parsed by the client (dates as Date)", async () => {
    // SPEC/Contacts/Rollouts/424/v3/contacts.json, batch/update: 200 or 207, nothing else.
    const result = await hs().crm.contacts.batchApi.update({
      inputs: [{ id: "1", properties: { resync_at: "2026-11-30T09:00:00.000Z" } }],
    });
    expect(result.status).toBe("COMPLETE");
    expect(result.startedAt).toBeInstanceOf(Date);
    expect(result.results[0]).toMatchObject({ id: "1", archived: false });
    expect(result.results[0]?.updatedAt).toBeInstanceOf(Date);
  });

  it("207 when told per record: BatchResponseSimplePublicObjectWithErrors, resolved", async () => {
    // The spec's 207 for batch/update; each error names its record in context.ids.
    sandbox.answerBatchErrors("per-record");
    const result = await hs().crm.contacts.batchApi.update({
      inputs: [
        { id: "1", properties: { tier: "gold" } },
        { id: "2", properties: { tier: "platinum" } },
        { id: "999", properties: { tier: "gold" } },
      ],
    });
    expect(result).toMatchObject({
      status: "COMPLETE",
      numErrors: 2,
      errors: [
        { status: "error", category: "OBJECT_NOT_FOUND", context: { ids: ["999"] } },
        { status: "error", category: "VALIDATION_ERROR", context: { ids: ["2"] } },
      ],
    });
    expect(result.results.map((record) => record.id)).toEqual(["1"]);
  });

  it("400 for the whole batch by default, naming the first invalid value but not its record", async () => {
    // The body of HubSpot/hubspot-api-php#74 (a date not at midnight), applying nothing;
    // HubSpot/hubspot-api-python#51: only the first problem encountered is told.
    const error = await rejection(
      hs().crm.contacts.batchApi.update({
        inputs: [
          { id: "1", properties: { resync_at: "2026-11-30T09:00:00.000Z" } },
          { id: "2", properties: { renewal_day: "1635535865865" } },
        ],
      }),
    );
    expect(error.code).toBe(400);
    expect(error.body).toEqual({
      status: "error",
      message:
        'Property values were not valid: [{"isValid":false,"message":"1635535865865 is at 19:31:05.865 UTC, not midnight!","error":"INVALID_DATE","name":"renewal_day"}]',
      correlationId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      category: "VALIDATION_ERROR",
    });
    expect(sandbox.record("contacts", "1")?.properties.resync_at).toBeUndefined();
  });

  it("400 INVALID_EMAIL for an address HubSpot cannot take (Atlas-Authority/marketing-automation#174)", async () => {
    const error = await rejection(
      hs().crm.contacts.batchApi.update({
        inputs: [{ id: "1", properties: { email: "name@domain" } }],
      }),
    );
    expect(error.body).toMatchObject({
      category: "VALIDATION_ERROR",
      message:
        'Property values were not valid: [{"isValid":false,"message":"Email address name@domain is invalid","error":"INVALID_EMAIL","name":"email"}]',
    });
  });

  it("400 for a property that does not exist, or is read-only (the spec's batch/update text)", async () => {
    // "Read-only and non-existent properties will result in an error."
    const missing = await rejection(
      hs().crm.contacts.batchApi.update({ inputs: [{ id: "1", properties: { nope: "x" } }] }),
    );
    expect(missing.body).toMatchObject({
      category: "VALIDATION_ERROR",
      message: expect.stringContaining('"error":"PROPERTY_DOESNT_EXIST"'),
    });
    const readOnly = await rejection(
      hs().crm.contacts.batchApi.update({
        inputs: [{ id: "1", properties: { lastmodifieddate: "2026-01-01T00:00:00Z" } }],
      }),
    );
    expect(readOnly.code).toBe(400);
    expect(readOnly.body).toMatchObject({
      message: expect.stringContaining('"error":"READ_ONLY_VALUE"'),
    });
  });
});

describe("HubSpot sandbox contract: search and reads", () => {
  it("search answers CollectionResponseWithTotalSimplePublicObject with each type's default properties", async () => {
    // Search guide (developers.hubspot.com/docs/api-reference/search/guide): contacts return
    // createdate, email, firstname, hs_object_id, lastmodifieddate, lastname by default; deals
    // hs_lastmodifieddate among theirs. 200 results a page at most.
    const contacts = await hs().crm.contacts.searchApi.doSearch({ limit: 1 });
    expect(contacts.total).toBe(2);
    expect(contacts.paging?.next?.after).toBe("1");
    expect(Object.keys(contacts.results[0]?.properties ?? {})).toEqual([
      "createdate",
      "email",
      "firstname",
      "hs_object_id",
      "lastmodifieddate",
      "lastname",
    ]);
    const deals = await hs().crm.deals.searchApi.doSearch({
      filterGroups: [
        {
          filters: [
            {
              propertyName: "hs_lastmodifieddate",
              operator: FilterOperatorEnum.Gte,
              value: "0",
            },
          ],
        },
      ],
    });
    expect(deals.results[0]?.properties).toMatchObject({ hs_lastmodifieddate: expect.any(String) });
    const tooMany = await rejection(hs().crm.contacts.searchApi.doSearch({ limit: 201 }));
    expect(tooMany.code).toBe(400);
  });

  it("a property definition parses as Property, with HubSpot's modificationMetadata", async () => {
    // SPEC/Properties: Property.modificationMetadata {archivable, readOnlyDefinition, readOnlyValue}.
    const property = await hs().crm.properties.coreApi.getByName("contacts", "lastmodifieddate");
    expect(property).toMatchObject({
      name: "lastmodifieddate",
      type: "datetime",
      modificationMetadata: { readOnlyValue: true },
    });
  });

  it("a list parses as ListFetchResponse, its members as ApiCollectionResponseJoinTimeAndRecordId", async () => {
    // SPEC/Lists/Rollouts/144891/v3/lists.json: "Fetch List by ID" and memberships.
    const { list } = await hs().crm.lists.listsApi.getById("57");
    expect(list).toMatchObject({ listId: "57", objectTypeId: "0-1", size: 2 });
    const members = await hs().crm.lists.membershipsApi.getPage("57");
    expect(members.results[0]?.membershipTimestamp).toBeInstanceOf(Date);
    expect(members.results.map((member) => member.recordId)).toEqual(["1", "2"]);
  });
});

describe("HubSpot sandbox contract: limits, errors and headers", () => {
  it("every answer is JSON with a Content-Type, and carries the 10-second window's headers", async () => {
    // The client refuses a body without Content-Type; headers per the usage guidelines
    // (developers.hubspot.com/docs/api/usage-details): X-HubSpot-RateLimit-Max/-Remaining/-Interval-Milliseconds.
    const response = await fetch(`${sandbox.url}/crm/v3/objects/contacts?limit=1`, {
      headers: { authorization: `Bearer ${TEST_ACCESS_TOKEN}` },
    });
    expect(response.headers.get("content-type")).toBe("application/json;charset=utf-8");
    expect(response.headers.get("x-hubspot-ratelimit-max")).toBe("50");
    expect(response.headers.get("x-hubspot-ratelimit-interval-milliseconds")).toBe("10000");
    expect(response.headers.get("x-hubspot-ratelimit-remaining")).toBe("49");
  });

  it("429 bodies: errorType RATE_LIMIT and policyName TEN_SECONDLY_ROLLING, SECONDLY or DAILY", async () => {
    // Shape of a real SECONDLY body (HGData/mk-node-hubspot#84); the client's RetryDecorator keys
    // on policyName TEN_SECONDLY_ROLLING and on the secondly message.
    for (const policy of ["TEN_SECONDLY_ROLLING", "SECONDLY", "DAILY"] as const) {
      sandbox.rateLimitStorm(1, policy);
      const error = await rejection(hs().crm.contacts.basicApi.getPage(1));
      expect(error.code).toBe(429);
      expect(error.body).toEqual({
        status: "error",
        message: expect.stringMatching(
          /^You have reached your (ten_secondly_rolling|secondly|daily) limit\.$/,
        ),
        errorType: "RATE_LIMIT",
        correlationId: expect.any(String),
        policyName: policy,
        requestId: expect.any(String),
      });
    }
  });

  it("403 MISSING_SCOPES for an operation whose scope the token lacks", async () => {
    // Scopes per operation: the spec's `security` (e.g. lists.json: crm.lists.read; contacts.json
    // batch/update: crm.objects.contacts.write); body as HubSpot/hubspot-api-nodejs#268 quotes it.
    await sandbox.close();
    sandbox = await HubSpotSandbox.start({
      accessToken: TEST_ACCESS_TOKEN,
      scopes: ["crm.objects.contacts.read"],
      objects: { contacts: [{ id: "1" }] },
      lists: { "57": ["1"] },
    });
    await hs().crm.contacts.basicApi.getPage(1);
    const error = await rejection(hs().crm.lists.listsApi.getById("57"));
    expect(error.code).toBe(403);
    expect(error.body).toEqual({
      status: "error",
      message:
        "This app hasn't been granted all required scopes to make this call. Read more about required scopes here: https://developers.hubspot.com/scopes.",
      correlationId: expect.any(String),
      category: "MISSING_SCOPES",
      errors: [
        {
          message: "One or more of the following scopes are required.",
          context: { requiredScopes: ["crm.lists.read"] },
        },
      ],
      links: { scopes: "https://developers.hubspot.com/scopes" },
    });
    const write = await rejection(
      hs().crm.contacts.batchApi.update({ inputs: [{ id: "1", properties: {} }] }),
    );
    expect(write.code).toBe(403);
    sandbox.assertNoUnexpectedCalls();
  });

  it("401 for a wrong token: category INVALID_AUTHENTICATION", async () => {
    const client = sandboxClient(sandbox.url, 1, "pat-na1-wrong").client;
    const error = await rejection(client.crm.contacts.basicApi.getPage(1));
    expect(error.code).toBe(401);
    expect(error.body).toMatchObject({ status: "error", category: "INVALID_AUTHENTICATION" });
  });
});

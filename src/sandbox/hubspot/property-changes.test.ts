import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  rejection,
  sandboxClient,
  TEST_ACCESS_TOKEN,
} from "../../../test/fakes/hubspot-clients.js";
import { HubSpotSandbox } from "./sandbox.js";
import { DEFINITION_READ_SCOPES } from "./schema-scopes.js";

// Admins' changes to property definitions and deal stages, planted with a time and who, read
// back through the real @hubspot/api-client 13.5.0 as a scan reads them. SPEC below means
// github.com/HubSpot/HubSpot-public-api-spec-collection, PublicApiSpecs/CRM.
let sandbox: HubSpotSandbox;

const INDUSTRY = {
  name: "industry",
  type: "enumeration" as const,
  options: [
    { label: "Biotech", value: "biotech" },
    { label: "Retail", value: "retail" },
    { label: "Energy", value: "energy" },
  ],
};

beforeEach(async () => {
  sandbox = await HubSpotSandbox.start({
    accessToken: TEST_ACCESS_TOKEN,
    objects: { contacts: [{ id: "1", properties: { industry: "retail", nickname: "Al" } }] },
    properties: { contacts: [INDUSTRY, { name: "nickname", type: "string" }] },
  });
});

afterEach(async () => {
  await sandbox.close();
});

const core = () => sandboxClient(sandbox.url).properties;
const AT = "2026-12-03T13:42:00.000Z";

describe("HubSpot sandbox: planted property changes show in the reads", () => {
  it("an option hidden: still listed, hidden: true; updatedAt and updatedUserId move", async () => {
    // SPEC/Properties v3: Option.hidden ("Hidden options won't be shown in HubSpot"),
    // Property.updatedAt and updatedUserId.
    const before = await core().getByName("contacts", "industry");
    expect(before.updatedUserId).toBeUndefined();
    sandbox.changeProperty(
      "contacts",
      "industry",
      { kind: "option-hidden", value: "biotech" },
      {
        at: AT,
        by: "4521",
      },
    );
    const after = await core().getByName("contacts", "industry");
    expect(after.options.map(({ value, hidden }) => ({ value, hidden }))).toEqual([
      { value: "biotech", hidden: true },
      { value: "retail", hidden: false },
      { value: "energy", hidden: false },
    ]);
    expect(after.updatedAt).toEqual(new Date(AT));
    expect(after.createdAt).toEqual(before.createdAt);
    expect(after.updatedUserId).toBe("4521");
    expect(after.modificationMetadata).toEqual({
      archivable: true,
      readOnlyDefinition: false,
      readOnlyOptions: false,
      readOnlyValue: false,
    });
    sandbox.assertNoUnexpectedCalls();
  });

  it("an option removed: gone from the list and from what a write accepts", async () => {
    sandbox.changeProperty("contacts", "industry", { kind: "option-removed", value: "retail" });
    const all = await core().getAll("contacts");
    const industry = all.results.find((property) => property.name === "industry");
    expect(industry?.options.map((option) => option.value)).toEqual(["biotech", "energy"]);
    const { client } = sandboxClient(sandbox.url);
    const error = await rejection(
      client.crm.contacts.batchApi.update({
        inputs: [{ id: "1", properties: { industry: "retail" } }],
      }),
    );
    expect(error.code).toBe(400);
    expect(JSON.stringify(error.body)).toContain("INVALID_OPTION");
    sandbox.assertNoUnexpectedCalls();
  });

  it("a property archived: only archived=true reads show it, with archived and archivedAt", async () => {
    // SPEC/Properties v3, `archived`: "Whether to return only results that have been archived."
    sandbox.changeProperty("contacts", "nickname", { kind: "archived" }, { at: AT, by: "77" });
    const live = await core().getAll("contacts");
    expect(live.results.map((property) => property.name)).not.toContain("nickname");
    const archived = await core().getAll("contacts", true);
    expect(archived.results).toHaveLength(1);
    expect(archived.results[0]).toMatchObject({
      name: "nickname",
      archived: true,
      archivedAt: new Date(AT),
      updatedAt: new Date(AT),
      updatedUserId: "77",
    });
    const one = await core().getByName("contacts", "nickname", true);
    expect(one.archived).toBe(true);
    const missing = await rejection(core().getByName("contacts", "nickname"));
    expect(missing.code).toBe(404);
    expect(missing.body).toMatchObject({
      category: "OBJECT_NOT_FOUND",
      context: { propertyName: ["nickname"] },
    });
    // A live property is not among the archived ones.
    expect((await rejection(core().getByName("contacts", "industry", true))).code).toBe(404);
    // Writing the deleted property is refused as for a name that never existed.
    const { client } = sandboxClient(sandbox.url);
    const write = await rejection(
      client.crm.contacts.batchApi.update({ inputs: [{ id: "1", properties: { nickname: "B" } }] }),
    );
    expect(JSON.stringify(write.body)).toContain("PROPERTY_DOESNT_EXIST");
    sandbox.assertNoUnexpectedCalls();
  });

  it("a type changed: type, fieldType and options follow", async () => {
    sandbox.changeProperty("contacts", "industry", { kind: "type-changed", type: "string" });
    const text = await core().getByName("contacts", "industry");
    expect(text).toMatchObject({ type: "string", fieldType: "text", options: [] });
    expect(text.modificationMetadata?.readOnlyOptions).toBeUndefined();
    sandbox.changeProperty("contacts", "nickname", {
      kind: "type-changed",
      type: "enumeration",
      fieldType: "radio",
      options: [{ label: "Al", value: "al" }],
    });
    const radio = await core().getByName("contacts", "nickname");
    expect(radio).toMatchObject({ type: "enumeration", fieldType: "radio" });
    expect(radio.options).toEqual([{ label: "Al", value: "al", displayOrder: 0, hidden: false }]);
    sandbox.assertNoUnexpectedCalls();
  });

  it("reset puts the seeded definitions back, archived ones included", async () => {
    sandbox.changeProperty("contacts", "nickname", { kind: "archived" });
    sandbox.changeProperty("contacts", "industry", { kind: "option-removed", value: "energy" });
    sandbox.reset();
    expect(sandbox.property("contacts", "nickname")?.archived).toBe(false);
    expect(sandbox.archivedProperty("contacts", "nickname")).toBeUndefined();
    expect(sandbox.property("contacts", "industry")?.options).toHaveLength(3);
  });

  it("a change to a property or option that does not exist throws: a broken test", () => {
    expect(() => sandbox.changeProperty("contacts", "nope", { kind: "archived" })).toThrow(/nope/);
    expect(() =>
      sandbox.changeProperty("contacts", "industry", { kind: "option-hidden", value: "x" }),
    ).toThrow(/no option "x"/);
  });

  it("a deal stage removed: gone from the pipeline, whose updatedAt moves", async () => {
    // SPEC/Pipelines v3: the pipelines read has no `archived` parameter; a deleted stage is gone.
    const { client } = sandboxClient(sandbox.url);
    sandbox.removeDealStage("default", "contractsent", AT);
    const pipelines = await client.crm.pipelines.pipelinesApi.getAll("deals");
    const [pipeline] = pipelines.results;
    expect(pipeline?.stages.map((stage) => stage.id)).not.toContain("contractsent");
    expect(pipeline?.stages).toHaveLength(6);
    expect(pipeline?.updatedAt).toEqual(new Date(AT));
    expect(() => sandbox.removeDealStage("default", "contractsent")).toThrow(/contractsent/);
    sandbox.assertNoUnexpectedCalls();
  });
});

describe("HubSpot sandbox: scopes for reading definitions", () => {
  it("any scope of the spec's list reads any type's properties; none of them: 403", async () => {
    // SPEC/Properties/Rollouts/145899/v3/properties.json: the same any-of `security` list for
    // every object type; body as HubSpot/hubspot-api-nodejs#268 quotes a MISSING_SCOPES 403.
    await sandbox.close();
    sandbox = await HubSpotSandbox.start({
      accessToken: TEST_ACCESS_TOKEN,
      scopes: ["crm.schemas.deals.read"],
    });
    expect((await core().getAll("contacts")).results.length).toBeGreaterThan(0);
    await sandbox.close();
    sandbox = await HubSpotSandbox.start({
      accessToken: TEST_ACCESS_TOKEN,
      scopes: ["crm.lists.read"],
    });
    for (const read of [core().getAll("contacts"), core().getByName("deals", "dealname")]) {
      const error = await rejection(read);
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
            context: { requiredScopes: DEFINITION_READ_SCOPES },
          },
        ],
        links: { scopes: "https://developers.hubspot.com/scopes" },
      });
    }
    expect(DEFINITION_READ_SCOPES).toContain("crm.schemas.contacts.read");
    expect(DEFINITION_READ_SCOPES).not.toContain("crm.lists.read");
    sandbox.assertNoUnexpectedCalls();
  });
});

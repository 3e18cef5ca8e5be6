import {
  PropertyCreateFieldTypeEnum,
  PropertyCreateTypeEnum,
} from "@hubspot/api-client/lib/codegen/crm/properties/index.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  seedContacts as contacts,
  rejection,
  sandboxClient,
  TEST_ACCESS_TOKEN,
} from "../../../test/fakes/hubspot-clients.js";
import { HubSpotSandbox } from "./sandbox.js";

let sandbox: HubSpotSandbox;

beforeEach(async () => {
  sandbox = await HubSpotSandbox.start({
    accessToken: TEST_ACCESS_TOKEN,
    objects: { contacts: contacts(120), companies: [{ id: "900", properties: { name: "Acme" } }] },
  });
});

afterEach(async () => {
  await sandbox.close();
});

describe("HubSpotSandbox properties", () => {
  const resyncProperty = {
    name: "syncerror_resync_at",
    label: "Resync requested at",
    type: PropertyCreateTypeEnum.Datetime,
    fieldType: PropertyCreateFieldTypeEnum.Date,
    groupName: "contactinformation",
  };

  it("creates a property (201), finds it, and answers 409 when it exists", async () => {
    const hs = sandboxClient(sandbox.url);
    const created = await hs.properties.create("contacts", resyncProperty);
    expect(created).toMatchObject({ name: "syncerror_resync_at", type: "datetime" });

    const found = await hs.properties.getByName("contacts", "syncerror_resync_at");
    expect(found.label).toBe("Resync requested at");

    const error = await rejection(hs.properties.create("contacts", resyncProperty));
    expect(error.code).toBe(409);
    expect(error.body).toMatchObject({ category: "OBJECT_ALREADY_EXISTS" });

    // Once it exists, batch updates may write it.
    const at = "2026-11-30T09:00:00.000Z";
    await hs.contacts.update({ inputs: [{ id: "3", properties: { syncerror_resync_at: at } }] });
    expect(sandbox.record("contacts", "3")?.properties.syncerror_resync_at).toBe(at);
    sandbox.assertNoUnexpectedCalls();
  });

  it("answers 404 with HubSpot's error body for a missing property", async () => {
    const hs = sandboxClient(sandbox.url);
    const error = await rejection(hs.properties.getByName("deals", "nope"));
    expect(error.code).toBe(404);
    expect(error.body).toMatchObject({ status: "error", category: "OBJECT_NOT_FOUND" });
    expect(sandbox.property("deals", "nope")).toBeUndefined();
    sandbox.assertNoUnexpectedCalls();
  });
});

describe("HubSpotSandbox strictness", () => {
  it("answers 401 to a wrong or missing token and flags both", async () => {
    const wrong = sandboxClient(sandbox.url, 1, "pat-na1-wrong");
    const error = await rejection(
      wrong.contacts.read({ inputs: [], properties: [], propertiesWithHistory: [] }),
    );
    expect(error.code).toBe(401);
    expect(error.body).toMatchObject({ status: "error", category: "INVALID_AUTHENTICATION" });

    const anonymous = await fetch(`${sandbox.url}/crm/v3/properties/contacts/email`);
    expect(anonymous.status).toBe(401);
    expect(sandbox.unexpected()).toEqual([
      expect.stringContaining("wrong access token"),
      expect.stringContaining("no Authorization header"),
    ]);
  });

  it("answers 404 to endpoints it does not model and flags them", async () => {
    const response = await fetch(`${sandbox.url}/crm/v3/objects/contacts/merge`, {
      method: "POST",
      headers: { authorization: `Bearer ${TEST_ACCESS_TOKEN}`, "content-type": "application/json" },
      body: "{}",
    });
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(() => sandbox.assertNoUnexpectedCalls()).toThrow(/objects\/contacts\/merge/);
  });

  it("reset() forgets calls and faults and restores the seed", async () => {
    const hs = sandboxClient(sandbox.url);
    sandbox.recordErrors(["1"]);
    sandbox.addRecords("deals", [{ id: "77" }]);
    await hs.contacts.update({ inputs: [{ id: "2", properties: { firstname: "Z" } }] });
    sandbox.reset();

    expect(sandbox.calls()).toEqual([]);
    expect(sandbox.record("contacts", "2")?.properties.firstname).toBeUndefined();
    expect(sandbox.record("deals", "77")).toBeUndefined();
    const result = await hs.contacts.update({
      inputs: [{ id: "1", properties: { firstname: "Y" } }],
    });
    expect(result.results).toHaveLength(1);
  });
});

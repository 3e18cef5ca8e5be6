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

describe("HubSpotSandbox batch update", () => {
  it("listens on 127.0.0.1 and updates 100 contacts in one 200 answer", async () => {
    expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const hs = sandboxClient(sandbox.url);
    const inputs = contacts(100).map(({ id }) => ({ id, properties: { firstname: `F${id}` } }));
    const result = await hs.contacts.update({ inputs });

    expect(result.status).toBe("COMPLETE");
    expect(result.results).toHaveLength(100);
    expect(result.startedAt).toBeInstanceOf(Date);
    expect("errors" in result).toBe(false);
    expect(sandbox.record("contacts", "42")?.properties).toMatchObject({
      firstname: "F42",
      email: "person42@example.com",
    });
    expect(sandbox.record("contacts", "101")?.properties.firstname).toBeUndefined();
    expect(sandbox.calls("batch/update")).toHaveLength(1);
    sandbox.assertNoUnexpectedCalls();
  });

  it("refuses 101 inputs with a 400 VALIDATION_ERROR and flags it", async () => {
    const hs = sandboxClient(sandbox.url);
    const inputs = contacts(101).map(({ id }) => ({ id, properties: { firstname: "x" } }));
    const error = await rejection(hs.contacts.update({ inputs }));

    expect(error.code).toBe(400);
    expect(error.body).toMatchObject({ status: "error", category: "VALIDATION_ERROR" });
    expect(sandbox.record("contacts", "1")?.properties.firstname).toBeUndefined();
    expect(sandbox.unexpected()).toEqual([
      expect.stringContaining("101 inputs in one batch (at most 100)"),
    ]);
    expect(() => sandbox.assertNoUnexpectedCalls()).toThrow(/1 unexpected request/);
  });

  it("answers 207 for unknown ids, which the client resolves with numErrors", async () => {
    const hs = sandboxClient(sandbox.url);
    const result = await hs.contacts.update({
      inputs: [
        { id: "1", properties: { lastname: "Known" } },
        { id: "999", properties: { lastname: "Ghost" } },
        { id: "998", properties: { lastname: "Ghost" } },
      ],
    });

    expect(result.results.map((record) => record.id)).toEqual(["1"]);
    expect(sandbox.calls()[0]?.status).toBe(207);
    expect(result).toMatchObject({
      numErrors: 1,
      errors: [{ status: "error", category: "OBJECT_NOT_FOUND", context: { ids: ["999", "998"] } }],
    });
    expect(sandbox.record("contacts", "1")?.properties.lastname).toBe("Known");
    sandbox.assertNoUnexpectedCalls();
  });

  it("reports recordErrors ids per record in a 207 when told to, and leaves them unchanged", async () => {
    sandbox.answerBatchErrors("per-record");
    sandbox.recordErrors(["2"]);
    const hs = sandboxClient(sandbox.url);
    const result = await hs.contacts.update({
      inputs: [
        { id: "1", properties: { firstname: "A" } },
        { id: "2", properties: { firstname: "B" } },
      ],
    });

    expect(result).toMatchObject({
      numErrors: 1,
      errors: [{ category: "VALIDATION_ERROR", context: { ids: ["2"] } }],
    });
    expect(sandbox.record("contacts", "2")?.properties.firstname).toBeUndefined();
    expect(sandbox.record("contacts", "1")?.properties.firstname).toBe("A");
  });

  it("fails the whole batch with 400 when a property does not exist", async () => {
    const hs = sandboxClient(sandbox.url);
    const error = await rejection(
      hs.contacts.update({ inputs: [{ id: "1", properties: { syncerror_resync_at: "x" } }] }),
    );
    expect(error.code).toBe(400);
    expect(error.body).toMatchObject({
      category: "VALIDATION_ERROR",
      errors: [
        { code: "PROPERTY_DOESNT_EXIST", context: { propertyName: ["syncerror_resync_at"] } },
      ],
    });
    expect(sandbox.record("contacts", "1")?.properties.syncerror_resync_at).toBeUndefined();
  });

  it("refuses duplicate ids in one batch", async () => {
    const hs = sandboxClient(sandbox.url);
    const inputs = [
      { id: "1", properties: { firstname: "A" } },
      { id: "1", properties: { firstname: "B" } },
    ];
    const error = await rejection(hs.contacts.update({ inputs }));
    expect(error.code).toBe(400);
    expect(sandbox.unexpected()).toEqual([expect.stringContaining("duplicate ids 1")]);
  });

  it("keeps object types apart (companies)", async () => {
    const hs = sandboxClient(sandbox.url);
    await hs.companies.update({ inputs: [{ id: "900", properties: { domain: "acme.test" } }] });
    expect(sandbox.record("companies", "900")?.properties).toMatchObject({
      name: "Acme",
      domain: "acme.test",
    });
    expect(sandbox.calls("/crm/v3/objects/companies/batch/update")).toHaveLength(1);
  });
});

describe("HubSpotSandbox batch read", () => {
  it("reads requested properties, null when unset, 207 for missing ids", async () => {
    const hs = sandboxClient(sandbox.url);
    const result = await hs.contacts.read({
      inputs: [{ id: "7" }, { id: "5000" }],
      properties: ["email", "firstname"],
      propertiesWithHistory: [],
    });

    expect(result.results).toHaveLength(1);
    expect(result.results[0]?.properties).toMatchObject({
      email: "person7@example.com",
      firstname: null,
      hs_object_id: "7",
    });
    expect(result).toMatchObject({
      numErrors: 1,
      errors: [{ category: "OBJECT_NOT_FOUND", context: { ids: ["5000"] } }],
    });
    sandbox.assertNoUnexpectedCalls();
  });
});

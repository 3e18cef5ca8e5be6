import { Connection } from "jsforce";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { rejection as rejectionOf } from "../../../test/fakes/rejection.js";
import { normalizeId, SalesforceSandbox, type SaveResult, salesforceId } from "./sandbox.js";

const TOKEN = "00D000000000001!sandbox-token";

let sandbox: SalesforceSandbox;

function connect(accessToken = TOKEN): Connection {
  return new Connection({ instanceUrl: sandbox.instanceUrl, accessToken, version: "62.0" });
}

/** What a jsforce call rejects with. */
const rejection = (promise: PromiseLike<unknown>) =>
  rejectionOf<Error & { errorCode?: string }>(promise);

const leads = Array.from({ length: 150 }, (_, i) => ({
  Id: salesforceId("Lead", i + 1),
  LastName: `Lead ${i + 1}`,
  Email: `lead${i + 1}@example.com`,
}));

beforeAll(() => {
  // jsforce reads proxy variables at import and would send 127.0.0.1 traffic through them.
  const proxy = ["http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY"].find(
    (v) => process.env[v],
  );
  if (proxy) throw new Error(`unset ${proxy}: jsforce would route the sandbox through it`);
});

beforeEach(async () => {
  sandbox = await SalesforceSandbox.start({
    accessToken: TOKEN,
    records: { Lead: leads, Contact: [{ Id: salesforceId("Contact", 1), LastName: "Doe" }] },
    customFields: { Lead: [{ name: "HubSpot_Resync_Requested__c", type: "datetime" }] },
    limits: { max: 15_000, remaining: 14_000 },
  });
});

afterEach(async () => {
  await sandbox.close();
});

describe("SalesforceSandbox sObject Collections update", () => {
  it("updates 200 records with unknown and deleted ids among them, answering by position", async () => {
    sandbox.deleteRecord("Lead", salesforceId("Lead", 7));
    const stamp = "2026-11-29T01:00:00.000Z";
    const ids = [
      ...leads.map((lead) => lead.Id),
      ...Array.from({ length: 50 }, (_, i) => salesforceId("Lead", 1000 + i)),
    ];
    const results = (await connect()
      .sobject("Lead")
      .update(
        ids.map((Id) => ({ Id, HubSpot_Resync_Requested__c: stamp })),
        { allOrNone: false },
      )) as unknown as SaveResult[];

    expect(results).toHaveLength(200);
    expect(results[0]).toEqual({ id: leads[0]?.Id, success: true, errors: [] });
    expect(results[6]).toEqual({
      success: false,
      errors: [{ statusCode: "ENTITY_IS_DELETED", message: "entity is deleted", fields: [] }],
    });
    expect(results[199]).toEqual({
      success: false,
      errors: [
        {
          statusCode: "INVALID_CROSS_REFERENCE_KEY",
          message: "invalid cross reference id",
          fields: [],
        },
      ],
    });
    expect(results.filter((result) => result.success)).toHaveLength(149);
    expect(sandbox.record("Lead", leads[0]?.Id ?? "")).toMatchObject({
      LastName: "Lead 1",
      HubSpot_Resync_Requested__c: stamp,
    });

    const [call] = sandbox.calls("/composite/sobjects");
    expect(call).toMatchObject({
      method: "PATCH",
      path: "/services/data/v62.0/composite/sobjects",
    });
    // jsforce lowercases Id and adds attributes.type.
    const body = call?.body as { allOrNone: boolean; records: unknown[] };
    expect(body.allOrNone).toBe(false);
    expect(body.records[0]).toEqual({
      id: leads[0]?.Id,
      attributes: { type: "Lead" },
      HubSpot_Resync_Requested__c: stamp,
    });
    sandbox.assertNoUnexpectedCalls();
  });

  it("rejects 201 records as a whole with HTTP 400, and flags it", async () => {
    const records = Array.from({ length: 201 }, (_, i) => ({
      Id: salesforceId("Lead", i + 1),
      LastName: "x",
    }));
    const error = await rejection(connect().sobject("Lead").update(records, { allOrNone: false }));
    expect(error.errorCode).toBe("EXCEEDED_ID_LIMIT");
    expect(sandbox.calls()[0]?.status).toBe(400);
    expect(sandbox.unexpected()).toEqual([
      expect.stringContaining("PATCH /services/data/v62.0/composite/sobjects: EXCEEDED_ID_LIMIT"),
    ]);
    expect(sandbox.record("Lead", leads[0]?.Id ?? "")?.LastName).toBe("Lead 1");
  });

  it("keeps the rest of the records when some meet injected errors", async () => {
    const failing = [leads[1]?.Id ?? "", leads[3]?.Id ?? ""];
    sandbox.recordErrors(failing, "FIELD_CUSTOM_VALIDATION_EXCEPTION", "Email is required", {
      fields: ["Email"],
      times: 1,
    });
    const update = (): Promise<unknown> =>
      connect()
        .sobject("Lead")
        .update(
          leads.slice(0, 5).map(({ Id }) => ({ Id, Email: "new@example.com" })),
          { allOrNone: false },
        );

    const first = (await update()) as unknown as SaveResult[];
    expect(first.map((result) => result.success)).toEqual([true, false, true, false, true]);
    expect(first[1]).toEqual({
      success: false,
      errors: [
        {
          statusCode: "FIELD_CUSTOM_VALIDATION_EXCEPTION",
          message: "Email is required",
          fields: ["Email"],
        },
      ],
    });
    expect(sandbox.record("Lead", failing[0] ?? "")?.Email).toBe("lead2@example.com");
    expect(sandbox.record("Lead", leads[2]?.Id ?? "")?.Email).toBe("new@example.com");

    // `times: 1`: the resync after the fix goes through.
    const second = (await update()) as unknown as SaveResult[];
    expect(second.every((result) => result.success)).toBe(true);
    sandbox.assertNoUnexpectedCalls();
  });

  it("rolls every record back under allOrNone", async () => {
    sandbox.recordErrors([leads[0]?.Id ?? ""], "UNABLE_TO_LOCK_ROW", "unable to obtain lock");
    const results = (await connect()
      .sobject("Lead")
      .update(
        leads.slice(0, 2).map(({ Id }) => ({ Id, LastName: "Changed" })),
        { allOrNone: true },
      )) as unknown as SaveResult[];
    expect(results.map((result) => result.errors[0]?.statusCode)).toEqual([
      "UNABLE_TO_LOCK_ROW",
      "ALL_OR_NONE_OPERATION_ROLLED_BACK",
    ]);
    expect(sandbox.record("Lead", leads[1]?.Id ?? "")?.LastName).toBe("Lead 2");
  });

  it("answers per-record errors for malformed ids and read-only fields", async () => {
    const results = (await connect()
      .sobject("Lead")
      .update(
        [
          { Id: "00QBAD", LastName: "x" },
          { Id: salesforceId("Contact", 1), LastName: "x" },
          { Id: leads[0]?.Id ?? "", CreatedDate: "2026-01-01T00:00:00Z" },
          // A 15-character id is accepted; the result carries the 18-character form.
          { Id: leads[1]?.Id.slice(0, 15) ?? "", LastName: "Short id" },
        ],
        { allOrNone: false },
      )) as unknown as SaveResult[];
    expect(results.map((result) => (result.success ? "ok" : result.errors[0]?.statusCode))).toEqual(
      ["MALFORMED_ID", "MALFORMED_ID", "INVALID_FIELD_FOR_INSERT_UPDATE", "ok"],
    );
    expect(results[3]).toEqual({ id: leads[1]?.Id, success: true, errors: [] });
    sandbox.assertNoUnexpectedCalls();
  });

  it("rejects an unknown field as a whole request and flags it", async () => {
    const error = await rejection(
      connect()
        .sobject("Lead")
        .update([{ Id: leads[0]?.Id ?? "", Resync__c: "x" }], { allOrNone: false }),
    );
    expect(error).toMatchObject({
      errorCode: "INVALID_FIELD",
      message: "No such column 'Resync__c' on sobject of type Lead",
    });
    expect(() => sandbox.assertNoUnexpectedCalls()).toThrow(/INVALID_FIELD/);
  });
});

describe("SalesforceSandbox limits, describe and auth", () => {
  it("reports DailyApiRequests, spending one call per data request served", async () => {
    const conn = connect();
    const first = await conn.limits();
    expect(first.DailyApiRequests).toEqual({ Max: 15_000, Remaining: 13_999 });
    await conn.sobject("Lead").describe();
    expect((await conn.limits()).DailyApiRequests?.Remaining).toBe(13_997);
    expect(sandbox.limits()).toEqual({ max: 15_000, remaining: 13_997 });

    sandbox.setLimits({ max: 15_000, remaining: 0 });
    const error = await rejection(conn.limits());
    expect(error.errorCode).toBe("REQUEST_LIMIT_EXCEEDED");
    sandbox.assertNoUnexpectedCalls();
  });

  it("describes standard and seeded custom fields", async () => {
    const lead = await connect().sobject("Lead").describe();
    const field = (name: string) => lead.fields.find((f) => f.name === name);
    expect(lead.name).toBe("Lead");
    expect(field("Email")).toMatchObject({ type: "email", length: 80, updateable: true });
    expect(field("Id")).toMatchObject({ type: "id", updateable: false });
    expect(field("Status")?.picklistValues?.map((value) => value.value)).toContain(
      "Closed - Converted",
    );
    expect(field("HubSpot_Resync_Requested__c")).toMatchObject({
      type: "datetime",
      updateable: true,
      custom: true,
    });
    const contact = await connect().sobject("Contact").describe();
    expect(contact.fields.some((f) => f.name === "HubSpot_Resync_Requested__c")).toBe(false);
    sandbox.assertNoUnexpectedCalls();
  });

  it("answers a wrong token with 401 INVALID_SESSION_ID and flags it", async () => {
    const error = await rejection(connect("wrong").limits());
    expect(error).toMatchObject({
      errorCode: "INVALID_SESSION_ID",
      message: "Session expired or invalid",
    });
    expect(sandbox.limits().remaining).toBe(14_000);
    expect(sandbox.unexpected()).toEqual([
      "GET /services/data/v62.0/limits: missing or wrong access token",
    ]);
  });

  it("answers another API version or an unmodelled path with 404 NOT_FOUND and flags it", async () => {
    const old = new Connection({ instanceUrl: sandbox.instanceUrl, accessToken: TOKEN });
    expect((await rejection(old.limits())).errorCode).toBe("NOT_FOUND");
    // queryAll (deleted and archived records too) is not modelled.
    const queryAll = connect().query("SELECT Id FROM Lead", { scanAll: true });
    expect((await rejection(queryAll)).errorCode).toBe("NOT_FOUND");
    expect(sandbox.unexpected()).toEqual([
      "GET /services/data/v50.0/limits: API version v50.0; the sandbox serves v62.0",
      "GET /services/data/v62.0/queryAll: no such endpoint in the Salesforce sandbox",
    ]);
    expect(() => sandbox.assertNoUnexpectedCalls()).toThrow(/2 unexpected request/);
  });

  it("reset restores the seed, the limits and a clean journal", async () => {
    await connect()
      .sobject("Lead")
      .update([{ Id: leads[0]?.Id ?? "", LastName: "Changed" }], { allOrNone: false });
    await rejection(connect("wrong").limits());
    sandbox.reset();
    expect(sandbox.record("Lead", leads[0]?.Id ?? "")?.LastName).toBe("Lead 1");
    expect(sandbox.calls()).toEqual([]);
    expect(sandbox.limits().remaining).toBe(14_000);
    sandbox.assertNoUnexpectedCalls();
  });
});

describe("Salesforce ids", () => {
  it("makes and checks 18-character ids as Salesforce does", () => {
    expect(salesforceId("Lead", 1)).toBe("00Q000000000001EAA");
    expect(normalizeId("001D000000IqhSL")).toBe("001D000000IqhSLIAZ");
    expect(normalizeId("001D000000IqhSLiaz")).toBe("001D000000IqhSLIAZ");
    expect(normalizeId("001D000000IqhSLAAA")).toBeUndefined();
  });

  it("refuses to start with a seed id that is not an 18-character id of its type", async () => {
    await expect(
      SalesforceSandbox.start({
        accessToken: TOKEN,
        records: { Lead: [{ Id: salesforceId("Contact", 1) }] },
      }),
    ).rejects.toThrow(/not an 18-character Lead id/);
  });
});

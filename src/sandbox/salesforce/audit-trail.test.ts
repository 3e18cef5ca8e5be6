import { Connection } from "jsforce";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { rejection as rejectionOf } from "../../../test/fakes/rejection.js";
import { SalesforceSandbox, salesforceId } from "./sandbox.js";

// The Setup Audit Trail and planted Setup changes, through the real jsforce Connection.

const TOKEN = "00D000000000001!sandbox-token";
const START = new Date("2026-12-03T12:00:00.000Z");
const JANE = salesforceId("User", 7);
const SAM = salesforceId("User", 8);

let sandbox: SalesforceSandbox;
let now: Date;

/** A new Connection each time, so no describe is served from jsforce's cache. */
function connect(): Connection {
  return new Connection({ instanceUrl: sandbox.instanceUrl, accessToken: TOKEN, version: "62.0" });
}

const rejection = (promise: PromiseLike<unknown>) =>
  rejectionOf<Error & { errorCode?: string }>(promise);

const minutes = (n: number) => new Date(START.getTime() + n * 60_000);

async function field(type: string, name: string) {
  const described = await connect().sobject(type).describe();
  return described.fields.find((entry) => entry.name === name);
}

beforeEach(async () => {
  now = START;
  sandbox = await SalesforceSandbox.start({
    accessToken: TOKEN,
    clock: { now: () => now },
    customFields: {
      Lead: [
        { name: "Region__c", type: "string", length: 255 },
        { name: "Score_Band__c", type: "string", length: 100 },
      ],
    },
    records: {
      User: [
        {
          Id: JANE,
          FirstName: "Jane",
          LastName: "Doe",
          Username: "jane@acme.example",
          IsActive: true,
        },
        {
          Id: SAM,
          FirstName: "Sam",
          LastName: "Seller",
          Username: "sam@acme.example",
          IsActive: true,
        },
      ],
    },
  });
});

afterEach(async () => {
  await sandbox.close();
});

const AUDIT_FIELDS =
  "Id, Action, Section, Display, CreatedDate, CreatedById, CreatedBy.Name, DelegateUser, " +
  "ResponsibleNamespacePrefix, CreatedByContext, CreatedByIssuer";

describe("SetupAuditTrail", () => {
  it("answers the real object's fields, CreatedBy through the relationship, as jsforce reads them", async () => {
    sandbox.changes.deactivatePicklistValue("Lead", "Industry", "Banking", {
      by: JANE,
      at: minutes(-30),
    });
    const result = await connect().query(`SELECT ${AUDIT_FIELDS} FROM SetupAuditTrail`);
    expect(result.totalSize).toBe(1);
    const [row] = result.records;
    expect(row).toEqual({
      attributes: {
        type: "SetupAuditTrail",
        url: `/services/data/v62.0/sobjects/SetupAuditTrail/${String(row?.Id)}`,
      },
      Id: expect.stringMatching(/^0Ym[A-Za-z0-9]{15}$/),
      Action: "deactivatedPicklistValue",
      Section: "Customize Leads",
      Display: "Deactivated picklist value Banking on Industry (Lead)",
      CreatedDate: "2026-12-03T11:30:00.000+0000",
      CreatedById: JANE,
      CreatedBy: {
        attributes: { type: "User", url: `/services/data/v62.0/sobjects/User/${JANE}` },
        Name: "Jane Doe",
      },
      DelegateUser: null,
      ResponsibleNamespacePrefix: null,
      CreatedByContext: null,
      CreatedByIssuer: null,
    });
    sandbox.assertNoUnexpectedCalls();
  });

  it("is read incrementally: WHERE CreatedDate >/>= a time, ORDER BY CreatedDate, LIMIT", async () => {
    sandbox.changes.activateValidationRule("Lead", "Require_Region", { by: SAM, at: minutes(-90) });
    sandbox.changes.setFieldLength("Lead", "Score_Band__c", 20, { by: JANE, at: minutes(-60) });
    sandbox.changes.makeFieldRequired("Lead", "Region__c", { by: JANE, at: minutes(-10) });
    sandbox.changes.audit({
      action: "PermSetCreate",
      section: "Manage Users",
      display: "Created permission set MAD: with user license Salesforce.",
      at: minutes(-5),
    });
    const conn = connect();
    const since = async (op: string, at: Date, limit = 100) =>
      (
        await conn.query<{ Action: string }>(
          `SELECT Action, CreatedDate FROM SetupAuditTrail WHERE CreatedDate ${op} ${at.toISOString()} ORDER BY CreatedDate LIMIT ${limit}`,
        )
      ).records.map((record) => record.Action);

    expect(await since(">", minutes(-120))).toEqual([
      "changedValidationActive",
      "changedCFLength",
      "changedCFRequired",
      "PermSetCreate",
    ]);
    // The last row read is the next scan's cursor: > skips it, >= reads it again.
    expect(await since(">", minutes(-60))).toEqual(["changedCFRequired", "PermSetCreate"]);
    expect(await since(">=", minutes(-60))).toEqual([
      "changedCFLength",
      "changedCFRequired",
      "PermSetCreate",
    ]);
    expect(await since(">", minutes(-120), 2)).toEqual([
      "changedValidationActive",
      "changedCFLength",
    ]);
    // A change planted after a read shows in the next incremental read.
    now = minutes(5);
    sandbox.changes.deactivateUser(SAM, { by: JANE });
    expect(await since(">", minutes(-5))).toEqual(["deactivateduser"]);
    const desc = await conn.query<{ Action: string }>(
      "SELECT Action FROM SetupAuditTrail ORDER BY CreatedDate DESC LIMIT 1",
    );
    expect(desc.records.map((record) => record.Action)).toEqual(["deactivateduser"]);
    sandbox.assertNoUnexpectedCalls();
  });

  it("keeps rows 180 days: older ones are no longer read", async () => {
    const day = 24 * 60 * 60 * 1000;
    sandbox.changes.activateValidationRule("Lead", "Old_Rule", {
      at: new Date(START.getTime() - 181 * day),
    });
    sandbox.changes.activateValidationRule("Lead", "Recent_Rule", {
      at: new Date(START.getTime() - 179 * day),
    });
    const result = await connect().query<{ Display: string }>(
      "SELECT Display FROM SetupAuditTrail",
    );
    expect(result.records.map((record) => record.Display)).toEqual([
      "Changed active flag of Lead validation Recent_Rule from inactive to active",
    ]);
    now = new Date(START.getTime() + 2 * day);
    expect((await connect().query("SELECT Id FROM SetupAuditTrail")).totalSize).toBe(0);
  });

  it("refuses a user without View Setup and Configuration with INVALID_TYPE, not flagged", async () => {
    sandbox.changes.activateValidationRule("Lead", "Require_Region");
    sandbox.setUserPermissions({ viewSetupAndConfiguration: false });
    const error = await rejection(connect().query("SELECT Id, Action FROM SetupAuditTrail"));
    expect(error.errorCode).toBe("INVALID_TYPE");
    expect(error.message).toContain("sObject type 'SetupAuditTrail' is not supported.");
    expect(sandbox.unexpected()).toEqual([]);
    // Restoring the permission restores the object.
    sandbox.setUserPermissions({ viewSetupAndConfiguration: true });
    expect((await connect().query("SELECT Id FROM SetupAuditTrail")).totalSize).toBe(1);
  });

  it("answers Salesforce's errors for fields it cannot filter on and paths it does not model", async () => {
    const display = await rejection(
      connect().query("SELECT Id FROM SetupAuditTrail WHERE Display = 'x'"),
    );
    expect(display.errorCode).toBe("INVALID_FIELD");
    expect(display.message).toContain("field 'Display' can not be filtered in a query call");
    const deeper = await rejection(
      connect().query("SELECT CreatedBy.Profile.Name FROM SetupAuditTrail"),
    );
    expect(deeper.errorCode).toBe("INVALID_FIELD");
    expect(sandbox.unexpected()).toHaveLength(2);
  });

  it("is emptied by reset, which also restores the seeded fields", async () => {
    sandbox.changes.deactivatePicklistValue("Lead", "Industry", "Banking");
    sandbox.reset();
    expect((await connect().query("SELECT Id FROM SetupAuditTrail")).totalSize).toBe(0);
    const industry = await field("Lead", "Industry");
    expect(industry?.picklistValues?.find((value) => value.value === "Banking")?.active).toBe(true);
  });
});

describe("Setup changes in describe", () => {
  it("a deactivated picklist value stays in describe with active: false", async () => {
    sandbox.changes.deactivatePicklistValue("Lead", "Industry", "Banking", { by: JANE });
    const industry = await field("Lead", "Industry");
    const values = industry?.picklistValues ?? [];
    expect(values.find((value) => value.value === "Banking")).toMatchObject({ active: false });
    expect(values.find((value) => value.value === "Finance")).toMatchObject({ active: true });
  });

  it("a shortened custom field has its new length; standard fields cannot change", async () => {
    sandbox.changes.setFieldLength("Lead", "Score_Band__c", 20);
    expect(await field("Lead", "Score_Band__c")).toMatchObject({ length: 20 });
    expect(() => sandbox.changes.setFieldLength("Lead", "Company", 40)).toThrow(/standard field/);
  });

  it("a field made required is no longer nillable nor defaulted on create", async () => {
    expect(await field("Lead", "Region__c")).toMatchObject({ nillable: true });
    sandbox.changes.makeFieldRequired("Lead", "Region__c");
    expect(await field("Lead", "Region__c")).toMatchObject({
      nillable: false,
      defaultedOnCreate: false,
    });
  });

  it("field access removed: read only is updateable: false; no access takes it out of describe", async () => {
    sandbox.changes.removeFieldAccess("Lead", "Industry", "read", { by: JANE });
    expect(await field("Lead", "Industry")).toMatchObject({ updateable: false, createable: false });
    sandbox.changes.removeFieldAccess("Lead", "Title", "none", { by: JANE });
    expect(await field("Lead", "Title")).toBeUndefined();
    const error = await rejection(connect().query("SELECT Title FROM Lead"));
    expect(error.errorCode).toBe("INVALID_FIELD");
    const trail = await connect().query<{ Display: string; Section: string }>(
      "SELECT Section, Display FROM SetupAuditTrail ORDER BY CreatedDate",
    );
    expect(trail.records.map(({ Section, Display }) => ({ Section, Display }))).toEqual([
      {
        Section: "Manage Users",
        Display:
          "Changed profile HubSpot Integration: field-level security for Lead: Industry was changed from Read/Write to Read Only",
      },
      {
        Section: "Manage Users",
        Display:
          "Changed profile HubSpot Integration: field-level security for Lead: Title was changed from Read/Write to No Access",
      },
    ]);
  });

  it("an activated validation rule shows in the audit trail only", async () => {
    const before = await connect().sobject("Lead").describe();
    sandbox.changes.activateValidationRule("Lead", "Require_Region", { by: SAM });
    const after = await connect().sobject("Lead").describe();
    expect(after.fields).toEqual(before.fields);
    const trail = await connect().query("SELECT CreatedBy.Name, Section FROM SetupAuditTrail");
    expect(trail.records[0]).toMatchObject({
      CreatedBy: { Name: "Sam Seller" },
      Section: "Customize Leads",
    });
  });

  it("a deactivated user reads IsActive false", async () => {
    now = minutes(3);
    sandbox.changes.deactivateUser(SAM, { by: JANE });
    const users = await connect().query<{ Id: string; IsActive: boolean }>(
      `SELECT Id, IsActive, LastModifiedDate FROM User WHERE IsActive = false`,
    );
    expect(users.records).toEqual([
      expect.objectContaining({
        Id: SAM,
        IsActive: false,
        LastModifiedDate: "2026-12-03T12:03:00.000+0000",
      }),
    ]);
    const trail = await connect().query("SELECT Display, CreatedBy.Name FROM SetupAuditTrail");
    expect(trail.records[0]).toMatchObject({
      Display: "Deactivated user Sam Seller (sam@acme.example)",
      CreatedBy: { Name: "Jane Doe" },
    });
    sandbox.assertNoUnexpectedCalls();
  });
});

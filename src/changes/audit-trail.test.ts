import { Connection } from "jsforce";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  AUDIT_TRAIL_PERMISSION,
  type AuditTrailCursor,
  readAuditTrail,
} from "../clients/salesforce-audit-port.js";
import { salesforceScanPort } from "../clients/salesforce-scan-port.js";
import { translator } from "../i18n/translator.js";
import { SalesforceSandbox, salesforceId } from "../sandbox/salesforce/sandbox.js";
import { type AuditedChange, auditedChanges, type FieldLookup } from "./audit-trail.js";

// The Setup Audit Trail read through the real jsforce against the Salesforce fake, whose planted
// Setup changes write the rows; then each row as a typed change.

const TOKEN = "00D000000000001!sandbox-token";
const START = new Date("2026-12-03T12:00:00.000Z");
const JANE = salesforceId("User", 7);
const SAM = salesforceId("User", 8);
const minutes = (n: number) => new Date(START.getTime() + n * 60_000);

let sandbox: SalesforceSandbox;
let now: Date;

beforeEach(async () => {
  now = START;
  sandbox = await SalesforceSandbox.start({
    accessToken: TOKEN,
    clock: { now: () => now },
    customFields: {
      Lead: [
        { name: "Region__c", type: "string", length: 255, label: "Region" },
        { name: "Score_Band__c", type: "string", length: 100, label: "Score Band" },
        { name: "Notes__c", type: "string", length: 255, label: "Notes" },
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

const connection = () =>
  new Connection({ instanceUrl: sandbox.instanceUrl, accessToken: TOKEN, version: "62.0" });
const port = () => salesforceScanPort(connection());

/** Labels → API names from describe, as a scan that read describe would look them up. */
async function lookup(): Promise<FieldLookup> {
  const lead = await connection().sobject("Lead").describe();
  const byLabel = new Map(lead.fields.map((f) => [`Lead:${f.label}`, f.name]));
  return (object, label) => byLabel.get(`${object}:${label}`);
}

async function read(since: AuditTrailCursor | null, options = {}) {
  const result = await readAuditTrail(port(), since, options);
  if (!result.readable) throw new Error("not readable");
  return result;
}

describe("reading the Setup Audit Trail", () => {
  it("reads incrementally: each row once, a cursor for the next read, rows sharing a second across a LIMIT", async () => {
    sandbox.changes.activateValidationRule("Lead", "Require_Region", { by: SAM, at: minutes(-90) });
    sandbox.changes.setFieldLength("Lead", "Score_Band__c", 20, { by: JANE, at: minutes(-60) });
    sandbox.changes.makeFieldRequired("Lead", "Region__c", { by: JANE, at: minutes(-60) });
    sandbox.changes.audit({
      action: "PermSetCreate",
      section: "Manage Users",
      display: "Created permission set MAD: with user license Salesforce.",
      at: minutes(-60),
    });

    // Pages of 2: the second page's rows share a second with the first page's last row.
    const first = await read(null, { pageSize: 2 });
    expect(first.complete).toBe(true);
    expect(first.rows.map((r) => r.action)).toEqual([
      "changedValidationActive",
      "changedCFLength",
      "changedCFRequired",
      "PermSetCreate",
    ]);
    expect(new Set(first.rows.map((r) => r.id)).size).toBe(4);
    expect(first.rows[0]).toEqual({
      id: expect.stringMatching(/^0Ym/),
      action: "changedValidationActive",
      section: "Customize Leads",
      display: "Changed active flag of Lead validation Require_Region from inactive to active",
      at: "2026-12-03T10:30:00.000Z",
      by: "Sam Seller",
    });
    expect(first.cursor?.at).toBe("2026-12-03T11:00:00.000Z");
    expect(first.cursor?.ids).toHaveLength(3);

    // Nothing new: nothing twice, the cursor stays.
    const again = await read(first.cursor);
    expect(again.rows).toEqual([]);
    expect(again.cursor).toEqual(first.cursor);

    // A row in the same second as the cursor, and a later one: each read once.
    sandbox.changes.audit({ action: "x", section: null, display: "same second", at: minutes(-60) });
    now = minutes(5);
    sandbox.changes.deactivateUser(SAM, { by: JANE });
    const next = await read(first.cursor);
    expect(next.rows.map((r) => r.display)).toEqual([
      "same second",
      "Deactivated user Sam Seller (sam@acme.example)",
    ]);
    expect((await read(next.cursor)).rows).toEqual([]);
  });

  it("stops at maxRows with complete: false and goes on from the cursor", async () => {
    for (let i = 0; i < 5; i++)
      sandbox.changes.activateValidationRule("Lead", `Rule_${i}`, { at: minutes(-50 + i) });
    const part = await read(null, { pageSize: 2, maxRows: 2 });
    expect(part.complete).toBe(false);
    expect(part.rows).toHaveLength(2);
    const rest = await read(part.cursor, { pageSize: 2 });
    expect(rest.complete).toBe(true);
    expect([...part.rows, ...rest.rows].map((r) => r.display?.split(" ")[6])).toEqual([
      "Rule_0",
      "Rule_1",
      "Rule_2",
      "Rule_3",
      "Rule_4",
    ]);
  });

  it("without View Setup and Configuration answers not readable, with the admin's note, and no error", async () => {
    sandbox.changes.activateValidationRule("Lead", "Require_Region");
    sandbox.setUserPermissions({ viewSetupAndConfiguration: false });
    const result = await readAuditTrail(port(), null);
    expect(result).toEqual({
      readable: false,
      permission: AUDIT_TRAIL_PERMISSION,
      note: "audit-trail.notReadable",
    });
    if (result.readable) return;
    expect(translator("en").t(result.note, { permission: result.permission })).toContain(
      "“View Setup and Configuration”",
    );
    expect(translator("da").t(result.note, { permission: result.permission })).toContain(
      "integrationsbrugeren",
    );
  });
});

describe("audit trail rows as changes", () => {
  const pick = (c: AuditedChange) => ({
    kind: c.kind,
    object: c.object,
    field: c.field,
    option: c.option,
    subject: c.subject,
    before: c.before,
    after: c.after,
    by: c.by,
  });

  it("places each planted Setup change, with who and when; decoys stay generic", async () => {
    const at = minutes(-30);
    sandbox.changes.deactivatePicklistValue("Lead", "Industry", "Banking", { by: JANE, at });
    sandbox.changes.setFieldLength("Lead", "Score_Band__c", 20, { by: JANE, at });
    sandbox.changes.setFieldLength("Lead", "Region__c", 300, { by: JANE, at });
    sandbox.changes.makeFieldRequired("Lead", "Region__c", { by: JANE, at });
    sandbox.changes.removeFieldAccess("Lead", "Score_Band__c", "read", { by: JANE, at });
    sandbox.changes.activateValidationRule("Lead", "Require_Region", { by: SAM, at });
    sandbox.changes.deactivateUser(SAM, { by: JANE, at });
    const row = (display: string, section: string | null = "Customize Leads") =>
      sandbox.changes.audit({ action: "assumed", section, display, by: JANE, at });
    row("Changed Lead validation formula Require_Region");
    row('Activated flow version #3 "Lead Routing"', "Flows");
    row("Changed Apex Trigger code: LeadTrigger on Lead", "Apex Trigger");
    row("Activated duplicate rule Standard Lead Duplicate Rule", "Duplicate Management");
    // Decoys: changes that start no wave of sync errors.
    row("Created permission set MAD: with user license Salesforce.", "Manage Users");
    row("Changed Lead page layout Lead Layout");
    row("Changed password policy", "Password Policies");
    sandbox.changes.removeFieldAccess("Lead", "Notes__c", "none", { by: JANE, at });

    const result = await read(null);
    const changes = auditedChanges(result.rows, await lookup());
    expect(changes.every((c) => c.at === "2026-12-03T11:30:00.000Z")).toBe(true);
    expect(changes.map(pick)).toEqual([
      {
        kind: "picklist-value-deactivated",
        object: "Lead",
        field: "Industry",
        option: "Banking",
        subject: null,
        before: true,
        after: false,
        by: "Jane Doe",
      },
      {
        kind: "field-shortened",
        object: "Lead",
        field: "Score_Band__c",
        option: null,
        subject: null,
        before: 100,
        after: 20,
        by: "Jane Doe",
      },
      {
        kind: "field-lengthened",
        object: "Lead",
        field: "Region__c",
        option: null,
        subject: null,
        before: 255,
        after: 300,
        by: "Jane Doe",
      },
      {
        kind: "field-became-required",
        object: "Lead",
        field: "Region__c",
        option: null,
        subject: null,
        before: false,
        after: true,
        by: "Jane Doe",
      },
      {
        kind: "field-no-longer-updateable",
        object: "Lead",
        field: "Score_Band__c",
        option: null,
        subject: null,
        before: "Read/Write",
        after: "Read Only",
        by: "Jane Doe",
      },
      {
        kind: "validation-rule-activated",
        object: "Lead",
        field: null,
        option: null,
        subject: "Require_Region",
        before: false,
        after: true,
        by: "Sam Seller",
      },
      {
        kind: "user-deactivated",
        object: "User",
        field: null,
        option: null,
        subject: "Sam Seller",
        before: true,
        after: false,
        by: "Jane Doe",
      },
      expect.objectContaining({
        kind: "validation-rule-changed",
        object: "Lead",
        subject: "Require_Region",
      }),
      expect.objectContaining({ kind: "flow-activated", object: null, subject: "Lead Routing" }),
      expect.objectContaining({ kind: "trigger-changed", object: "Lead", subject: "LeadTrigger" }),
      expect.objectContaining({
        kind: "duplicate-rule-changed",
        subject: "Standard Lead Duplicate Rule",
      }),
      expect.objectContaining({ kind: "setup-change", object: null, field: null }),
      expect.objectContaining({ kind: "setup-change", object: "Lead", field: null }),
      expect.objectContaining({ kind: "setup-change", object: null, field: null }),
      // No access: the field has left describe, so its label is kept as the Display names it.
      expect.objectContaining({ kind: "field-access-removed", object: "Lead", field: "Notes" }),
    ]);
    expect(changes[11]?.row.display).toBe(
      "Created permission set MAD: with user license Salesforce.",
    );
  });

  it("without a lookup keeps the field as the Display names it", async () => {
    sandbox.changes.setFieldLength("Lead", "Score_Band__c", 20);
    const [change] = auditedChanges((await read(null)).rows);
    expect(change).toMatchObject({ kind: "field-shortened", object: "Lead", field: "Score Band" });
  });
});

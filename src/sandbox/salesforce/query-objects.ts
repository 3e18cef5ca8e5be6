/**
 * The objects SOQL may read: the stored sObjects (through the schema and the record store), the
 * Setup Audit Trail, which needs the "View Setup and Configuration" permission, and the org's one
 * Organization row.
 */

import { AUDIT_TRAIL_FIELDS, type SetupAuditTrail } from "./audit-trail.js";
import { normalizeId, SANDBOX_ORG_ID, SOBJECT_TYPES, type SObjectType } from "./ids.js";
import type { SalesforceLogin } from "./login.js";
import { describeField, type Schema } from "./schema.js";
import type { Name } from "./soql.js";
import { invalidType, type QueryObject, type QueryObjects } from "./soql-plan.js";
import type { RecordStore } from "./store.js";
import { type Row, readerOf } from "./values.js";

/** What the query objects are read from. */
export interface QuerySources {
  readonly schema: Schema;
  readonly store: RecordStore;
  readonly auditTrail: SetupAuditTrail;
  /** The integration user as it is now (its permissions change during a test). */
  readonly login: SalesforceLogin;
}

function storedObject(type: SObjectType, { schema, store }: QuerySources): QueryObject {
  return {
    name: type,
    fields: () => schema.fields(type),
    field: (name) => schema.field(type, name),
    reader: (field) => readerOf(type, field),
    rows: () => store.rows(type),
    row: (id) => store.get(type, normalizeId(id) ?? id),
  };
}

const AUDIT_EXACT = new Map(AUDIT_TRAIL_FIELDS.map((field) => [field.name.toLowerCase(), field]));

function auditTrailObject(auditTrail: SetupAuditTrail): QueryObject {
  return {
    name: "SetupAuditTrail",
    fields: () => AUDIT_TRAIL_FIELDS,
    field: (name) => AUDIT_EXACT.get(name.toLowerCase()),
    reader:
      ({ name }) =>
      (row: Row) =>
        row[name],
    rows: () => auditTrail.rows(),
    row: () => undefined,
  };
}

/**
 * The Organization object: one row, the org itself. Only its Id is modelled (Object Reference,
 * sforce_api_objects_organization.htm: query() is supported, and `SELECT Id FROM Organization`
 * answers the org's 18-character id, key prefix 00D, the one the identity URL carries).
 */
const ORGANIZATION_FIELDS = [
  describeField(
    { name: "Id", label: "Organization ID", type: "id", createable: false, updateable: false },
    undefined,
    "Organization.Id",
  ),
];
const ORGANIZATION_ROW: Row = { Id: SANDBOX_ORG_ID };

const organizationObject: QueryObject = {
  name: "Organization",
  fields: () => ORGANIZATION_FIELDS,
  field: (name) => ORGANIZATION_FIELDS.find((f) => f.name.toLowerCase() === name.toLowerCase()),
  reader:
    ({ name }) =>
    (row: Row) =>
      row[name],
  rows: () => [ORGANIZATION_ROW],
  row: (id) => (normalizeId(id) === SANDBOX_ORG_ID ? ORGANIZATION_ROW : undefined),
};

/**
 * Resolves a query's FROM object (case-insensitively). SetupAuditTrail needs "View Setup and
 * Configuration" (Help, View Setup Audit Trail: "users who need access … need the View Setup and
 * Configuration permission"); without it the object is not visible to the user, which SOQL
 * answers with INVALID_TYPE "sObject type … is not supported", as for any object a user may not
 * read (simple-salesforce#287). That answer is ordinary, not flagged.
 */
export function queryObjects(sources: QuerySources): QueryObjects {
  return (name: Name): QueryObject => {
    const wanted = name.text.toLowerCase();
    if (wanted === "setupaudittrail") {
      if (sources.login.viewSetupAndConfiguration === false) throw invalidType(name, true);
      return auditTrailObject(sources.auditTrail);
    }
    if (wanted === "organization") return organizationObject;
    const type = SOBJECT_TYPES.find((candidate) => candidate.toLowerCase() === wanted);
    if (!type) throw invalidType(name);
    return storedObject(type, sources);
  };
}

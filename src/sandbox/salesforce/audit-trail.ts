/**
 * The org's Setup Audit Trail: the `SetupAuditTrail` rows Salesforce writes for changes made in
 * Setup, readable by SOQL (query() only: the object is not createable or updateable). Fields,
 * their types, lengths and properties follow the Object Reference's SetupAuditTrail page
 * (developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/
 * sforce_api_objects_setupaudittrail.htm) and the Field Reference's table of it.
 */

import { prefixedId, SANDBOX_USER_ID } from "./ids.js";
import { type DescribedField, describeField } from "./schema.js";
import { formatDatetime, type Row } from "./values.js";

/**
 * Salesforce keeps Setup Audit Trail rows "for at least the last 180 days" (Object Reference);
 * "After 180 days, setup entity records are deleted" (Help, View Setup Audit Trail).
 */
export const AUDIT_TRAIL_RETENTION_DAYS = 180;
const RETENTION_MS = AUDIT_TRAIL_RETENTION_DAYS * 24 * 60 * 60 * 1000;

/**
 * The key prefix of SetupAuditTrail ids, as in `0Ym5e00000XXXXXCAQ` (as ids in exports are
 * commonly seen; assumed, no reference lists key prefixes).
 */
const AUDIT_TRAIL_PREFIX = "0Ym";

/** One change a test plants in the audit trail. */
export interface AuditEntry {
  /** The category of the change, e.g. `PermSetCreate` (the Action field). */
  readonly action: string;
  /** The Setup menu section, e.g. `Manage Users` or `Customize Leads`. */
  readonly section: string | null;
  /** The full description, e.g. `Created permission set MAD: with user license Salesforce.` */
  readonly display: string | null;
  /** The User who made it (CreatedById): the integration user unless given. */
  readonly by?: string;
  /** When (CreatedDate): the sandbox clock's now unless given. */
  readonly at?: Date;
  /** The Login-As user who made it on the user's behalf, else none. */
  readonly delegateUser?: string;
  /** The namespace of the managed package that made it, else none. */
  readonly namespace?: string;
  /** The context it was made under (`Einstein`), else none. */
  readonly context?: string;
}

const string = (name: string, length: number, extra: { nillable?: boolean } = {}) =>
  describeField(
    { name, type: "string", length, createable: false, updateable: false, ...extra },
    undefined,
    `SetupAuditTrail.${name}`,
  );

/** "Nillable, Sort" without "Filter": Section and Display cannot be filtered on. */
const unfilterable = (field: DescribedField): DescribedField => ({
  ...field,
  filterable: false,
  sortable: true,
});

/** SetupAuditTrail's fields (Field Reference), in its order. */
export const AUDIT_TRAIL_FIELDS: readonly DescribedField[] = [
  string("Action", 120, { nillable: false }),
  string("CreatedByContext", 80),
  describeField(
    {
      name: "CreatedById",
      label: "Created By ID",
      type: "reference",
      referenceTo: ["User"],
      relationshipName: "CreatedBy",
      nillable: false,
      createable: false,
      updateable: false,
    },
    undefined,
    "SetupAuditTrail.CreatedById",
  ),
  string("CreatedByIssuer", 80),
  describeField(
    {
      name: "CreatedDate",
      type: "datetime",
      nillable: false,
      defaultedOnCreate: true,
      createable: false,
      updateable: false,
    },
    undefined,
    "SetupAuditTrail.CreatedDate",
  ),
  string("DelegateUser", 80),
  unfilterable(string("Display", 1000)),
  describeField(
    { name: "Id", label: "Setup Audit Trail ID", type: "id", createable: false, updateable: false },
    undefined,
    "SetupAuditTrail.Id",
  ),
  string("ResponsibleNamespacePrefix", 15),
  unfilterable(string("Section", 40)),
];

/** The audit trail's rows, oldest planted first; rows past the retention are not read. */
export class SetupAuditTrail {
  private readonly entries: Row[] = [];
  private planted = 0;

  constructor(private readonly now: () => Date) {}

  /** Writes one row; answers it as a query would read it. */
  add(entry: AuditEntry): Row {
    const row: Row = {
      Id: prefixedId(AUDIT_TRAIL_PREFIX, ++this.planted),
      Action: entry.action,
      Section: entry.section,
      Display: entry.display,
      CreatedById: entry.by ?? SANDBOX_USER_ID,
      CreatedDate: formatDatetime((entry.at ?? this.now()).getTime()),
      DelegateUser: entry.delegateUser ?? null,
      ResponsibleNamespacePrefix: entry.namespace ?? null,
      CreatedByContext: entry.context ?? null,
      CreatedByIssuer: null,
    };
    this.entries.push(row);
    return row;
  }

  /** The rows a query reads now: those younger than the retention. */
  rows(): Row[] {
    const oldest = this.now().getTime() - RETENTION_MS;
    return this.entries.filter((row) => Date.parse(String(row.CreatedDate)) >= oldest);
  }

  /** Forgets every row (a sandbox reset). Ids keep counting up. */
  clear(): void {
    this.entries.length = 0;
  }
}

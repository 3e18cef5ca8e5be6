/**
 * Setup changes a test plants, as an admin makes them in Setup: each changes what describe shows
 * (or a record), where Salesforce shows it, and writes the Setup Audit Trail row Salesforce
 * writes. Salesforce does not document the Action codes and Display wording of these rows; the
 * Sections ("Customize Leads", "Manage Users") are those Salesforce shows (Object Reference:
 * "For example, Manage Users or Company Profile"; salesforceben.com, Setup Audit Trail: "Object
 * customizations or Manage Users"), the Action and Display texts are **assumed** in Salesforce's
 * style, and `docs/fakes/salesforce.md` says so.
 */

import type { AuditEntry, SetupAuditTrail } from "./audit-trail.js";
import { normalizeId, type SObjectType, typeOfId } from "./ids.js";
import type { Schema } from "./schema.js";
import type { RecordStore } from "./store.js";
import { formatDatetime, type Row } from "./values.js";

/** Who made a change and when: the integration user and the sandbox clock's now unless given. */
export interface ChangeOptions {
  /** The 18-character id of the User who made it (a seeded User, for CreatedBy.Name to read). */
  readonly by?: string;
  readonly at?: Date;
}

/** What a field-access change leaves the integration user: nothing, or read only. */
export type FieldAccess = "none" | "read";

/** Setup's section for customizing an sObject, by its plural label. */
const SECTION: Readonly<Record<SObjectType, string>> = {
  Lead: "Customize Leads",
  Contact: "Customize Contacts",
  Account: "Customize Accounts",
  Opportunity: "Customize Opportunities",
  User: "Customize Users",
};
const MANAGE_USERS = "Manage Users";
/** The integration user's profile, as the audit trail names it, unless a change says otherwise. */
const DEFAULT_PROFILE = "HubSpot Integration";

/** Plants Setup changes: describe changes at once, the audit trail gets a row per change. */
export class SetupChanges {
  constructor(
    private readonly schema: Schema,
    private readonly store: RecordStore,
    private readonly auditTrail: SetupAuditTrail,
    private readonly now: () => Date,
  ) {}

  /**
   * Writes any audit trail row (a change the sandbox does not model otherwise, e.g. a flow
   * activated, or an unrelated change as a decoy); answers it as SOQL reads it.
   */
  audit(entry: AuditEntry): Row {
    if (entry.by !== undefined) this.userId(entry.by);
    return this.auditTrail.add(entry);
  }

  /**
   * Deactivates a picklist value: describe keeps it with `active: false` (REST describe's
   * picklistValues; a deactivated value stays on records but cannot be chosen).
   */
  deactivatePicklistValue(
    type: SObjectType,
    field: string,
    value: string,
    options: ChangeOptions = {},
  ): Row {
    const spec = this.schema.spec(type, field);
    if (spec.type !== "picklist" && spec.type !== "multipicklist") {
      throw new Error(`Salesforce sandbox: ${type}.${spec.name} is not a picklist`);
    }
    const values = (spec.picklistValues ?? []).map((entry) =>
      typeof entry === "string" ? { value: entry } : entry,
    );
    const index = values.findIndex((entry) => entry.value === value);
    if (index < 0)
      throw new Error(`Salesforce sandbox: ${type}.${spec.name} has no value ${value}`);
    values[index] = { ...values[index], value, active: false };
    this.schema.change(type, spec.name, { picklistValues: values });
    return this.write(options, {
      action: "deactivatedPicklistValue",
      section: SECTION[type],
      display: `Deactivated picklist value ${value} on ${this.label(type, spec.name)} (${type})`,
    });
  }

  /**
   * Changes a custom text field's length (describe's `length`). Standard fields' lengths are
   * fixed in Salesforce, so only custom fields (`__c`) may change.
   */
  setFieldLength(type: SObjectType, field: string, length: number, options: ChangeOptions = {}) {
    const spec = this.custom(type, field);
    const before = this.schema.field(type, spec.name)?.length ?? 0;
    if (!Number.isSafeInteger(length) || length < 1 || length === before) {
      throw new Error(`Salesforce sandbox: ${type}.${spec.name} cannot become ${length} long`);
    }
    this.schema.change(type, spec.name, { length });
    return this.write(options, {
      action: "changedCFLength",
      section: SECTION[type],
      display: `Changed length of ${type} custom field ${this.label(type, spec.name)} from ${before} to ${length}`,
    });
  }

  /**
   * Makes a custom field required ("Always require a value in this field"): describe's
   * `nillable` becomes false, `defaultedOnCreate` stays false. Only custom fields may be made
   * required in the field's definition; checkboxes never are.
   */
  makeFieldRequired(type: SObjectType, field: string, options: ChangeOptions = {}): Row {
    const spec = this.custom(type, field);
    if (spec.type === "boolean") {
      throw new Error(`Salesforce sandbox: checkbox ${type}.${spec.name} cannot be required`);
    }
    this.schema.change(type, spec.name, { nillable: false, defaultedOnCreate: false });
    return this.write(options, {
      action: "changedCFRequired",
      section: SECTION[type],
      display: `Changed ${type} custom field ${this.label(type, spec.name)} from not required to required`,
    });
  }

  /**
   * Takes field-level security from the integration user's profile: `"none"` (no access) removes
   * the field from describe, as describe lists only fields the user can see; `"read"` (read only)
   * makes it `updateable: false` and `createable: false`. Required fields keep their access.
   */
  removeFieldAccess(
    type: SObjectType,
    field: string,
    access: FieldAccess,
    options: ChangeOptions & { readonly profile?: string } = {},
  ): Row {
    const described = this.schema.field(type, field);
    if (!described) throw new Error(`Salesforce sandbox: ${type} has no field ${field}`);
    if (!described.nillable && !described.defaultedOnCreate) {
      throw new Error(`Salesforce sandbox: required ${type}.${described.name} keeps its access`);
    }
    if (access === "none") this.schema.remove(type, described.name);
    else this.schema.change(type, described.name, { updateable: false, createable: false });
    const profile = options.profile ?? DEFAULT_PROFILE;
    const to = access === "none" ? "No Access" : "Read Only";
    return this.write(options, {
      action: "profileFlsChanged",
      section: MANAGE_USERS,
      display: `Changed profile ${profile}: field-level security for ${type}: ${described.label} was changed from Read/Write to ${to}`,
    });
  }

  /**
   * Activates a validation rule. Describe shows nothing of validation rules, so only the audit
   * trail tells: saves that break the rule then fail with FIELD_CUSTOM_VALIDATION_EXCEPTION
   * (`recordErrors` plants those).
   */
  activateValidationRule(type: SObjectType, rule: string, options: ChangeOptions = {}): Row {
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(rule)) {
      throw new Error(`Salesforce sandbox: ${rule} is not a validation rule name`);
    }
    return this.write(options, {
      action: "changedValidationActive",
      section: SECTION[type],
      display: `Changed active flag of ${type} validation ${rule} from inactive to active`,
    });
  }

  /** Deactivates a seeded User: its `IsActive` becomes false, stamped as a save would stamp it. */
  deactivateUser(userId: string, options: ChangeOptions = {}): Row {
    const id = this.userId(userId);
    const user = this.store.get("User", id);
    if (!user) throw new Error(`Salesforce sandbox: no User ${userId} to deactivate`);
    const stamp = formatDatetime((options.at ?? this.now()).getTime());
    this.store.write("User", id, {
      IsActive: false,
      LastModifiedDate: stamp,
      SystemModstamp: stamp,
    });
    const name = [user.FirstName, user.LastName].filter((part) => part).join(" ");
    return this.write(options, {
      action: "deactivateduser",
      section: MANAGE_USERS,
      display: `Deactivated user ${name} (${String(user.Username ?? user.Email ?? id)})`,
    });
  }

  private write(options: ChangeOptions, entry: AuditEntry): Row {
    return this.audit({
      ...entry,
      ...(options.by === undefined ? {} : { by: options.by }),
      ...(options.at === undefined ? {} : { at: options.at }),
    });
  }

  private custom(type: SObjectType, field: string) {
    const spec = this.schema.spec(type, field);
    if (!spec.name.endsWith("__c")) {
      throw new Error(`Salesforce sandbox: standard field ${type}.${spec.name} cannot be changed`);
    }
    return spec;
  }

  private label(type: SObjectType, field: string): string {
    return this.schema.field(type, field)?.label ?? field;
  }

  private userId(id: string): string {
    const full = normalizeId(id);
    if (!full || typeOfId(full) !== "User") {
      throw new Error(`Salesforce sandbox: ${id} is not a User id`);
    }
    return full;
  }
}

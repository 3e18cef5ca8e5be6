/**
 * Setup Audit Trail rows as typed changes, with who and when. Salesforce documents the rows'
 * fields but not their Action codes or Display wording (the fake's are **assumed**, see
 * docs/fakes/salesforce.md), so a row is placed by its Section (`Customize Leads` names the
 * object) and by phrases of the Display matched loosely and case-insensitively; a row no phrase
 * fits stays a generic `setup-change` with its text. Nothing here trusts the Action code alone.
 */

import type { AuditTrailRow } from "../clients/salesforce-audit-port.js";
import { type ChangeValue, type LearntChangeKind, SETUP_CHANGE_KINDS } from "./change.js";

/**
 * Every kind of change the audit trail tells. Those describe also shows are the diff's own kinds
 * (so the same change found both ways has one name); the others only the trail knows.
 */
export const AUDIT_CHANGE_KINDS = [
  "picklist-value-deactivated",
  "field-shortened",
  "field-lengthened",
  "field-became-required",
  "field-no-longer-updateable",
  ...SETUP_CHANGE_KINDS,
] as const satisfies readonly LearntChangeKind[];

/** One kind of change the audit trail tells. */
export type AuditChangeKind = (typeof AUDIT_CHANGE_KINDS)[number];

/** One audit trail row as a change. */
export interface AuditedChange {
  readonly system: "salesforce";
  readonly kind: AuditChangeKind;
  /** The sObject (API name) the row is about; null when neither Section nor Display names one. */
  readonly object: string | null;
  /**
   * The field's API name when the row names a field: resolved from the label the Display uses
   * when a lookup is given and knows it, else the name as the Display writes it.
   */
  readonly field: string | null;
  /** The picklist value for a deactivated value; null otherwise. */
  readonly option: string | null;
  /** What else the row names: a validation rule, flow, trigger, duplicate rule or user. */
  readonly subject: string | null;
  readonly before: ChangeValue;
  readonly after: ChangeValue;
  /** When, ISO in UTC. */
  readonly at: string;
  /** Who, as Salesforce names the user; null when unknown. */
  readonly by: string | null;
  /** The row as read, for the evidence shown to an admin. */
  readonly row: AuditTrailRow;
}

/**
 * A field's API name from its label on an object (from describe), or undefined when the object
 * has no field of that label.
 */
export type FieldLookup = (object: string, label: string) => string | undefined;

/** What a Display phrase tells, before the row's object, who and when are added. */
interface Placed {
  readonly kind: AuditChangeKind;
  readonly object?: string | null;
  readonly field?: string | null;
  readonly option?: string | null;
  readonly subject?: string | null;
  readonly before?: ChangeValue;
  readonly after?: ChangeValue;
}

/** The rows as changes, in the rows' order. */
export function auditedChanges(
  rows: readonly AuditTrailRow[],
  lookup?: FieldLookup,
): AuditedChange[] {
  return rows.map((row) => auditedChange(row, lookup));
}

/** One row as a change: the first phrase that fits places it, else a generic setup change. */
export function auditedChange(row: AuditTrailRow, lookup?: FieldLookup): AuditedChange {
  const display = (row.display ?? "").trim();
  const fromSection = objectOfSection(row.section);
  let placed: Placed = { kind: "setup-change" };
  for (const phrase of PHRASES) {
    const found = phrase(display, fromSection);
    if (found) {
      placed = found;
      break;
    }
  }
  const object = placed.object ?? fromSection ?? null;
  const label = placed.field ?? null;
  const field = label && object ? (lookup?.(object, label) ?? label) : label;
  return {
    system: "salesforce",
    kind: placed.kind,
    object,
    field,
    option: placed.option ?? null,
    subject: placed.subject ?? null,
    before: placed.before ?? null,
    after: placed.after ?? null,
    at: row.at,
    by: row.by,
    row,
  };
}

/**
 * Setup's "Customize <plural label>" section names the object. Plurals that are not the name
 * plus "s" are listed; others lose their "s" (Leads → Lead). Other sections name no object.
 */
const IRREGULAR_PLURALS: Readonly<Record<string, string>> = {
  Opportunities: "Opportunity",
  Opportunity: "Opportunity",
  "Opportunity Products": "OpportunityLineItem",
  Activities: "Task",
};

function objectOfSection(section: string | null): string | null {
  const match = /^Customize\s+(.+)$/i.exec(section?.trim() ?? "");
  const plural = match?.[1]?.trim();
  if (!plural) return null;
  const irregular = IRREGULAR_PLURALS[plural];
  if (irregular) return irregular;
  if (/ies$/i.test(plural)) return `${plural.slice(0, -3)}y`.replace(/\s+/g, "");
  return plural.replace(/s$/i, "").replace(/\s+/g, "");
}

/** An sObject's API name as it appears in a Display (`Lead`, `Custom_Object__c`). */
const OBJECT = "([A-Z][A-Za-z0-9_]*)";

type Phrase = (display: string, sectionObject: string | null) => Placed | undefined;

const numberOf = (text: string | undefined): number | null => {
  const n = Number(text);
  return text !== undefined && Number.isFinite(n) ? n : null;
};

// Each phrase matches wording in Salesforce's style; the real wording is not documented, so each
// allows "for"/"on"/"of" and an optional "(Object)" and ignores case. Order matters: the more
// specific phrase (a validation rule's active flag) before the looser one (any validation change).
const PHRASES: readonly Phrase[] = [
  // "Deactivated picklist value Banking on Industry (Lead)"
  (d) => {
    const m = new RegExp(
      `deactivated picklist value\\s+(.+?)\\s+(?:on|for|of)\\s+(?:field\\s+)?(.+?)(?:\\s+\\(${OBJECT}\\))?\\.?$`,
      "i",
    ).exec(d);
    if (!m) return undefined;
    return {
      kind: "picklist-value-deactivated",
      option: m[1] ?? null,
      field: m[2] ?? null,
      object: m[3] ?? null,
      before: true,
      after: false,
    };
  },
  // "Changed length of Lead custom field Region from 255 to 80"
  (d) => {
    const m = new RegExp(
      `changed (?:the )?length of\\s+(?:${OBJECT}\\s+)?(?:custom\\s+)?field\\s+(.+?)\\s+from\\s+(\\d+)\\s+to\\s+(\\d+)`,
      "i",
    ).exec(d);
    if (!m) return undefined;
    const before = numberOf(m[3]);
    const after = numberOf(m[4]);
    if (before === null || after === null || before === after) return undefined;
    return {
      kind: after < before ? "field-shortened" : "field-lengthened",
      object: m[1] ?? null,
      field: m[2] ?? null,
      before,
      after,
    };
  },
  // "Changed Lead custom field Region from not required to required"
  (d) => {
    const m = new RegExp(
      `(?:${OBJECT}\\s+)?(?:custom\\s+)?field\\s+(.+?)\\s+from\\s+not required\\s+to\\s+required`,
      "i",
    ).exec(d);
    if (!m) return undefined;
    return {
      kind: "field-became-required",
      object: m[1] ?? null,
      field: m[2] ?? null,
      before: false,
      after: true,
    };
  },
  // "Changed profile X: field-level security for Lead: Region was changed from Read/Write to No Access"
  (d) => {
    const m = new RegExp(
      `field-level security for\\s+${OBJECT}\\s*:\\s*(.+?)\\s+was changed from\\s+(.+?)\\s+to\\s+(no access|read only)`,
      "i",
    ).exec(d);
    if (!m) return undefined;
    const to = m[4] ?? "";
    return {
      kind: /no access/i.test(to) ? "field-access-removed" : "field-no-longer-updateable",
      object: m[1] ?? null,
      field: m[2] ?? null,
      before: m[3] ?? null,
      after: to,
    };
  },
  // "Changed active flag of Lead validation Require_Region from inactive to active"
  (d) => {
    const m = new RegExp(
      `active flag of\\s+(?:${OBJECT}\\s+)?validation(?: rule)?\\s+(\\S+)\\s+from\\s+inactive\\s+to\\s+active`,
      "i",
    ).exec(d);
    if (!m) return undefined;
    return {
      kind: "validation-rule-activated",
      object: m[1] ?? null,
      subject: m[2] ?? null,
      before: false,
      after: true,
    };
  },
  // Any other validation rule change: "Changed Lead validation formula …", "Created validation rule …"
  (d) => {
    const m = new RegExp(
      `(?:${OBJECT}\\s+)?validation(?: rule)?(?:\\s+(?:formula|error message|error location|description|condition)(?:\\s+(?:of|for))?)?\\s+"?([A-Za-z]\\w*)"?`,
      "i",
    ).exec(d);
    if (!m || /active flag/i.test(d)) return undefined;
    return { kind: "validation-rule-changed", object: m[1] ?? null, subject: m[2] ?? null };
  },
  // "Activated flow version #3 "Lead Routing"", "Activated flow Lead_Routing"
  (d) => {
    if (!/\bactivated\b/i.test(d) || /\bdeactivated\b/i.test(d) || !/\bflow\b/i.test(d))
      return undefined;
    const m = /flow(?: version)?(?:\s+#\d+)?\s+"?([^"(]+?)"?(?:\s+\(|$|\.)/i.exec(d);
    return { kind: "flow-activated", subject: m?.[1]?.trim() ?? null };
  },
  // "Changed Apex Trigger LeadTrigger", "Created Apex Trigger code: LeadTrigger on Lead"
  (d) => {
    const m = new RegExp(`apex trigger(?: code)?:?\\s+(\\w+)(?:\\s+on\\s+${OBJECT})?`, "i").exec(d);
    if (!m) return undefined;
    return { kind: "trigger-changed", subject: m[1] ?? null, object: m[2] ?? null };
  },
  // "Activated duplicate rule Standard Lead Duplicate Rule", "Changed duplicate rule …"
  (d) => {
    const m = /duplicate rule\s+"?(.+?)"?(?:\s+on\s+([A-Z]\w*))?\.?$/i.exec(d);
    if (!m) return undefined;
    return { kind: "duplicate-rule-changed", subject: m[1] ?? null, object: m[2] ?? null };
  },
  // "Deactivated user Sam Seller (sam@acme.example)": about a User, not an object's records.
  (d) => {
    const m = /^deactivated user\s+(.+?)(?:\s+\(([^)]*)\))?\.?$/i.exec(d);
    if (!m) return undefined;
    return {
      kind: "user-deactivated",
      object: "User",
      subject: m[1] ?? null,
      before: true,
      after: false,
    };
  },
];

import type { HubSpotPropertySnapshot, SalesforceFieldSnapshot } from "./snapshot.js";

/**
 * Every kind of schema change the diff reports: the changes that start waves of sync errors
 * (a deactivated value refuses records that carry it, a shortened field refuses long text, …).
 */
export const CHANGE_KINDS = [
  "picklist-value-added",
  "picklist-value-deactivated",
  "picklist-value-removed",
  "picklist-became-restricted",
  "field-shortened",
  "field-lengthened",
  "field-became-required",
  "field-no-longer-required",
  "field-no-longer-createable",
  "field-no-longer-updateable",
  "field-removed",
  "type-changed",
  "option-removed",
  "option-hidden",
  "pipeline-stage-removed",
] as const;

/** One kind of schema change. */
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/**
 * The kinds of change only Salesforce's Setup Audit Trail tells: describe does not show who may
 * edit a field apart from the integration user's own view, nor rules, flows, triggers or users.
 */
export const SETUP_CHANGE_KINDS = [
  "field-access-removed",
  "validation-rule-activated",
  "validation-rule-changed",
  "flow-activated",
  "trigger-changed",
  "duplicate-rule-changed",
  "user-deactivated",
  "setup-change",
] as const;

/** Every kind of change the bot learns, from a snapshot diff or the Setup Audit Trail. */
export const LEARNT_CHANGE_KINDS = [...CHANGE_KINDS, ...SETUP_CHANGE_KINDS] as const;

/** One kind of change the bot learns. */
export type LearntChangeKind = (typeof LEARNT_CHANGE_KINDS)[number];

const LEARNT = new Set<string>(LEARNT_CHANGE_KINDS);

/**
 * Whether a stored change's kind is one this version knows: the store keeps kinds as text, and a
 * later version (another replica) may have written one this does not.
 */
export function isLearntChangeKind(kind: string): kind is LearntChangeKind {
  return LEARNT.has(kind);
}

/** A value a change was or became: a length, a type, a flag; null where there was or is none. */
export type ChangeValue = string | number | boolean | null;

/** One change between two snapshots. */
export interface SchemaChange {
  readonly system: "salesforce" | "hubspot";
  /** The Salesforce object or HubSpot object type. */
  readonly object: string;
  /** The Salesforce field or HubSpot property (`dealstage` for a deal pipeline's stage). */
  readonly field: string;
  readonly kind: ChangeKind;
  /** The picklist value, option or stage the change is about; null for a change of the field. */
  readonly option: string | null;
  readonly before: ChangeValue;
  readonly after: ChangeValue;
}

/** What a rule finds: the change without where it is (the diff knows that). */
export interface ChangeFound {
  readonly option?: string;
  readonly before: ChangeValue;
  readonly after: ChangeValue;
}

/**
 * The check of one kind of change, on what it compares: a Salesforce field, a HubSpot property
 * (each given before and after; after is undefined when the field is gone from a side that was
 * read), or the deal stages.
 */
export type ChangeRule =
  | {
      readonly kind: ChangeKind;
      readonly on: "salesforce-field";
      compare(
        before: SalesforceFieldSnapshot,
        after: SalesforceFieldSnapshot | undefined,
      ): ChangeFound[];
    }
  | {
      readonly kind: ChangeKind;
      readonly on: "hubspot-property";
      compare(
        before: HubSpotPropertySnapshot,
        after: HubSpotPropertySnapshot | undefined,
      ): ChangeFound[];
    }
  | {
      readonly kind: ChangeKind;
      readonly on: "deal-stages";
      compare(before: readonly string[], after: readonly string[]): ChangeFound[];
    };

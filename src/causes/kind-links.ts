import { isLearntChangeKind, type LearntChangeKind } from "../changes/change.js";

/**
 * How surely a kind of change starts errors of a type: `direct` when the change is what the error
 * says (a deactivated value and "bad value for restricted picklist field"), `possible` when it is
 * one of several usual causes (a deleted stage, and deals whose stage is now inactive).
 */
export type LinkStrength = "direct" | "possible";

/** One error type a kind of change starts. */
export interface KindLink {
  readonly ruleId: string;
  readonly strength: LinkStrength;
}

const direct = (ruleId: string): KindLink => ({ ruleId, strength: "direct" });
const possible = (ruleId: string): KindLink => ({ ruleId, strength: "possible" });

/**
 * For every kind of change the bot learns, the error types it starts. Keyed by every kind (the
 * compiler holds the table complete); a kind that starts none (a value added to a HubSpot
 * property, a field made longer) says so with an empty list, and the generic `setup-change` of an
 * audit trail row nothing else fits is never a cause: the bot does not guess what it did.
 */
export const KIND_LINKS: Readonly<Record<LearntChangeKind, readonly KindLink[]>> = {
  "picklist-value-added": [direct("mismatched-options")],
  "picklist-value-deactivated": [direct("restricted-picklist-value")],
  "picklist-value-removed": [direct("restricted-picklist-value"), possible("invalid-value")],
  "picklist-became-restricted": [direct("restricted-picklist-value")],
  "field-shortened": [direct("string-too-long")],
  "field-lengthened": [],
  "field-became-required": [direct("missing-required-value")],
  "field-no-longer-required": [],
  "field-no-longer-createable": [direct("salesforce-field-permission")],
  "field-no-longer-updateable": [direct("salesforce-field-permission")],
  "field-access-removed": [
    direct("salesforce-field-permission"),
    possible("insufficient-salesforce-access"),
  ],
  "field-removed": [direct("salesforce-field-permission"), possible("invalid-value")],
  "type-changed": [direct("type-mismatch"), possible("invalid-value")],
  "option-removed": [direct("mismatched-options")],
  "option-hidden": [direct("mismatched-options")],
  "pipeline-stage-removed": [
    direct("missing-or-invalid-opportunity-stage"),
    possible("inactive-opportunity-stage"),
  ],
  "validation-rule-activated": [direct("custom-code")],
  "validation-rule-changed": [direct("custom-code")],
  "flow-activated": [direct("custom-code")],
  "trigger-changed": [direct("custom-code")],
  "duplicate-rule-changed": [direct("salesforce-duplicate-rule")],
  "user-deactivated": [direct("inactive-salesforce-owner"), possible("owner-assignment")],
  "setup-change": [],
};

/**
 * The error types a change of `kind` starts; none for a kind the bot does not know (a store
 * written by a later version), which is then never a cause.
 */
export function linksOf(kind: string): readonly KindLink[] {
  return isLearntChangeKind(kind) ? KIND_LINKS[kind] : [];
}

/** How surely a change of `kind` starts errors of `ruleId`; undefined when it does not. */
export function linkStrength(kind: string, ruleId: string): LinkStrength | undefined {
  return linksOf(kind).find((l) => l.ruleId === ruleId)?.strength;
}

/**
 * The registry of sync-error rules: one import per file in this folder, sorted by id.
 * registry.test.ts fails when a file and this list disagree. Ids are never reused: a rule HubSpot
 * retires keeps its file.
 */
import associationLimitReached from "./association-limit-reached.js";
import customCode from "./custom-code.js";
import defaultSalesProcessUnavailable from "./default-sales-process-unavailable.js";
import emailAlreadyInUse from "./email-already-in-use.js";
import inactiveOpportunityStage from "./inactive-opportunity-stage.js";
import inactiveSalesforceOwner from "./inactive-salesforce-owner.js";
import insufficientAccessOrMissingSalesforceRecord from "./insufficient-access-or-missing-salesforce-record.js";
import insufficientSalesforceAccess from "./insufficient-salesforce-access.js";
import invalidEmail from "./invalid-email.js";
import invalidSalesforceId from "./invalid-salesforce-id.js";
import invalidValue from "./invalid-value.js";
import mismatchedOptions from "./mismatched-options.js";
import mismatchedStateOrCountryValue from "./mismatched-state-or-country-value.js";
import missingOrInvalidOpportunityStage from "./missing-or-invalid-opportunity-stage.js";
import missingRequiredCountry from "./missing-required-country.js";
import missingRequiredValue from "./missing-required-value.js";
import missingSalesforceId from "./missing-salesforce-id.js";
import optionLimitExceeded from "./option-limit-exceeded.js";
import ownerAssignment from "./owner-assignment.js";
import restrictedPicklistValue from "./restricted-picklist-value.js";
import restrictedUniqueValue from "./restricted-unique-value.js";
import salesforceDuplicateRule from "./salesforce-duplicate-rule.js";
import salesforceFieldPermission from "./salesforce-field-permission.js";
import salesforceOwnersNotSynced from "./salesforce-owners-not-synced.js";
import stringTooLong from "./string-too-long.js";
import typeMismatch from "./type-mismatch.js";
import type { SyncErrorRule } from "./types.js";
import unknownError from "./unknown-error.js";
import waitingForAccountToSync from "./waiting-for-account-to-sync.js";

/** Every rule, sorted by id. */
export const rules: readonly SyncErrorRule[] = [
  associationLimitReached,
  customCode,
  defaultSalesProcessUnavailable,
  emailAlreadyInUse,
  inactiveOpportunityStage,
  inactiveSalesforceOwner,
  insufficientAccessOrMissingSalesforceRecord,
  insufficientSalesforceAccess,
  invalidEmail,
  invalidSalesforceId,
  invalidValue,
  mismatchedOptions,
  mismatchedStateOrCountryValue,
  missingOrInvalidOpportunityStage,
  missingRequiredCountry,
  missingRequiredValue,
  missingSalesforceId,
  optionLimitExceeded,
  ownerAssignment,
  restrictedPicklistValue,
  restrictedUniqueValue,
  salesforceDuplicateRule,
  salesforceFieldPermission,
  salesforceOwnersNotSynced,
  stringTooLong,
  typeMismatch,
  unknownError,
  waitingForAccountToSync,
];

export type { SyncErrorRule } from "./types.js";

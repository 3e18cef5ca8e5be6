import type { Detector } from "./detector.js";
import { emailAlreadyInUse } from "./email-already-in-use.js";
import { inactiveSalesforceOwner } from "./inactive-salesforce-owner.js";
import { invalidEmail } from "./invalid-email.js";
import { invalidSalesforceId, missingSalesforceId } from "./invalid-salesforce-id.js";
import { mismatchedOptionsToHubSpot, mismatchedOptionsToSalesforce } from "./mismatched-options.js";
import { mismatchedStateOrCountryValue } from "./mismatched-state-or-country-value.js";
import { missingRequiredCountry } from "./missing-required-country.js";
import { missingRequiredValue } from "./missing-required-value.js";
import {
  inactiveOpportunityStage,
  missingOrInvalidOpportunityStage,
} from "./opportunity-stages.js";
import { restrictedPicklistValue } from "./restricted-picklist-value.js";
import { salesforceFieldPermission } from "./salesforce-field-permission.js";
import { salesforceOwnersNotSynced } from "./salesforce-owners-not-synced.js";
import { stringTooLong } from "./string-too-long.js";
import { typeMismatch } from "./type-mismatch.js";

/** Every check the scan runs. Adding one: a file, and a line here. */
export const DETECTORS: readonly Detector[] = [
  stringTooLong,
  restrictedPicklistValue,
  mismatchedOptionsToSalesforce,
  mismatchedOptionsToHubSpot,
  mismatchedStateOrCountryValue,
  missingRequiredCountry,
  missingRequiredValue,
  typeMismatch,
  salesforceFieldPermission,
  inactiveSalesforceOwner,
  salesforceOwnersNotSynced,
  invalidSalesforceId,
  missingSalesforceId,
  invalidEmail,
  emailAlreadyInUse,
  inactiveOpportunityStage,
  missingOrInvalidOpportunityStage,
];

/** The error types the scan can find by itself (the others come only from HubSpot's export). */
export const DETECTABLE_RULE_IDS: ReadonlySet<string> = new Set(DETECTORS.map((d) => d.ruleId));

export type { Detector, HubSpotRecordView, SalesforceRecordView } from "./detector.js";

/**
 * Salesforce's API status codes and the sync-error type each one means. The classifier reads this
 * table for any code that no rule's own signal claims, so every documented code lands somewhere
 * deliberate: a type, or Unknown error with the reason why.
 */

/** Where a Salesforce status code leads when no rule's own signal claims the message. */
export interface StatusCodeEntry {
  /** Id of the rule the code means; "unknown-error" when none of the other 27 fits. */
  readonly type: string;
  /** Why, for every mapping that is not obvious from the code's name. */
  readonly reason?: string;
}

/** Every documented Salesforce API status code, alphabetically. */
export const SALESFORCE_STATUS_CODES: Readonly<Record<string, StatusCodeEntry>> = {
  NUMBER_OUTSIDE_VALID_RANGE: {
    type: "invalid-value",
    reason: "The value has the right type but lies outside what the field accepts.",
  },
};

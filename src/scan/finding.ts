/**
 * What a check found: the error type, the field it is about, and a message worded as HubSpot or
 * Salesforce would word the error, so the catalog classifies it to the same type and the digest,
 * explain and resync treat it like a reported one.
 */
export interface Finding {
  readonly ruleId: string;
  readonly field: string | null;
  readonly message: string;
  readonly statusCode: string | null;
}

/** A finding about one record. */
export function finding(
  ruleId: string,
  field: string | null,
  message: string,
  statusCode: string | null = null,
): Finding {
  return { ruleId, field, message, statusCode };
}

import type { Connection } from "jsforce";
import type { RecordOutcome } from "./hubspot-resync-port.js";
import {
  callSalesforce,
  httpStatusOf,
  type RetryPacing,
  retryTransient,
  salesforceFailure,
} from "./salesforce-http.js";
import type { SalesforceObject } from "./salesforce-setup-port.js";

/** A resync batch is 100 records; sObject Collections would take 200. */
export const SALESFORCE_BATCH_SIZE = 100;

/** The org's rolling 24-hour API allocation, shared with HubSpot's connector. */
export interface DailyApiLimit {
  readonly max: number;
  readonly remaining: number;
}

/** The Salesforce calls a resync makes. */
export interface SalesforceResyncPort {
  /**
   * Sets `field` to `value` on up to 100 records of one sObject through sObject Collections (one
   * API call), one outcome per id in order; a record's failure never fails the others.
   */
  touch(
    sobject: SalesforceObject,
    ids: readonly string[],
    field: string,
    value: Date,
  ): Promise<RecordOutcome[]>;
  /**
   * DailyApiRequests from `/limits`, or, when the integration user may not read it, from the
   * `Sforce-Limit-Info` header Salesforce sends with every answer.
   */
  dailyApiLimit(): Promise<DailyApiLimit>;
}

interface SaveResult {
  readonly id?: string;
  readonly success: boolean;
  readonly errors?: ReadonlyArray<{ readonly statusCode?: string; readonly message?: string }>;
}

/**
 * The daily allocation from the `Sforce-Limit-Info: api-usage=N/M` header of the last answer,
 * which jsforce keeps in `limitInfo` (REST API guide, "Limit Info Header").
 */
function allocationFromHeader(connection: Connection): DailyApiLimit | undefined {
  const usage = connection.limitInfo?.apiUsage;
  if (!usage) return undefined;
  return { max: usage.limit, remaining: Math.max(0, usage.limit - usage.used) };
}

/**
 * Wraps jsforce. The update is sent again on a 5xx or a dropped connection (setting the same
 * value twice is harmless); jsforce retries the GET of /limits itself.
 */
export function salesforceResyncPort(
  connection: Connection,
  options: RetryPacing = {},
): SalesforceResyncPort {
  return {
    async touch(sobject, ids, field, value) {
      if (ids.length > SALESFORCE_BATCH_SIZE)
        throw new Error(`at most ${SALESFORCE_BATCH_SIZE} records a batch`);
      const records = ids.map((Id) => ({ Id, [field]: value.toISOString() }));
      let results: readonly SaveResult[];
      try {
        // jsforce types per-record errors as errorCode; Salesforce sends statusCode.
        results = (await retryTransient(
          () =>
            callSalesforce(connection, () =>
              connection.sobject(sobject).update(records, { allOrNone: false }),
            ),
          options,
        )) as unknown as SaveResult[];
      } catch (error) {
        throw salesforceFailure(error, "the update");
      }
      // Results are positional: the n-th answers the n-th record.
      return ids.map((id, i): RecordOutcome => {
        const result = results[i];
        if (result?.success) return { id, ok: true };
        const first = result?.errors?.[0];
        return {
          id,
          ok: false,
          code: first?.statusCode ?? "UNKNOWN_EXCEPTION",
          message: first?.message ?? "Salesforce did not say",
        };
      });
    },
    async dailyApiLimit() {
      try {
        const limits = (await callSalesforce(connection, () => connection.limits())) as {
          DailyApiRequests?: { Max?: number; Remaining?: number };
        };
        return {
          max: limits.DailyApiRequests?.Max ?? 0,
          remaining: limits.DailyApiRequests?.Remaining ?? 0,
        };
      } catch (error) {
        // /limits needs "View Setup and Configuration" (resources_limits.htm), which an
        // integration user often lacks; the refusal, like every REST answer, carries the usage.
        if (httpStatusOf(error) !== 403) throw salesforceFailure(error, "/limits");
        const known = allocationFromHeader(connection);
        if (known) return known;
        try {
          await callSalesforce(connection, () => connection.request("/"));
        } catch (probe) {
          throw salesforceFailure(probe, "a call to read its API usage");
        }
        const probed = allocationFromHeader(connection);
        if (probed) return probed;
        throw salesforceFailure(error, "/limits, and its answers carry no Sforce-Limit-Info");
      }
    },
  };
}

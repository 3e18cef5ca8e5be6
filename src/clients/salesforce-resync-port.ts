import type { Connection } from "jsforce";
import pRetry from "p-retry";
import { type RecordOutcome, UpstreamError } from "./hubspot-resync-port.js";
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
  /** DailyApiRequests from `/limits`. */
  dailyApiLimit(): Promise<DailyApiLimit>;
}

interface SaveResult {
  readonly id?: string;
  readonly success: boolean;
  readonly errors?: ReadonlyArray<{ readonly statusCode?: string; readonly message?: string }>;
}

const statusOf = (error: unknown) => {
  const status = (error as { statusCode?: unknown }).statusCode;
  return typeof status === "number" ? status : undefined;
};

// jsforce turns an error answer into its `errorCode` (Salesforce's own, or ERROR_HTTP_<status>
// when the body is not Salesforce's JSON); these mean "try again", not "you asked wrongly".
const TRANSIENT_CODES =
  /^(SERVER_UNAVAILABLE|UNABLE_TO_LOCK_ROW|REQUEST_RUNNING_TOO_LONG|ERROR_HTTP_5\d\d)$/;

function isRetryable(error: unknown): boolean {
  const status = statusOf(error);
  if (status !== undefined && status >= 500) return true;
  const { errorCode, code } = error as { errorCode?: unknown; code?: unknown };
  if (typeof errorCode === "string" && TRANSIENT_CODES.test(errorCode)) return true;
  return typeof code === "string" && /^(ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE)$/.test(code);
}

/** Wraps jsforce; 5xx and dropped connections are retried (the update is idempotent). */
export function salesforceResyncPort(
  connection: Connection,
  options: { attempts?: number; minRetryMs?: number } = {},
): SalesforceResyncPort {
  const retry = <T>(work: () => Promise<T>) =>
    pRetry(work, {
      retries: (options.attempts ?? 4) - 1,
      minTimeout: options.minRetryMs ?? 500,
      factor: 2,
      randomize: true,
      shouldRetry: ({ error }) => isRetryable(error),
    });
  return {
    async touch(sobject, ids, field, value) {
      if (ids.length > SALESFORCE_BATCH_SIZE)
        throw new Error(`at most ${SALESFORCE_BATCH_SIZE} records a batch`);
      const records = ids.map((Id) => ({ Id, [field]: value.toISOString() }));
      let results: readonly SaveResult[];
      try {
        // jsforce types per-record errors as errorCode; Salesforce sends statusCode.
        results = (await retry(() =>
          connection.sobject(sobject).update(records, { allOrNone: false }),
        )) as unknown as SaveResult[];
      } catch (error) {
        throw new UpstreamError(
          "salesforce",
          statusOf(error),
          `Salesforce refused the update (${(error as Error).message}).`,
          { cause: error },
        );
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
        const limits = (await retry(() => connection.limits())) as {
          DailyApiRequests?: { Max?: number; Remaining?: number };
        };
        return {
          max: limits.DailyApiRequests?.Max ?? 0,
          remaining: limits.DailyApiRequests?.Remaining ?? 0,
        };
      } catch (error) {
        throw new UpstreamError(
          "salesforce",
          statusOf(error),
          `Salesforce's /limits could not be read (${(error as Error).message}).`,
          { cause: error },
        );
      }
    },
  };
}

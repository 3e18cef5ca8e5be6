import type { Connection } from "jsforce";
import { count } from "../plural.js";
import {
  callSalesforce,
  type RetryPacing,
  retryTransient,
  salesforceFailure,
} from "./salesforce-http.js";
import type { SalesforceObject } from "./salesforce-setup-port.js";

/** A Salesforce field as describe reports it, reduced to what the scan's checks read. */
export interface DescribedField {
  readonly name: string;
  /** The label Setup shows, which the Setup Audit Trail's Display names a field by. */
  readonly label: string;
  readonly type: string;
  readonly length: number;
  readonly nillable: boolean;
  readonly defaultedOnCreate: boolean;
  readonly createable: boolean;
  readonly updateable: boolean;
  readonly restrictedPicklist: boolean;
  readonly controllerName: string | null;
  readonly picklistValues: ReadonlyArray<{
    readonly value: string;
    readonly label: string;
    readonly active: boolean;
    readonly validFor: string | null;
  }>;
}

/**
 * Whether a record must carry a value for the field on create: not nillable, not defaulted,
 * createable, and not a checkbox (a boolean is never null, so it is never "missing"). The scan's
 * checks and the schema snapshots read required-ness through this one rule.
 */
export function requiredOnCreate(field: DescribedField): boolean {
  return (
    !field.nillable && !field.defaultedOnCreate && field.createable && field.type !== "boolean"
  );
}

/** A Salesforce user, for matching owners. */
export interface SalesforceUserRow {
  readonly id: string;
  readonly email: string | null;
  readonly isActive: boolean;
  readonly userType: string;
}

/** What a scan reads from Salesforce. */
export interface SalesforceScanPort {
  describe(object: SalesforceObject): Promise<DescribedField[]>;
  /**
   * Runs a SOQL query and hands over its records page by page (2,000 a page), following
   * `nextRecordsUrl`, so a large result never sits in memory whole.
   */
  query(
    soql: string,
    onPage: (records: Record<string, unknown>[]) => void | Promise<void>,
  ): Promise<number>;
  users(): Promise<SalesforceUserRow[]>;
  /**
   * Reads the given fields of records by id, in one POST (sObject Collections retrieve: the ids
   * and fields travel in the body, so the request line stays short however many fields an org
   * has). One entry per id, in order; null for an id Salesforce does not find.
   */
  retrieve(
    object: SalesforceObject,
    ids: readonly string[],
    fields: readonly string[],
  ): Promise<Array<Record<string, unknown> | null>>;
  /** API calls made so far (each describe and each page of a query), for the scan's summary. */
  calls(): number;
}

/**
 * The org's id (`SELECT Id FROM Organization`, one row per org; Object Reference, Organization),
 * through the port's query so the call counts as the scan's. It names the org whose Setup Audit
 * Trail was read, whatever flow logged in (a bare access token carries no identity URL).
 */
export async function organizationId(port: SalesforceScanPort): Promise<string> {
  let id: string | undefined;
  await port.query("SELECT Id FROM Organization", (records) => {
    const first = records[0]?.Id;
    if (typeof first === "string") id = first;
  });
  if (!id) throw new Error("Salesforce answered no Organization row");
  return id;
}

/** sObject Collections retrieve takes at most 2,000 ids a request. */
export const MAX_RETRIEVE_IDS = 2000;

/** A date-time as SOQL writes it (no quotes). */
export function soqlDateTime(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/**
 * Wraps a jsforce connection; failures become UpstreamErrors with the answer's status. jsforce
 * retries GETs itself on 429/5xx (platform.md §3.4); the retrieve, a POST, is retried here.
 */
export function salesforceScanPort(
  connection: Connection,
  options: RetryPacing = {},
): SalesforceScanPort {
  let calls = 0;
  const query: SalesforceScanPort["query"] = async (soql, onPage) => {
    calls++;
    type Page = Awaited<ReturnType<typeof connection.queryMore<Record<string, unknown>>>>;
    const page = async (work: () => PromiseLike<Page>) => {
      try {
        return await callSalesforce(connection, work);
      } catch (error) {
        throw salesforceFailure(error, "the query");
      }
    };
    let result = await page(() => connection.query<Record<string, unknown>>(soql));
    let total = 0;
    for (;;) {
      total += result.records.length;
      await onPage(result.records);
      const next = result.nextRecordsUrl;
      if (result.done || !next) return total;
      calls++;
      result = await page(() => connection.queryMore<Record<string, unknown>>(next));
    }
  };
  return {
    calls: () => calls,
    query,
    async retrieve(object, ids, fields) {
      if (ids.length > MAX_RETRIEVE_IDS)
        throw new Error(`at most ${MAX_RETRIEVE_IDS} ids a request`);
      if (ids.length === 0) return [];
      calls++;
      try {
        const records = await retryTransient(
          () =>
            callSalesforce(connection, () =>
              connection.retrieve(object, [...ids], { fields: [...fields] }),
            ),
          options,
        );
        return (records as unknown as Array<Record<string, unknown> | null>).map((r) => r ?? null);
      } catch (error) {
        throw salesforceFailure(
          error,
          `the read of ${count(ids.length, `${object} record`, `${object} records`)}`,
        );
      }
    },
    async describe(object) {
      calls++;
      let description: Awaited<ReturnType<Connection["describe"]>>;
      try {
        description = await callSalesforce(connection, () => connection.sobject(object).describe());
      } catch (error) {
        throw salesforceFailure(error, `the describe of ${object}`);
      }
      return description.fields.map((f) => ({
        name: f.name,
        label: f.label ?? f.name,
        type: String(f.type),
        length: f.length ?? 0,
        nillable: f.nillable,
        defaultedOnCreate: f.defaultedOnCreate,
        createable: f.createable,
        updateable: f.updateable,
        restrictedPicklist: f.restrictedPicklist ?? false,
        controllerName: f.controllerName ?? null,
        picklistValues: (f.picklistValues ?? []).map((p) => ({
          value: p.value,
          label: p.label ?? p.value,
          active: p.active,
          validFor: p.validFor ?? null,
        })),
      }));
    },
    async users() {
      const users: SalesforceUserRow[] = [];
      await query("SELECT Id, Email, IsActive, UserType FROM User", (records) => {
        for (const r of records) {
          users.push({
            id: String(r.Id),
            email: typeof r.Email === "string" ? r.Email : null,
            isActive: r.IsActive === true,
            userType: String(r.UserType ?? ""),
          });
        }
      });
      return users;
    },
  };
}

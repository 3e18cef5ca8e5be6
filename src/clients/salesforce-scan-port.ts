import type { Connection } from "jsforce";
import type { SalesforceObject } from "./salesforce-setup-port.js";

/** A Salesforce field as describe reports it, reduced to what the scan's checks read. */
export interface DescribedField {
  readonly name: string;
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
  /** API calls made so far (each describe and each page of a query), for the scan's summary. */
  calls(): number;
}

/** Escapes a value for a SOQL string literal. */
export function soqlString(value: string): string {
  return `'${value.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
}

/** A date-time as SOQL writes it (no quotes). */
export function soqlDateTime(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** Wraps a jsforce connection. jsforce retries GETs itself on 429/5xx (platform.md §3.4). */
export function salesforceScanPort(connection: Connection): SalesforceScanPort {
  let calls = 0;
  const query: SalesforceScanPort["query"] = async (soql, onPage) => {
    calls++;
    let result = await connection.query<Record<string, unknown>>(soql);
    let total = 0;
    for (;;) {
      total += result.records.length;
      await onPage(result.records);
      if (result.done || !result.nextRecordsUrl) return total;
      calls++;
      result = await connection.queryMore<Record<string, unknown>>(result.nextRecordsUrl);
    }
  };
  return {
    calls: () => calls,
    query,
    async describe(object) {
      calls++;
      const description = await connection.sobject(object).describe();
      return description.fields.map((f) => ({
        name: f.name,
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

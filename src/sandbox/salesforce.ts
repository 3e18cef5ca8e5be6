/**
 * A Salesforce org on 127.0.0.1 for tests and the bot's local mode: the real jsforce
 * `Connection` talks to it through `instanceUrl` (REST data API) and `loginUrl` (OAuth
 * username-password token endpoint). It models the few endpoints syncerror uses — sObject
 * Collections update, `/limits`, describe — answers like Salesforce, and fails loudly (404,
 * flagged) on anything else.
 */

import { createServer, type Server } from "node:http";
import { assertNoUnexpected } from "./assert-expected.js";
import { FaultPlan, type PathPattern, type StatusFault } from "./salesforce-faults.js";
import type { SObjectType } from "./salesforce-ids.js";
import { type SalesforceCall, SalesforceJournal } from "./salesforce-journal.js";
import { DEFAULT_SALESFORCE_LOGIN, type SalesforceLogin } from "./salesforce-login.js";
import {
  type ApiLimits,
  closeServer,
  createHandler,
  listen,
  type ServerParts,
} from "./salesforce-server.js";
import {
  type CustomFieldSeed,
  type RecordSeed,
  RecordStore,
  type StoredRecord,
} from "./salesforce-store.js";

export type { SaveResult } from "./salesforce-collections.js";
export { MAX_COLLECTION_RECORDS } from "./salesforce-collections.js";
export type { PathPattern, StatusFault } from "./salesforce-faults.js";
export type { SObjectType } from "./salesforce-ids.js";
export { normalizeId, SANDBOX_ORG_ID, SANDBOX_USER_ID, salesforceId } from "./salesforce-ids.js";
export type { SalesforceCall } from "./salesforce-journal.js";
export type { SalesforceLogin } from "./salesforce-login.js";
export { DEFAULT_SALESFORCE_LOGIN } from "./salesforce-login.js";
export type { CustomFieldSpec, FieldType } from "./salesforce-schema.js";
export type { ApiLimits } from "./salesforce-server.js";
export type { CustomFieldSeed, RecordError, RecordSeed, StoredRecord } from "./salesforce-store.js";

/** How to start a sandbox. */
export interface SalesforceSandboxOptions {
  /** The only token the data API accepts (`Authorization: Bearer …`); login hands it out. */
  readonly accessToken: string;
  /** The API version routed, without the `v`: `"62.0"` unless given. */
  readonly version?: string;
  readonly records?: RecordSeed;
  /** Custom fields per sObject, e.g. `{ Lead: [{ name: "HubSpot_Resync_Requested__c", type: "datetime" }] }`. */
  readonly customFields?: CustomFieldSeed;
  /** DailyApiRequests; `{ max: 100000, remaining: 100000 }` unless given. */
  readonly limits?: ApiLimits;
  /** The credentials the token endpoint accepts; `DEFAULT_SALESFORCE_LOGIN` unless given. */
  readonly login?: SalesforceLogin;
  /** Stamps `LastModifiedDate` on updates. */
  readonly clock?: { now(): Date };
}

/** A loopback Salesforce org: an instance server, a login server and a record store. */
export class SalesforceSandbox {
  private readonly journal = new SalesforceJournal();
  private readonly faults = new FaultPlan();
  private readonly store: RecordStore;
  private readonly limitState: ApiLimits;

  private constructor(
    private readonly servers: readonly [Server, Server],
    /** `http://127.0.0.1:PORT`: the Connection's `instanceUrl`. */
    readonly instanceUrl: string,
    /** `http://127.0.0.1:PORT` (another port): the Connection's `loginUrl` / `oauth2.loginUrl`. */
    readonly loginUrl: string,
    private readonly options: SalesforceSandboxOptions,
  ) {
    this.store = new RecordStore(options.records);
    this.limitState = { ...(options.limits ?? { max: 100_000, remaining: 100_000 }) };
    const clock = options.clock ?? { now: () => new Date() };
    const parts: ServerParts = {
      accessToken: options.accessToken,
      version: options.version ?? "62.0",
      login: options.login ?? DEFAULT_SALESFORCE_LOGIN,
      journal: this.journal,
      faults: this.faults,
      store: this.store,
      customFields: options.customFields ?? {},
      limits: this.limitState,
      now: () => clock.now(),
      urls: () => ({ instanceUrl, loginUrl }),
    };
    servers[0].on("request", createHandler(parts, "instance"));
    servers[1].on("request", createHandler(parts, "login"));
  }

  /** Starts both listeners on free ports; throws on seed records with invalid ids. */
  static async start(options: SalesforceSandboxOptions): Promise<SalesforceSandbox> {
    for (const [type, fields] of Object.entries(options.customFields ?? {})) {
      for (const field of fields ?? []) {
        if (!/^[A-Za-z][A-Za-z0-9_]*__c$/.test(field.name)) {
          throw new Error(`Salesforce sandbox: custom field ${type}.${field.name} must end in __c`);
        }
      }
    }
    new RecordStore(options.records); // validates the seed before any port is opened
    const servers = [createServer(), createServer()] as const;
    const [instanceUrl, loginUrl] = await Promise.all(servers.map(listen));
    return new SalesforceSandbox(servers, instanceUrl ?? "", loginUrl ?? "", options);
  }

  /** Stops both listeners, dropping kept-alive connections so they close at once. */
  async close(): Promise<void> {
    await Promise.all(this.servers.map(closeServer));
  }

  /** Requests since the last reset, all or those whose path matches. */
  calls(path?: PathPattern): SalesforceCall[] {
    return this.journal.calls(path);
  }

  /**
   * One line per request no correct app sends: wrong or missing token, unknown path, method or
   * API version, malformed or over-size collection, unknown field, duplicate or missing id.
   */
  unexpected(): string[] {
    return this.journal.unexpected();
  }

  /** Throws, listing the unexpected requests and every call made, if there were any. */
  assertNoUnexpectedCalls(): void {
    assertNoUnexpected("Salesforce", this.journal);
  }

  /** Forgets calls and faults, restores the seeded records and the starting limits. */
  reset(): void {
    this.journal.clear();
    this.faults.clear();
    this.store.restore();
    Object.assign(this.limitState, this.options.limits ?? { max: 100_000, remaining: 100_000 });
  }

  /** A stored record (with the fields updates wrote), or undefined. */
  record(type: SObjectType, id: string): StoredRecord | undefined {
    return this.store.get(type, id);
  }

  /** All stored records of one sObject. */
  records(type: SObjectType): StoredRecord[] {
    return this.store.all(type);
  }

  /** Adds or replaces a record. */
  addRecord(type: SObjectType, record: StoredRecord): void {
    this.store.add(type, record);
  }

  /** Deletes a record; updating it afterwards answers ENTITY_IS_DELETED. */
  deleteRecord(type: SObjectType, id: string): void {
    this.store.delete(type, id);
  }

  /**
   * Matching requests (a path substring or pattern) answer HTTP `status` (5xx) with
   * SERVER_UNAVAILABLE, `times` times (1 unless given). Only requests that passed
   * authentication and reached a modelled endpoint are failed.
   */
  failNext(path: PathPattern, fault: StatusFault): void {
    this.faults.failNext(path, fault);
  }

  /** Every answer is held back `ms` milliseconds (0 turns it off). */
  latency(ms: number): void {
    this.faults.delayMs = ms;
  }

  /**
   * Updates of these records fail with `{statusCode, message, fields}` (the other records of a
   * request still succeed), `times` times per id (every time unless given).
   */
  recordErrors(
    ids: readonly string[],
    statusCode: string,
    message: string,
    options: { readonly fields?: readonly string[]; readonly times?: number } = {},
  ): void {
    const error = { statusCode, message, fields: options.fields ?? [] };
    this.store.injectError(ids, error, options.times ?? Number.POSITIVE_INFINITY);
  }

  /** The next matching request (any, unless a path is given) has its connection destroyed. */
  cutConnectionNext(path: PathPattern = ""): void {
    this.faults.cutNext(path);
  }

  /** Sets DailyApiRequests; at `remaining: 0` data calls answer 403 REQUEST_LIMIT_EXCEEDED. */
  setLimits(limits: ApiLimits): void {
    Object.assign(this.limitState, limits);
  }

  /** DailyApiRequests now. */
  limits(): ApiLimits {
    return { ...this.limitState };
  }
}

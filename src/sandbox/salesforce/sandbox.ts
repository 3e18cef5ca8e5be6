/**
 * A Salesforce org on 127.0.0.1 for tests and the bot's local mode: the real jsforce
 * `Connection` talks to it through `instanceUrl` (the org's My Domain: REST data API and OAuth
 * token endpoint) and `loginUrl` (login.salesforce.com's stand-in: OAuth token endpoint). It
 * models the endpoints syncerror uses — sObject Collections update and retrieve, `/limits`,
 * describe, SOQL queries (a strict subset, paged through query locators), and the OAuth
 * username-password, JWT bearer and client credentials flows with sessions that expire — answers
 * like Salesforce, and fails loudly (an error answer, flagged) on anything else.
 * `docs/fakes/salesforce.md` lists what it models and after which reference.
 */

import { createServer, type Server } from "node:http";
import { assertNoUnexpected } from "../assert-expected.js";
import { SetupAuditTrail } from "./audit-trail.js";
import { SetupChanges } from "./changes.js";
import { FaultPlan, type PathPattern, type StatusFault } from "./faults.js";
import type { SObjectType } from "./ids.js";
import { type SalesforceCall, SalesforceJournal } from "./journal.js";
import { DEFAULT_SALESFORCE_LOGIN, type SalesforceLogin } from "./login.js";
import { DEFAULT_QUERY_PAGE_SIZE, QueryEngine } from "./query.js";
import { queryObjects } from "./query-objects.js";
import { type CustomFieldSeed, type DescribedField, type FieldSeed, Schema } from "./schema.js";
import {
  type ApiLimits,
  closeServer,
  createHandler,
  listen,
  MAX_REQUEST_HEAD_BYTES,
  type ServerParts,
} from "./server.js";
import { SessionTable } from "./sessions.js";
import { type RecordSeed, RecordStore, type StoredRecord } from "./store.js";
import { formatDatetime } from "./values.js";

export type { AuditEntry } from "./audit-trail.js";
export { AUDIT_TRAIL_RETENTION_DAYS } from "./audit-trail.js";
export type { ChangeOptions, FieldAccess, SetupChanges } from "./changes.js";
export type { SaveResult } from "./collections.js";
export { MAX_COLLECTION_RECORDS } from "./collections.js";
export type { PathPattern, StatusFault } from "./faults.js";
export type { CustomFieldSpec, FieldOverride, FieldSpec, FieldType } from "./fields.js";
export type { SObjectType } from "./ids.js";
export { normalizeId, SANDBOX_ORG_ID, SANDBOX_USER_ID, salesforceId } from "./ids.js";
export type { SalesforceCall } from "./journal.js";
export type { SalesforceLogin } from "./login.js";
export { DEFAULT_SALESFORCE_LOGIN, JWT_BEARER_GRANT } from "./login.js";
export type { PicklistValue, PicklistValueSpec } from "./picklists.js";
export { decodeValidFor, encodeValidFor } from "./picklists.js";
export { DEFAULT_QUERY_PAGE_SIZE } from "./query.js";
export { MAX_RETRIEVE_IDS } from "./retrieve.js";
export type { CustomFieldSeed, DescribedField, FieldSeed } from "./schema.js";
export type { ApiLimits } from "./server.js";
export { MAX_REQUEST_HEAD_BYTES } from "./server.js";
export type { RecordError, RecordSeed, StoredRecord } from "./store.js";

/** How to start a sandbox. */
export interface SalesforceSandboxOptions {
  /**
   * A session already open for the integration user (`Authorization: Bearer …`), as if an admin
   * had copied one; logins through the token endpoint open further sessions with new tokens.
   */
  readonly accessToken: string;
  /**
   * The org's Session Timeout: a session unused this long ends (its token then answers 401
   * INVALID_SESSION_ID), measured on `clock`. Unset: sessions end only on `expireSessions()`.
   */
  readonly sessionTimeoutMs?: number;
  /** The API version routed, without the `v`: `"62.0"` unless given. */
  readonly version?: string;
  /**
   * Records per sObject (Lead, Contact, Account, Opportunity, User). Fields must be ones the
   * sObject describes; CreatedDate, LastModifiedDate and SystemModstamp default to the start time.
   */
  readonly records?: RecordSeed;
  /** Custom fields per sObject, e.g. `{ Lead: [{ name: "HubSpot_Resync_Requested__c", type: "datetime" }] }`. */
  readonly customFields?: CustomFieldSeed;
  /**
   * Changes to standard or custom fields by name, merged in (`{ name: "Email", updateable: false }`
   * for a missing field permission, `{ name: "LeadSource", picklistValues: […] }`), or further
   * fields of any name (then with a `type`).
   */
  readonly fields?: FieldSeed;
  /** State and country picklists on: addresses gain StateCode and CountryCode picklists. */
  readonly stateCountryPicklists?: boolean;
  /** Records per query page; Salesforce's 2,000 unless given (small values make paging testable). */
  readonly queryPageSize?: number;
  /** DailyApiRequests; `{ max: 100000, remaining: 100000 }` unless given. */
  readonly limits?: ApiLimits;
  /**
   * The connected app and integration user the token endpoint accepts, with the user's
   * permissions; `DEFAULT_SALESFORCE_LOGIN` unless given.
   */
  readonly login?: SalesforceLogin;
  /** Stamps `LastModifiedDate` on updates, and the dates of seeded and added records. */
  readonly clock?: { now(): Date };
}

/** A loopback Salesforce org: an instance server, a login server and a record store. */
export class SalesforceSandbox {
  private readonly journal = new SalesforceJournal();
  private readonly faults = new FaultPlan();
  private readonly queries: QueryEngine;
  private readonly limitState: ApiLimits;
  private readonly clock: { now(): Date };
  private readonly sessions: SessionTable;
  /** The connected app and user as they are now (`setUserPermissions` changes them). */
  private readonly loginState: SalesforceLogin;
  private readonly auditTrail: SetupAuditTrail;
  /**
   * Setup changes a test plants (a picklist value deactivated, a field shortened or made
   * required, field access removed, a validation rule activated, a user deactivated): describe
   * shows them at once and each writes a SetupAuditTrail row, which SOQL reads.
   */
  readonly changes: SetupChanges;

  private constructor(
    private readonly servers: readonly [Server, Server],
    /** `http://127.0.0.1:PORT`: the Connection's `instanceUrl`. */
    readonly instanceUrl: string,
    /** `http://127.0.0.1:PORT` (another port): the Connection's `loginUrl` / `oauth2.loginUrl`. */
    readonly loginUrl: string,
    private readonly options: SalesforceSandboxOptions,
    private readonly schema: Schema,
    private readonly store: RecordStore,
  ) {
    this.limitState = { ...(options.limits ?? { max: 100_000, remaining: 100_000 }) };
    const clock = options.clock ?? { now: () => new Date() };
    this.clock = clock;
    this.sessions = new SessionTable(() => clock.now().getTime(), options.sessionTimeoutMs);
    this.loginState = { ...(options.login ?? DEFAULT_SALESFORCE_LOGIN) };
    this.auditTrail = new SetupAuditTrail(() => clock.now());
    this.changes = new SetupChanges(schema, store, this.auditTrail, () => clock.now());
    const objects = queryObjects({
      schema,
      store,
      auditTrail: this.auditTrail,
      login: this.loginState,
    });
    this.queries = new QueryEngine(objects, options.queryPageSize ?? DEFAULT_QUERY_PAGE_SIZE);
    this.sessions.add(options.accessToken);
    const parts: ServerParts = {
      sessions: this.sessions,
      version: options.version ?? "62.0",
      login: this.loginState,
      journal: this.journal,
      faults: this.faults,
      store,
      schema,
      queries: this.queries,
      limits: this.limitState,
      now: () => clock.now(),
      urls: () => ({ instanceUrl, loginUrl }),
    };
    servers[0].on("request", createHandler(parts, "instance"));
    servers[1].on("request", createHandler(parts, "login"));
  }

  /**
   * Starts both listeners on free ports. Throws, before opening any, on a bad seed: a record id
   * that is not an 18-character id of its sObject, a field the sObject does not describe, a
   * custom field not ending in `__c`, a new field without a type, an unknown picklist controller.
   */
  static async start(options: SalesforceSandboxOptions): Promise<SalesforceSandbox> {
    const pageSize = options.queryPageSize ?? DEFAULT_QUERY_PAGE_SIZE;
    if (!Number.isSafeInteger(pageSize) || pageSize < 1 || pageSize > DEFAULT_QUERY_PAGE_SIZE) {
      throw new Error(`Salesforce sandbox: queryPageSize must be 1 to ${DEFAULT_QUERY_PAGE_SIZE}`);
    }
    const schema = new Schema({
      ...(options.customFields === undefined ? {} : { customFields: options.customFields }),
      ...(options.fields === undefined ? {} : { fields: options.fields }),
      stateCountryPicklists: options.stateCountryPicklists ?? false,
    });
    const seededAt = formatDatetime((options.clock ?? { now: () => new Date() }).now().getTime());
    const store = new RecordStore(schema, options.records ?? {}, seededAt);
    // Node refuses heads over 16 KiB itself, with 431 even for a long URI; the handler answers
    // as Salesforce does instead (414 or 431), so the parser may take more.
    const serverOptions = { maxHeaderSize: 4 * MAX_REQUEST_HEAD_BYTES };
    const servers = [createServer(serverOptions), createServer(serverOptions)] as const;
    const [instanceUrl, loginUrl] = await Promise.all(servers.map(listen));
    return new SalesforceSandbox(
      servers,
      instanceUrl ?? "",
      loginUrl ?? "",
      options,
      schema,
      store,
    );
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
   * API version, malformed or over-size collection, unknown field, duplicate or missing id,
   * SOQL Salesforce would reject or that is outside the sandbox's subset, a query locator it
   * never issued.
   */
  unexpected(): string[] {
    return this.journal.unexpected();
  }

  /** Throws, listing the unexpected requests and every call made, if there were any. */
  assertNoUnexpectedCalls(): void {
    assertNoUnexpected("Salesforce", this.journal);
  }

  /**
   * Forgets calls, faults, query cursors and sessions (the pre-issued `accessToken` works again),
   * restores the seeded records, fields and the starting limits, and empties the audit trail.
   */
  reset(): void {
    this.journal.clear();
    this.faults.clear();
    this.queries.clear();
    this.sessions.clear();
    this.sessions.add(this.options.accessToken);
    const permissions = { viewSetupAndConfiguration: undefined };
    Object.assign(this.loginState, permissions, this.options.login ?? DEFAULT_SALESFORCE_LOGIN);
    this.schema.restore();
    this.store.restore();
    this.auditTrail.clear();
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

  /**
   * Adds or replaces a record (its missing CreatedDate, LastModifiedDate and SystemModstamp are
   * now); throws on a bad id or a field the sObject does not describe.
   */
  addRecord(type: SObjectType, record: StoredRecord): void {
    this.store.add(type, record, formatDatetime(this.clock.now().getTime()));
  }

  /** The fields describe lists for an sObject (what the seed options made of them). */
  describedFields(type: SObjectType): readonly DescribedField[] {
    return this.schema.fields(type);
  }

  /**
   * Releases every open query cursor, as Salesforce does after 15 idle minutes: fetching a next
   * page with one of their locators answers 400 INVALID_QUERY_LOCATOR (not flagged).
   */
  expireQueryLocators(): void {
    this.queries.expire();
  }

  /** Deletes a record; updating it afterwards answers ENTITY_IS_DELETED. */
  deleteRecord(type: SObjectType, id: string): void {
    this.store.delete(type, id);
  }

  /**
   * Changes the integration user's profile, as an admin would: `viewSetupAndConfiguration: false`
   * makes `/limits` answer 403 and SOQL on SetupAuditTrail answer INVALID_TYPE.
   */
  setUserPermissions(permissions: Pick<SalesforceLogin, "viewSetupAndConfiguration">): void {
    Object.assign(this.loginState, permissions);
  }

  /**
   * Ends every open session now, as an admin ending sessions or the Session Timeout would: their
   * next requests answer 401 INVALID_SESSION_ID until the client logs in again.
   */
  expireSessions(): void {
    this.sessions.expireAll();
  }

  /**
   * Matching requests (a path substring or pattern) answer HTTP `status` (5xx) with
   * UNKNOWN_EXCEPTION for 500 and SERVER_UNAVAILABLE otherwise (or the `errorCode` given),
   * `times` times (1 unless given). Only requests that passed authentication and reached a
   * modelled endpoint are failed.
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

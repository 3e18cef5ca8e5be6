/**
 * A HubSpot portal on 127.0.0.1 for tests and the bot's local mode: the real
 * `@hubspot/api-client` talks to it through `basePath`. It models the CRM calls the bot makes
 * (batch update/read, list pages and search of contacts, companies and deals; property
 * definitions, archived ones and admins' changes to them; lists and their memberships, owners and
 * deal pipelines), HubSpot's rolling
 * 10-second limit and search's own per-second limit, and its error bodies, and fails loudly on
 * anything else. What it promises, with the reference for each behaviour:
 * docs/fakes/hubspot.md.
 */

import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { assertNoUnexpected } from "../assert-expected.js";
import type { BatchErrorMode, RecordFault } from "./batch.js";
import { HubSpotCatalog } from "./catalog.js";
import {
  DEFAULT_RATE_LIMIT,
  DEFAULT_SEARCH_RATE_LIMIT,
  type FailOptions,
  FaultQueue,
  type PathPattern,
  RollingWindow,
} from "./faults.js";
import { HubSpotJournal } from "./journal.js";
import { createHubSpotHandler, type HandlerState } from "./server.js";
import { CrmStore, isoTime } from "./store.js";
import type {
  ChangeStamp,
  HubSpotCall,
  HubSpotObjectType,
  HubSpotSeed,
  ListSeed,
  PropertyChange,
  PropertyDefinition,
  PropertySeed,
  RateLimit,
  RateLimitPolicy,
  SeedOwner,
  SeedPipeline,
  SeedRecord,
  StoredRecord,
} from "./types.js";

export { BATCH_LIMIT, type BatchErrorMode, type RecordFault } from "./batch.js";
export { MEMBERSHIP_PAGE_LIMIT, OWNER_PAGE_LIMIT } from "./catalog.js";
export { DEFAULT_DEAL_PIPELINES } from "./catalog-data.js";
export {
  DEFAULT_RATE_LIMIT,
  DEFAULT_SEARCH_RATE_LIMIT,
  type FailOptions,
  type PathPattern,
} from "./faults.js";
export { LIST_PAGE_LIMIT } from "./read.js";
export { SEARCH_PAGE_LIMIT, SEARCH_RESULT_CAP } from "./search.js";
export type * from "./types.js";
export { OBJECT_TYPES } from "./types.js";

/** How to start a sandbox. */
export interface HubSpotSandboxOptions {
  /** The only token accepted (`Authorization: Bearer …`). */
  readonly accessToken: string;
  /**
   * The private app's scopes (`crm.objects.contacts.read`, `crm.lists.read`, …): a request whose
   * operation needs a scope the token lacks answers 403 MISSING_SCOPES. Every scope unless given.
   */
  readonly scopes?: readonly string[];
  /** 190 requests per rolling 10,000 ms unless given (Professional/Enterprise). */
  readonly rateLimit?: RateLimit;
  /** Search's own limit, apart from `rateLimit`: 5 requests per rolling 1,000 ms unless given. */
  readonly searchRateLimit?: RateLimit;
  /**
   * How a batch update with invalid records is answered: one 400 for the whole batch (unless
   * given), or a 207 per record. See `BatchErrorMode`.
   */
  readonly batchErrors?: BatchErrorMode;
  /** Records to start with; `reset()` returns to them. */
  readonly objects?: HubSpotSeed;
  /**
   * Property definitions per object type, on top of the standard ones (a seeded name replaces
   * the standard definition): e.g. an enumeration `lifecyclestage` with its options.
   */
  readonly properties?: PropertySeed;
  /**
   * Lists by ILS id: member record ids, or `{name, objectTypeId, legacyListId, members}`. Other
   * ids, legacy ids among them, answer 404.
   */
  readonly lists?: ListSeed;
  /** CRM owners; none unless given. */
  readonly owners?: readonly SeedOwner[];
  /** Deal pipelines; HubSpot's default Sales Pipeline (`DEFAULT_DEAL_PIPELINES`) unless given. */
  readonly pipelines?: readonly SeedPipeline[];
}

/** The seeded fault unless `recordErrors` is given one; its code and wording are assumed. */
const DEFAULT_RECORD_FAULT: RecordFault = {
  category: "VALIDATION_ERROR",
  code: "INVALID_RECORD",
  message: "The record cannot be updated: a validation rule of the portal refuses the change.",
};

/** A loopback HubSpot CRM API: records, properties, rate limit, journal and fault injection. */
export class HubSpotSandbox {
  /** `http://127.0.0.1:PORT`: the client's `basePath`. */
  readonly url: string;
  private readonly journal = new HubSpotJournal();
  private readonly faults = new FaultQueue();
  private readonly store: CrmStore;
  private readonly catalog: HubSpotCatalog;
  private readonly window: RollingWindow;
  private readonly searchWindow: RollingWindow;
  private readonly recordFaults = new Map<string, RecordFault>();
  private readonly batchErrors: { mode: BatchErrorMode };
  private readonly seededBatchErrors: BatchErrorMode;
  private readonly state: HandlerState = {
    latencyMs: 0,
    stormRemaining: 0,
    stormPolicy: "TEN_SECONDLY_ROLLING",
  };

  private constructor(
    private readonly server: Server,
    url: string,
    options: HubSpotSandboxOptions,
  ) {
    this.url = url;
    this.store = new CrmStore({
      ...(options.objects ? { objects: options.objects } : {}),
      ...(options.properties ? { properties: options.properties } : {}),
    });
    this.catalog = new HubSpotCatalog({
      ...(options.lists ? { lists: options.lists } : {}),
      ...(options.owners ? { owners: options.owners } : {}),
      ...(options.pipelines ? { pipelines: options.pipelines } : {}),
    });
    this.window = new RollingWindow(options.rateLimit ?? DEFAULT_RATE_LIMIT);
    this.searchWindow = new RollingWindow(options.searchRateLimit ?? DEFAULT_SEARCH_RATE_LIMIT);
    this.batchErrors = { mode: options.batchErrors ?? "whole-batch" };
    this.seededBatchErrors = this.batchErrors.mode;
    server.on(
      "request",
      createHubSpotHandler({
        accessToken: options.accessToken,
        scopes: options.scopes && new Set(options.scopes),
        journal: this.journal,
        faults: this.faults,
        window: this.window,
        searchWindow: this.searchWindow,
        data: {
          store: this.store,
          recordFaults: this.recordFaults,
          batchErrors: this.batchErrors,
          catalog: this.catalog,
        },
        state: this.state,
      }),
    );
  }

  /** Starts listening on 127.0.0.1 on a free port; resolves once the port is known. */
  static async start(options: HubSpotSandboxOptions): Promise<HubSpotSandbox> {
    const host = "127.0.0.1";
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(0, host, () => {
        server.off("error", reject);
        resolve();
      });
    });
    const { port } = server.address() as AddressInfo;
    return new HubSpotSandbox(server, `http://${host}:${port}`, options);
  }

  /** Stops the server, dropping kept-alive connections so it closes at once. */
  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  /** Requests since the last reset whose path contains `pathPart` (all when not given). */
  calls(pathPart?: string): HubSpotCall[] {
    return this.journal.calls(pathPart);
  }

  /** One line per request no correct client sends (bad token, unknown endpoint, 101 inputs…). */
  unexpected(): string[] {
    return this.journal.unexpected();
  }

  /** Throws, listing the unexpected requests and every call made, if there were any. */
  assertNoUnexpectedCalls(): void {
    assertNoUnexpected("HubSpot", this.journal);
  }

  /**
   * Forgets calls, unexpected requests, faults, latency, record errors and the rate windows, puts
   * the batch error mode back to the option's, and puts records, property definitions, lists,
   * owners and pipelines back to the seed.
   */
  reset(): void {
    this.journal.clear();
    this.faults.clear();
    this.window.clear();
    this.searchWindow.clear();
    this.recordFaults.clear();
    this.batchErrors.mode = this.seededBatchErrors;
    this.state.latencyMs = 0;
    this.state.stormRemaining = 0;
    this.store.restore();
    this.catalog.restore();
  }

  /** A stored record, or undefined. */
  record(type: HubSpotObjectType, id: string): StoredRecord | undefined {
    return this.store.get(type, id);
  }

  /** All stored records of a type, in insertion order. */
  records(type: HubSpotObjectType): StoredRecord[] {
    return this.store.all(type);
  }

  /** Adds (or replaces) records; `reset()` drops them again unless they were seeded. */
  addRecords(type: HubSpotObjectType, records: readonly SeedRecord[]): void {
    const now = new Date().toISOString();
    for (const record of records) this.store.add(type, record, now);
  }

  /** A property definition, or undefined. */
  property(type: HubSpotObjectType, name: string): PropertyDefinition | undefined {
    return this.store.property(type, name);
  }

  /** Every property definition of a type, as `GET /crm/v3/properties/{type}` lists them. */
  properties(type: HubSpotObjectType): PropertyDefinition[] {
    return this.store.allProperties(type);
  }

  /**
   * Plants an admin's change to a property definition, as if made at `stamp.at` (now unless
   * given) by the HubSpot user `stamp.by`: an option hidden or removed, the property archived
   * (deleted), or its type changed (see `PropertyChange`). The definition's `updatedAt` and
   * `updatedUserId` follow; `reset()` undoes it. Returns the definition as HubSpot now answers it.
   * Throws when the property or option does not exist.
   */
  changeProperty(
    type: HubSpotObjectType,
    name: string,
    change: PropertyChange,
    stamp: ChangeStamp = {},
  ): PropertyDefinition {
    const at = stamp.at === undefined ? new Date().toISOString() : isoTime(stamp.at);
    return this.store.changeProperty(type, name, change, at, stamp.by);
  }

  /** An archived property definition, as `GET …/{name}?archived=true` answers it, or undefined. */
  archivedProperty(type: HubSpotObjectType, name: string): PropertyDefinition | undefined {
    return this.store.archivedProperty(type, name);
  }

  /**
   * Plants the deletion of a deal stage at `at` (now unless given): the stage leaves the
   * pipeline, whose `updatedAt` moves. `reset()` undoes it. Throws when there is no such stage.
   */
  removeDealStage(pipelineId: string, stageId: string, at?: string): void {
    this.catalog.removeDealStage(
      pipelineId,
      stageId,
      at === undefined ? new Date().toISOString() : isoTime(at),
    );
  }

  /** The member record ids of a list in id order, or undefined when there is no such list. */
  listMembers(listId: string): string[] | undefined {
    return this.catalog.listMembers(listId);
  }

  /** The next `times` (1) requests whose path matches answer `status` (after auth and limit). */
  failNext(pattern: PathPattern, options: FailOptions): void {
    this.faults.add(
      pattern,
      { kind: "status", status: options.status, body: options.body ?? "json" },
      options.times,
    );
  }

  /** The next request whose path matches (any, if not given) has its connection destroyed. */
  cutConnectionNext(pattern: PathPattern = "/"): void {
    this.faults.add(pattern, { kind: "cut" });
  }

  /**
   * The next `count` requests to a modelled endpoint answer 429 with `policy`
   * (`TEN_SECONDLY_ROLLING` unless given; the client retries that one after 10 s × attempt,
   * `SECONDLY` after 1 s × attempt, `DAILY` never).
   */
  rateLimitStorm(count: number, policy: RateLimitPolicy = "TEN_SECONDLY_ROLLING"): void {
    this.state.stormRemaining = count;
    this.state.stormPolicy = policy;
  }

  /** Every answer from now on waits `ms` first (0 turns it off). */
  latency(ms: number): void {
    this.state.latencyMs = ms;
  }

  /**
   * Batch updates that include these ids are refused as HubSpot refuses invalid records, until
   * reset: the whole batch with one 400, or these records in a 207, as `answerBatchErrors` says.
   * The records stay unchanged. The fault is a validation error unless given.
   */
  recordErrors(ids: readonly string[], fault: RecordFault = DEFAULT_RECORD_FAULT): void {
    for (const id of ids) this.recordFaults.set(id, fault);
  }

  /** From now on (until reset), answers batch updates with invalid records this way. */
  answerBatchErrors(mode: BatchErrorMode): void {
    this.batchErrors.mode = mode;
  }
}

import { DEFAULT_DEAL_PIPELINES, publicOwner, publicPipeline } from "./catalog-data.js";
import { hubspotError, invalidRequest } from "./http.js";
import { pageLimit, unmodelledQuery } from "./objects.js";
import { compareIds } from "./records.js";
import type { ListSeed, RouteResult, SeedList, SeedOwner, SeedPipeline } from "./types.js";

/** What the catalog starts from, and returns to on `restore()`. */
export interface CatalogSeed {
  readonly lists?: ListSeed;
  readonly owners?: readonly SeedOwner[];
  /** Deal pipelines; HubSpot's default Sales Pipeline when not given. */
  readonly pipelines?: readonly SeedPipeline[];
}

/** `GET /crm/v3/lists/{id}/memberships` pages hold at most this many (100 unless told). */
export const MEMBERSHIP_PAGE_LIMIT = 250;
/** `GET /crm/v3/owners/` pages hold at most this many (100 unless told). */
export const OWNER_PAGE_LIMIT = 500;
const DEFAULT_PAGE = 100;

interface Membership {
  readonly recordId: string;
  readonly membershipTimestamp: string;
}

/** A list: its definition as `GET /crm/v3/lists/{listId}` shows it, and its members. */
interface StoredList {
  readonly definition: ReturnType<typeof publicList>;
  readonly members: readonly Membership[];
}

/** A list's ILS id as HubSpot writes one: a decimal number. */
const ILS_ID = /^\d+$/;

/** The portal's lists, owners and pipelines: read-only settings a scan looks up. */
export class HubSpotCatalog {
  private lists = new Map<string, StoredList>();
  private owners: ReturnType<typeof publicOwner>[] = [];
  private pipelines: ReturnType<typeof publicPipeline>[] = [];

  constructor(private readonly seed: CatalogSeed = {}) {
    this.restore();
  }

  /** Back to the seed. Members are kept in record id order, as HubSpot pages them. */
  restore(): void {
    const now = new Date().toISOString();
    this.lists = new Map(
      Object.entries(this.seed.lists ?? {}).map(([listId, seed]) => {
        const list: SeedList = Array.isArray(seed) ? { members: seed } : (seed as SeedList);
        const members = [...new Set(list.members)]
          .sort(compareIds)
          .map((recordId) => ({ recordId, membershipTimestamp: now }));
        return [listId, { definition: publicList(listId, list, members.length, now), members }];
      }),
    );
    this.owners = (this.seed.owners ?? []).map((owner) => publicOwner(owner, now));
    this.pipelines = (this.seed.pipelines ?? DEFAULT_DEAL_PIPELINES).map((pipeline, index) =>
      publicPipeline(pipeline, index, now),
    );
  }

  /** The member record ids of a list, or undefined when there is no such list. */
  listMembers(listId: string): string[] | undefined {
    return this.lists.get(listId)?.members.map((member) => member.recordId);
  }

  /**
   * `GET /crm/v3/lists/{listId}`: the list by its ILS id, `{list: PublicObjectList}`; 404 for an id
   * no list has, a legacy v1 list id included (the path takes the "ILS list ID" only: spec
   * PublicApiSpecs/CRM/Lists/Rollouts/144891/v3/lists.json, "Fetch List by ID").
   */
  listById(listId: string, query: URLSearchParams): RouteResult {
    const refused = withoutFilters(query);
    if (refused) return refused;
    if (!ILS_ID.test(listId)) {
      return invalidRequest(
        `Invalid listId: ${listId}`,
        `GET /crm/v3/lists/${listId}: a list id is a number (look a name up by name)`,
      );
    }
    const list = this.lists.get(listId);
    return list ? { status: 200, body: { list: list.definition } } : listNotFound(listId);
  }

  /**
   * `GET /crm/v3/lists/object-type-id/{objectTypeId}/name/{listName}`: the list of that object
   * type with that name, ignoring case ("This is **not** case sensitive": spec, "Retrieve List
   * by Name"); 404 when there is none.
   */
  listByName(objectTypeId: string, name: string, query: URLSearchParams): RouteResult {
    const refused = withoutFilters(query);
    if (refused) return refused;
    const wanted = name.toLowerCase();
    for (const list of this.lists.values()) {
      const { definition } = list;
      if (definition.objectTypeId === objectTypeId && definition.name.toLowerCase() === wanted) {
        return { status: 200, body: { list: definition } };
      }
    }
    // Not flagged: looking a name up to learn whether it exists is what a client should do.
    return {
      status: 404,
      body: hubspotError(
        "OBJECT_NOT_FOUND",
        `List does not exist with name ${name} and object type ${objectTypeId}.`,
      ),
    };
  }

  /** `GET /crm/v3/lists/{listId}/memberships`: offset cursors both ways. */
  memberships(listId: string, query: URLSearchParams): RouteResult {
    const refused = unmodelledQuery(query, ["after", "before", "limit"]);
    if (refused) return refused;
    const members = this.lists.get(listId)?.members;
    // Not flagged: a list deleted in the portal is a condition the bot must report.
    if (!members) return listNotFound(listId);
    const limit = pageLimit(query.get("limit") ?? undefined, DEFAULT_PAGE, MEMBERSHIP_PAGE_LIMIT);
    if (typeof limit !== "number") return limit;
    // "The `after` offset parameter will take precedence over the `before` offset in a case where
    // both are provided" (spec, "Fetch List Memberships Ordered by ID").
    const backwards = query.has("before") && !query.has("after");
    const cursor = offsetParam(query, backwards ? "before" : "after");
    if (typeof cursor !== "number") return cursor;
    const end = Math.min(backwards ? cursor : cursor + limit, members.length);
    const start = backwards ? Math.max(0, end - limit) : cursor;
    return {
      status: 200,
      body: {
        total: members.length,
        results: members.slice(start, Math.max(start, end)),
        ...pagingOf(start, end, members.length),
      },
    };
  }

  /** `GET /crm/v3/owners/`: by `email` (any case), active unless `archived=true`. */
  ownerPage(query: URLSearchParams): RouteResult {
    const refused = unmodelledQuery(query, ["email", "after", "limit", "archived"]);
    if (refused) return refused;
    const limit = pageLimit(query.get("limit") ?? undefined, DEFAULT_PAGE, OWNER_PAGE_LIMIT);
    if (typeof limit !== "number") return limit;
    const after = offsetParam(query, "after");
    if (typeof after !== "number") return after;
    const archived = query.get("archived") === "true";
    const email = query.get("email")?.toLowerCase();
    const owners = this.owners.filter(
      (owner) =>
        owner.archived === archived && (email === undefined || owner.email.toLowerCase() === email),
    );
    const end = after + limit;
    return {
      status: 200,
      body: {
        results: owners.slice(after, end),
        ...(end < owners.length ? { paging: { next: { after: String(end) } } } : {}),
      },
    };
  }

  /**
   * An admin deletes a deal stage: it leaves its pipeline's `stages`, and the pipeline's
   * `updatedAt` moves to `at` (**assumed**; the v3 pipelines read has no `archived` parameter, so
   * a deleted stage is simply gone from the answer: spec, Pipelines v3, `getAll`). Throws when
   * there is no such stage: a broken test.
   */
  removeDealStage(pipelineId: string, stageId: string, at: string): void {
    const index = this.pipelines.findIndex((pipeline) => pipeline.id === pipelineId);
    const pipeline = this.pipelines[index];
    if (!pipeline?.stages.some((stage) => stage.id === stageId)) {
      throw new Error(`HubSpot sandbox: no stage ${stageId} in deal pipeline ${pipelineId}`);
    }
    this.pipelines[index] = {
      ...pipeline,
      updatedAt: at,
      stages: pipeline.stages.filter((stage) => stage.id !== stageId),
    };
  }

  /** `GET /crm/v3/pipelines/deals`: every pipeline with its stages. */
  dealPipelines(query: URLSearchParams): RouteResult {
    return unmodelledQuery(query, []) ?? { status: 200, body: { results: this.pipelines } };
  }
}

/** The 404 for a list id no list has. The wording is assumed; the status and category are HubSpot's. */
function listNotFound(listId: string): RouteResult {
  return {
    status: 404,
    body: hubspotError("OBJECT_NOT_FOUND", `List does not exist with listId ${listId}.`),
  };
}

/** `includeFilters=false` is the default; filter branches are not modelled, so `true` is refused. */
function withoutFilters(query: URLSearchParams): RouteResult | undefined {
  const rest = new URLSearchParams(query);
  if (rest.get("includeFilters") === "false") rest.delete("includeFilters");
  return unmodelledQuery(rest, []);
}

/** A list definition as the v3 lists API answers it (PublicObjectList). */
function publicList(listId: string, seed: SeedList, size: number, now: string) {
  return {
    listId,
    listVersion: 1,
    name: seed.name ?? `List ${listId}`,
    objectTypeId: seed.objectTypeId ?? "0-1",
    processingType: seed.processingType ?? "DYNAMIC",
    processingStatus: "COMPLETE",
    size,
    createdAt: now,
    updatedAt: now,
    filtersUpdatedAt: now,
  };
}

/** An offset cursor this sandbox handed out (0 when absent), or the 400 for another. */
function offsetParam(query: URLSearchParams, name: string): number | RouteResult {
  const raw = query.get(name);
  if (raw === null) return 0;
  if (/^\d+$/.test(raw)) return Number(raw);
  return invalidRequest(`Invalid ${name}: ${raw}`, `${name}=${raw} is not a cursor we gave`);
}

function pagingOf(start: number, end: number, size: number) {
  const next = end < size ? { next: { after: String(end) } } : {};
  const prev = start > 0 ? { prev: { before: String(start) } } : {};
  return end < size || start > 0 ? { paging: { ...next, ...prev } } : {};
}

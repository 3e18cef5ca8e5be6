import { DEFAULT_DEAL_PIPELINES, publicOwner, publicPipeline } from "./catalog-data.js";
import { hubspotError, invalidRequest } from "./http.js";
import { pageLimit, unmodelledQuery } from "./objects.js";
import { compareIds } from "./records.js";
import type { ListSeed, RouteResult, SeedOwner, SeedPipeline } from "./types.js";

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

/** The portal's lists, owners and pipelines: read-only settings a scan looks up. */
export class HubSpotCatalog {
  private lists = new Map<string, readonly Membership[]>();
  private owners: ReturnType<typeof publicOwner>[] = [];
  private pipelines: ReturnType<typeof publicPipeline>[] = [];

  constructor(private readonly seed: CatalogSeed = {}) {
    this.restore();
  }

  /** Back to the seed. Members are kept in record id order, as HubSpot pages them. */
  restore(): void {
    const now = new Date().toISOString();
    this.lists = new Map(
      Object.entries(this.seed.lists ?? {}).map(([listId, ids]) => [
        listId,
        [...new Set(ids)]
          .sort(compareIds)
          .map((recordId) => ({ recordId, membershipTimestamp: now })),
      ]),
    );
    this.owners = (this.seed.owners ?? []).map((owner) => publicOwner(owner, now));
    this.pipelines = (this.seed.pipelines ?? DEFAULT_DEAL_PIPELINES).map((pipeline, index) =>
      publicPipeline(pipeline, index, now),
    );
  }

  /** The member record ids of a list, or undefined when there is no such list. */
  listMembers(listId: string): string[] | undefined {
    return this.lists.get(listId)?.map((member) => member.recordId);
  }

  /** `GET /crm/v3/lists/{listId}/memberships`: offset cursors both ways. */
  memberships(listId: string, query: URLSearchParams): RouteResult {
    const refused = unmodelledQuery(query, ["after", "before", "limit"]);
    if (refused) return refused;
    const members = this.lists.get(listId);
    if (!members) {
      // Not flagged: a list deleted in the portal is a condition the bot must report.
      return {
        status: 404,
        body: hubspotError("OBJECT_NOT_FOUND", `List does not exist with listId ${listId}.`),
      };
    }
    const limit = pageLimit(query.get("limit") ?? undefined, DEFAULT_PAGE, MEMBERSHIP_PAGE_LIMIT);
    if (typeof limit !== "number") return limit;
    if (query.has("after") && query.has("before")) {
      return invalidRequest("Give after or before, not both", "memberships with after and before");
    }
    const backwards = query.has("before");
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

  /** `GET /crm/v3/pipelines/deals`: every pipeline with its stages. */
  dealPipelines(query: URLSearchParams): RouteResult {
    return unmodelledQuery(query, []) ?? { status: 200, body: { results: this.pipelines } };
  }
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

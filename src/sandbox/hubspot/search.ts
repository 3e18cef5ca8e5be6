import { type CompiledGroup, compileGroups } from "./filters.js";
import { invalidRequest, isObject } from "./http.js";
import { findMatches } from "./matches.js";
import { listedProperties, pageLimit, projected } from "./objects.js";
import { type Ordering, orderFor, parseSort } from "./order.js";
import type { CrmStore } from "./store.js";
import type { HubSpotObjectType, RouteResult, StoredRecord } from "./types.js";

/** A search page holds at most this many (10 unless told). */
export const SEARCH_PAGE_LIMIT = 200;
const SEARCH_PAGE_DEFAULT = 10;

/**
 * HubSpot's search answers at most the first 10,000 matches of a query; `after` at or past
 * this is refused with a 400, so a scan of more must narrow the query as it goes (filter
 * `hs_object_id` GT the last id seen, sorted by it).
 */
export const SEARCH_RESULT_CAP = 10_000;

const BODY_KEYS = ["filterGroups", "sorts", "properties", "limit", "after"];

/** The search request, checked. */
interface SearchRequest {
  readonly groups: readonly CompiledGroup[];
  readonly ordering: Ordering;
  readonly names: readonly string[];
  readonly limit: number;
  readonly offset: number;
}

/** Reads and checks a search body, or answers the 400 HubSpot would. */
function parseRequest(
  store: CrmStore,
  type: HubSpotObjectType,
  body: unknown,
): SearchRequest | RouteResult {
  if (!isObject(body)) return invalidRequest("Invalid input JSON", "search without a JSON body");
  // `query` (free-text search) and anything newer are not modelled: refuse, do not ignore.
  const unknown = Object.keys(body).filter((key) => !BODY_KEYS.includes(key));
  if (unknown.length > 0) {
    const keys = unknown.join(", ");
    return invalidRequest(`Unsupported search fields: ${keys}`, `search ${keys} is not modelled`);
  }
  const limit = pageLimit(body.limit, SEARCH_PAGE_DEFAULT, SEARCH_PAGE_LIMIT);
  if (typeof limit !== "number") return limit;
  const after = body.after === undefined || body.after === null ? "0" : String(body.after);
  if (!/^\d+$/.test(after)) {
    return invalidRequest(`Invalid after: ${after}`, `search after=${after} is not an offset`);
  }
  const offset = Number(after);
  if (offset >= SEARCH_RESULT_CAP) {
    return invalidRequest(
      `Search results are limited to ${SEARCH_RESULT_CAP}: after=${after} is past them. Narrow the query instead.`,
      `search after=${after} (at most ${SEARCH_RESULT_CAP} results can be paged)`,
    );
  }
  const properties = body.properties ?? [];
  if (!Array.isArray(properties) || properties.some((name) => typeof name !== "string")) {
    return invalidRequest("properties must be an array of names", "bad search properties");
  }
  const groups = compileGroups(store, type, body.filterGroups);
  if (!Array.isArray(groups)) return groups;
  const sort = parseSort(store, type, body.sorts);
  if (sort !== undefined && "status" in sort) return sort;
  return {
    groups,
    ordering: orderFor(store, type, sort),
    names: listedProperties(store, type, properties as string[]),
    limit,
    offset,
  };
}

/**
 * `POST /crm/v3/objects/{type}/search`: filters (OR of ANDs), one sort, `limit`/`after`
 * paging (an offset, as HubSpot's is), `{total, results, paging?}`. See `findMatches` for
 * why a page costs microseconds once a query has been seen.
 */
export function searchObjects(
  store: CrmStore,
  type: HubSpotObjectType,
  body: unknown,
): RouteResult {
  const request = parseRequest(store, type, body);
  if (!("groups" in request)) return request;
  const { groups, ordering, names, limit, offset } = request;
  const { positions, from, to } = findMatches(store.table(type), ordering, groups);
  const total = to - from;
  // Never past the cap: the 10,000th match is the last any page shows.
  const pageEnd = Math.min(offset + limit, SEARCH_RESULT_CAP, total);
  const page: StoredRecord[] = [];
  for (let index = offset; index < pageEnd; index++) {
    const position = positions[ordering.reversed ? to - 1 - index : from + index];
    const record = position === undefined ? undefined : ordering.records[position];
    if (record) page.push(record);
  }
  const next = offset + limit;
  return {
    status: 200,
    body: {
      total,
      results: page.map((record) => projected(record, names)),
      ...(next < total ? { paging: { next: { after: String(next) } } } : {}),
    },
  };
}

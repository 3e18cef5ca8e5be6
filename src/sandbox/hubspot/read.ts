import { invalidRequest } from "./http.js";
import { listedProperties, nameList, pageLimit, projected, unmodelledQuery } from "./objects.js";
import type { CrmStore } from "./store.js";
import type { HubSpotObjectType, RouteResult } from "./types.js";

/** `GET /crm/v3/objects/{type}` takes at most this many per page (and 10 unless told). */
export const LIST_PAGE_LIMIT = 100;
const LIST_PAGE_DEFAULT = 10;

/**
 * `GET /crm/v3/objects/{type}`: records in id order, `limit` at a time, from the `after`
 * cursor. The cursor is the id of the next record (HubSpot's is opaque to clients; this one
 * survives records being added between pages, as HubSpot's does), found by binary search so a
 * page costs the same at record 99,900 as at record 1.
 */
export function listObjects(
  store: CrmStore,
  type: HubSpotObjectType,
  query: URLSearchParams,
): RouteResult {
  const refused = unmodelledQuery(query, ["limit", "after", "properties"]);
  if (refused) return refused;
  const limit = pageLimit(query.get("limit") ?? undefined, LIST_PAGE_DEFAULT, LIST_PAGE_LIMIT);
  if (typeof limit !== "number") return limit;
  const after = query.get("after");
  if (after !== null && !/^\d+$/.test(after)) {
    return invalidRequest(`Invalid after: ${after}`, `after=${after} is not a cursor we gave`);
  }
  const table = store.table(type);
  const ordered = table.inIdOrder();
  const start = after === null ? 0 : table.lowerBound(after);
  const page = ordered.slice(start, start + limit);
  const names = listedProperties(store, type, nameList(query.getAll("properties")));
  const next = ordered[start + limit];
  return {
    status: 200,
    body: {
      results: page.map((record) => projected(record, names)),
      ...(next === undefined ? {} : { paging: { next: { after: next.id } } }),
    },
  };
}

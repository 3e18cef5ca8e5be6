import { modifiedProperty } from "./definitions.js";
import { invalidRequest } from "./http.js";
import type { CrmStore } from "./store.js";
import type { HubSpotObjectType, RouteResult, StoredRecord } from "./types.js";

/** What HubSpot answers for a type when a list or search names no properties. */
const DEFAULT_PROPERTIES: Readonly<Record<HubSpotObjectType, readonly string[]>> = {
  contacts: ["createdate", "email", "firstname", "hs_object_id", "lastmodifieddate", "lastname"],
  companies: ["createdate", "domain", "hs_lastmodifieddate", "hs_object_id", "name"],
  deals: [
    "amount",
    "closedate",
    "createdate",
    "dealname",
    "dealstage",
    "hs_lastmodifieddate",
    "hs_object_id",
    "pipeline",
  ],
};

/**
 * The property names to answer when a request names `requested`: those plus the id, creation
 * and modification stamps HubSpot always adds, sorted as HubSpot sorts them. Names the portal
 * does not define are left out, as HubSpot leaves them out.
 */
export function requestedProperties(
  store: CrmStore,
  type: HubSpotObjectType,
  requested: readonly string[],
): string[] {
  const names = new Set(["hs_object_id", "createdate", modifiedProperty(type), ...requested]);
  return [...names].filter((name) => store.property(type, name)).sort();
}

/** As `requestedProperties`, but the type's default set when none are named (list, search). */
export function listedProperties(
  store: CrmStore,
  type: HubSpotObjectType,
  requested: readonly string[],
): string[] {
  if (requested.length > 0) return requestedProperties(store, type, requested);
  return DEFAULT_PROPERTIES[type].filter((name) => store.property(type, name));
}

/** A record as HubSpot answers it (SimplePublicObject), with the given property values. */
export function publicObject(record: StoredRecord, properties: Record<string, string | null>) {
  return {
    id: record.id,
    properties,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    archived: false,
  };
}

/** A record with just the `names` properties; a name the record has no value for is null. */
export function projected(record: StoredRecord, names: readonly string[]) {
  const properties: Record<string, string | null> = {};
  for (const name of names) properties[name] = record.properties[name] ?? null;
  return publicObject(record, properties);
}

/** Splits `properties` values; HubSpot takes them repeated and comma-separated alike. */
export function nameList(values: readonly string[]): string[] {
  return values
    .flatMap((value) => value.split(","))
    .map((name) => name.trim())
    .filter(Boolean);
}

/**
 * Refuses query parameters the sandbox does not model (`associations`, `archived=true`…):
 * answering them as if they were absent would let a test pass on a behaviour HubSpot does not
 * have. `archived=false` is the default and always allowed.
 */
export function unmodelledQuery(
  query: URLSearchParams,
  allowed: readonly string[],
): RouteResult | undefined {
  for (const [key, value] of query) {
    if (allowed.includes(key) || (key === "archived" && value === "false")) continue;
    return invalidRequest(
      `Query parameter ${key}=${value} is not supported here`,
      `query parameter ${key}=${value} is not modelled`,
    );
  }
  return undefined;
}

/**
 * Reads a page size: `fallback` when absent, else a whole number from 1 to `max`. HubSpot
 * refuses a larger one with a 400 rather than capping it, so a client asking for more is wrong.
 */
export function pageLimit(raw: unknown, fallback: number, max: number): number | RouteResult {
  if (raw === undefined || raw === null) return fallback;
  const limit = typeof raw === "number" ? raw : Number(raw);
  if (typeof raw === "string" && !/^\d+$/.test(raw.trim())) return badLimit(String(raw), max);
  if (Number.isInteger(limit) && limit >= 1 && limit <= max) return limit;
  return badLimit(String(raw), max);
}

function badLimit(raw: string, max: number) {
  return invalidRequest(
    `limit must be between 1 and ${max}, got ${raw}`,
    `limit ${raw} (at most ${max})`,
  );
}

import { hubspotError, invalidRequest, isObject } from "./http.js";
import { compareIds, type RecordTable } from "./records.js";
import type { CrmStore } from "./store.js";
import type { HubSpotObjectType, RouteResult, StoredRecord } from "./types.js";
import { comparable, difference, kindOf, type ValueKind } from "./values.js";

/** The one sort a search may have. */
export interface SearchSort {
  readonly propertyName: string;
  readonly direction: "ASCENDING" | "DESCENDING";
}

/** The records a search walks, in the order it answers them. */
export interface Ordering {
  readonly records: readonly StoredRecord[];
  /** Walk `records` from the end (a descending id sort, which needs no copy). */
  readonly reversed: boolean;
  /** `records` is the table's id order, so `hs_object_id` bounds can narrow the walk. */
  readonly byId: boolean;
}

const PROPERTY_NAME = /^[A-Za-z0-9_]+$/;

/**
 * Reads `sorts`: `[{propertyName, direction}]`, the form HubSpot documents. The client types
 * `sorts` as strings, so a plain property name (ascending) and the JSON text of a sort object
 * are taken too. Undefined when there is none (id order).
 */
export function parseSort(
  store: CrmStore,
  type: HubSpotObjectType,
  raw: unknown,
): SearchSort | undefined | RouteResult {
  if (raw === undefined || (Array.isArray(raw) && raw.length === 0)) return undefined;
  if (!Array.isArray(raw)) return invalidRequest("sorts must be an array", "sorts is not an array");
  if (raw.length > 1) {
    return invalidRequest("Only one sort is supported", `${raw.length} sorts (HubSpot takes one)`);
  }
  let sort: unknown = raw[0];
  if (typeof sort === "string") {
    if (sort.startsWith("{")) sort = parseJson(sort);
    else if (PROPERTY_NAME.test(sort)) sort = { propertyName: sort };
  }
  const direction = isObject(sort) ? (sort.direction ?? "ASCENDING") : undefined;
  if (
    !isObject(sort) ||
    typeof sort.propertyName !== "string" ||
    (direction !== "ASCENDING" && direction !== "DESCENDING")
  ) {
    const text = JSON.stringify(raw[0]);
    return invalidRequest(`Invalid sort: ${text}`, `sort ${text} is not modelled`);
  }
  if (!store.property(type, sort.propertyName)) {
    return {
      status: 400,
      body: hubspotError("VALIDATION_ERROR", `Property ${sort.propertyName} does not exist`, {
        context: { propertyName: [sort.propertyName] },
      }),
    };
  }
  return { propertyName: sort.propertyName, direction };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

interface CachedOrder {
  readonly version: number;
  readonly records: readonly StoredRecord[];
}

/** Sorted copies of each table by property and direction, until the table changes. */
const sortedTables = new WeakMap<RecordTable, Map<string, CachedOrder>>();

/**
 * The order to walk for `sort`. By id it is the table's own order, free. By another property
 * it is the whole table sorted once and kept until the table changes: a scan pages the same
 * sort many times with changing filters, and sorting 100,000 records per page would be slow.
 */
export function orderFor(
  store: CrmStore,
  type: HubSpotObjectType,
  sort: SearchSort | undefined,
): Ordering {
  const table = store.table(type);
  if (sort === undefined || sort.propertyName === "hs_object_id") {
    return { records: table.inIdOrder(), reversed: sort?.direction === "DESCENDING", byId: true };
  }
  const key = `${sort.propertyName} ${sort.direction}`;
  const cache = sortedTables.get(table) ?? new Map<string, CachedOrder>();
  sortedTables.set(table, cache);
  let cached = cache.get(key);
  if (cached?.version !== table.version) {
    const definition = store.property(type, sort.propertyName);
    const kind = definition ? kindOf(definition) : "text";
    cached = { version: table.version, records: sortedBy(table, sort, kind) };
    cache.set(key, cached);
  }
  return { records: cached.records, reversed: false, byId: false };
}

/**
 * Sorts by one property. Records without a (readable) value go last either way, and ties
 * go by id, ascending, so pages never overlap or skip.
 */
function sortedBy(table: RecordTable, sort: SearchSort, kind: ValueKind): StoredRecord[] {
  const sign = sort.direction === "ASCENDING" ? 1 : -1;
  const keyed = table.inIdOrder().map((record) => {
    const value = comparable(kind, record.properties[sort.propertyName]);
    return { record, value: typeof value === "number" && Number.isNaN(value) ? undefined : value };
  });
  keyed.sort((a, b) => {
    if (a.value === undefined || b.value === undefined) {
      if (a.value !== b.value) return a.value === undefined ? 1 : -1;
    } else {
      const order = Math.sign(difference(a.value, b.value));
      if (order !== 0) return sign * order;
    }
    return compareIds(a.record.id, b.record.id);
  });
  return keyed.map((entry) => entry.record);
}

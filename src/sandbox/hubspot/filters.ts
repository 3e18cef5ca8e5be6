import { hubspotError, invalidRequest, isObject } from "./http.js";
import { compileOperator, type FilterInput, type ValueTest } from "./operators.js";
import { compareIds } from "./records.js";
import type { CrmStore } from "./store.js";
import type { HubSpotObjectType, RouteResult } from "./types.js";
import { kindOf, type ValueKind } from "./values.js";

/** One end of an id range a filter group implies; lets a search skip straight to it. */
export interface IdBound {
  readonly id: string;
  readonly inclusive: boolean;
}

/** One filter, compiled: which property, read how, tested how. */
export interface CompiledFilter {
  readonly name: string;
  readonly kind: ValueKind;
  readonly test: ValueTest;
  /** The filter as sent, which identifies it in cached answers. */
  readonly source: FilterInput;
  /** It bounds `hs_object_id` and nothing else, so an id range can stand in for it. */
  readonly bounding: boolean;
}

/** A filter group, compiled: all its filters must match (AND). */
export interface CompiledGroup {
  readonly filters: readonly CompiledFilter[];
  /** Set when the group filters `hs_object_id` from below (GT, GTE, EQ, BETWEEN). */
  readonly low?: IdBound;
  /** Set when the group filters `hs_object_id` from above (LT, LTE, EQ, BETWEEN). */
  readonly high?: IdBound;
}

/** HubSpot's limits on one search's filters. */
const MAX_GROUPS = 5;
const MAX_FILTERS_PER_GROUP = 6;
const MAX_FILTERS = 18;

/** An id as HubSpot writes one: a decimal integer without leading zeros. */
const CANONICAL_ID = /^(0|[1-9]\d*)$/;

/** The id range an `hs_object_id` filter implies, when its values are plain ids. */
function idBounds(filter: FilterInput): Pick<CompiledGroup, "low" | "high"> {
  const { operator, value, highValue } = filter;
  const id = typeof value === "number" ? String(value) : value;
  if (filter.propertyName !== "hs_object_id" || typeof id !== "string" || !CANONICAL_ID.test(id)) {
    return {};
  }
  const at = (inclusive: boolean): IdBound => ({ id, inclusive });
  switch (operator) {
    case "EQ":
      return { low: at(true), high: at(true) };
    case "GT":
    case "GTE":
      return { low: at(operator === "GTE") };
    case "LT":
    case "LTE":
      return { high: at(operator === "LTE") };
    case "BETWEEN": {
      const top = typeof highValue === "number" ? String(highValue) : highValue;
      // Only a range both ends of which are plain ids can stand in for the filter.
      if (typeof top !== "string" || !CANONICAL_ID.test(top)) return {};
      return { low: at(true), high: { id: top, inclusive: true } };
    }
    default:
      return {};
  }
}

function parseFilter(raw: unknown): FilterInput | undefined {
  if (!isObject(raw) || typeof raw.propertyName !== "string") return undefined;
  if (typeof raw.operator !== "string") return undefined;
  return raw as unknown as FilterInput;
}

/**
 * Compiles `filterGroups` (OR across groups, AND within one), or answers the 400 HubSpot gives.
 * No groups means every record matches. Ids are plain numbers here, so a group's id bounds
 * keep the tightest of its filters.
 */
export function compileGroups(
  store: CrmStore,
  type: HubSpotObjectType,
  raw: unknown,
): CompiledGroup[] | RouteResult {
  if (raw === undefined || (Array.isArray(raw) && raw.length === 0)) return [{ filters: [] }];
  if (!Array.isArray(raw))
    return invalidRequest("filterGroups must be an array", "bad filterGroups");
  const total = raw.reduce<number>(
    (sum, group) =>
      sum + (isObject(group) && Array.isArray(group.filters) ? group.filters.length : 0),
    0,
  );
  if (raw.length > MAX_GROUPS || total > MAX_FILTERS) {
    const why = `${raw.length} filterGroups with ${total} filters (at most ${MAX_GROUPS} and ${MAX_FILTERS})`;
    return invalidRequest(`Too many filters: ${why}`, why);
  }
  const groups: CompiledGroup[] = [];
  for (const group of raw) {
    const filters = isObject(group) && Array.isArray(group.filters) ? group.filters : undefined;
    if (!filters)
      return invalidRequest("Each filter group needs filters", "filter group without filters");
    if (filters.length > MAX_FILTERS_PER_GROUP) {
      const why = `${filters.length} filters in one group (at most ${MAX_FILTERS_PER_GROUP})`;
      return invalidRequest(`Too many filters: ${why}`, why);
    }
    const compiled: CompiledFilter[] = [];
    let bounds: Pick<CompiledGroup, "low" | "high"> = {};
    for (const rawFilter of filters) {
      const filter = parseFilter(rawFilter);
      if (!filter) {
        return invalidRequest(
          "Invalid input JSON: Cannot build Filter, some of required attributes are not set [propertyName, operator]",
          "filter without propertyName or operator",
        );
      }
      const definition = store.property(type, filter.propertyName);
      if (!definition) {
        // Not flagged: a property missing from a portal is a condition the bot must report.
        return {
          status: 400,
          body: hubspotError("VALIDATION_ERROR", `Property ${filter.propertyName} does not exist`, {
            context: { propertyName: [filter.propertyName] },
          }),
        };
      }
      const kind = kindOf(definition);
      const test = compileOperator(filter, kind);
      if (typeof test === "string") {
        return invalidRequest(`Invalid filter: ${test}`, `search filter: ${test}`);
      }
      const implied = idBounds(filter);
      const bounding = implied.low !== undefined || implied.high !== undefined;
      compiled.push({ name: filter.propertyName, kind, test, source: filter, bounding });
      bounds = tighter(bounds, implied);
    }
    groups.push({ filters: compiled, ...bounds });
  }
  return groups;
}

/** The narrower of two id ranges, end by end. */
function tighter(
  a: Pick<CompiledGroup, "low" | "high">,
  b: Pick<CompiledGroup, "low" | "high">,
): Pick<CompiledGroup, "low" | "high"> {
  const low = pick(a.low, b.low, 1);
  const high = pick(a.high, b.high, -1);
  return { ...(low ? { low } : {}), ...(high ? { high } : {}) };
}

function pick(a: IdBound | undefined, b: IdBound | undefined, sign: 1 | -1): IdBound | undefined {
  if (!a || !b) return a ?? b;
  const order = Math.sign(compareIds(a.id, b.id));
  // At the same id the exclusive end is the narrower.
  if (order === 0) return a.inclusive ? b : a;
  return order === sign ? a : b;
}

import { columnOf } from "./columns.js";
import type { CompiledFilter, CompiledGroup } from "./filters.js";
import type { Ordering } from "./order.js";
import type { RecordTable } from "./records.js";

/**
 * The matches of a search: ascending positions in `ordering.records`, of which those from
 * `from` up to `to` count. Walk them from `to` down when the ordering is reversed.
 */
export interface Matches {
  readonly positions: readonly number[];
  readonly from: number;
  readonly to: number;
}

interface CachedMatches {
  readonly version: number;
  readonly byQuery: Map<string, readonly number[]>;
}

/** A handful of recent queries per table: a scan pages one or two at a time. */
const MAX_CACHED_QUERIES = 8;
const cache = new WeakMap<readonly unknown[], CachedMatches>();

/**
 * Finds a search's matches. The positions matching the filters are found by one walk of the
 * records and kept, per ordering and table version, for the query without its id bounds. A
 * single-group search in id order then turns its `hs_object_id` GT/GTE/LT/LTE/EQ filters into
 * a range found by binary search: the "id GT last seen id" scan, whose query changes on every
 * page, costs one walk and then a few microseconds a page instead of a walk a page.
 */
export function findMatches(
  table: RecordTable,
  ordering: Ordering,
  groups: readonly CompiledGroup[],
): Matches {
  const [only] = groups;
  const ranged = ordering.byId && groups.length === 1 && only !== undefined;
  const kept = groups.map((group) =>
    ranged ? group.filters.filter((filter) => !filter.bounding) : group.filters,
  );
  const positions = cachedPositions(table, ordering, kept);
  if (!ranged) return { positions, from: 0, to: positions.length };
  const start = only.low ? table.lowerBound(only.low.id, !only.low.inclusive) : 0;
  const end = only.high ? table.lowerBound(only.high.id, only.high.inclusive) : Infinity;
  const from = firstAtLeast(positions, start);
  return { positions, from, to: Math.max(from, firstAtLeast(positions, end)) };
}

function cachedPositions(
  table: RecordTable,
  ordering: Ordering,
  groups: readonly (readonly CompiledFilter[])[],
): readonly number[] {
  let entry = cache.get(ordering.records);
  if (entry?.version !== table.version) {
    entry = { version: table.version, byQuery: new Map() };
    cache.set(ordering.records, entry);
  }
  const key = JSON.stringify(
    groups.map((filters) =>
      filters.map(({ source }) => [
        source.propertyName,
        source.operator,
        source.value,
        source.highValue,
        source.values,
      ]),
    ),
  );
  let positions = entry.byQuery.get(key);
  if (positions) {
    // Most recently used last, so the oldest is dropped first.
    entry.byQuery.delete(key);
  } else {
    positions = walk(ordering, table.version, groups);
    if (entry.byQuery.size >= MAX_CACHED_QUERIES) {
      const oldest = entry.byQuery.keys().next().value;
      if (oldest !== undefined) entry.byQuery.delete(oldest);
    }
  }
  entry.byQuery.set(key, positions);
  return positions;
}

/** Every position whose record passes some group (OR) on all of its filters (AND). */
function walk(
  ordering: Ordering,
  version: number,
  groups: readonly (readonly CompiledFilter[])[],
): number[] {
  const { records } = ordering;
  const bound = groups.map((filters) =>
    filters.map(({ name, kind, test }) => ({
      column: columnOf(records, version, name, kind),
      test,
    })),
  );
  const positions: number[] = [];
  for (let position = 0; position < records.length; position++) {
    if (bound.some((filters) => filters.every(({ column, test }) => test(column[position])))) {
      positions.push(position);
    }
  }
  return positions;
}

/** The index of the first position at least `target` (binary search). */
function firstAtLeast(positions: readonly number[], target: number): number {
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((positions[middle] ?? Infinity) < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

import type { StoredRecord } from "./types.js";
import { type Comparable, comparable, type ValueKind } from "./values.js";

/** One property's comparable values, position by position along an ordering of records. */
export type Column = readonly (Comparable | undefined)[];

interface Columns {
  readonly version: number;
  readonly byProperty: Map<string, Column>;
}

/** Columns per ordering, dropped when the table they were read from changes. */
const cache = new WeakMap<readonly StoredRecord[], Columns>();

/**
 * The values of `name` along `records`, read once per table version. A scan asks the same
 * filters of 100,000 records page after page; reading and parsing each value anew (a datetime
 * is text) costs far more than comparing it, so the parsed values are kept until a write.
 */
export function columnOf(
  records: readonly StoredRecord[],
  version: number,
  name: string,
  kind: ValueKind,
): Column {
  let columns = cache.get(records);
  if (columns?.version !== version) {
    columns = { version, byProperty: new Map() };
    cache.set(records, columns);
  }
  const key = `${kind} ${name}`;
  let column = columns.byProperty.get(key);
  if (!column) {
    column = records.map((record) => comparable(kind, record.properties[name]));
    columns.byProperty.set(key, column);
  }
  return column;
}

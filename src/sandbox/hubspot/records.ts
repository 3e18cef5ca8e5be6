import type { StoredRecord } from "./types.js";

/**
 * Orders record ids as HubSpot does, numerically: HubSpot ids are decimal integers without
 * leading zeros, for which "shorter first, then by text" is numeric order, and far cheaper than
 * parsing. Any other text still gets a consistent total order.
 */
export function compareIds(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/** Stamps every change of any table, so a cached answer can tell it is stale. */
let lastStamp = 0;

/**
 * One object type's records: by id, and in id order for paging and search. The id order is
 * kept up to date on the cheap paths (an update in place, a new id above the others, as
 * HubSpot's increasing ids are) and rebuilt with one sort on the next read otherwise, so
 * seeding 100,000 records sorts at most once and a page is a binary search plus a slice.
 */
export class RecordTable {
  private readonly byId = new Map<string, StoredRecord>();
  private ordered: StoredRecord[] | undefined = [];
  private stamp = ++lastStamp;

  /** Changes whenever a record or the definitions its queries depend on change. */
  get version(): number {
    return this.stamp;
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): StoredRecord | undefined {
    return this.byId.get(id);
  }

  /** Adds or replaces a record. */
  set(record: StoredRecord): void {
    const replaced = this.byId.has(record.id);
    this.byId.set(record.id, record);
    this.touch();
    const ordered = this.ordered;
    if (!ordered) return;
    if (replaced) {
      ordered[this.lowerBound(record.id)] = record;
      return;
    }
    const last = ordered.at(-1);
    if (last === undefined || compareIds(last.id, record.id) < 0) ordered.push(record);
    else this.ordered = undefined;
  }

  /** Marks cached answers stale, e.g. when a property definition changes how values compare. */
  touch(): void {
    this.stamp = ++lastStamp;
  }

  /** Every record in insertion order. */
  inserted(): StoredRecord[] {
    return [...this.byId.values()];
  }

  /** Every record in id order. Shared, not copied: callers must not change it. */
  inIdOrder(): readonly StoredRecord[] {
    this.ordered ??= [...this.byId.values()].sort((a, b) => compareIds(a.id, b.id));
    return this.ordered;
  }

  /** The position in `inIdOrder()` of the first record whose id is at least (above) `id`. */
  lowerBound(id: string, strictlyAbove = false): number {
    const ordered = this.inIdOrder();
    let low = 0;
    let high = ordered.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const order = compareIds(ordered[middle]?.id ?? "", id);
      if (order < 0 || (strictlyAbove && order === 0)) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

import type { PropertyDefinition } from "./types.js";

/** How a property's values compare in filters and sorts. */
export type ValueKind = "number" | "instant" | "text";

/** A value made comparable: a number (NaN when unreadable) or lower-case text. */
export type Comparable = number | string;

/** Numbers compare as numbers, dates and datetimes as instants, everything else as text. */
export function kindOf(definition: PropertyDefinition): ValueKind {
  if (definition.type === "number") return "number";
  if (definition.type === "datetime" || definition.type === "date") return "instant";
  return "text";
}

/**
 * Parsed instants by their text. Search columns are read again after every write, and most
 * of the 100,000 timestamps they hold have not changed; parsing them all again would be most
 * of the cost. Cleared when full, which only costs re-parsing.
 */
const instants = new Map<string, number>();
const MAX_CACHED_INSTANTS = 250_000;

/**
 * Epoch milliseconds for a datetime value: HubSpot takes epoch-millisecond text and ISO text
 * alike. NaN when it is neither.
 */
export function instantOf(text: string): number {
  let time = instants.get(text);
  if (time === undefined) {
    time = /^-?\d+$/.test(text) ? Number(text) : Date.parse(text);
    if (instants.size >= MAX_CACHED_INSTANTS) instants.clear();
    instants.set(text, time);
  }
  return time;
}

/** A stored value, made comparable; undefined when the record has no value (null or ""). */
export function comparable(
  kind: ValueKind,
  raw: string | null | undefined,
): Comparable | undefined {
  if (raw === undefined || raw === null || raw === "") return undefined;
  if (kind === "number") return Number(raw);
  if (kind === "instant") return instantOf(raw);
  // HubSpot's search index matches text without regard to case (an email in any case).
  return raw.toLowerCase();
}

/**
 * A filter or sort operand, made comparable; undefined when it cannot be one of `kind` (a
 * datetime filter on "yesterday").
 */
export function operand(kind: ValueKind, raw: unknown): Comparable | undefined {
  if (typeof raw !== "string" && typeof raw !== "number") return undefined;
  const value = comparable(kind, String(raw));
  return typeof value === "number" && Number.isNaN(value) ? undefined : value;
}

/**
 * How far `a` is above `b`: the sign is the order. NaN when either is a number that is not
 * one (a stored value its type cannot read), so every comparison with it is false, as a
 * filter on an unreadable value matches nothing.
 */
export function difference(a: Comparable, b: Comparable): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "number" || typeof b === "number") return Number.NaN;
  return a < b ? -1 : a > b ? 1 : 0;
}

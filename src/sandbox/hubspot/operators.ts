import { type Comparable, difference, operand, type ValueKind } from "./values.js";

/** Does a stored value (made comparable; undefined when the record has none) pass a filter? */
export type ValueTest = (value: Comparable | undefined) => boolean;

/** A filter as the search request gives it. */
export interface FilterInput {
  readonly propertyName: string;
  readonly operator: string;
  readonly value?: unknown;
  readonly highValue?: unknown;
  readonly values?: unknown;
}

/** What a filter value must be, for the message that says it is not. */
const KIND_NAMES: Readonly<Record<ValueKind, string>> = {
  number: "number",
  instant: "datetime (ISO or epoch-millisecond)",
  text: "text",
};

/**
 * The one-operand tests. Both sides are of the property's kind, so JavaScript's own `>`
 * orders them (numbers, or lower-case text); NaN, an unreadable value, fails every one. Each
 * is its own closure because a scan runs them 100,000 times a page.
 */
function oneValueTest(operator: string, target: Comparable): ValueTest | undefined {
  const t = target as number;
  switch (operator) {
    case "EQ":
      return (value) => value === target;
    case "GT":
      return (value) => value !== undefined && (value as number) > t;
    case "GTE":
      return (value) => value !== undefined && (value as number) >= t;
    case "LT":
      return (value) => value !== undefined && (value as number) < t;
    case "LTE":
      return (value) => value !== undefined && (value as number) <= t;
    default:
      return undefined;
  }
}

/**
 * One filter as a test on the property's comparable value, or why it cannot be one. The
 * operators are HubSpot's: EQ, NEQ, GT, GTE, LT, LTE, BETWEEN, IN, NOT_IN, HAS_PROPERTY and
 * NOT_HAS_PROPERTY; the token operators are not modelled.
 */
export function compileOperator(filter: FilterInput, kind: ValueKind): ValueTest | string {
  const { propertyName: name, operator } = filter;
  const needs = (what: string) => `${operator} on ${name} needs a ${KIND_NAMES[kind]} ${what}`;
  switch (operator) {
    case "HAS_PROPERTY":
    case "NOT_HAS_PROPERTY":
      // HubSpot refuses a value here rather than ignore it.
      if (filter.value !== undefined) return `${operator} takes no value`;
      return operator === "HAS_PROPERTY"
        ? (value) => value !== undefined
        : (value) => value === undefined;
    case "IN":
    case "NOT_IN": {
      if (!Array.isArray(filter.values) || filter.values.length === 0) {
        return `${operator} on ${name} needs a values array`;
      }
      // HubSpot: "when searching a string property with this operator, values must be
      // lowercase". The index holds lower-case text, so a value with capitals matches nothing.
      const targets = filter.values.map((item) =>
        kind === "text" && typeof item === "string" ? item : operand(kind, item),
      );
      if (targets.some((target) => target === undefined)) return needs("values array");
      const set = new Set(targets);
      return operator === "IN"
        ? (value) => value !== undefined && set.has(value)
        : (value) => value === undefined || !set.has(value);
    }
    case "BETWEEN": {
      const low = operand(kind, filter.value);
      const high = operand(kind, filter.highValue);
      if (low === undefined || high === undefined) return needs("value and highValue");
      return (value) =>
        value !== undefined && difference(value, low) >= 0 && difference(value, high) <= 0;
    }
    case "NEQ": {
      const target = operand(kind, filter.value);
      if (target === undefined) return needs("value");
      // Records with no value match too, as in HubSpot.
      return (value) => value !== target;
    }
    default: {
      if (oneValueTest(operator, 0) === undefined) return `operator ${operator} is not modelled`;
      const target = operand(kind, filter.value);
      if (target === undefined) return needs("value");
      return oneValueTest(operator, target) ?? `operator ${operator} is not modelled`;
    }
  }
}

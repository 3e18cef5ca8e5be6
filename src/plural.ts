/**
 * Counted nouns in plain English: "1 record", "2 records", "1,000 batches". Every text that
 * counts something says it through here, never a plural in brackets. Shaped for a message catalog to
 * replace later: the caller gives both forms, and the number's plural category picks one.
 */

const LOCALE = "en";
const rules = new Intl.PluralRules(LOCALE);
const numbers = new Intl.NumberFormat(LOCALE);

/** The form of a noun that goes with `n`: `plural(1, "record", "records")` is "record". */
export function plural(n: number, one: string, other: string): string {
  return rules.select(n) === "one" ? one : other;
}

/** `n` with the noun in the form that goes with it: `count(1200, "record", "records")` is "1,200 records". */
export function count(n: number, one: string, other: string): string {
  return `${numbers.format(n)} ${plural(n, one, other)}`;
}

/**
 * "Type mismatch errors", but "Unknown errors" for a type whose name already ends in "error":
 * errors of a type, without saying "error" twice, in the form that goes with `n`.
 */
export function typeErrors(typeName: string, n: number): string {
  const name = typeName.trim().replace(/\s+errors?$/i, "");
  return `${name} ${plural(n, "error", "errors")}`;
}

/** `count` for errors of a type: "42 open Type mismatch errors", "1 open Unknown error". */
export function errorsOfType(n: number, typeName: string, adjective = "open"): string {
  return `${numbers.format(n)} ${adjective ? `${adjective} ` : ""}${typeErrors(typeName, n)}`;
}

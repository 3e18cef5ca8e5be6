/** The REST error codes a rejected query answers with. */
export type SoqlErrorCode =
  | "MALFORMED_QUERY"
  | "INVALID_FIELD"
  | "INVALID_TYPE"
  | "INVALID_QUERY_FILTER_OPERATOR";

/**
 * A query Salesforce would reject, or one outside the sandbox's SOQL subset (`notModelled`):
 * both answer HTTP 400 and are flagged, but the flag says which, so a test author knows whether
 * to fix the query or the sandbox.
 */
export class SoqlError extends Error {
  constructor(
    readonly errorCode: SoqlErrorCode,
    /** Offset of the offending token in the query text. */
    readonly at: number,
    readonly detail: string,
    readonly notModelled = false,
    /**
     * An ordinary refusal a correct client meets (an object the user may not read): answered,
     * not flagged.
     */
    readonly refused = false,
  ) {
    super(detail);
    this.name = "SoqlError";
  }
}

/**
 * The message Salesforce gives a rejected query: the offending line, a caret under the column,
 * `ERROR at Row:r:Column:c` (both 1-based), then the reason.
 */
export function soqlErrorMessage(soql: string, error: SoqlError): string {
  const before = soql.slice(0, error.at);
  const lineStart = before.lastIndexOf("\n") + 1;
  const row = before.split("\n").length;
  const column = error.at - lineStart + 1;
  const line = soql.slice(lineStart).split("\n")[0] ?? "";
  return `\n${line}\n${" ".repeat(column - 1)}^\nERROR at Row:${row}:Column:${column}\n${error.detail}`;
}

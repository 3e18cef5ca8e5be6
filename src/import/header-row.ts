import { createHash } from "node:crypto";
import { foldHeader } from "./columns.js";

/**
 * The key a confirmed column mapping is remembered under: the file's header row with each name
 * folded as headers are compared (lower case, no accents, no spaces or punctuation: "Post-ID" and
 * "post id" are the same), in file order, joined with "|"; empty columns at the end of the row
 * (spreadsheets add them) are left out. Two exports with this key have the same columns in the
 * same places, so a mapping by column position fits both.
 */
export function headerRowKey(headers: readonly string[]): string {
  const folded = headers.map(foldHeader);
  let end = folded.length;
  while (end > 0 && folded[end - 1] === "") end--;
  return folded.slice(0, end).join("|");
}

/**
 * A short fingerprint of a header row's key (16 hex digits of its SHA-256), for a Slack button to
 * say which header row its question was about without carrying the whole row.
 */
export function headerRowDigest(headers: readonly string[]): string {
  return createHash("sha256").update(headerRowKey(headers)).digest("hex").slice(0, 16);
}

/**
 * Salesforce record ids: 15 case-sensitive characters, or 18 with a 3-character suffix that
 * encodes the case of the first 15 so the id survives case-insensitive tools (Excel, SOQL in
 * some contexts). The first 3 characters are the object's key prefix.
 */
import { InvalidInputError } from "../errors.js";

/** The checksum's 32 symbols: a 5-bit value indexes this string. */
export const CHECKSUM_SYMBOLS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
const ALPHANUMERIC_15 = /^[A-Za-z0-9]{15}$/;
const ALPHANUMERIC_15_OR_18 = /^(?:[A-Za-z0-9]{15}|[A-Za-z0-9]{18})$/;

/**
 * The 18-character form of a 15-character id. For each 5-character chunk, bit i is set when
 * character i is an upper-case letter A–Z; the 5-bit value picks one checksum symbol.
 *
 * @throws InvalidInputError when `id15` is not 15 letters and digits.
 */
export function salesforceId18(id15: string): string {
  if (!ALPHANUMERIC_15.test(id15)) {
    throw new InvalidInputError(`A 15-character Salesforce id is 15 letters and digits: ${id15}`);
  }
  return id15 + checksum(id15);
}

/**
 * True for a 15-character id of letters and digits, or an 18-character one whose suffix matches
 * the case of its first 15 characters. The suffix itself is compared case-insensitively; the first
 * 15 are case-sensitive (their case is what the suffix protects), so a re-cased id fails.
 */
export function isValidSalesforceId(id: string): boolean {
  if (!ALPHANUMERIC_15_OR_18.test(id)) return false;
  return id.length === 15 || checksum(id.slice(0, 15)) === id.slice(15).toUpperCase();
}

function checksum(id15: string): string {
  return (
    (CHECKSUM_SYMBOLS[upperCaseBits(id15, 0, 5)] as string) +
    (CHECKSUM_SYMBOLS[upperCaseBits(id15, 5, 5)] as string) +
    (CHECKSUM_SYMBOLS[upperCaseBits(id15, 10, 5)] as string)
  );
}

/** Bit i is set when character start + i is an upper-case letter (char codes 65–90, A–Z). */
export function upperCaseBits(text: string, start: number, length: number): number {
  let bits = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(start + i);
    if (code >= 65 && code <= 90) bits |= 1 << i;
  }
  return bits;
}

/**
 * Realistic Salesforce record ids for the demo data (the id format itself, and its checksum, live
 * in `src/clients/salesforce-id.ts`).
 */
import { CHECKSUM_SYMBOLS, upperCaseBits } from "../clients/salesforce-id.js";
import { InvalidInputError } from "../errors.js";
import { pick, type Random } from "./random.js";

/** Key prefixes of the Salesforce objects the demo data names. */
export const KEY_PREFIXES = {
  Account: "001",
  Contact: "003",
  Opportunity: "006",
  Lead: "00Q",
  Task: "00T",
  User: "005",
  Group: "00G",
  Campaign: "701",
  RecordType: "012",
} as const;

const ZERO = 48;
const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
// Instance ("pod") codes as they appear in characters 4–5 of real ids.
const PODS = ["5g", "3h", "1t", "8d", "09", "4x", "2p", "7Q", "Dn", "6S"] as const;

/**
 * A realistic, valid 18-character id: the key prefix, an instance code, the reserved zeros and
 * six base-62 characters of record number. `pod` defaults to a random real-looking instance code.
 *
 * @throws InvalidInputError when `prefix` is not 3 letters and digits or `pod` not 2.
 */
export function randomSalesforceId(prefix: string, random: Random, pod?: string): string {
  const instance = pod ?? pick(random, PODS);
  if (!isAlphanumeric(prefix, 3) || !isAlphanumeric(instance, 2)) {
    throw new InvalidInputError(
      `A key prefix is 3 letters and digits, a pod 2: ${prefix}, ${instance}`,
    );
  }
  // Six base-62 digits from two draws of three (62³ = 238,328 values each).
  const a = Math.floor(random() * 238_328);
  const b = Math.floor(random() * 238_328);
  const d0 = Math.floor(a / 3844);
  const d1 = Math.floor(a / 62) % 62;
  const d2 = a % 62;
  const d3 = Math.floor(b / 3844);
  const d4 = Math.floor(b / 62) % 62;
  const d5 = b % 62;
  // The checksum comes from the parts, not from re-reading the joined id: characters 1–5 are the
  // prefix and pod, 6–9 zeros, 10 the first digit, 11–15 the other five.
  const first = upperCaseBits(prefix, 0, 3) | (upperCaseBits(instance, 0, 2) << 3);
  const middle = isUpperDigit(d0) << 4;
  const last =
    isUpperDigit(d1) |
    (isUpperDigit(d2) << 1) |
    (isUpperDigit(d3) << 2) |
    (isUpperDigit(d4) << 3) |
    (isUpperDigit(d5) << 4);
  // One string from 18 character codes: a third of the cost of joining 15 pieces, per id.
  const code = (text: string, i: number) => text.charCodeAt(i);
  return String.fromCharCode(
    code(prefix, 0),
    code(prefix, 1),
    code(prefix, 2),
    code(instance, 0),
    code(instance, 1),
    ZERO,
    ZERO,
    ZERO,
    ZERO,
    code(BASE62, d0),
    code(BASE62, d1),
    code(BASE62, d2),
    code(BASE62, d3),
    code(BASE62, d4),
    code(BASE62, d5),
    code(CHECKSUM_SYMBOLS, first),
    code(CHECKSUM_SYMBOLS, middle),
    code(CHECKSUM_SYMBOLS, last),
  );
}

// Base-62 digits 10–35 are the upper-case letters.
function isUpperDigit(digit: number): number {
  return digit >= 10 && digit < 36 ? 1 : 0;
}

// A loop rather than a regular expression: it runs for every id of a million-row file.
function isAlphanumeric(text: string, length: number): boolean {
  if (text.length !== length) return false;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    const ok =
      (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    if (!ok) return false;
  }
  return true;
}

/** The instance codes `randomSalesforceId` chooses from. */
export const SALESFORCE_PODS: readonly string[] = PODS;

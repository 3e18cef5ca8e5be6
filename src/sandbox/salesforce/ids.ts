/** The sObjects the sandbox stores, with their id key prefixes. */
export const SOBJECT_PREFIXES = {
  Lead: "00Q",
  Contact: "003",
  Account: "001",
  Opportunity: "006",
  User: "005",
} as const;

export type SObjectType = keyof typeof SOBJECT_PREFIXES;

export const SOBJECT_TYPES = Object.keys(SOBJECT_PREFIXES) as SObjectType[];

export function isSObjectType(name: string): name is SObjectType {
  return Object.hasOwn(SOBJECT_PREFIXES, name);
}

const SUFFIX_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
const ID15 = /^[a-zA-Z0-9]{15}$/;
const ID18 = /^[a-zA-Z0-9]{18}$/;

/** The 3-character case-insensitive checksum Salesforce appends to a 15-character id. */
function checksum(id15: string): string {
  let suffix = "";
  for (let block = 0; block < 3; block++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const char = id15.charAt(block * 5 + i);
      if (char >= "A" && char <= "Z") bits |= 1 << i;
    }
    suffix += SUFFIX_ALPHABET.charAt(bits);
  }
  return suffix;
}

/**
 * The 18-character form of a 15- or 18-character id, or undefined when it is not an id (wrong
 * length or characters, or an 18-character id whose checksum does not match).
 */
export function normalizeId(id: string): string | undefined {
  if (ID15.test(id)) return id + checksum(id);
  if (!ID18.test(id)) return undefined;
  const id15 = id.slice(0, 15);
  return id.slice(15).toUpperCase() === checksum(id15) ? id15 + checksum(id15) : undefined;
}

/**
 * A valid 18-character id for test data: the type's key prefix, then `n` in base 36 padded to
 * 12 characters, then the checksum; `salesforceId("Lead", 1)` is `00Q000000000001EAA`.
 */
export function salesforceId(type: SObjectType, n: number): string {
  return prefixedId(SOBJECT_PREFIXES[type], n);
}

/** Key prefix of query cursors (`QueryLocator`), as in `01gD0000002HU6KIAW-2000`. */
const QUERY_LOCATOR_PREFIX = "01g";

/** The 18-character id of the `n`th query cursor the sandbox opens. */
export function queryLocatorId(n: number): string {
  return prefixedId(QUERY_LOCATOR_PREFIX, n);
}

/** The `n`th 18-character id with a key prefix (`00Q`, `01g`, …), checksum included. */
export function prefixedId(prefix: string, n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`salesforceId: bad number ${n}`);
  const body = n.toString(36).toUpperCase().padStart(12, "0");
  if (body.length > 12) throw new Error(`salesforceId: ${n} does not fit in an id`);
  const id15 = prefix + body;
  return id15 + checksum(id15);
}

/** The sObject type an id's key prefix names, among those the sandbox stores. */
export function typeOfId(id: string): SObjectType | undefined {
  const prefix = id.slice(0, 3);
  return SOBJECT_TYPES.find((type) => SOBJECT_PREFIXES[type] === prefix);
}

/** Organization and user ids the sandbox's identity URL carries. */
export const SANDBOX_ORG_ID = "00D000000000001AAA";
export const SANDBOX_USER_ID = "005000000000001AAA";

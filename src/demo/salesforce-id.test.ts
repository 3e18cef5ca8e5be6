import { describe, expect, it } from "vitest";
import { isValidSalesforceId, salesforceId18 } from "../clients/salesforce-id.js";
import { InvalidInputError } from "../errors.js";
import { mulberry32 } from "./random.js";
import { randomSalesforceId } from "./salesforce-id.js";

// Published conversions (Salesforce's own documentation example first), and ids from the catalog's
// rule examples whose checksums were produced by Salesforce.
const KNOWN = [
  ["001D000000IqhSL", "001D000000IqhSLIAZ"],
  ["a0RE000000IJmcN", "a0RE000000IJmcNMAT"],
  ["a0D30000001n7Pi", "a0D30000001n7PiEAI"],
  ["a01M00000062mPg", "a01M00000062mPgIAI"],
  ["001M000000qfPyS", "001M000000qfPySIAU"],
  ["a0FE000000D6r3F", "a0FE000000D6r3FMAR"],
  ["0F9E000000092w2", "0F9E000000092w2KAA"],
  ["aaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaAAA"],
  ["AbCdEfGhIjKlMnO", "AbCdEfGhIjKlMnOVKV"],
  ["aBcDEfgHIJKLMNO", "aBcDEfgHIJKLMNO025"],
  ["0035g00000Kx8Pq", "0035g00000Kx8PqAAJ"],
  ["00G5g000004XyZa", "00G5g000004XyZaEAK"],
] as const;

// The algorithm spelled out independently of the module, to check its faster arithmetic against.
function referenceChecksum(id15: string): string {
  const symbols = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
  let suffix = "";
  for (const chunk of [id15.slice(0, 5), id15.slice(5, 10), id15.slice(10, 15)]) {
    let value = 0;
    [...chunk].forEach((char, i) => {
      if (/[A-Z]/.test(char)) value += 2 ** i;
    });
    suffix += symbols[value];
  }
  return suffix;
}

describe("salesforceId18", () => {
  it.each(KNOWN)("converts %s to %s", (id15, id18) => {
    expect(salesforceId18(id15)).toBe(id18);
  });

  it.each(["001D000000IqhS", "001D000000IqhSLIAZ", "001D000000Iqh-L", ""])(
    "refuses %j, which is not 15 letters and digits",
    (input) => {
      expect(() => salesforceId18(input)).toThrow(InvalidInputError);
    },
  );
});

describe("isValidSalesforceId", () => {
  it.each(KNOWN.flatMap(([id15, id18]) => [[id15], [id18]]))("accepts %s", (id) => {
    expect(isValidSalesforceId(id)).toBe(true);
  });

  it("compares the suffix case-insensitively", () => {
    expect(isValidSalesforceId("001D000000IqhSLiaz")).toBe(true);
  });

  it.each([
    ["a wrong checksum", "0015g00000AbCdEXYZ"],
    ["a checksum of another id", "001D000000IqhSLAAA"],
    ["a re-cased body", "001d000000iqhsliaz"],
    ["14 characters", "001D000000IqhS"],
    ["17 characters", "001D000000IqhSLIA"],
    ["a hyphen", "001D000000Iqh-LIAZ"],
    ["spaces", " 001D000000IqhSL "],
    ["nothing", ""],
  ])("rejects an id with %s", (_why, id) => {
    expect(isValidSalesforceId(id)).toBe(false);
  });
});

describe("randomSalesforceId", () => {
  it("gives valid 18-character ids with the prefix and pod asked for", () => {
    const random = mulberry32(7);
    for (let i = 0; i < 5000; i++) {
      const id = randomSalesforceId("00Q", random, "5g");
      expect(id).toMatch(/^00Q5g0000[0-9A-Za-z]{6}[A-Z0-5]{3}$/);
      expect(id.slice(15)).toBe(referenceChecksum(id.slice(0, 15)));
      expect(isValidSalesforceId(id)).toBe(true);
    }
  });

  it("computes the checksum of upper-case prefixes and pods too", () => {
    const random = mulberry32(3);
    for (let i = 0; i < 500; i++) {
      const id = randomSalesforceId("a0R", random, "E0");
      expect(id.slice(15)).toBe(referenceChecksum(id.slice(0, 15)));
    }
  });

  it("picks a real-looking pod when none is given, and repeats for a seed", () => {
    const first = Array.from(
      { length: 20 },
      (
        (random) => () =>
          randomSalesforceId("001", random)
      )(mulberry32(1)),
    );
    const again = Array.from(
      { length: 20 },
      (
        (random) => () =>
          randomSalesforceId("001", random)
      )(mulberry32(1)),
    );
    expect(first).toEqual(again);
    expect(new Set(first).size).toBe(20);
    for (const id of first) expect(isValidSalesforceId(id) && id.startsWith("001")).toBe(true);
  });

  it.each([
    ["0001", "5g"],
    ["00", "5g"],
    ["00Q", "5"],
    ["00Q", "5-"],
  ])("refuses prefix %j with pod %j", (prefix, pod) => {
    expect(() => randomSalesforceId(prefix, mulberry32(1), pod)).toThrow(InvalidInputError);
  });
});

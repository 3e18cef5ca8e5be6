import { describe, expect, it } from "vitest";
import { rules } from "../rules/index.js";
import { createCatalog } from "./catalog.js";
import { correctionKey } from "./corrections.js";

describe("correctionKey", () => {
  it("gives messages that differ only in ids, e-mails, numbers and values one key", () => {
    const a = correctionKey(
      'Record 0035g00000AbCdEAAA: "Fintech" is not allowed for Industry__c (jane@example.com, row 12)',
    );
    const b = correctionKey(
      'Record 0035g00000XyZaBQQQ: "Retail" is not allowed for Segment__c (bo@example.dk, row 7)',
    );
    expect(a).toBe(b);
  });

  it("keeps the words that say what went wrong", () => {
    expect(correctionKey("Please enter a VAT number")).not.toBe(
      correctionKey("Please enter a phone number"),
    );
  });
});

describe("a catalog with corrections", () => {
  const corrected = new Map([
    [correctionKey("Our import rejected 0035g00000AbCdE: bad region"), "mismatched-options"],
  ]);
  const catalog = createCatalog(rules, { corrections: { typeFor: (key) => corrected.get(key) } });

  it("classifies a corrected message, and one that differs only in its id, as corrected", () => {
    for (const message of [
      "Our import rejected 0035g00000AbCdE: bad region",
      "Our import rejected 0035g00000ZzZzZ: bad region",
    ]) {
      expect(catalog.classify(message)).toMatchObject({
        rule: { id: "mismatched-options" },
        evidence: "correction",
      });
    }
  });

  it("leaves other messages to the rules", () => {
    expect(catalog.classify("STRING_TOO_LONG: Title: data value too large").rule.id).toBe(
      "string-too-long",
    );
  });
});

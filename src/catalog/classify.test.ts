import { describe, expect, it } from "vitest";
import { rules } from "../rules/index.js";
import { createClassifier, MAX_CLASSIFIED_CHARS } from "./classify.js";

const { classify } = createClassifier(rules);

describe("classify", () => {
  it("reads the status code first: STRING_TOO_LONG is String too long", () => {
    const result = classify(
      `STRING_TOO_LONG: Last Name: data value too large: ${"A".repeat(90)} (max length=80)`,
    );
    expect(result).toMatchObject({
      statusCode: "STRING_TOO_LONG",
      evidence: "status-code",
      inner: null,
    });
    expect(result.rule.name).toBe("String too long");
    expect(result.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it("reports Custom code with the inner error when automation wraps one", () => {
    const result = classify(
      "CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY: LeadTrigger: execution of BeforeInsert caused by: " +
        "System.DmlException: Insert failed. First exception on row 0; first error: " +
        "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST, bad value for restricted picklist field: Fintech: [Industry]",
    );
    expect(result.rule.id).toBe("custom-code");
    expect(result.statusCode).toBe("CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY");
    expect(result.inner?.id).toBe("restricted-picklist-value");
  });

  it("finds the inner error of a flow wrapper that has no outer status code", () => {
    const result = classify(
      "The flow tried to update these records: 00Q5g00000AbCdE. This error occurred: " +
        "INVALID_EMAIL_ADDRESS: Email: invalid email address: jane@@example.com",
    );
    expect(result.rule.id).toBe("custom-code");
    expect(result.inner?.id).toBe("invalid-email");
  });

  it("unwraps a pasted Salesforce JSON error body", () => {
    const result = classify(
      '[{"statusCode":"INVALID_EMAIL_ADDRESS","message":"Email: invalid email address: bob@","fields":["Email"]}]',
    );
    expect(result.rule.id).toBe("invalid-email");
    expect(result.statusCode).toBe("INVALID_EMAIL_ADDRESS");
  });

  it("accepts a status code typed in lower case", () => {
    expect(classify("string_too_long: Title: data value too large").rule.id).toBe(
      "string-too-long",
    );
  });

  it("knows a type by its bare name, Danish name or alias", () => {
    expect(classify("Type mismatch")).toMatchObject({
      evidence: "name",
      rule: { id: "type-mismatch" },
    });
    expect(classify("Ugyldig e-mail").rule.id).toBe("invalid-email");
    expect(classify("mismatched types").rule.id).toBe("type-mismatch");
  });

  it("places unrecognised program output as Unknown error with a low confidence", () => {
    const result = classify("ECONNRESET at TLSWrap.onStreamRead (node:internal/stream_base:217)");
    expect(result.rule.id).toBe("unknown-error");
    expect(result.confidence).toBeLessThan(0.5);
    expect(result.evidence).toBe("none");
  });

  it("takes a plain sentence that matches no platform wording for a validation rule's message", () => {
    const result = classify("Please enter a VAT number for Danish companies before saving.");
    expect(result).toMatchObject({ rule: { id: "custom-code" }, evidence: "plain-sentence" });
    expect(result.confidence).toBeLessThan(0.5);
  });

  it("does not take a few words or a sentence with a status code for a validation message", () => {
    expect(classify("odd failure").evidence).toBe("none");
    expect(classify("SOME_FUTURE_CODE: Something odd happened to this lead").evidence).toBe("none");
  });

  it("keeps an unknown leading status code as the message's status code", () => {
    const result = classify("SOME_FUTURE_CODE: a brand new failure");
    expect(result).toMatchObject({ statusCode: "SOME_FUTURE_CODE", rule: { id: "unknown-error" } });
  });

  describe("is total", () => {
    const awkward: Array<[string, string]> = [
      ["empty", ""],
      ["whitespace", " \n\t "],
      ["one megabyte", "x".repeat(1024 * 1024)],
      ["one megabyte of status-code lookalikes", "AB_CD ".repeat(200_000)],
      ["binary", String.fromCharCode(...Array.from({ length: 4096 }, (_, i) => i % 256))],
      ["lone surrogates", "\ud800\udfff\ud800 STRING_TOO_LONG"],
      ["German", "STRING_TOO_LONG: Nachname: Datenwert zu groß (max. Länge=80)"],
      ["Japanese", "不明なエラーが発生しました"],
      ["broken JSON", '[{"statusCode": "STRING_TOO_LONG", '],
      ["JSON of the wrong shape", '{"a": [1, 2, 3]}'],
      ["JSON null", "null"],
    ];
    it.each(awkward)("returns a result for %s input", (_label, input) => {
      const result = classify(input);
      expect(result.rule).toBeDefined();
      expect(result.confidence).toBeGreaterThanOrEqual(0);
      expect(result.confidence).toBeLessThanOrEqual(1);
    });

    it("still classifies a localised message by its status code", () => {
      expect(classify("STRING_TOO_LONG: Nachname: Datenwert zu groß (max. Länge=80)").rule.id).toBe(
        "string-too-long",
      );
    });

    it("returns a result for values that are not strings at all", () => {
      for (const value of [undefined, null, 42, {}]) {
        expect(classify(value as unknown as string).rule.id).toBe("unknown-error");
      }
    });

    it("reads only the head of a very long message", () => {
      const tail = " STRING_TOO_LONG: data value too large";
      const result = classify("x".repeat(MAX_CLASSIFIED_CHARS) + tail);
      expect(result.rule.id).toBe("unknown-error");
    });
  });
});

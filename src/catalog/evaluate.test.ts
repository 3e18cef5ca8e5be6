import { describe, expect, it } from "vitest";
import { rules } from "../rules/index.js";
import { createCatalog } from "./catalog.js";
import { evaluate, NO_ANSWER } from "./evaluate.js";

const catalog = createCatalog(rules);

describe("evaluate", () => {
  const report = evaluate(catalog, [
    {
      kind: "message",
      input: "STRING_TOO_LONG: Title: data value too large",
      expected: "string-too-long",
      acceptable: [],
    },
    {
      kind: "message",
      input: "STRING_TOO_LONG: Title: data value too large (max length=80)",
      expected: "invalid-value",
      acceptable: ["string-too-long"],
    },
    {
      kind: "message",
      input: "STRING_TOO_LONG: Name: data value too large",
      expected: "invalid-value",
      acceptable: [],
    },
    {
      kind: "message",
      input: "ECONNRESET at TLSWrap.onStreamRead",
      expected: "unknown-error",
      acceptable: [],
      language: "en",
    },
    {
      kind: "query",
      input: "what does Type mismatch mean?",
      expected: "type-mismatch",
      acceptable: [],
    },
    { kind: "query", input: "banana bread recipe", expected: "invalid-value", acceptable: [] },
  ]);

  it("counts right, defensible, abstained and confidently wrong answers per kind", () => {
    expect(report.messages).toEqual({
      total: 4,
      right: 2,
      defensible: 3,
      abstained: 0,
      confidentWrong: 1,
    });
    expect(report.queries).toEqual({
      total: 2,
      right: 1,
      defensible: 1,
      abstained: 1,
      confidentWrong: 0,
    });
    expect(report.all.total).toBe(6);
  });

  it("takes an unplaced message as right when Unknown error is what was expected", () => {
    expect(report.byLanguage.get("en")).toMatchObject({ total: 1, right: 1 });
  });

  it("tables what was answered instead of the expected type", () => {
    expect(report.confusions.get("invalid-value")).toEqual(
      new Map([
        ["string-too-long", 2],
        [NO_ANSWER, 1],
      ]),
    );
  });
});

describe("evaluate, with automation wrappers", () => {
  it("counts Custom code whose wrapped error is the expected type as defensible, not wrong", () => {
    const report = evaluate(catalog, [
      {
        kind: "message",
        input:
          "System.DmlException: Insert failed. First exception on row 0; first error: STRING_TOO_LONG, Name: data value too large",
        expected: "string-too-long",
        acceptable: [],
      },
    ]);
    expect(report.messages).toMatchObject({ right: 0, defensible: 1, confidentWrong: 0 });
  });
});

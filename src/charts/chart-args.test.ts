import { describe, expect, it } from "vitest";
import { createCatalog } from "../catalog/catalog.js";
import { UsageError, userMessage } from "../errors.js";
import { translator } from "../i18n/translator.js";
import { rules } from "../rules/index.js";
import { chartDays, chartKindOf, parseChartArgs } from "./chart-args.js";

const catalog = createCatalog(rules);
const en = translator("en");
const da = translator("da");
const usage = "/syncerror chart …";
const picklists = catalog.categories.find((c) => c.id === "picklists");

describe("parseChartArgs", () => {
  it("draws the 30-day trend of every type when nothing is asked", () => {
    expect(parseChartArgs("", catalog, en, usage)).toEqual({
      kind: "trend",
      scope: undefined,
      days: 30,
    });
  });

  it("reads the kind, a category and a period", () => {
    const ask = parseChartArgs("age Picklists 90d", catalog, en, usage);
    expect(ask.kind).toBe("age");
    expect(ask.days).toBe(90);
    expect(ask.scope?.ruleIds).toEqual(picklists?.rules.map((r) => r.id));
    expect(ask.scope?.label).toBe("Picklists");
  });

  it("takes one error type with a typo, and a period written as words", () => {
    const ask = parseChartArgs("trend Type missmatch 14 days", catalog, en, usage);
    expect(ask).toMatchObject({ kind: "trend", days: 14, scope: { ruleIds: ["type-mismatch"] } });
  });

  it("takes a type without a kind: the trend is meant", () => {
    expect(parseChartArgs("Type mismatch", catalog, en, usage)).toMatchObject({
      kind: "trend",
      scope: { ruleIds: ["type-mismatch"], label: "Type mismatch" },
    });
  });

  it("takes Danish kind and category names, and labels in Danish", () => {
    const ask = parseChartArgs("alder picklister 30d", catalog, da, usage);
    expect(ask.kind).toBe("age");
    expect(ask.scope?.ruleIds).toEqual(picklists?.rules.map((r) => r.id));
    expect(ask.scope?.label).not.toBe("Picklists");
  });

  it("refuses a name that is no category or type, naming the categories", () => {
    let caught: unknown;
    try {
      parseChartArgs("breakdown flux capacitor", catalog, en, usage);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UsageError);
    const text = userMessage(caught, en);
    expect(text).toContain('"flux capacitor"');
    expect(text).toContain("Property mappings");
  });

  it("refuses a period beyond 90 days or of no days", () => {
    expect(() => parseChartArgs("trend 120d", catalog, en, usage)).toThrow(UsageError);
    expect(() => parseChartArgs("trend 0d", catalog, en, usage)).toThrow(UsageError);
  });
});

describe("chartKindOf and chartDays", () => {
  it("knows the kinds in English and Danish, in any case", () => {
    expect(chartKindOf("Breakdown")).toBe("breakdown");
    expect(chartKindOf("fordeling")).toBe("breakdown");
    expect(chartKindOf("pie")).toBeUndefined();
  });

  it("reads 30, 30d and 30 dage, and refuses the rest", () => {
    expect(chartDays("30", usage)).toBe(30);
    expect(chartDays("30d", usage)).toBe(30);
    expect(chartDays("30 dage", usage)).toBe(30);
    expect(() => chartDays("thirty", usage)).toThrow(UsageError);
    expect(() => chartDays("91", usage)).toThrow(UsageError);
  });
});

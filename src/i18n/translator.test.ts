import { describe, expect, it } from "vitest";
import { languageOfLocale, parseLanguage } from "./languages.js";
import { translator } from "./translator.js";

const da = translator("da");
const en = translator("en");

describe("translator", () => {
  it("writes numbers, dates and lists as each language does", () => {
    const at = new Date("2026-12-03T12:00:00Z");
    expect(da.number(1234)).toBe("1.234");
    expect(en.number(1234)).toBe("1,234");
    expect(da.date(at, { timeZone: "Europe/Copenhagen" })).toBe("3. december 2026");
    expect(en.date(at, { timeZone: "UTC" })).toBe("December 3, 2026");
    expect(da.list(["a", "b", "c"])).toBe("a, b og c");
    expect(en.list(["a", "b", "c"])).toBe("a, b, and c");
    expect(da.list(["a", "b"], "disjunction")).toBe("a eller b");
    expect(en.list(["a", "b"], "disjunction")).toBe("a or b");
  });

  it("chooses plurals and fills numbers inside whole sentences", () => {
    expect(en.t("common.records", { count: 1 })).toBe("1 record");
    expect(en.t("common.records", { count: 1234 })).toBe("1,234 records");
    expect(da.t("common.records", { count: 1 })).toBe("1 post");
    expect(da.t("common.records", { count: 1234 })).toBe("1.234 poster");
    expect(
      da.t("languages.unknown", { asked: "fr", choices: da.list(["en", "da"], "disjunction") }),
    ).toBe("Botten taler ikke “fr”. Vælg en eller da.");
  });

  it("fails loudly on a message it cannot fill, never showing a half sentence", () => {
    expect(() => en.t("languages.unknown", {})).toThrow();
  });
});

describe("languages", () => {
  it("follow a Slack locale: Danish for da-DK, English for the rest and for none", () => {
    expect(languageOfLocale("da-DK")).toBe("da");
    expect(languageOfLocale("da")).toBe("da");
    expect(languageOfLocale("en-GB")).toBe("en");
    expect(languageOfLocale("sv-SE")).toBe("en");
    expect(languageOfLocale(undefined)).toBe("en");
  });

  it("read what a person types for one, by code or by name", () => {
    expect(parseLanguage("da")).toBe("da");
    expect(parseLanguage(" DA-dk ")).toBe("da");
    expect(parseLanguage("dansk")).toBe("da");
    expect(parseLanguage("English")).toBe("en");
    expect(parseLanguage("fr")).toBeUndefined();
    expect(parseLanguage("")).toBeUndefined();
  });
});

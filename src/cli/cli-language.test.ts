import { describe, expect, it } from "vitest";
import { UsageError } from "../errors.js";
import { chooseLanguage, unknownLanguage, withoutLanguage } from "./cli-language.js";

describe("the command line's language", () => {
  it("takes --lang out of the arguments, anywhere before --", () => {
    expect(withoutLanguage(["--lang", "da", "list"])).toEqual({ argv: ["list"], asked: "da" });
    expect(withoutLanguage(["list", "--lang=da", "x"])).toEqual({
      argv: ["list", "x"],
      asked: "da",
    });
    expect(withoutLanguage(["explain", "--", "--lang", "da"])).toEqual({
      argv: ["explain", "--", "--lang", "da"],
      asked: undefined,
    });
  });

  it("is --lang, else SYNCERROR_LANG, else English", () => {
    expect(chooseLanguage("da", "en")).toBe("da");
    expect(chooseLanguage("en", "fr")).toBe("en");
    expect(chooseLanguage(undefined, "dansk")).toBe("da");
    expect(chooseLanguage(undefined, " ")).toBe("en");
    expect(chooseLanguage(undefined, undefined)).toBe("en");
  });

  it("refuses a language the bot does not speak, naming where it was asked and the choices", () => {
    expect(unknownLanguage("fr")).toBe(
      "The bot does not speak “fr”. Choose en (English) or da (Danish).",
    );
    expect(() => chooseLanguage("fr", undefined)).toThrow(UsageError);
    expect(() => chooseLanguage("fr", undefined)).toThrow("--lang: The bot does not speak “fr”.");
    expect(() => chooseLanguage(undefined, "klingon")).toThrow(
      "SYNCERROR_LANG: The bot does not speak “klingon”.",
    );
  });
});

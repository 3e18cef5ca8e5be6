import { describe, expect, it } from "vitest";
import { detectDelimiter } from "./detect-delimiter.js";

describe("detectDelimiter", () => {
  it.each([
    ["Error type,Object,Record ID\n1;2;3\n", ","],
    ["Fejltype;Objekt;Beløb\nA;B;1,5\n", ";"],
    ["Fejltype\tObjekt\tPost-id\r\n", "\t"],
    ['"Error type, kind";"Object"\n', ";"],
    ["\n,,\n  \nA;B\n", ";"],
    ["Only one column\n", ","],
    ["", ","],
  ])("finds the delimiter of %j", (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  it("reads a header whose quoted cell spans lines", () => {
    expect(detectDelimiter('"Error\nmessage";Object;Id\n')).toBe(";");
  });

  it("counts only cells with content", () => {
    expect(detectDelimiter("a;b;c,,,,,,\n")).toBe(";");
  });
});

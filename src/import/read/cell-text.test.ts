import { describe, expect, it } from "vitest";
import { cellText, isoDateTime } from "./cell-text.js";

describe("cellText", () => {
  it.each([
    [null, ""],
    ["text", "text"],
    [12345678901, "12345678901"],
    [false, "FALSE"],
    [{ richText: [{ text: "Dupli" }, { text: "cate" }] }, "Duplicate"],
    [{ error: "#DIV/0!" as const }, "#DIV/0!"],
    [{ text: "link", hyperlink: "https://example.com" }, "link"],
    [{ formula: "A1", result: "done" }, "done"],
    [{ formula: "A1" }, ""],
    [{ sharedFormula: "A1", result: 2.5 }, "2.5"],
  ])("writes %j as %j", (value, text) => {
    expect(cellText(value)).toBe(text);
  });

  it("turns a date-formatted formula result into a date", () => {
    expect(cellText({ formula: "TODAY()", result: 45352.5 }, "dd-mm-yyyy hh:mm")).toBe(
      "2024-03-01T12:00:00",
    );
    expect(cellText({ formula: "TODAY()", result: 45352 }, '"Day" 0')).toBe("45352");
    expect(cellText({ formula: "A1", result: 43890 }, "yyyy-mm-dd", true)).toBe("2024-03-01");
  });
});

describe("isoDateTime", () => {
  it("writes the date alone at midnight and rounds times to the second", () => {
    expect(isoDateTime(new Date(Date.UTC(2024, 2, 1)))).toBe("2024-03-01");
    expect(isoDateTime(new Date(Date.UTC(2024, 2, 1, 10, 14, 59, 999)))).toBe(
      "2024-03-01T10:15:00",
    );
    expect(isoDateTime(new Date(Number.NaN))).toBe("");
  });
});

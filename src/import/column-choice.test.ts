import { describe, expect, it } from "vitest";
import { sayUserText } from "../errors.js";
import { translator } from "../i18n/translator.js";
import { columnsAtPositions, choiceProblems as problemsOf } from "./column-choice.js";
import type { ImportField } from "./columns.js";

const en = translator("en");
const choiceProblems = (
  columns: Partial<Record<ImportField, number>>,
  headers?: readonly string[],
): string[] => problemsOf(columns, headers).map((problem) => sayUserText(problem, en));

const HEADERS = ["Objekt", "Post-ID", "Fejltype", "Fejlbesked"];

describe("choiceProblems", () => {
  it("accepts one field of each needed group, each column once", () => {
    expect(choiceProblems({ hubspotId: 1, errorType: 2 }, HEADERS)).toEqual([]);
  });

  it("names each needed group left out", () => {
    expect(choiceProblems({ objectType: 0 })).toEqual([
      "Choose a column for Error type or Error message: the import needs one of them.",
      "Choose a column for Record ID or Salesforce ID: the import needs one of them.",
    ]);
  });

  it("refuses a column given to two fields, and a position the file does not have", () => {
    expect(
      choiceProblems({ hubspotId: 1, errorType: 2, message: 2, objectType: 9 }, HEADERS),
    ).toEqual([
      "Object type names a column the file does not have.",
      '"Fejltype" is chosen for Error type and Error message; a column can feed one field only.',
    ]);
    expect(choiceProblems({ hubspotId: -1, message: 1.5 })).toHaveLength(2);
  });
});

describe("columnsAtPositions", () => {
  it("maps each field to its column and header", () => {
    expect(columnsAtPositions(HEADERS, { hubspotId: 1, message: 3 })).toEqual({
      hubspotId: { index: 1, header: "Post-ID" },
      message: { index: 3, header: "Fejlbesked" },
    });
  });

  it("throws the problems as one message", () => {
    expect(() => columnsAtPositions(HEADERS, { message: 3 })).toThrow(
      "Choose a column for Record ID or Salesforce ID",
    );
  });
});

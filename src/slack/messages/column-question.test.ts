import type { StaticSelect } from "@slack/types";
import { describe, expect, it } from "vitest";
import { mapColumns } from "../../import/columns.js";
import { guessColumns } from "../../import/guess-columns.js";
import { headerRowDigest } from "../../import/header-row.js";
import { validateBlocks } from "../blocks/index.js";
import {
  columnQuestionMessage,
  decodeColumnAnswerTarget,
  readColumnAnswer,
} from "./column-question.js";

function question(headers: string[]) {
  return columnQuestionMessage({
    fileName: "eksport.csv",
    fileId: "F0ABC123",
    question: {
      headers,
      guesses: guessColumns(headers, mapColumns(headers)),
      unplaced: [],
      headerDigest: headerRowDigest(headers),
    },
  });
}

const menus = (message: ReturnType<typeof question>) =>
  message.blocks.flatMap((block) =>
    block.type === "section" && block.accessory?.type === "static_select"
      ? [block.accessory as StaticSelect]
      : [],
  );
const menu = (message: ReturnType<typeof question>, field: string) =>
  menus(message).find((m) => m.action_id === `import_column:${field}`);

describe("columnQuestionMessage", () => {
  it("keeps within Slack's limits for a wide file with long, empty and repeated headers", () => {
    const headers = [
      "Type",
      "",
      "type",
      `Fejlbesked ${"meget lang ".repeat(20)}`,
      ...Array.from({ length: 140 }, (_v, i) => `Felt ${i + 1}`),
      "Post-ID",
    ];
    const message = question(headers);
    expect(validateBlocks(message.blocks, "message")).toEqual([]);
    expect(menus(message)).toHaveLength(7);
    for (const select of menus(message)) {
      expect(select.options?.length).toBe(100);
      for (const option of select.options ?? []) {
        expect(option.text.text.length).toBeLessThanOrEqual(75);
        expect(option.value?.length).toBeLessThanOrEqual(150);
      }
    }
    const texts = (menu(message, "message")?.options ?? []).map((o) => o.text.text);
    expect(texts.slice(0, 4)).toEqual([
      "— not in this file —",
      "Type (column 1)",
      "(column 2, no name)",
      "type (column 3)",
    ]);
    expect(texts[4]).toMatch(/^Fejlbesked meget lang .*… \(column 4\)$/);
    // The likeliest columns are offered even past the 99th: the guessed id is the last column.
    expect(menu(message, "hubspotId")?.initial_option?.value).toBe(`c${headers.length - 1}`);
    expect(JSON.stringify(message.blocks)).toContain("The file has 145 columns");
  });

  it("offers every column of a narrow file, in file order, and chooses the guesses", () => {
    const message = question(["Objekt", "Post-ID", "Fejlbesked", "Dato"]);
    expect(menu(message, "message")?.options?.map((o) => o.value)).toEqual([
      "none",
      "c0",
      "c1",
      "c2",
      "c3",
    ]);
    expect(menu(message, "message")?.initial_option?.value).toBe("c2");
    expect(menu(message, "salesforceId")?.initial_option?.value).toBe("none");
    expect(JSON.stringify(message.blocks)).not.toContain("The file has");
  });
});

describe("the answer", () => {
  const state = (values: Record<string, string | null>) =>
    Object.fromEntries(
      Object.entries(values).map(([field, value], i) => [
        `column:${field}:${i}`,
        {
          [`import_column:${field}`]: {
            selected_option: value === null ? null : { value },
          },
        },
      ]),
    );

  it("reads each menu's column, leaving out fields not in the file", () => {
    expect(
      readColumnAnswer(
        state({ message: "c2", hubspotId: "c1", salesforceId: "none", recordName: null }),
      ),
    ).toEqual({ message: 2, hubspotId: 1 });
  });

  it("takes a menu the person did not touch as the question showed it, from the message's blocks", () => {
    const shown = question(["Objekt", "Post-ID", "Fejlbesked", "Dato"]);
    expect(readColumnAnswer(state({ objectType: "none", message: null }), shown.blocks)).toEqual({
      hubspotId: 1,
      message: 2,
      occurredAt: 3,
    });
  });

  it.each([
    ["a value the menus never offered", state({ message: "c2; DROP" })],
    ["a field that does not exist", state({ constructor: "c1" })],
  ])("refuses %s", (_what, values) => {
    expect(() => readColumnAnswer(values)).toThrow("not ones the question offered");
  });

  it("reads the Import button's file and header row, refusing anything else", () => {
    expect(decodeColumnAnswerTarget("F0ABC123.0123456789abcdef")).toEqual({
      fileId: "F0ABC123",
      headerDigest: "0123456789abcdef",
    });
    for (const forged of [undefined, "", "F0ABC123", "F0ABC123.xyz", "U0ABC.0123456789abcdef"])
      expect(() => decodeColumnAnswerTarget(forged)).toThrow("not made by syncerror");
  });
});

import type { KnownBlock, MrkdwnElement, PlainTextElement } from "@slack/types";
import { describe, expect, it } from "vitest";
import {
  actions,
  button,
  confirmDialog,
  context,
  divider,
  header,
  overflow,
  plainSection,
  section,
} from "./builders.js";
import { BlockKitError } from "./errors.js";
import { validateBlocks } from "./validate.js";

const ok = button({ text: "Go", actionId: "go" });
const twoOptions = [
  { text: "One", value: "1" },
  { text: "Two", value: "2" },
];

function textOf(element: PlainTextElement | MrkdwnElement | undefined): string {
  if (element === undefined) throw new Error("no text element");
  return element.text;
}

// For each cut text: [name, limit, build a text of that length and return the text Slack gets].
const truncatedTexts: [string, number, (text: string) => string][] = [
  ["header text", 150, (t) => textOf(header(t).text)],
  ["section text", 3000, (t) => textOf(section(t).text)],
  ["plain section text", 3000, (t) => textOf(plainSection(t).text)],
  ["section field", 2000, (t) => textOf(section("x", { fields: [t] }).fields?.[0])],
  ["context text", 3000, (t) => textOf(context([t]).elements[0] as MrkdwnElement)],
  ["button text", 75, (t) => textOf(button({ text: t, actionId: "a" }).text)],
  ["confirm title", 100, (t) => textOf(dialog({ title: t }).title)],
  ["confirm text", 300, (t) => textOf(dialog({ text: t }).text)],
  ["confirm button", 30, (t) => textOf(dialog({ confirm: t }).confirm)],
  ["deny button", 30, (t) => textOf(dialog({ deny: t }).deny)],
  [
    "overflow option text",
    75,
    (t) =>
      textOf(
        overflow({ actionId: "o", options: [{ text: t, value: "1" }, ...twoOptions] }).options[0]
          ?.text,
      ),
  ],
];

function dialog(overrides: Partial<Parameters<typeof confirmDialog>[0]>) {
  return confirmDialog({
    title: "Sure?",
    text: "Really.",
    confirm: "Yes",
    deny: "No",
    ...overrides,
  });
}

describe("text limits", () => {
  it.each(truncatedTexts)("%s: %i characters pass unchanged", (_name, limit, build) => {
    const text = "x".repeat(limit);
    expect(build(text)).toBe(text);
  });

  it.each(truncatedTexts)(
    "%s: one over %i is cut to the limit with an ellipsis",
    (_name, limit, build) => {
      const text = build("x".repeat(limit + 1));
      expect(text).toHaveLength(limit);
      expect(text).toBe(`${"x".repeat(limit - 1)}…`);
    },
  );

  it("does not cut a mrkdwn link in a section", () => {
    const link = "<https://example.com/records/00Q5g00000AbCdE|Acme record>";
    const block = section(`${"x".repeat(2980)} ${link}`);
    expect(textOf(block.text)).toBe(`${"x".repeat(2980)}…`);
  });

  it.each([
    ["header", () => header(" ")],
    ["section", () => section("")],
    ["context", () => context(["ok", "  "])],
    ["button", () => button({ text: "", actionId: "a" })],
  ])("rejects blank %s text, which Slack refuses", (_name, build) => {
    expect(build).toThrow(BlockKitError);
  });
});

// Values and ids are never cut: [name, limit, build with a string of that length].
const exactStrings: [string, number, (value: string) => unknown][] = [
  ["button value", 2000, (v) => button({ text: "Go", actionId: "a", value: v })],
  ["button url", 3000, (v) => button({ text: "Go", actionId: "a", url: v })],
  ["button action_id", 255, (v) => button({ text: "Go", actionId: v })],
  ["overflow action_id", 255, (v) => overflow({ actionId: v, options: twoOptions })],
  [
    "option value",
    150,
    (v) => overflow({ actionId: "o", options: [{ text: "A", value: v }, ...twoOptions] }),
  ],
  [
    "option url",
    3000,
    (v) => overflow({ actionId: "o", options: [{ text: "A", value: "a", url: v }, ...twoOptions] }),
  ],
  ["header block_id", 255, (v) => header("H", v)],
  ["section block_id", 255, (v) => section("S", { blockId: v })],
  ["plain section block_id", 255, (v) => plainSection("S", { blockId: v })],
  ["context block_id", 255, (v) => context(["C"], v)],
  ["divider block_id", 255, (v) => divider(v)],
  ["actions block_id", 255, (v) => actions([ok], v)],
];

describe("value and id limits", () => {
  it.each(exactStrings)("%s: %i characters are kept as they are", (_name, limit, build) => {
    const value = "v".repeat(limit);
    expect(JSON.stringify(build(value))).toContain(`"${value}"`);
  });

  it.each(exactStrings)("%s: one over %i throws instead of cutting", (_name, limit, build) => {
    const attempt = () => build("v".repeat(limit + 1));
    expect(attempt).toThrow(BlockKitError);
    expect(attempt).toThrow(`is ${limit + 1} characters, over ${limit}`);
  });

  it.each(exactStrings)("%s: an empty one throws", (_name, _limit, build) => {
    expect(() => build("")).toThrow(BlockKitError);
  });

  it("gives the error the block_kit code", () => {
    try {
      button({ text: "Go", actionId: "a".repeat(256) });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(BlockKitError);
      expect((error as BlockKitError).code).toBe("block_kit");
    }
  });
});

describe("item counts", () => {
  it("keeps 10 section fields as they are", () => {
    const fields = Array.from({ length: 10 }, (_, i) => `f${i}`);
    expect(section("x", { fields }).fields?.map((f) => f.text)).toEqual(fields);
  });

  it("replaces section fields past 10 by a visible '… N more fields'", () => {
    const fields = Array.from({ length: 12 }, (_, i) => `f${i}`);
    const texts = section("x", { fields }).fields?.map((f) => f.text);
    expect(texts).toHaveLength(10);
    expect(texts?.slice(0, 9)).toEqual(fields.slice(0, 9));
    expect(texts?.[9]).toBe("… 3 more fields");
  });

  it("leaves out an empty section text when there are fields", () => {
    const block = section("", { fields: ["*Owner*\nJane"] });
    expect(block).toEqual({ type: "section", fields: [{ type: "mrkdwn", text: "*Owner*\nJane" }] });
  });

  it("keeps 10 context texts and folds the rest into '… N more items'", () => {
    const ten = Array.from({ length: 10 }, (_, i) => `c${i}`);
    expect(context(ten).elements).toHaveLength(10);
    const eleven = context([...ten, "c10"]).elements as MrkdwnElement[];
    expect(eleven).toHaveLength(10);
    expect(eleven[8]?.text).toBe("c8");
    expect(eleven[9]?.text).toBe("… 2 more items");
  });

  it("rejects an empty context or actions block", () => {
    expect(() => context([])).toThrow(BlockKitError);
    expect(() => actions([])).toThrow(BlockKitError);
  });

  it("accepts 2 to 5 overflow options and rejects 1 or 6", () => {
    const options = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ text: `o${i}`, value: `${i}` }));
    expect(overflow({ actionId: "o", options: options(2) }).options).toHaveLength(2);
    expect(overflow({ actionId: "o", options: options(5) }).options).toHaveLength(5);
    expect(() => overflow({ actionId: "o", options: options(1) })).toThrow("got 1");
    expect(() => overflow({ actionId: "o", options: options(6) })).toThrow("got 6");
  });

  it("leaves an actions block of more than 25 elements whole, for buildMessage to split", () => {
    const many = Array.from({ length: 30 }, (_, i) => button({ text: `b${i}`, actionId: `b${i}` }));
    expect(actions(many).elements).toHaveLength(30);
  });
});

describe("shapes", () => {
  it("builds a button with every option set", () => {
    const confirm = dialog({ style: "danger" });
    expect(
      button({ text: "Resync", actionId: "resync", value: "batch:42", style: "danger", confirm }),
    ).toEqual({
      type: "button",
      text: { type: "plain_text", text: "Resync" },
      action_id: "resync",
      value: "batch:42",
      style: "danger",
      confirm: {
        title: { type: "plain_text", text: "Sure?" },
        text: { type: "mrkdwn", text: "Really." },
        confirm: { type: "plain_text", text: "Yes" },
        deny: { type: "plain_text", text: "No" },
        style: "danger",
      },
    });
  });

  it("omits optional properties that were not given", () => {
    expect(header("H")).toEqual({ type: "header", text: { type: "plain_text", text: "H" } });
    expect(divider()).toEqual({ type: "divider" });
  });

  it("builds blocks that validateBlocks accepts", () => {
    const menu = overflow({
      actionId: "more",
      options: [...twoOptions, { text: "Docs", value: "d", url: "https://x.io" }],
    });
    const blocks: KnownBlock[] = [
      header("Daily digest", "h"),
      section("*3* errors", { fields: ["a", "b"], accessory: menu, blockId: "s" }),
      plainSection("<not a link>", { accessory: ok }),
      context(["one", "two"]),
      divider(),
      actions([
        ok,
        button({ text: "Docs", actionId: "docs", url: "https://x.io", confirm: dialog({}) }),
      ]),
    ];
    expect(validateBlocks(blocks, "message")).toEqual([]);
  });
});

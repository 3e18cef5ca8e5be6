import { describe, expect, it } from "vitest";
import { section } from "./builders.js";
import { BlockKitError } from "./errors.js";
import { datepicker, inputBlock, modalView, plainTextInput, radioButtons } from "./modal.js";
import { validateBlocks } from "./validate.js";

const blocks = [
  section("Snooze *Invalid email*"),
  inputBlock({
    blockId: "length",
    label: "For how long",
    element: radioButtons({
      actionId: "length",
      options: [
        { text: "1 day", value: "1d" },
        { text: "Mute", value: "mute" },
      ],
      initial: "1d",
    }),
  }),
  inputBlock({
    blockId: "date",
    label: "Date",
    optional: true,
    element: datepicker({ actionId: "date" }),
  }),
  inputBlock({
    blockId: "reason",
    label: "Why",
    optional: true,
    element: plainTextInput({ actionId: "reason", maxLength: 280 }),
  }),
];

describe("modal builders", () => {
  it("builds a view Slack takes, cutting title, submit and close to 24", () => {
    const view = modalView({
      callbackId: "snooze",
      title: "Snooze an error type for a while",
      submit: "Snooze",
      close: "Cancel",
      blocks,
      privateMetadata: "{}",
    });
    expect([...view.title.text].length).toBe(24);
    expect(validateBlocks(view.blocks, "modal")).toEqual([]);
  });
  it("refuses over-long metadata, ids and input blocks outside a modal", () => {
    const spec = { callbackId: "s", title: "t", submit: "s", close: "c", blocks };
    expect(() => modalView({ ...spec, privateMetadata: "x".repeat(3001) })).toThrow(BlockKitError);
    expect(() => modalView({ ...spec, callbackId: "x".repeat(256) })).toThrow(BlockKitError);
    expect(validateBlocks(blocks, "message")).toContain(
      "block 1 (input): input blocks are for modals",
    );
    expect(() => radioButtons({ actionId: "a", options: [], initial: "x" })).toThrow(BlockKitError);
  });
});

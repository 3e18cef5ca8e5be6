import { describe, expect, it } from "vitest";
import { image } from "./builders.js";
import { BlockKitError } from "./errors.js";
import { validateBlocks } from "./validate.js";

describe("image blocks", () => {
  it("builds an image by slack file id, with title and alt text, that the validator accepts", () => {
    const block = image({ source: { fileId: "F0SANDBOX0001" }, altText: "3 open", title: "Trend" });
    expect(block).toEqual({
      type: "image",
      slack_file: { id: "F0SANDBOX0001" },
      alt_text: "3 open",
      title: { type: "plain_text", text: "Trend" },
    });
    expect(validateBlocks([block], "home")).toEqual([]);
  });

  it("cuts alt text and title to 2000 and refuses an image_url over 3000", () => {
    const block = image({
      source: { url: "https://x.io/a.png" },
      altText: "a".repeat(2500),
      title: "t".repeat(2500),
    });
    expect([...block.alt_text].length).toBe(2000);
    expect(block.title?.text.length).toBe(2000);
    expect(validateBlocks([block], "message")).toEqual([]);
    expect(() =>
      image({ source: { url: `https://x.io/${"a".repeat(3000)}` }, altText: "a" }),
    ).toThrow(BlockKitError);
  });

  it("reports both or neither source, a bad file id, long texts and a missing alt text", () => {
    const problems = validateBlocks(
      [
        {
          type: "image",
          image_url: "https://x.io/a.png",
          slack_file: { id: "F0SANDBOX0001" },
          alt_text: "a",
        },
        { type: "image", alt_text: "a" },
        { type: "image", slack_file: { id: "x1" }, alt_text: "a" },
        { type: "image", slack_file: { id: "F0SANDBOX0001", url: "https://x" }, alt_text: "a" },
        { type: "image", image_url: "https://x.io/a.png", alt_text: "a".repeat(2001) },
        { type: "image", image_url: "https://x.io/a.png" },
        { type: "image", image_url: "u".repeat(3001), alt_text: "a" },
      ],
      "message",
    );
    expect(problems).toEqual([
      "block 0 (image): needs exactly one of image_url and slack_file",
      "block 1 (image): needs exactly one of image_url and slack_file",
      'block 2 (image): slack_file id "x1" is not a file id',
      "block 3 (image): slack_file needs exactly one of id and url",
      "block 4 (image): alt_text is 2001 characters, over 2000",
      "block 5 (image): alt_text is missing",
      "block 6 (image): image_url is 3001 characters, over 3000",
    ]);
  });
});

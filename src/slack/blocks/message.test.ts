import type { KnownBlock } from "@slack/types";
import { describe, expect, it } from "vitest";
import { actions, button, divider, section } from "./builders.js";
import { BlockKitError } from "./errors.js";
import { buildMessage } from "./message.js";
import { validateBlocks } from "./validate.js";

const sections = (n: number) => Array.from({ length: n }, (_, i) => section(`row ${i}`));
const buttons = (n: number) =>
  Array.from({ length: n }, (_, i) => button({ text: `b${i}`, actionId: `b${i}` }));

function thrown(run: () => unknown): BlockKitError {
  try {
    run();
  } catch (error) {
    if (error instanceof BlockKitError) return error;
    throw error;
  }
  throw new Error("expected a BlockKitError");
}

describe("buildMessage fallback text", () => {
  it("keeps 40,000 characters as they are", () => {
    const text = "t".repeat(40_000);
    expect(buildMessage({ text, blocks: [] }).text).toBe(text);
  });

  it("cuts one over 40,000 to 40,000 ending in an ellipsis", () => {
    const { text } = buildMessage({ text: "t".repeat(40_001), blocks: [] });
    expect(text).toHaveLength(40_000);
    expect(text.endsWith("t…")).toBe(true);
  });

  it("rejects a blank fallback text in a message but not in a view", () => {
    expect(() => buildMessage({ text: " ", blocks: [divider()] })).toThrow(BlockKitError);
    expect(buildMessage({ text: "", blocks: [divider()] }, "home").blocks).toHaveLength(1);
  });
});

describe("buildMessage block count", () => {
  it("keeps 50 blocks in a message as they are", () => {
    const blocks = sections(50);
    expect(buildMessage({ text: "t", blocks }).blocks).toEqual(blocks);
  });

  it("keeps 49 of 51 blocks in a message and says 2 more did not fit", () => {
    const blocks = sections(51);
    const built = buildMessage({ text: "t", blocks }).blocks;
    expect(built).toHaveLength(50);
    expect(built.slice(0, 49)).toEqual(blocks.slice(0, 49));
    expect(built[49]).toEqual({
      type: "context",
      elements: [{ type: "mrkdwn", text: "… 2 more blocks did not fit in one Slack message." }],
    });
  });

  it("keeps 60 blocks whole on the Home tab, where a message would cut them", () => {
    const blocks = sections(60);
    expect(buildMessage({ text: "t", blocks }, "home").blocks).toEqual(blocks);
    expect(buildMessage({ text: "t", blocks }, "message").blocks).toHaveLength(50);
  });

  it.each(["home", "modal"] as const)("cuts a %s view at 100 blocks", (surface) => {
    const built = buildMessage({ text: "t", blocks: sections(130) }, surface).blocks;
    expect(built).toHaveLength(100);
    expect(built[99]).toEqual({
      type: "context",
      elements: [{ type: "mrkdwn", text: "… 31 more blocks did not fit in one Slack view." }],
    });
  });

  it("does not change the blocks it was given", () => {
    const blocks = sections(55);
    const copy = structuredClone(blocks);
    buildMessage({ text: "t", blocks });
    expect(blocks).toEqual(copy);
  });
});

describe("buildMessage actions blocks", () => {
  it("keeps an actions block of 25 elements as it is", () => {
    const block = actions(buttons(25), "row");
    expect(buildMessage({ text: "t", blocks: [block] }).blocks).toEqual([block]);
  });

  it("splits 60 elements into blocks of 25, 25 and 10 with derived block_ids", () => {
    const all = buttons(60);
    const built = buildMessage({ text: "t", blocks: [actions(all, "row")] }).blocks;
    expect(built).toEqual([
      { type: "actions", block_id: "row", elements: all.slice(0, 25) },
      { type: "actions", block_id: "row-2", elements: all.slice(25, 50) },
      { type: "actions", block_id: "row-3", elements: all.slice(50) },
    ]);
  });

  it("splits without block_ids when the block had none", () => {
    const built = buildMessage({ text: "t", blocks: [actions(buttons(26))] }).blocks;
    expect(built.map((b) => b.block_id)).toEqual([undefined, undefined]);
    expect(built.map((b) => (b.type === "actions" ? b.elements.length : 0))).toEqual([25, 1]);
  });

  it("counts the split blocks against the block limit", () => {
    // 48 sections + 60 buttons in 3 actions blocks = 51 blocks: one over.
    const blocks = [...sections(48), actions(buttons(60))];
    const built = buildMessage({ text: "t", blocks }).blocks;
    expect(built).toHaveLength(50);
    expect(built[48]).toEqual({ type: "actions", elements: buttons(25) });
    expect(built[49]).toEqual({
      type: "context",
      elements: [{ type: "mrkdwn", text: "… 2 more blocks did not fit in one Slack message." }],
    });
  });
});

describe("buildMessage duplicate ids", () => {
  it("rejects a block_id used twice", () => {
    const blocks = [section("a", { blockId: "x" }), divider("x")];
    expect(thrown(() => buildMessage({ text: "t", blocks })).message).toBe(
      'block_id "x" is used twice',
    );
  });

  it("rejects a split block_id that collides with another block", () => {
    const blocks = [actions(buttons(26), "row"), divider("row-2")];
    expect(() => buildMessage({ text: "t", blocks })).toThrow('block_id "row-2" is used twice');
  });

  it("rejects an action_id used twice in one block", () => {
    const twice = [button({ text: "A", actionId: "go" }), button({ text: "B", actionId: "go" })];
    expect(() => buildMessage({ text: "t", blocks: [divider(), actions(twice)] })).toThrow(
      'action_id "go" is used twice in block 1',
    );
  });

  it("accepts the same action_id in different blocks", () => {
    const go = () => button({ text: "Go", actionId: "go" });
    expect(
      buildMessage({ text: "t", blocks: [actions([go()]), actions([go()])] }).blocks,
    ).toHaveLength(2);
  });
});

describe("buildMessage defence in depth", () => {
  it("rejects hand-built blocks that break a limit, listing every problem", () => {
    const blocks: KnownBlock[] = [
      { type: "section", text: { type: "mrkdwn", text: "x".repeat(3001) } },
      { type: "header", text: { type: "plain_text", text: "h".repeat(151) } },
    ];
    const error = thrown(() => buildMessage({ text: "t", blocks }));
    expect(error.code).toBe("block_kit");
    expect(error.problems).toEqual([
      "block 0 (section): text is 3001 characters, over 3000",
      "block 1 (header): text is 151 characters, over 150",
    ]);
    expect(error.message).toContain("block 1 (header): text is 151 characters, over 150");
  });

  it("rejects a block type it does not check rather than sending it unchecked", () => {
    const blocks: KnownBlock[] = [
      { type: "video", title: { type: "plain_text", text: "v" } } as never,
    ];
    expect(() => buildMessage({ text: "t", blocks })).toThrow("not one syncerror emits");
  });

  it("summarises many problems in the message and keeps them all in problems", () => {
    const blocks: KnownBlock[] = Array.from({ length: 8 }, () => ({
      type: "header",
      text: { type: "plain_text", text: "" },
    }));
    const error = thrown(() => buildMessage({ text: "t", blocks }));
    expect(error.problems).toHaveLength(8);
    expect(error.message).toMatch(/; and 3 more$/);
  });

  it("returns blocks that validateBlocks accepts", () => {
    const blocks = [...sections(70), actions(buttons(40), "a")];
    const built = buildMessage({ text: "t", blocks });
    expect(validateBlocks(built.blocks, "message")).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { validateBlocks } from "./validate.js";

const plain = (text: string) => ({ type: "plain_text", text });
const mrkdwn = (text: string) => ({ type: "mrkdwn", text });
const x = (n: number) => "x".repeat(n);
const btn = (extra: Record<string, unknown> = {}) => ({
  type: "button",
  text: plain("Go"),
  action_id: "go",
  ...extra,
});
const opt = (i: number) => ({ text: plain(`o${i}`), value: `${i}` });
const confirm = (extra: Record<string, unknown> = {}) => ({
  title: plain("Sure?"),
  text: mrkdwn("Really."),
  confirm: plain("Yes"),
  deny: plain("No"),
  ...extra,
});

// [name, limit, blocks holding something of size n, the problem one over the limit reports]
const limits: [string, number, (n: number) => unknown[], string][] = [
  [
    "header text",
    150,
    (n) => [{ type: "header", text: plain(x(n)) }],
    "block 0 (header): text is 151 characters, over 150",
  ],
  [
    "section text",
    3000,
    (n) => [{ type: "section", text: mrkdwn(x(n)) }],
    "block 0 (section): text is 3001 characters, over 3000",
  ],
  [
    "section field text",
    2000,
    (n) => [{ type: "section", fields: [mrkdwn("a"), plain(x(n))] }],
    "block 0 (section): field 1: text is 2001 characters, over 2000",
  ],
  [
    "section field count",
    10,
    (n) => [{ type: "section", fields: Array.from({ length: n }, () => mrkdwn("f")) }],
    "block 0 (section): fields has 11 items, over 10",
  ],
  [
    "context element count",
    10,
    (n) => [{ type: "context", elements: Array.from({ length: n }, () => mrkdwn("c")) }],
    "block 0 (context): elements has 11 items, over 10",
  ],
  [
    "context text",
    3000,
    (n) => [{ type: "context", elements: [mrkdwn(x(n))] }],
    "block 0 (context): element 0 (mrkdwn): text is 3001 characters, over 3000",
  ],
  [
    "actions element count",
    25,
    (n) => [
      {
        type: "actions",
        elements: Array.from({ length: n }, (_, i) => btn({ action_id: `b${i}` })),
      },
    ],
    "block 0 (actions): elements has 26 items, over 25",
  ],
  [
    "button text",
    75,
    (n) => [{ type: "actions", elements: [btn({ text: plain(x(n)) })] }],
    "block 0 (actions): element 0 (button): text is 76 characters, over 75",
  ],
  [
    "button value",
    2000,
    (n) => [{ type: "actions", elements: [btn({ value: x(n) })] }],
    "block 0 (actions): element 0 (button): value is 2001 characters, over 2000",
  ],
  [
    "button url",
    3000,
    (n) => [{ type: "actions", elements: [btn({ url: x(n) })] }],
    "block 0 (actions): element 0 (button): url is 3001 characters, over 3000",
  ],
  [
    "action_id",
    255,
    (n) => [{ type: "section", text: mrkdwn("s"), accessory: btn({ action_id: x(n) }) }],
    "block 0 (section): accessory (button): action_id is 256 characters, over 255",
  ],
  [
    "block_id",
    255,
    (n) => [{ type: "divider", block_id: x(n) }],
    "block 0 (divider): block_id is 256 characters, over 255",
  ],
  [
    "confirm title",
    100,
    (n) => [{ type: "actions", elements: [btn({ confirm: confirm({ title: plain(x(n)) }) })] }],
    "block 0 (actions): element 0 (button): confirm title is 101 characters, over 100",
  ],
  [
    "confirm text",
    300,
    (n) => [{ type: "actions", elements: [btn({ confirm: confirm({ text: mrkdwn(x(n)) }) })] }],
    "block 0 (actions): element 0 (button): confirm text is 301 characters, over 300",
  ],
  [
    "confirm button",
    30,
    (n) => [{ type: "actions", elements: [btn({ confirm: confirm({ confirm: plain(x(n)) }) })] }],
    "block 0 (actions): element 0 (button): confirm confirm is 31 characters, over 30",
  ],
  [
    "deny button",
    30,
    (n) => [{ type: "actions", elements: [btn({ confirm: confirm({ deny: plain(x(n)) }) })] }],
    "block 0 (actions): element 0 (button): confirm deny is 31 characters, over 30",
  ],
  [
    "overflow option count",
    5,
    (n) => [
      {
        type: "actions",
        elements: [
          {
            type: "overflow",
            action_id: "o",
            options: Array.from({ length: n }, (_, i) => opt(i)),
          },
        ],
      },
    ],
    "block 0 (actions): element 0 (overflow): has 6 options, expected 2 to 5",
  ],
  [
    "overflow option text",
    75,
    (n) => [
      {
        type: "actions",
        elements: [{ type: "overflow", options: [opt(0), { text: plain(x(n)), value: "v" }] }],
      },
    ],
    "block 0 (actions): element 0 (overflow): option 1: text is 76 characters, over 75",
  ],
  [
    "overflow option value",
    150,
    (n) => [
      {
        type: "actions",
        elements: [{ type: "overflow", options: [opt(0), { text: plain("t"), value: x(n) }] }],
      },
    ],
    "block 0 (actions): element 0 (overflow): option 1: value is 151 characters, over 150",
  ],
  [
    "overflow option url",
    3000,
    (n) => [
      {
        type: "actions",
        elements: [{ type: "overflow", options: [opt(0), { ...opt(1), url: x(n) }] }],
      },
    ],
    "block 0 (actions): element 0 (overflow): option 1: url is 3001 characters, over 3000",
  ],
];

describe("validateBlocks limits", () => {
  it.each(limits)("%s: %i is valid", (_name, limit, build) => {
    expect(validateBlocks(build(limit), "message")).toEqual([]);
  });

  it.each(limits)("%s: one over %i is reported", (_name, limit, build, problem) => {
    expect(validateBlocks(build(limit + 1), "message")).toEqual([problem]);
  });

  it.each([
    ["message", 50],
    ["modal", 100],
    ["home", 100],
  ] as const)("allows %s blocks up to %i and reports one more", (surface, max) => {
    const blocks = (n: number) => Array.from({ length: n }, () => ({ type: "divider" }));
    expect(validateBlocks(blocks(max), surface)).toEqual([]);
    expect(validateBlocks(blocks(max + 1), surface)).toEqual([
      `a ${surface} has ${max + 1} blocks, over ${max}`,
    ]);
  });

  it("reports an overflow menu with fewer than 2 options", () => {
    const blocks = [{ type: "actions", elements: [{ type: "overflow", options: [opt(0)] }] }];
    expect(validateBlocks(blocks, "message")).toEqual([
      "block 0 (actions): element 0 (overflow): has 1 options, expected 2 to 5",
    ]);
  });
});

describe("validateBlocks ids", () => {
  it("reports a block_id used twice", () => {
    const blocks = [
      { type: "divider", block_id: "a" },
      { type: "divider", block_id: "b" },
      { type: "header", block_id: "a", text: plain("H") },
    ];
    expect(validateBlocks(blocks, "message")).toEqual([
      'block 2 (header): block_id "a" is already used by block 0',
    ]);
  });

  it("reports an action_id used twice in one block but not across blocks", () => {
    const twice = [{ type: "actions", elements: [btn(), btn({ text: plain("Again") })] }];
    expect(validateBlocks(twice, "message")).toEqual([
      'block 0 (actions): element 1 (button): action_id "go" is already used by element 0',
    ]);
    const apart = [
      { type: "actions", elements: [btn()] },
      { type: "actions", elements: [btn()] },
    ];
    expect(validateBlocks(apart, "message")).toEqual([]);
  });
});

describe("validateBlocks on what Slack would refuse", () => {
  it.each([
    [
      "unknown block type",
      { type: "carousel" },
      "block 0 (carousel): block type is unknown or not one syncerror emits",
    ],
    ["missing header text", { type: "header" }, "block 0 (header): text is missing"],
    [
      "mrkdwn header",
      { type: "header", text: mrkdwn("H") },
      "block 0 (header): text has type mrkdwn, expected plain_text",
    ],
    [
      "blank section text",
      { type: "section", text: mrkdwn("  ") },
      "block 0 (section): text is empty",
    ],
    [
      "section with neither text nor fields",
      { type: "section" },
      "block 0 (section): has neither text nor fields",
    ],
    [
      "empty context",
      { type: "context", elements: [] },
      "block 0 (context): elements has 0 items, needs at least 1",
    ],
    [
      "unknown property",
      { type: "divider", colour: "red" },
      'block 0 (divider): unknown property "colour"',
    ],
    [
      "image accessory",
      { type: "section", text: mrkdwn("s"), accessory: { type: "image" } },
      "block 0 (section): accessory (image): element type image is unknown or not one syncerror emits",
    ],
    [
      "bad button style",
      { type: "actions", elements: [btn({ style: "green" })] },
      'block 0 (actions): element 0 (button): style is "green", expected primary or danger',
    ],
    [
      "confirm without a title",
      { type: "actions", elements: [btn({ confirm: { ...confirm(), title: undefined } })] },
      "block 0 (actions): element 0 (button): confirm title is missing",
    ],
    [
      "option without a value",
      {
        type: "actions",
        elements: [{ type: "overflow", options: [opt(0), { text: plain("t") }] }],
      },
      "block 0 (actions): element 0 (overflow): option 1: value is missing",
    ],
  ])("reports a %s", (_name, block, problem) => {
    expect(validateBlocks([block], "message")).toEqual([problem]);
  });
});

describe("validateBlocks on malformed input", () => {
  it.each([
    [null, "blocks is null, not an array"],
    [undefined, "blocks is undefined, not an array"],
    ["[]", "blocks is string, not an array"],
    [42, "blocks is number, not an array"],
    [{ type: "divider" }, "blocks is object, not an array"],
  ])("reports blocks that are not an array: %j", (blocks, problem) => {
    expect(validateBlocks(blocks, "message")).toEqual([problem]);
  });

  it("reports each item that is not a block object", () => {
    expect(validateBlocks([null, "divider", 7, [], {}], "message")).toEqual([
      "block 0: is not an object",
      "block 1: is not an object",
      "block 2: is not an object",
      "block 3: is not an object",
      "block 4 (undefined): block type is unknown or not one syncerror emits",
    ]);
  });

  it("walks nested garbage without throwing and reports every part of it", () => {
    const garbage = [
      {
        type: "section",
        text: { type: "mrkdwn", text: { nested: [1, 2] } },
        fields: "not a list",
        accessory: { type: 5 },
        block_id: 12,
      },
      {
        type: "actions",
        elements: [null, [btn()], { type: "button", text: "Go", confirm: "yes" }],
      },
      { type: { evil: true }, text: plain("x") },
    ];
    expect(validateBlocks(garbage, "message")).toEqual([
      "block 0 (section): text has no text",
      "block 0 (section): fields is not an array",
      "block 0 (section): accessory (number): element type number is unknown or not one syncerror emits",
      "block 0 (section): block_id is not a string",
      "block 1 (actions): element 0 (object): is not an object",
      "block 1 (actions): element 1 (object): is not an object",
      "block 1 (actions): element 2 (button): text is not a text object",
      "block 1 (actions): element 2 (button): confirm is not an object",
      "block 2 (object): block type is unknown or not one syncerror emits",
    ]);
  });

  it("keeps a hostile type string short in its report", () => {
    const [problem] = validateBlocks([{ type: `<script>${x(500)}` }], "message");
    expect(problem?.length).toBeLessThan(120);
  });

  it("turns a throwing getter into a problem instead of throwing", () => {
    const block = {
      get type(): string {
        throw new Error("boom");
      },
    };
    expect(validateBlocks([block], "message")).toEqual(["blocks could not be read: boom"]);
  });
});

describe("validateBlocks image blocks", () => {
  it("accepts a Slack file with alt text and a title, and refuses what Slack would", () => {
    const image = {
      type: "image",
      slack_file: { id: "F0CHART123" },
      alt_text: "Open errors by type: Invalid value 3",
      title: { type: "plain_text", text: "Open errors" },
    };
    expect(validateBlocks([image], "home")).toEqual([]);
    expect(validateBlocks([{ ...image, alt_text: "x".repeat(2001) }], "home")).toEqual([
      "block 0 (image): alt_text is 2001 characters, over 2000",
    ]);
    expect(validateBlocks([{ ...image, image_url: "https://x.io/a.png" }], "home")[0]).toContain(
      "exactly one of image_url and slack_file",
    );
    expect(validateBlocks([{ ...image, slack_file: { id: "nope" } }], "home")[0]).toContain(
      "is not a file id",
    );
  });
});

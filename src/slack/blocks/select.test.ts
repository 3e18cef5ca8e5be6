import { describe, expect, it } from "vitest";
import { section, staticSelect } from "./builders.js";
import { BlockKitError } from "./errors.js";
import { OPTION_TEXT_MAX, SELECT_OPTIONS_MAX } from "./limits.js";
import { validateBlocks } from "./validate.js";

// Static select limits: https://docs.slack.dev/reference/block-kit/block-elements/select-menu-element#static_select
// (options: at most 100; placeholder text: at most 150) and the option object reference
// https://docs.slack.dev/reference/block-kit/composition-objects/option-object (text 75, value 150).

const options = (n: number) =>
  Array.from({ length: n }, (_v, i) => ({ text: `Column ${i}`, value: `c${i}` }));
const inSection = (select: unknown) => [
  { type: "section", text: { type: "mrkdwn", text: "Field" }, accessory: select },
];

describe("staticSelect", () => {
  it("builds a menu Slack accepts, with the initial option being one of its options", () => {
    const select = staticSelect({
      actionId: "pick",
      placeholder: "The column for Error type",
      options: options(SELECT_OPTIONS_MAX),
      initial: "c7",
    });
    expect(select.initial_option).toEqual({
      text: { type: "plain_text", text: "Column 7" },
      value: "c7",
    });
    expect(validateBlocks([section("Field", { accessory: select })], "message")).toEqual([]);
  });

  it("cuts option texts to 75, and refuses what a cut cannot fix", () => {
    const long = staticSelect({
      actionId: "a",
      placeholder: "p",
      options: [{ text: "x".repeat(200), value: "v" }],
    });
    expect(long.options?.[0]?.text.text).toHaveLength(OPTION_TEXT_MAX);
    expect(() => staticSelect({ actionId: "a", placeholder: "p", options: options(101) })).toThrow(
      BlockKitError,
    );
    expect(() => staticSelect({ actionId: "a", placeholder: "p", options: [] })).toThrow(
      BlockKitError,
    );
    expect(() =>
      staticSelect({
        actionId: "a",
        placeholder: "p",
        options: [{ text: "x", value: "v".repeat(151) }],
      }),
    ).toThrow("option value is 151 characters, over 150");
    expect(() =>
      staticSelect({
        actionId: "a",
        placeholder: "p",
        options: [
          { text: "x", value: "v" },
          { text: "y", value: "v" },
        ],
      }),
    ).toThrow("must be unique");
    expect(() =>
      staticSelect({ actionId: "a", placeholder: "p", options: options(2), initial: "c9" }),
    ).toThrow("initial option is not one of its options");
  });
});

describe("validateBlocks on static selects", () => {
  const option = (text: string, value: string) => ({ text: { type: "plain_text", text }, value });
  it.each([
    [
      "101 options",
      {
        type: "static_select",
        action_id: "a",
        options: options(101).map((o) => option(o.text, o.value)),
      },
      "block 0 (section): accessory (static_select): has 101 options, expected 1 to 100",
    ],
    [
      "an option text over 75",
      { type: "static_select", action_id: "a", options: [option("x".repeat(76), "v")] },
      "block 0 (section): accessory (static_select): option 0: text is 76 characters, over 75",
    ],
    [
      "an option value over 150",
      { type: "static_select", action_id: "a", options: [option("x", "v".repeat(151))] },
      "block 0 (section): accessory (static_select): option 0: value is 151 characters, over 150",
    ],
    [
      "a placeholder over 150",
      {
        type: "static_select",
        action_id: "a",
        placeholder: { type: "plain_text", text: "p".repeat(151) },
        options: [option("x", "v")],
      },
      "block 0 (section): accessory (static_select): placeholder is 151 characters, over 150",
    ],
    [
      "an initial option that is not one of the options",
      {
        type: "static_select",
        action_id: "a",
        options: [option("x", "v")],
        initial_option: option("y", "v"),
      },
      "block 0 (section): accessory (static_select): initial_option is not exactly one of the options",
    ],
    [
      "two options with one value",
      { type: "static_select", action_id: "a", options: [option("x", "v"), option("y", "v")] },
      'block 0 (section): accessory (static_select): option 1: value "v" is used by an earlier option',
    ],
    [
      "a url on an option (overflow menus only)",
      {
        type: "static_select",
        action_id: "a",
        options: [{ ...option("x", "v"), url: "https://x" }],
      },
      'block 0 (section): accessory (static_select): option 0: unknown property "url"',
    ],
  ])("reports %s", (_name, select, problem) => {
    expect(validateBlocks(inSection(select), "message")).toContain(problem);
  });
});

// Option groups: https://docs.slack.dev/reference/block-kit/composition-objects/option-group-object
// (label plain_text, at most 75; options at most 100) and the select reference (option_groups at
// most 100; options or option_groups, not both).
describe("staticSelect with option groups", () => {
  const groups = [
    { label: "Picklists", options: options(3) },
    { label: "Owners", options: [{ text: "Owner", value: "o1" }] },
  ];

  it("builds a grouped menu Slack accepts, the initial option taken from any group", () => {
    const select = staticSelect({ actionId: "pick", placeholder: "Type", groups, initial: "o1" });
    expect(select.options).toBeUndefined();
    expect(select.option_groups?.map((g) => [g.label.text, g.options.length])).toEqual([
      ["Picklists", 3],
      ["Owners", 1],
    ]);
    expect(select.initial_option?.value).toBe("o1");
    expect(validateBlocks(inSection(select), "message")).toEqual([]);
  });

  it("refuses an empty group, values used twice across groups, and over 100 options in all", () => {
    expect(() =>
      staticSelect({ actionId: "p", placeholder: "T", groups: [{ label: "Empty", options: [] }] }),
    ).toThrow(BlockKitError);
    expect(() =>
      staticSelect({
        actionId: "p",
        placeholder: "T",
        groups: [
          { label: "A", options: options(2) },
          { label: "B", options: options(1) },
        ],
      }),
    ).toThrow(/unique/);
    expect(() =>
      staticSelect({
        actionId: "p",
        placeholder: "T",
        groups: [{ label: "A", options: options(SELECT_OPTIONS_MAX + 1) }],
      }),
    ).toThrow(BlockKitError);
  });

  it("is validated: a long label, an empty group, and options beside groups are reported", () => {
    const select = staticSelect({ actionId: "pick", placeholder: "Type", groups });
    const tooLong = {
      ...select,
      option_groups: [{ label: { type: "plain_text", text: "x".repeat(76) }, options: options(1) }],
    };
    expect(validateBlocks(inSection(tooLong), "message").join("\n")).toMatch(/label/);
    const empty = {
      ...select,
      option_groups: [{ label: { type: "plain_text", text: "A" }, options: [] }],
    };
    expect(validateBlocks(inSection(empty), "message").join("\n")).toMatch(/option group 0/);
    const both = { ...select, options: options(1) };
    expect(validateBlocks(inSection(both), "message").join("\n")).toMatch(
      /both options and option_groups/,
    );
  });
});

import { describe, expect, it } from "vitest";
import { createCatalog } from "../catalog/catalog.js";
import { rules } from "../rules/index.js";
import {
  actions,
  button,
  confirmDialog,
  context,
  divider,
  header,
  overflow,
  section,
  staticSelect,
} from "../slack/blocks/index.js";
import { explainResultMessage } from "../slack/messages/explanation.js";
import { renderBlocks, renderMrkdwn } from "./render-blocks.js";

function counter(start = 1) {
  let n = start;
  return () => n++;
}
const plain = (blocks: unknown[]) =>
  renderBlocks(blocks, { color: false, nextNumber: counter(), width: 10 });

describe("renderMrkdwn", () => {
  it("turns links, mentions and channels into readable text", () => {
    expect(
      renderMrkdwn(
        "See <https://x.test/a|the article>, <@U123>, <#C1|sync-errors>, <!here>, <https://y.test>",
        false,
      ),
    ).toBe("See the article (https://x.test/a), @U123, #sync-errors, @here, https://y.test");
  });

  it("keeps code spans literal: a cron's stars are not bold", () => {
    expect(renderMrkdwn("Digest `0 9 * * 1-5` and *bold* :white_check_mark:", false)).toBe(
      "Digest 0 9 * * 1-5 and bold ✅",
    );
  });

  it("shows a formatted date in the terminal's time zone, as Slack shows it to its reader", () => {
    // 1796331051 is 2026-12-03T20:50:51Z.
    const text = "at <!date^1796331051^{date_short_pretty} {time}|Dec 3, 2026 20:50 UTC>";
    const copenhagen = { timeZone: "Europe/Copenhagen" };
    const later = { ...copenhagen, now: () => new Date("2027-01-15T12:00:00Z") };
    expect(renderMrkdwn(text, false, later)).toBe("at Dec 3, 2026 9:50 PM");
    const sameDay = { ...copenhagen, now: () => new Date("2026-12-03T22:30:00Z") };
    expect(renderMrkdwn(text, false, sameDay)).toBe("at today 9:50 PM");
    const nextDay = { ...copenhagen, now: () => new Date("2026-12-04T08:00:00Z") };
    expect(renderMrkdwn(text, false, nextDay)).toBe("at yesterday 9:50 PM");
    expect(
      renderMrkdwn("<!date^1796331051^{date_num} {time_secs}|x>", false, {
        timeZone: "Asia/Tokyo",
      }),
    ).toBe("2026-12-04 5:50:51 AM");
  });

  it("falls back to a date's fallback text when it cannot read the date", () => {
    expect(renderMrkdwn("at <!date^soon^{time}|Dec 3, 2026 20:50 UTC>", false)).toBe(
      "at Dec 3, 2026 20:50 UTC",
    );
  });

  it("names a channel given by its id alone", () => {
    const channelName = (id: string) => (id === "C0SANDBOX" ? "sync-errors" : undefined);
    expect(renderMrkdwn("in <#C0SANDBOX> and <#C0OTHER>", false, { channelName })).toBe(
      "in #sync-errors and #C0OTHER",
    );
  });

  it("unescapes Slack's three entities after reading the markup", () => {
    expect(renderMrkdwn("&lt;!channel&gt; &amp; co", false)).toBe("<!channel> & co");
  });

  it("drops bold and italic markers without colour, styles them with colour", () => {
    expect(renderMrkdwn("*Cause* and _why_", false)).toBe("Cause and why");
    expect(renderMrkdwn("*Cause*", true)).toBe("\u001b[1mCause\u001b[22m");
  });

  it("drops the backticks around code without colour, styles code with colour", () => {
    expect(renderMrkdwn("run `/syncerror list` or see <https://x.example|_the docs_>", false)).toBe(
      "run /syncerror list or see the docs (https://x.example)",
    );
    expect(renderMrkdwn("`list`", true)).toBe("\u001b[36mlist\u001b[39m");
  });

  it("leaves lone asterisks and snake_case words alone", () => {
    expect(renderMrkdwn("2 * 3 and STRING_TOO_LONG and some_field__c", false)).toBe(
      "2 * 3 and STRING_TOO_LONG and some_field__c",
    );
  });
});

describe("renderBlocks", () => {
  it("renders a header as its plain title when piped, bold in a terminal", () => {
    expect(plain([header("Title")]).lines).toEqual(["Title"]);
    expect(renderBlocks([header("Title")], { color: true, nextNumber: counter() }).lines).toEqual([
      "\u001b[1mTitle\u001b[22m",
    ]);
  });

  it("renders sections with fields, context joined by dots, and dividers", () => {
    const rendered = plain([
      section("*Fix*", { fields: ["*A:* 1", "*B:* 2"] }),
      context(["one", "_two_"]),
      divider(),
    ]);
    expect(rendered.lines).toEqual(["Fix", "  A: 1", "  B: 2", "one · two", "──────────"]);
  });

  it("numbers buttons across blocks and keeps what a click needs", () => {
    const rendered = renderBlocks(
      [
        actions(
          [button({ text: "Share in channel", actionId: "explain_share", value: "v1" })],
          "b1",
        ),
        section("more", {
          accessory: button({ text: "Open", actionId: "open", url: "https://x.test" }),
        }),
      ],
      { color: false, nextNumber: counter(4) },
    );
    expect(rendered.lines).toEqual(["[4] Share in channel", "", "more", "[5] Open"]);
    expect(rendered.actions).toEqual([
      {
        number: 4,
        label: "Share in channel",
        kind: "button",
        actionId: "explain_share",
        blockId: "b1",
        value: "v1",
      },
      { number: 5, label: "Open", kind: "button", actionId: "open", url: "https://x.test" },
    ]);
  });

  it("keeps a button's confirm dialog", () => {
    const confirm = confirmDialog({
      title: "Resync 300?",
      text: "Fix the cause first.",
      confirm: "Resync",
      deny: "Cancel",
    });
    const [action] = plain([
      actions([button({ text: "Resync", actionId: "resync", value: "k", confirm })]),
    ]).actions;
    expect(action?.confirm).toEqual({
      title: "Resync 300?",
      text: "Fix the cause first.",
      confirm: "Resync",
      deny: "Cancel",
    });
  });

  it("numbers each option of an overflow menu", () => {
    const menu = overflow({
      actionId: "more",
      options: [
        { text: "Mute", value: "mute" },
        { text: "Snooze", value: "snooze" },
      ],
    });
    const rendered = plain([actions([menu])]);
    expect(rendered.lines).toEqual(["[1] ⋯ Mute  [2] ⋯ Snooze"]);
    expect(rendered.actions.map((a) => a.selectedOption)).toEqual([
      { text: "Mute", value: "mute" },
      { text: "Snooze", value: "snooze" },
    ]);
  });

  it("numbers a select menu once, showing its chosen option, and keeps its options in order", () => {
    const options = [
      { text: "— not in this file —", value: "none" },
      { text: "Fejltype", value: "c0" },
      { text: "Fejlbesked", value: "c1" },
    ];
    const chosen = staticSelect({
      actionId: "import_column:message",
      placeholder: "The column for Error message",
      options,
      initial: "c1",
    });
    const open = staticSelect({ actionId: "pick", placeholder: "Pick one", options });
    const rendered = plain([section("*Error message*", { accessory: chosen }), actions([open])]);
    expect(rendered.lines).toEqual(["Error message", "[1] ▾ Fejlbesked", "", "[2] ▾ Pick one"]);
    expect(rendered.actions).toMatchObject([
      {
        number: 1,
        kind: "select",
        label: "The column for Error message",
        actionId: "import_column:message",
        options,
        initialOption: { text: "Fejlbesked", value: "c1" },
      },
      { number: 2, kind: "select", label: "Pick one", options },
    ]);
    expect(rendered.actions[1]).not.toHaveProperty("initialOption");
  });

  it("lists a grouped menu's options in order, each with its group's label", () => {
    const grouped = staticSelect({
      actionId: "correction_type",
      placeholder: "The right error type",
      groups: [
        { label: "Picklists", options: [{ text: "Mismatched options", value: "mo" }] },
        { label: "Emails", options: [{ text: "Invalid email", value: "ie" }] },
      ],
    });
    const rendered = plain([actions([grouped])]);
    expect(rendered.lines).toEqual(["[1] ▾ The right error type"]);
    expect(rendered.actions[0]?.options).toEqual([
      { text: "Picklists · Mismatched options", value: "mo" },
      { text: "Emails · Invalid email", value: "ie" },
    ]);
  });

  it("names blocks it cannot show and ignores garbage", () => {
    expect(
      plain([{ type: "video" }, null, 7, "x", { type: "actions", elements: "nope" }]).lines,
    ).toEqual(["[a video block the console cannot show]"]);
  });

  it("renders a whole explanation as readable text", () => {
    const catalog = createCatalog(rules);
    const message = explainResultMessage(catalog.explain("Type mismatch"), catalog);
    const rendered = renderBlocks(message.blocks, { color: false, nextNumber: counter() });
    const text = rendered.lines.join("\n");
    expect(text).toMatch(
      /^Type mismatch\nProperty mappings · either direction · Danish: Uoverensstemmende typer \(our translation; HubSpot shows the English name\)\n\nCause\n/,
    );
    expect(text).toContain("Cause\nThe HubSpot property");
    expect(text).toContain("HubSpot help article (https://knowledge.hubspot.com/");
    expect(text).toMatch(/\[1\] Share in channel$/);
  });
});

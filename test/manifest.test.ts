import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isMap, isScalar, isSeq, parseDocument } from "yaml";
import { subcommands } from "../src/commands/index.js";
import { DEFAULT_BOT_SCOPES } from "../src/sandbox/slack/sandbox.js";
import { BOT_SCOPES } from "../src/slack/app.js";
import { EVENTS, EXPLAIN_ACTION_IDS, SLASH_COMMAND } from "../src/slack/listeners/index.js";

// manifest.yml must describe what the app really registers: the same command, the same events,
// interactivity exactly when there are buttons, and only scopes that say why they are needed.
const source = readFileSync(new URL("../manifest.yml", import.meta.url), "utf8");
const document = parseDocument(source);
const manifest = document.toJS() as {
  features: {
    slash_commands: Array<{ command: string; usage_hint: string; should_escape: boolean }>;
    app_home: { home_tab_enabled: boolean };
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[] };
    interactivity: { is_enabled: boolean };
    socket_mode_enabled: boolean;
  };
};

describe("manifest.yml", () => {
  it("parses without errors", () => {
    expect(document.errors).toEqual([]);
  });

  it("declares exactly the one slash command the app registers, with every subcommand in its hint", () => {
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual([SLASH_COMMAND]);
    const [command] = manifest.features.slash_commands;
    for (const sub of subcommands) expect(command?.usage_hint).toContain(sub.name);
    // Escaping would turn pasted <ids> and links into Slack's own markup before we see them.
    expect(command?.should_escape).toBe(false);
  });

  it("subscribes to exactly the events the app listens to", () => {
    expect(manifest.settings.event_subscriptions.bot_events).toEqual([...EVENTS]);
    expect(manifest.features.app_home.home_tab_enabled).toBe(EVENTS.includes("app_home_opened"));
  });

  it("enables interactivity because the app has buttons", () => {
    expect(EXPLAIN_ACTION_IDS.length).toBeGreaterThan(0);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
  });

  it("asks only for the scopes the app uses, each with a comment saying why", () => {
    expect(manifest.oauth_config.scopes.bot).toEqual([
      "commands",
      "chat:write",
      "files:read",
      "files:write",
      "usergroups:read",
      "channels:read",
      "groups:read",
      "users:read",
    ]);
    // The bot checks its token against them at start, and the Slack sandbox grants them by default.
    expect(manifest.oauth_config.scopes.bot).toEqual([...BOT_SCOPES]);
    expect(manifest.oauth_config.scopes.bot).toEqual([...DEFAULT_BOT_SCOPES]);
    const scopes = document.getIn(["oauth_config", "scopes", "bot"]);
    expect(isSeq(scopes)).toBe(true);
    if (!isSeq(scopes)) return;
    scopes.items.forEach((item, index) => {
      // yaml attaches the comment above the first item to the sequence itself.
      const comment =
        (isScalar(item) ? item.commentBefore : undefined) ??
        (index === 0 ? scopes.commentBefore : undefined);
      expect(
        comment?.trim().length ?? 0,
        `scope ${String(isScalar(item) ? item.value : item)}`,
      ).toBeGreaterThan(20);
    });
  });

  it("turns Socket Mode on, matching the default install path in the README", () => {
    expect(isMap(document.contents)).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });
});

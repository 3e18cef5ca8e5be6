import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { MemberJoinedChannelEvent } from "@slack/types";
import type { WebAPIPlatformError, WebAPIRateLimitedError, WebClientOptions } from "@slack/web-api";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { rejection } from "../../../test/fakes/rejection.js";
import { sandboxClient, TEST_TOKEN } from "../../../test/fakes/slack-clients.js";
import type { SlackAppTarget } from "./requests.js";
import { DEFAULT_BOT_SCOPES, SlackSandbox, type SlackSandboxOptions } from "./sandbox.js";

// The Slack sandbox's promises (docs/fakes/slack.md), each checked through the official client,
// @slack/web-api 8.2's WebClient, which parses every answer the way an app receives it. Each test
// names the public reference it follows.

let sandbox: SlackSandbox;
let app: Server;
let target: SlackAppTarget;
/** The JSON bodies of the events the sandbox sent to the app. */
let events: Array<{ event: Record<string, unknown> } & Record<string, unknown>>;

async function start(options: Partial<SlackSandboxOptions> = {}): Promise<void> {
  await sandbox?.close();
  sandbox = await SlackSandbox.start({ botToken: TEST_TOKEN, ...options });
}

const client = (options: WebClientOptions = {}) => sandboxClient(sandbox.apiUrl, options);

beforeEach(async () => {
  events = [];
  app = createServer(async (req: IncomingMessage, res) => {
    let body = "";
    for await (const chunk of req) body += String(chunk);
    events.push(JSON.parse(body));
    res.end();
  });
  await new Promise<void>((resolve) => app.listen(0, "127.0.0.1", resolve));
  const port = (app.address() as AddressInfo).port;
  target = { appUrl: `http://127.0.0.1:${port}/slack/events`, signingSecret: "s" };
  await start();
});

afterEach(async () => {
  app.closeAllConnections();
  await new Promise<void>((resolve) => app.close(() => resolve()));
  await sandbox.close();
});

const platformError = (promise: Promise<unknown>) =>
  rejection<WebAPIPlatformError>(promise).then((error) => error.data);

describe("auth and scopes", () => {
  it("answers auth.test in the spec's shape, with the token's scopes in x-oauth-scopes", async () => {
    // slack-api-specs web-api/slack_web_openapi_v2.json, auth.test 200 example; the scope headers
    // as @slack/web-api reads them (WebClient.js, response_metadata.scopes).
    const result = await client().auth.test();
    expect(result).toMatchObject({
      ok: true,
      url: `${sandbox.url}/`,
      team: "Sandbox",
      team_id: "T0SANDBOX",
      user_id: "U0SANDBOXBOT",
      bot_id: "B0SANDBOX",
    });
    expect(result.response_metadata?.scopes).toEqual([...DEFAULT_BOT_SCOPES]);
  });

  it("refuses a method the token lacks the scope for: missing_scope, with needed and provided", async () => {
    // slack-api-specs: files.info security files:read; usergroups.users.list usergroups:read.
    // The needed/provided fields: every @slack/web-api 8.2 response type (e.g. FilesInfoResponse).
    await start({ scopes: ["commands", "chat:write"] });
    const files = await platformError(client().files.info({ file: "F0NONE" }));
    expect(files).toMatchObject({
      ok: false,
      error: "missing_scope",
      needed: "files:read",
      provided: "commands,chat:write",
    });
    expect(files.response_metadata).toMatchObject({
      scopes: ["commands", "chat:write"],
      acceptedScopes: ["files:read"],
    });
    const groups = await platformError(client().usergroups.users.list({ usergroup: "S0ADMINS" }));
    expect(groups).toMatchObject({ error: "missing_scope", needed: "usergroups:read" });
    // A refusal for scope is the workspace's state, not a defect of the app.
    sandbox.assertNoUnexpectedCalls();
  });

  it("needs the read scope of the conversation's kind for conversations.info", async () => {
    // https://docs.slack.dev/reference/methods/conversations.info: channels:read, groups:read…
    await start({ scopes: ["chat:write", "channels:read"] });
    sandbox.addChannel({ id: "G0OPS", name: "ops", isPrivate: true });
    await sandbox.inviteBot("G0OPS");
    await expect(client().conversations.info({ channel: "C0SANDBOX" })).resolves.toMatchObject({
      ok: true,
    });
    expect(await platformError(client().conversations.info({ channel: "G0OPS" }))).toMatchObject({
      error: "missing_scope",
      needed: "groups:read",
    });
  });
});

describe("users.info", () => {
  // slack-api-specs web-api/slack_web_openapi_v2.json, /users.info: security users:read, the
  // include_locale parameter ("to receive the locale for this user"), error user_not_found, and
  // objs_user's required fields.
  it("answers a person, with their locale only when include_locale is true", async () => {
    sandbox.addUser({ id: "U0ANNE", locale: "da-DK", name: "anne" });
    const withLocale = await client().users.info({ user: "U0ANNE", include_locale: true });
    expect(withLocale.user).toMatchObject({
      id: "U0ANNE",
      name: "anne",
      is_bot: false,
      is_app_user: false,
      locale: "da-DK",
    });
    expect(withLocale.user?.profile).toBeDefined();
    expect(typeof withLocale.user?.updated).toBe("number");
    const without = await client().users.info({ user: "U0ANNE" });
    expect(without.user?.locale).toBeUndefined();
    sandbox.assertNoUnexpectedCalls();
  });

  it("knows everyone who acts (here: opens the Home tab), with Slack's default locale en-US", async () => {
    await sandbox.openHome(target, { userId: "U0BO" });
    const bo = await client().users.info({ user: "U0BO", include_locale: true });
    expect(bo.user?.locale).toBe("en-US");
  });

  it("answers user_not_found for a person the workspace lacks", async () => {
    expect(await platformError(client().users.info({ user: "U0NOBODY" }))).toMatchObject({
      ok: false,
      error: "user_not_found",
    });
    sandbox.assertNoUnexpectedCalls();
  });

  it("needs users:read: missing_scope with needed and provided", async () => {
    await start({ scopes: ["commands", "chat:write"] });
    sandbox.addUser({ id: "U0ANNE" });
    expect(await platformError(client().users.info({ user: "U0ANNE" }))).toMatchObject({
      error: "missing_scope",
      needed: "users:read",
      provided: "commands,chat:write",
    });
  });
});

describe("channel membership", () => {
  it("refuses a post in a public channel the bot is not in with not_in_channel", async () => {
    // slack-api-specs chat.postMessage errors (not_in_channel); connorads/lockbot#11.
    const data = await platformError(
      client().chat.postMessage({ channel: "C0SANDBOX", text: "x" }),
    );
    expect(data).toMatchObject({ ok: false, error: "not_in_channel" });
    expect(sandbox.messages("C0SANDBOX")).toEqual([]);
    sandbox.assertNoUnexpectedCalls();
  });

  it("lets chat:write.public post in a public channel without an invite, not in a private one", async () => {
    // https://docs.slack.dev/reference/scopes/chat:write.public; getsentry/sentry#119600.
    await start({ scopes: [...DEFAULT_BOT_SCOPES, "chat:write.public"] });
    await expect(
      client().chat.postMessage({ channel: "C0SANDBOX", text: "x" }),
    ).resolves.toMatchObject({ ok: true, channel: "C0SANDBOX" });
    sandbox.addChannel({ id: "G0OPS", name: "ops", isPrivate: true });
    expect(
      await platformError(client().chat.postMessage({ channel: "G0OPS", text: "x" })),
    ).toMatchObject({ error: "channel_not_found" });
  });

  it("posts once invited, answering in the spec's shape", async () => {
    // slack-api-specs chat.postMessage 200 example: ok, channel, ts, message.
    await sandbox.inviteBot("C0SANDBOX");
    const result = await client().chat.postMessage({ channel: "C0SANDBOX", text: "hello" });
    expect(result).toMatchObject({
      ok: true,
      channel: "C0SANDBOX",
      ts: expect.stringMatching(/^\d{10}\.\d{6}$/),
      message: { type: "message", text: "hello", bot_id: "B0SANDBOX" },
    });
  });

  it("shows is_member in conversations.info, and hides a private channel the bot is not in", async () => {
    // slack-api-specs conversations.info 200 example (is_member); mishk0/slack-bot-api#97.
    const before = await client().conversations.info({ channel: "C0SANDBOX" });
    expect(before.channel).toMatchObject({ id: "C0SANDBOX", is_channel: true, is_member: false });
    await sandbox.inviteBot("C0SANDBOX");
    const after = await client().conversations.info({ channel: "C0SANDBOX" });
    expect(after.channel?.is_member).toBe(true);
  });

  it("answers chat.getPermalink with a link to a message, and message_not_found for another", async () => {
    // https://api.slack.com/methods/chat.getPermalink: {ok, channel, permalink}, the permalink
    // .../archives/<channel>/p<ts without its dot>; errors channel_not_found, message_not_found.
    await sandbox.inviteBot("C0SANDBOX");
    const posted = await client().chat.postMessage({ channel: "C0SANDBOX", text: "hello" });
    const ts = String(posted.ts);
    const link = await client().chat.getPermalink({ channel: "C0SANDBOX", message_ts: ts });
    expect(link).toMatchObject({
      ok: true,
      channel: "C0SANDBOX",
      permalink: `${sandbox.url}/archives/C0SANDBOX/p${ts.replace(".", "")}`,
    });
    expect(
      await platformError(client().chat.getPermalink({ channel: "C0SANDBOX", message_ts: "1.2" })),
    ).toMatchObject({ ok: false, error: "message_not_found" });
    expect(
      await platformError(client().chat.getPermalink({ channel: "C0NOPE", message_ts: ts })),
    ).toMatchObject({ ok: false, error: "channel_not_found" });
  });

  it("tells the app it was invited with member_joined_channel, as the Events API sends it", async () => {
    // https://docs.slack.dev/reference/events/member_joined_channel (needs channels:read or
    // groups:read); the envelope: https://docs.slack.dev/apis/events-api/ (event_callback).
    const reply = await sandbox.inviteBot("C0SANDBOX", { target, inviter: "U0ADMIN" });
    expect(reply?.status).toBe(200);
    const [envelope] = events;
    expect(envelope).toMatchObject({
      type: "event_callback",
      team_id: "T0SANDBOX",
      api_app_id: "A0SANDBOX",
      event_id: expect.any(String),
      event_time: expect.any(Number),
      authorizations: [{ team_id: "T0SANDBOX", user_id: "U0SANDBOXBOT", is_bot: true }],
    });
    const event: MemberJoinedChannelEvent = envelope?.event as unknown as MemberJoinedChannelEvent;
    expect(event).toMatchObject({
      type: "member_joined_channel",
      user: "U0SANDBOXBOT",
      channel: "C0SANDBOX",
      channel_type: "C",
      team: "T0SANDBOX",
      inviter: "U0ADMIN",
      event_ts: expect.any(String),
    });
    // Without the read scope of the channel's kind Slack sends no such event.
    await start({ scopes: ["chat:write"] });
    expect(await sandbox.inviteBot("C0SANDBOX", { target })).toBeUndefined();
    expect(events).toHaveLength(1);
  });

  it("sends file_shared only from a conversation the bot is in", async () => {
    // https://docs.slack.dev/apis/events-api/: a bot gets events of conversations it is a member of.
    const file = { userId: "U1", channelId: "C0SANDBOX", name: "a.csv", content: Buffer.from("a") };
    expect((await sandbox.shareFile(target, file)).reply).toBeUndefined();
    await sandbox.inviteBot("C0SANDBOX");
    expect((await sandbox.shareFile(target, file)).reply?.status).toBe(200);
    expect(events.map((e) => e.event.type)).toEqual(["file_shared"]);
  });
});

describe("archived channels, and what conversations.info and conversations.list see", () => {
  it("refuses a post in an archived channel with is_archived, and shows it in conversations.info", async () => {
    // slack-api-specs chat.postMessage errors (is_archived); conversations.info 200 example (is_archived).
    await sandbox.inviteBot("C0SANDBOX");
    sandbox.archiveChannel("C0SANDBOX");
    expect(
      await platformError(client().chat.postMessage({ channel: "C0SANDBOX", text: "x" })),
    ).toMatchObject({ ok: false, error: "is_archived" });
    const info = await client().conversations.info({ channel: "C0SANDBOX" });
    expect(info.channel).toMatchObject({ is_archived: true, is_member: true });
    sandbox.archiveChannel("C0SANDBOX", false);
    await expect(
      client().chat.postMessage({ channel: "C0SANDBOX", text: "x" }),
    ).resolves.toMatchObject({ ok: true });
  });

  it("takes only an id in conversations.info: a #name is channel_not_found", async () => {
    // slack-api-specs /conversations.info: channel is the "Conversation ID to learn more about".
    await sandbox.inviteBot("C0SANDBOX");
    expect(
      await platformError(client().conversations.info({ channel: "#sync-errors" })),
    ).toMatchObject({ ok: false, error: "channel_not_found" });
    sandbox.assertNoUnexpectedCalls();
  });

  it("lists public channels, private ones only the bot is in, archived unless excluded", async () => {
    // slack-api-specs /conversations.list (types, exclude_archived, 200 example);
    // mishk0/slack-bot-api#97 (a private channel the bot is not in does not exist for it).
    sandbox.addChannel({ id: "C0OLD", name: "old" });
    sandbox.archiveChannel("C0OLD");
    sandbox.addChannel({ id: "G0OPS", name: "ops", isPrivate: true });
    sandbox.addChannel({ id: "G0HR", name: "hr", isPrivate: true });
    await sandbox.inviteBot("G0OPS");
    const names = async (args: Record<string, unknown>) =>
      ((await client().conversations.list(args)).channels ?? []).map((c) => c.name);
    expect(await names({})).toEqual(["sync-errors", "old"]);
    expect(await names({ types: "public_channel,private_channel" })).toEqual([
      "sync-errors",
      "old",
      "ops",
    ]);
    expect(await names({ types: "private_channel" })).toEqual(["ops"]);
    expect(await names({ exclude_archived: true })).toEqual(["sync-errors"]);
    const [old] = (await client().conversations.list({ types: "public_channel" })).channels ?? [];
    expect(old).toMatchObject({ id: "C0SANDBOX", is_channel: true, is_member: false });
    sandbox.assertNoUnexpectedCalls();
  });

  it("pages conversations.list with response_metadata.next_cursor, empty on the last page", async () => {
    // https://docs.slack.dev/apis/web-api/pagination; slack-api-specs: limit "no larger than 1000".
    for (let i = 0; i < 4; i++) sandbox.addChannel({ id: `C0P${i}`, name: `p${i}` });
    const first = await client().conversations.list({ limit: 2 });
    expect(first.channels?.map((c) => c.id)).toEqual(["C0SANDBOX", "C0P0"]);
    const cursor = first.response_metadata?.next_cursor ?? "";
    expect(cursor).not.toBe("");
    const second = await client().conversations.list({ limit: 2, cursor });
    expect(second.channels?.map((c) => c.id)).toEqual(["C0P1", "C0P2"]);
    const third = await client().conversations.list({
      limit: 2,
      cursor: second.response_metadata?.next_cursor ?? "",
    });
    expect(third.channels?.map((c) => c.id)).toEqual(["C0P3"]);
    expect(third.response_metadata?.next_cursor).toBe("");
    await platformError(client().conversations.list({ limit: 1001 }));
    expect(sandbox.unexpected()).toEqual([expect.stringContaining("limit 1001")]);
  });

  it("needs the read scope of every type listed", async () => {
    // slack-api-specs /conversations.list security: channels:read, groups:read, im:read, mpim:read.
    await start({ scopes: ["chat:write", "channels:read"] });
    await expect(client().conversations.list({})).resolves.toMatchObject({ ok: true });
    expect(
      await platformError(client().conversations.list({ types: "public_channel,private_channel" })),
    ).toMatchObject({ error: "missing_scope", needed: "groups:read" });
  });
});

describe("user groups", () => {
  // slack-api-specs web-api/slack_web_openapi_v2.json, /usergroups.list: security usergroups:read;
  // include_disabled, include_users, include_count; objs_subteam; the disabled group's date_delete.
  beforeEach(() => {
    sandbox.setUsergroup("S0SFADMINS", ["U0ANNE", "U0BO"], {
      handle: "salesforce-admins",
      name: "Salesforce admins",
    });
    sandbox.setUsergroup("S0OLD", ["U0CY"], { handle: "old-team", disabled: true });
  });

  it("lists enabled groups with their handle; disabled ones only with include_disabled", async () => {
    const enabled = await client().usergroups.list({});
    expect(enabled.usergroups).toEqual([
      expect.objectContaining({
        id: "S0SFADMINS",
        handle: "salesforce-admins",
        name: "Salesforce admins",
        is_usergroup: true,
        date_delete: 0,
        team_id: "T0SANDBOX",
      }),
    ]);
    expect(enabled.usergroups?.[0]?.users).toBeUndefined();
    const all = await client().usergroups.list({ include_disabled: true, include_users: true });
    expect(all.usergroups?.map((g) => [g.handle, g.date_delete !== 0, g.users])).toEqual([
      ["salesforce-admins", false, ["U0ANNE", "U0BO"]],
      ["old-team", true, ["U0CY"]],
    ]);
    const counted = await client().usergroups.list({ include_count: true });
    expect(counted.usergroups?.[0]?.user_count).toBe(2);
    sandbox.assertNoUnexpectedCalls();
  });

  it("needs usergroups:read", async () => {
    await start({ scopes: ["chat:write"] });
    expect(await platformError(client().usergroups.list({}))).toMatchObject({
      error: "missing_scope",
      needed: "usergroups:read",
    });
  });
});

describe("a direct message from the bot", () => {
  // https://docs.slack.dev/reference/methods/chat.postMessage (an IM channel; a user's id posts to
  // the App Home's Messages tab); https://api.slack.com/scopes/conversations.app_home:create (no
  // conversations.open first); python-slack-sdk#1156 (a deactivated person still gets it).
  it("posts in the bot's DM with a person given their user id, with chat:write alone", async () => {
    await start({ scopes: ["chat:write"] });
    sandbox.addUser({ id: "U0ANNE" });
    const posted = await client().chat.postMessage({ channel: "U0ANNE", text: "hello" });
    expect(posted).toMatchObject({ ok: true, channel: expect.stringMatching(/^D/) });
    expect(sandbox.directMessages("U0ANNE").map((m) => m.text)).toEqual(["hello"]);
    const again = await client().chat.postMessage({ channel: "U0ANNE", text: "again" });
    expect(again.channel).toBe(posted.channel);
    expect(sandbox.directMessages("U0ANNE")).toHaveLength(2);
    expect(sandbox.directMessages("U0BO")).toEqual([]);
  });

  it("answers channel_not_found for a user id the workspace lacks; a deactivated person gets it", async () => {
    expect(
      await platformError(client().chat.postMessage({ channel: "U0NOBODY", text: "x" })),
    ).toMatchObject({ ok: false, error: "channel_not_found" });
    sandbox.addUser({ id: "U0GONE", deleted: true });
    await expect(
      client().chat.postMessage({ channel: "U0GONE", text: "x" }),
    ).resolves.toMatchObject({ ok: true });
    expect((await client().users.info({ user: "U0GONE" })).user?.deleted).toBe(true);
    sandbox.assertNoUnexpectedCalls();
  });
});

describe("messages", () => {
  beforeEach(async () => {
    await sandbox.inviteBot("C0SANDBOX");
  });

  it("truncates text over 40,000 characters instead of refusing it", async () => {
    // https://docs.slack.dev/reference/methods/chat.postMessage, "Truncating content";
    // https://api.slack.com/changelog/2018-04-truncating-really-long-messages
    await client().chat.postMessage({ channel: "C0SANDBOX", text: "é".repeat(40_001) });
    expect([...(sandbox.messages("C0SANDBOX")[0]?.text ?? "")]).toHaveLength(40_000);
  });

  it("refuses chat.update of a message the bot did not post: cant_update_message", async () => {
    // slack-api-specs chat.update errors: cant_update_message.
    const { file } = await sandbox.shareFile(target, {
      userId: "U1",
      channelId: "C0SANDBOX",
      name: "a.csv",
      content: Buffer.from("a"),
    });
    const data = await platformError(
      client().chat.update({ channel: "C0SANDBOX", ts: file.ts, text: "edited" }),
    );
    expect(data.error).toBe("cant_update_message");
  });

  it("answers 429 ratelimited with Retry-After, which the client reads", async () => {
    // https://docs.slack.dev/apis/web-api/rate-limits: HTTP 429 and a Retry-After header.
    sandbox.rateLimitNext("chat.postMessage", 3);
    const error = await rejection<WebAPIRateLimitedError>(
      client({ rejectRateLimitedCalls: true }).chat.postMessage({
        channel: "C0SANDBOX",
        text: "x",
      }),
    );
    expect(error.retryAfter).toBe(3);
  });
});

describe("Block Kit limits, as Slack words invalid_blocks", () => {
  beforeEach(async () => {
    await sandbox.inviteBot("C0SANDBOX");
  });

  const header = (length: number) => ({
    type: "header",
    text: { type: "plain_text", text: "h".repeat(length) },
  });
  const section = (text: string) => ({ type: "section", text: { type: "mrkdwn", text } });
  const button = (over: Record<string, unknown> = {}) => ({
    type: "button",
    action_id: "a",
    text: { type: "plain_text", text: "Go" },
    ...over,
  });
  const actions = (elements: unknown[]) => ({ type: "actions", elements });

  // Each: the blocks at Slack's limit (accepted), one past it (refused), and Slack's line for it.
  // Limits: @slack/types 3.2.0 JSDoc (block-kit/*.d.ts) and https://docs.slack.dev/reference/block-kit/.
  const cases: Array<[string, unknown[], unknown[], string]> = [
    [
      "50 blocks in a message",
      Array.from({ length: 50 }, () => ({ type: "divider" })),
      Array.from({ length: 51 }, () => ({ type: "divider" })),
      "no more than 50 items allowed [json-pointer:/blocks]",
    ],
    [
      "section text 3000",
      [section("s".repeat(3000))],
      [section("s".repeat(3001))],
      "must be less than 3001 characters [json-pointer:/blocks/0/text/text]",
    ],
    [
      "header text 150",
      [header(150)],
      [header(151)],
      "must be less than 151 characters [json-pointer:/blocks/0/text/text]",
    ],
    [
      "section fields 10",
      [
        {
          type: "section",
          fields: Array.from({ length: 10 }, () => ({ type: "mrkdwn", text: "f" })),
        },
      ],
      [
        {
          type: "section",
          fields: Array.from({ length: 11 }, () => ({ type: "mrkdwn", text: "f" })),
        },
      ],
      "no more than 10 items allowed [json-pointer:/blocks/0/fields]",
    ],
    [
      "section field text 2000",
      [{ type: "section", fields: [{ type: "mrkdwn", text: "f".repeat(2000) }] }],
      [{ type: "section", fields: [{ type: "mrkdwn", text: "f".repeat(2001) }] }],
      "must be less than 2001 characters [json-pointer:/blocks/0/fields/0/text]",
    ],
    [
      "actions elements 25",
      [actions(Array.from({ length: 25 }, (_, i) => button({ action_id: `a${i}` })))],
      [actions(Array.from({ length: 26 }, (_, i) => button({ action_id: `a${i}` })))],
      "no more than 25 items allowed [json-pointer:/blocks/0/elements]",
    ],
    [
      "context elements 10",
      [
        {
          type: "context",
          elements: Array.from({ length: 10 }, () => ({ type: "mrkdwn", text: "c" })),
        },
      ],
      [
        {
          type: "context",
          elements: Array.from({ length: 11 }, () => ({ type: "mrkdwn", text: "c" })),
        },
      ],
      "no more than 10 items allowed [json-pointer:/blocks/0/elements]",
    ],
    [
      "button text 75",
      [actions([button({ text: { type: "plain_text", text: "b".repeat(75) } })])],
      [actions([button({ text: { type: "plain_text", text: "b".repeat(76) } })])],
      "must be less than 76 characters [json-pointer:/blocks/0/elements/0/text/text]",
    ],
    [
      "button value 2000",
      [actions([button({ value: "v".repeat(2000) })])],
      [actions([button({ value: "v".repeat(2001) })])],
      "must be less than 2001 characters [json-pointer:/blocks/0/elements/0/value]",
    ],
    [
      "action_id 255",
      [actions([button({ action_id: "a".repeat(255) })])],
      [actions([button({ action_id: "a".repeat(256) })])],
      "must be less than 256 characters [json-pointer:/blocks/0/elements/0/action_id]",
    ],
    [
      "block_id 255",
      [{ type: "divider", block_id: "b".repeat(255) }],
      [{ type: "divider", block_id: "b".repeat(256) }],
      "must be less than 256 characters [json-pointer:/blocks/0/block_id]",
    ],
    [
      "confirm dialog title 100",
      [actions([button({ confirm: confirm({ title: 100 }) })])],
      [actions([button({ confirm: confirm({ title: 101 }) })])],
      "must be less than 101 characters [json-pointer:/blocks/0/elements/0/confirm/title/text]",
    ],
    [
      "confirm dialog text 300",
      [actions([button({ confirm: confirm({ text: 300 }) })])],
      [actions([button({ confirm: confirm({ text: 301 }) })])],
      "must be less than 301 characters [json-pointer:/blocks/0/elements/0/confirm/text/text]",
    ],
    [
      "confirm dialog buttons 30",
      [actions([button({ confirm: confirm({ confirm: 30 }) })])],
      [actions([button({ confirm: confirm({ confirm: 31 }) })])],
      "must be less than 31 characters [json-pointer:/blocks/0/elements/0/confirm/confirm/text]",
    ],
    [
      "overflow options 5",
      [actions([overflow(5)])],
      [actions([overflow(6)])],
      "no more than 5 items allowed [json-pointer:/blocks/0/elements/0/options]",
    ],
  ];

  function confirm(lengths: { title?: number; text?: number; confirm?: number }) {
    const plain = (n: number) => ({ type: "plain_text", text: "c".repeat(n) });
    return {
      title: plain(lengths.title ?? 5),
      text: plain(lengths.text ?? 5),
      confirm: plain(lengths.confirm ?? 5),
      deny: plain(5),
    };
  }

  function overflow(options: number) {
    return {
      type: "overflow",
      action_id: "more",
      options: Array.from({ length: options }, (_, i) => ({
        text: { type: "plain_text", text: `o${i}` },
        value: `o${i}`,
      })),
    };
  }

  it.each(cases)("%s", async (_name, atLimit, overLimit, line) => {
    await expect(
      client().chat.postMessage({ channel: "C0SANDBOX", text: "x", blocks: atLimit as never }),
    ).resolves.toMatchObject({ ok: true });
    const data = await platformError(
      client().chat.postMessage({ channel: "C0SANDBOX", text: "x", blocks: overLimit as never }),
    );
    // The wording Slack answers with: `errors`, and `[ERROR]`-prefixed in response_metadata
    // (ryanrosello-og/playwright-slack-report#180).
    expect(data).toMatchObject({ ok: false, error: "invalid_blocks", errors: [line] });
    expect(data.response_metadata?.messages).toEqual([`[ERROR] ${line}`]);
  });

  it("counts characters, not UTF-16 units", async () => {
    // @slack/types and docs.slack.dev state the limits in characters; an emoji is one.
    await expect(
      client().chat.postMessage({
        channel: "C0SANDBOX",
        text: "x",
        blocks: [{ type: "header", text: { type: "plain_text", text: "😀".repeat(150) } }],
      }),
    ).resolves.toMatchObject({ ok: true });
  });

  it("allows 100 blocks in a Home tab view and refuses 101 at /view/blocks", async () => {
    // https://docs.slack.dev/reference/block-kit/blocks; the pointer: grafana/oncall#210.
    const view = (n: number) => ({
      type: "home" as const,
      blocks: Array.from({ length: n }, () => ({ type: "divider" as const })),
    });
    await expect(client().views.publish({ user_id: "U1", view: view(100) })).resolves.toMatchObject(
      { ok: true },
    );
    const data = await platformError(client().views.publish({ user_id: "U1", view: view(101) }));
    expect(data).toMatchObject({
      error: "invalid_arguments",
      errors: ["no more than 100 items allowed [json-pointer:/view/blocks]"],
    });
  });
});

describe("files", () => {
  async function shared(): Promise<string> {
    await sandbox.inviteBot("C0SANDBOX");
    const { file } = await sandbox.shareFile(target, {
      userId: "U1",
      channelId: "C0SANDBOX",
      name: "export.csv",
      content: Buffer.from("a,b\n"),
    });
    const info = await client().files.info({ file: file.id });
    // slack-api-specs files.info 200 example; https://docs.slack.dev/reference/objects/file-object
    expect(info.file).toMatchObject({
      id: file.id,
      name: "export.csv",
      filetype: "csv",
      size: 4,
      channels: ["C0SANDBOX"],
    });
    return String(info.file?.url_private_download);
  }

  it("serves files from a host that is not the API's, to the bot token", async () => {
    // Real files live on files.slack.com and the Web API on slack.com (slackapi/node-slack-sdk#1750
    // shows a https://files.slack.com/files-pri/… url_private).
    const url = await shared();
    expect(new URL(url).origin).toBe(sandbox.filesUrl);
    expect(sandbox.filesUrl).not.toBe(sandbox.url);
    const response = await fetch(url, { headers: { authorization: `Bearer ${TEST_TOKEN}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv");
    expect(await response.text()).toBe("a,b\n");
    // The API host does not serve them.
    const onApi = await fetch(url.replace(sandbox.filesUrl, sandbox.url), {
      headers: { authorization: `Bearer ${TEST_TOKEN}` },
    });
    expect(onApi.status).toBe(404);
  });

  it("answers a token without files:read with Slack's sign-in page, 200 and HTML, not 403", async () => {
    // slackapi/bolt-js#2585, vercel/eve#1567, sonichi/sutando#2268.
    const url = await shared();
    await start({ scopes: ["commands", "chat:write", "channels:read"] });
    const stored = url.replace(/^http:\/\/127\.0\.0\.1:\d+/, sandbox.filesUrl);
    const response = await fetch(stored, { headers: { authorization: `Bearer ${TEST_TOKEN}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await response.text()).toMatch(/^<!DOCTYPE html>.*<title>Slack<\/title>/);
  });

  it("or, when told to, redirects it to the workspace's sign-in page with ?redir=", async () => {
    // slackapi/deno-slack-sdk#285 (`<a href="https://<team>.slack.com/?redir=%2Ffiles-pri%2F…">
    // Found</a>.`), OpenRouterLabs/spawn#2316 (302 to the login page without files:read).
    await start({ scopes: ["commands"], fileAccessDenied: "redirect" });
    const url = `${sandbox.filesUrl}/files-pri/T0SANDBOX-F0SANDBOX0001/download/export.csv`;
    const response = await fetch(url, {
      headers: { authorization: `Bearer ${TEST_TOKEN}` },
      redirect: "manual",
    });
    expect(response.status).toBe(302);
    const location = new URL(String(response.headers.get("location")));
    expect(location.origin).toBe(sandbox.url);
    expect(location.searchParams.get("redir")).toBe(
      "/files-pri/T0SANDBOX-F0SANDBOX0001/download/export.csv",
    );
    expect(await response.text()).toBe(`<a href="${location.href}">Found</a>.`);
    const signIn = await fetch(location);
    expect(signIn.headers.get("content-type")).toBe("text/html; charset=utf-8");
  });
});

import {
  ErrorCode,
  type WebAPIHTTPError,
  type WebAPIPlatformError,
  type WebAPIRateLimitedError,
} from "@slack/web-api";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { rejection } from "../../../test/fakes/rejection.js";
import { buttonBlocks, sandboxClient, TEST_TOKEN } from "../../../test/fakes/slack-clients.js";
import { SlackSandbox } from "./sandbox.js";
import type { MessageEvent } from "./types.js";

let sandbox: SlackSandbox;

beforeEach(async () => {
  sandbox = await SlackSandbox.start({ botToken: TEST_TOKEN });
  // The bot was invited to the channel it posts in; membership rules have their own tests.
  await sandbox.inviteBot("C0SANDBOX");
});

afterEach(async () => {
  await sandbox.close();
});

describe("SlackSandbox Web API", () => {
  it("listens on 127.0.0.1 and gives WebClient an api url", () => {
    expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(sandbox.apiUrl).toBe(`${sandbox.url}/api/`);
  });

  it("answers auth.test with the sandbox bot's identity", async () => {
    const result = await sandboxClient(sandbox.apiUrl).auth.test();
    expect(result).toMatchObject({
      ok: true,
      user_id: "U0SANDBOXBOT",
      bot_id: "B0SANDBOX",
      team_id: "T0SANDBOX",
      team: "Sandbox",
      url: `${sandbox.url}/`,
    });
    sandbox.assertNoUnexpectedCalls();
  });

  it("stores posted messages with monotonic ts and decodes blocks from the form field", async () => {
    const client = sandboxClient(sandbox.apiUrl);
    const events: MessageEvent[] = [];
    sandbox.on("message", (event) => events.push(event));
    const blocks = buttonBlocks("resync", "batch-1");

    const first = await client.chat.postMessage({
      channel: "C0SANDBOX",
      text: "Daily digest",
      blocks,
    });
    const second = await client.chat.postMessage({ channel: "#sync-errors", text: "second" });

    expect(first).toMatchObject({ ok: true, channel: "C0SANDBOX", ts: "1700000000.000100" });
    expect(first.message).toMatchObject({ text: "Daily digest", bot_id: "B0SANDBOX", blocks });
    expect(second.ts).toBe("1700000000.000200");
    expect(sandbox.messages("C0SANDBOX").map((m) => m.text)).toEqual(["Daily digest", "second"]);
    expect(sandbox.messages("C0SANDBOX")[0]?.blocks).toEqual(blocks);
    expect(sandbox.calls("chat.postMessage")[0]?.args.blocks).toEqual(blocks);
    expect(events.map((event) => event.kind)).toEqual(["posted", "posted"]);
    sandbox.assertNoUnexpectedCalls();
  });

  it("threads replies under their parent and refuses an unknown thread_ts loudly", async () => {
    const client = sandboxClient(sandbox.apiUrl);
    const parent = await client.chat.postMessage({ channel: "C0SANDBOX", text: "parent" });
    await client.chat.postMessage({
      channel: "C0SANDBOX",
      text: "reply",
      thread_ts: parent.ts as string,
    });
    expect(sandbox.messages("C0SANDBOX")[1]).toMatchObject({ text: "reply", threadTs: parent.ts });

    const error = await rejection<WebAPIPlatformError>(
      client.chat.postMessage({ channel: "C0SANDBOX", text: "lost", thread_ts: "1.000001" }),
    );
    expect(error.data.error).toBe("thread_not_found");
    expect(sandbox.unexpected()).toHaveLength(1);
  });

  it("answers channel_not_found for a channel it does not know, without calling it unexpected", async () => {
    const error = await rejection<WebAPIPlatformError>(
      sandboxClient(sandbox.apiUrl).chat.postMessage({ channel: "C0NOWHERE", text: "hi" }),
    );
    expect(error.code).toBe(ErrorCode.PlatformError);
    expect(error.data.error).toBe("channel_not_found");
    expect(sandbox.unexpected()).toEqual([]);
  });

  it("requires text or blocks", async () => {
    const error = await rejection<WebAPIPlatformError>(
      sandboxClient(sandbox.apiUrl).chat.postMessage({ channel: "C0SANDBOX" } as never),
    );
    expect(error.data.error).toBe("no_text");
    expect(sandbox.unexpected()).toEqual([
      "chat.postMessage: chat.postMessage with neither text nor blocks",
    ]);
  });

  it("updates a message; omitted blocks are kept and an empty array removes them", async () => {
    const client = sandboxClient(sandbox.apiUrl);
    const blocks = buttonBlocks("resync", "batch-1");
    const posted = await client.chat.postMessage({ channel: "C0SANDBOX", text: "v1", blocks });
    const ts = posted.ts as string;

    const updated = await client.chat.update({ channel: "C0SANDBOX", ts, text: "v2" });
    expect(updated).toMatchObject({ ok: true, channel: "C0SANDBOX", ts, text: "v2" });
    expect(sandbox.messages("C0SANDBOX")[0]).toMatchObject({ text: "v2", blocks, edited: true });

    await client.chat.update({ channel: "C0SANDBOX", ts, text: "v3", blocks: [] });
    expect(sandbox.messages("C0SANDBOX")[0]).toMatchObject({ text: "v3", blocks: [] });
    sandbox.assertNoUnexpectedCalls();
  });

  it("answers message_not_found for an unknown ts, and flags chat.update on an ephemeral", async () => {
    const client = sandboxClient(sandbox.apiUrl);
    const unknown = await rejection<WebAPIPlatformError>(
      client.chat.update({ channel: "C0SANDBOX", ts: "1700000000.999900", text: "x" }),
    );
    expect(unknown.data.error).toBe("message_not_found");
    expect(sandbox.unexpected()).toEqual([]);

    const ephemeral = await client.chat.postEphemeral({
      channel: "C0SANDBOX",
      user: "U1",
      text: "only you",
    });
    const error = await rejection<WebAPIPlatformError>(
      client.chat.update({ channel: "C0SANDBOX", ts: ephemeral.message_ts as string, text: "x" }),
    );
    expect(error.data.error).toBe("message_not_found");
    expect(sandbox.unexpected()[0]).toContain("cannot edit ephemeral");
  });

  it("keeps ephemerals per user", async () => {
    const result = await sandboxClient(sandbox.apiUrl).chat.postEphemeral({
      channel: "C0SANDBOX",
      user: "U1",
      text: "only you",
    });
    expect(result.message_ts).toMatch(/^\d+\.\d{6}$/);
    expect(sandbox.ephemerals("U1")).toMatchObject([
      { text: "only you", ephemeral: true, user: "U1" },
    ]);
    expect(sandbox.ephemerals("U2")).toEqual([]);
    expect(sandbox.messages("C0SANDBOX")).toEqual([]);
  });

  it("publishes home views per user and refuses other view types", async () => {
    const client = sandboxClient(sandbox.apiUrl);
    const homes: string[] = [];
    sandbox.on("home", (event) => homes.push(event.user));
    const blocks = [{ type: "section", text: { type: "mrkdwn", text: "Hello" } }];

    const result = await client.views.publish({ user_id: "U1", view: { type: "home", blocks } });
    expect(result.view).toMatchObject({ type: "home", blocks, id: expect.any(String) });
    expect(sandbox.homeView("U1")?.blocks).toEqual(blocks);
    expect(homes).toEqual(["U1"]);

    const error = await rejection<WebAPIPlatformError>(
      client.views.publish({ user_id: "U1", view: { type: "modal", blocks } as never }),
    );
    expect(error.data.error).toBe("invalid_arguments");
    expect(sandbox.unexpected()).toHaveLength(1);
  });

  it("describes known channels, including added ones", async () => {
    const client = sandboxClient(sandbox.apiUrl);
    const info = await client.conversations.info({ channel: "C0SANDBOX" });
    expect(info.channel).toMatchObject({ id: "C0SANDBOX", name: "sync-errors", is_channel: true });

    sandbox.addChannel({ id: "G0OPS", name: "#ops", isPrivate: true });
    // A private channel does not exist for a bot that is not in it.
    const hidden = await rejection<WebAPIPlatformError>(
      client.conversations.info({ channel: "G0OPS" }),
    );
    expect(hidden.data.error).toBe("channel_not_found");
    await sandbox.inviteBot("G0OPS");
    const ops = await client.conversations.info({ channel: "G0OPS" });
    expect(ops.channel).toMatchObject({ name: "ops", is_private: true, is_member: true });

    const error = await rejection<WebAPIPlatformError>(
      client.conversations.info({ channel: "C0NONE" }),
    );
    expect(error.data.error).toBe("channel_not_found");
  });

  it("tolerates the extra team_id that Bolt's clients add", async () => {
    const client = sandboxClient(sandbox.apiUrl, { teamId: "T0SANDBOX" });
    await client.chat.postMessage({ channel: "C0SANDBOX", text: "hi" });
    expect(sandbox.calls("chat.postMessage")[0]?.args).toMatchObject({ team_id: "T0SANDBOX" });
    sandbox.assertNoUnexpectedCalls();
  });

  it("accepts JSON bodies with a bearer token", async () => {
    const response = await fetch(`${sandbox.apiUrl}chat.postMessage`, {
      method: "POST",
      headers: {
        "content-type": "application/json; charset=utf-8",
        authorization: `Bearer ${TEST_TOKEN}`,
      },
      body: JSON.stringify({ channel: "C0SANDBOX", text: "json", blocks: buttonBlocks("a", "b") }),
    });
    expect(await response.json()).toMatchObject({ ok: true });
    expect(sandbox.messages("C0SANDBOX")[0]?.blocks).toHaveLength(2);
  });
});

describe("SlackSandbox strictness", () => {
  it("answers invalid_auth to a wrong token and not_authed to none, both unexpected", async () => {
    const wrong = await rejection<WebAPIPlatformError>(
      sandboxClient(sandbox.apiUrl, {}, "xoxb-wrong").chat.postMessage({
        channel: "C0SANDBOX",
        text: "x",
      }),
    );
    expect(wrong.data.error).toBe("invalid_auth");
    const none = await rejection<WebAPIPlatformError>(
      sandboxClient(sandbox.apiUrl, {}, "").chat.postMessage({ channel: "C0SANDBOX", text: "x" }),
    );
    expect(none.data.error).toBe("not_authed");
    expect(sandbox.unexpected()).toEqual([
      "chat.postMessage: wrong token",
      "chat.postMessage: no token",
    ]);
    expect(sandbox.messages("C0SANDBOX")).toEqual([]);
  });

  it("records an unknown method as unexpected, and assertNoUnexpectedCalls lists every call", async () => {
    const client = sandboxClient(sandbox.apiUrl);
    await client.chat.postMessage({ channel: "C0SANDBOX", text: "fine" });
    const error = await rejection<WebAPIPlatformError>(
      client.chat.delete({ channel: "C0SANDBOX", ts: "1.1" }),
    );
    expect(error.data.error).toBe("unknown_method");

    expect(sandbox.unexpected()).toEqual([
      "chat.delete: method not implemented by the Slack sandbox",
    ]);
    expect(() => sandbox.assertNoUnexpectedCalls()).toThrowError(
      /1 unexpected request:\n {2}- chat\.delete: method not implemented[\s\S]*All calls \(2\):\n {2}1\. chat\.postMessage[\s\S]*2\. chat\.delete/,
    );
  });

  it("records requests to paths it does not serve", async () => {
    const response = await fetch(`${sandbox.url}/oauth/v2/authorize`);
    expect(response.status).toBe(404);
    expect(sandbox.unexpected()).toEqual([
      "GET /oauth/v2/authorize: no such endpoint in the Slack sandbox",
    ]);
  });

  it("answers invalid_blocks with the problems in response_metadata.messages", async () => {
    const tooMany = Array.from({ length: 51 }, () => ({ type: "divider" }));
    const error = await rejection<WebAPIPlatformError>(
      sandboxClient(sandbox.apiUrl).chat.postMessage({
        channel: "C0SANDBOX",
        text: "x",
        blocks: tooMany,
      }),
    );
    expect(error.data.error).toBe("invalid_blocks");
    expect(error.data.response_metadata?.messages).toEqual([
      "[ERROR] no more than 50 items allowed [json-pointer:/blocks]",
    ]);
    expect(sandbox.unexpected()).toHaveLength(1);
    expect(sandbox.messages("C0SANDBOX")).toEqual([]);
  });

  it("uses the validateBlocks it is given", async () => {
    await sandbox.close();
    sandbox = await SlackSandbox.start({
      botToken: TEST_TOKEN,
      validateBlocks: (_blocks, surface) => [`${surface}: section text is over 3000 characters`],
    });
    await sandbox.inviteBot("C0SANDBOX");
    const error = await rejection<WebAPIPlatformError>(
      sandboxClient(sandbox.apiUrl).chat.postMessage({
        channel: "C0SANDBOX",
        text: "x",
        blocks: buttonBlocks("a", "b"),
      }),
    );
    expect(error.data.response_metadata?.messages).toEqual([
      "[ERROR] message: section text is over 3000 characters",
    ]);
    // Slack's own checks still come first.
    const long = await rejection<WebAPIPlatformError>(
      sandboxClient(sandbox.apiUrl).chat.postMessage({
        channel: "C0SANDBOX",
        text: "x",
        blocks: [{ type: "header", text: { type: "plain_text", text: "h".repeat(151) } }],
      }),
    );
    expect(long.data.response_metadata?.messages).toEqual([
      "[ERROR] must be less than 151 characters [json-pointer:/blocks/0/text/text]",
      "[ERROR] message: section text is over 3000 characters",
    ]);
  });

  it("accepts any block kind Slack knows by default; an app's stricter validator is its own", async () => {
    const image = [{ type: "image", image_url: "https://example.invalid/a.png", alt_text: "a" }];
    await sandboxClient(sandbox.apiUrl).chat.postMessage({
      channel: "C0SANDBOX",
      text: "x",
      blocks: image,
    });
    expect(sandbox.messages("C0SANDBOX")[0]?.blocks).toEqual(image);
  });
});

describe("SlackSandbox failure injection", () => {
  it("answers 429 with Retry-After once, then normally", async () => {
    sandbox.rateLimitNext("chat.postMessage", 7);
    const client = sandboxClient(sandbox.apiUrl, { rejectRateLimitedCalls: true });
    const error = await rejection<WebAPIRateLimitedError>(
      client.chat.postMessage({ channel: "C0SANDBOX", text: "x" }),
    );
    expect(error.code).toBe(ErrorCode.RateLimitedError);
    expect(error.retryAfter).toBe(7);

    await client.chat.postMessage({ channel: "C0SANDBOX", text: "x" });
    expect(sandbox.calls("chat.postMessage").map((call) => call.status)).toEqual([429, 200]);
    expect(sandbox.messages("C0SANDBOX")).toHaveLength(1);
    sandbox.assertNoUnexpectedCalls();
  });

  it("answers an injected ok:false error once", async () => {
    sandbox.failNext("chat.update", "cant_update_message");
    const client = sandboxClient(sandbox.apiUrl);
    const posted = await client.chat.postMessage({ channel: "C0SANDBOX", text: "x" });
    const error = await rejection<WebAPIPlatformError>(
      client.chat.update({ channel: "C0SANDBOX", ts: posted.ts as string, text: "y" }),
    );
    expect(error.data.error).toBe("cant_update_message");
    expect(sandbox.calls("chat.update")[0]?.injected).toBe(true);
    await client.chat.update({ channel: "C0SANDBOX", ts: posted.ts as string, text: "y" });
    expect(sandbox.messages("C0SANDBOX")[0]?.text).toBe("y");
  });

  it("answers an injected server error with its status", async () => {
    sandbox.serverErrorNext("views.publish", 503);
    const error = await rejection<WebAPIHTTPError>(
      sandboxClient(sandbox.apiUrl).views.publish({
        user_id: "U1",
        view: { type: "home", blocks: [] },
      }),
    );
    expect(error.code).toBe(ErrorCode.HTTPError);
    expect(error.statusCode).toBe(503);
    expect(sandbox.homeView("U1")).toBeUndefined();
  });
});

describe("SlackSandbox waitFor and reset", () => {
  it("resolves at once for a call already made, and later for one still to come", async () => {
    const client = sandboxClient(sandbox.apiUrl);
    await client.chat.postMessage({ channel: "C0SANDBOX", text: "early" });
    await expect(sandbox.waitFor("chat.postMessage")).resolves.toMatchObject({
      args: { text: "early" },
    });

    const later = sandbox.waitFor(
      (record) => record.type === "call" && record.args.text === "late",
    );
    await client.chat.postMessage({ channel: "C0SANDBOX", text: "late" });
    await expect(later).resolves.toMatchObject({ method: "chat.postMessage" });
  });

  it("rejects after the timeout, listing the calls made", async () => {
    await sandboxClient(sandbox.apiUrl).auth.test();
    await expect(sandbox.waitFor("views.publish", { timeoutMs: 50 })).rejects.toThrowError(
      /no views\.publish within 50 ms[\s\S]*1\. auth\.test/,
    );
  });

  it("rejects a pending waitFor when the sandbox closes", async () => {
    const waiting = sandbox.waitFor("chat.postMessage", { timeoutMs: 5000 });
    await sandbox.close();
    await expect(waiting).rejects.toThrowError(/closed while waiting/);
  });

  it("forgets calls, messages and queued faults on reset", async () => {
    const client = sandboxClient(sandbox.apiUrl);
    await client.chat.postMessage({ channel: "C0SANDBOX", text: "x" });
    await client.apiCall("nope.nope").catch(() => undefined);
    sandbox.failNext("chat.postMessage", "boom");
    sandbox.reset();

    expect(sandbox.calls()).toEqual([]);
    expect(sandbox.unexpected()).toEqual([]);
    expect(sandbox.messages("C0SANDBOX")).toEqual([]);
    const posted = await client.chat.postMessage({ channel: "C0SANDBOX", text: "y" });
    expect(posted.ts).toBe("1700000000.000200");
  });
});

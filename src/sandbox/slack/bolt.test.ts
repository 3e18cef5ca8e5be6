import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { App, LogLevel } from "@slack/bolt";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buttonBlocks, silentLogger, TEST_TOKEN } from "../../../test/fakes/slack-clients.js";
import { type SlackAppTarget, sendSlashCommand } from "./requests.js";
import { SlackSandbox } from "./sandbox.js";

const SECRET = "bolt-e2e-signing-secret";

let sandbox: SlackSandbox;
let app: App;
let target: SlackAppTarget;

beforeEach(async () => {
  sandbox = await SlackSandbox.start({ botToken: TEST_TOKEN });
  app = new App({
    token: TEST_TOKEN,
    signingSecret: SECRET,
    // Both ids given, so Bolt does not call auth.test on start.
    botId: "B0SANDBOX",
    botUserId: "U0SANDBOXBOT",
    clientOptions: {
      slackApiUrl: sandbox.apiUrl,
      retryConfig: { retries: 0 },
      logger: silentLogger,
    },
    logLevel: LogLevel.ERROR,
  });
  app.command("/syncerror", async ({ ack, respond, command }) => {
    if (command.text === "slow") {
      await ack({ text: "Working…" });
      await respond({ replace_original: true, text: "Done" });
      return;
    }
    await ack({ text: `Looking up ${command.text}…` });
    await respond({
      response_type: "in_channel",
      text: `Explained ${command.text}`,
      blocks: buttonBlocks("resync", "batch-1"),
    });
  });
  app.action("resync", async ({ ack, respond, body }) => {
    await ack();
    const value =
      body.type === "block_actions" && body.actions[0]?.type === "button"
        ? body.actions[0].value
        : "";
    await respond({ replace_original: true, text: `Resync of ${value} started` });
  });
  app.event("app_home_opened", async ({ event, client }) => {
    await client.views.publish({ user_id: event.user, view: { type: "home", blocks: [] } });
  });
  const server = (await app.start({ port: 0, host: "127.0.0.1" })) as Server;
  target = {
    appUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`,
    signingSecret: SECRET,
  };
});

afterEach(async () => {
  await app.stop();
  await sandbox.close();
});

describe("SlackSandbox with a real Bolt app", () => {
  it("runs a slash command: the ack shows as an ephemeral, respond() posts in the channel", async () => {
    const reply = await sandbox.slash(target, {
      text: "DUPLICATE_VALUE",
      userId: "U1",
      channelId: "C0SANDBOX",
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ text: "Looking up DUPLICATE_VALUE…" });

    await sandbox.waitFor("response_url");
    expect(sandbox.ephemerals("U1")).toMatchObject([
      { text: "Looking up DUPLICATE_VALUE…", via: "ack" },
    ]);
    expect(sandbox.messages("C0SANDBOX")).toMatchObject([
      { text: "Explained DUPLICATE_VALUE", via: "response_url" },
    ]);
    sandbox.assertNoUnexpectedCalls();
  });

  it("lets respond() replace the ack message, even when it overtakes the ack", async () => {
    await sandbox.slash(target, { text: "slow", userId: "U1", channelId: "C0SANDBOX" });
    await sandbox.waitFor("response_url");
    expect(sandbox.ephemerals("U1")).toMatchObject([{ text: "Done", via: "ack", edited: true }]);
    sandbox.assertNoUnexpectedCalls();
  });

  it("flags a command the app refuses", async () => {
    const wrongSecret = { ...target, signingSecret: "not-the-secret" };
    const reply = await sandbox.slash(wrongSecret, {
      text: "x",
      userId: "U1",
      channelId: "C0SANDBOX",
    });
    expect(reply.status).toBe(401);
    expect(sandbox.unexpected()).toEqual([
      "/syncerror: the app answered HTTP 401; Slack shows the user an error",
    ]);
  });

  it("clicks a button in a stored message and the app replaces it through response_url", async () => {
    await sandbox.slash(target, { text: "X", userId: "U1", channelId: "C0SANDBOX" });
    await sandbox.waitFor("response_url");
    const [digest] = sandbox.messages("C0SANDBOX");
    if (!digest) throw new Error("no digest posted");

    const reply = await sandbox.click(target, {
      userId: "U2",
      message: digest,
      actionId: "resync",
    });
    expect(reply).toMatchObject({ status: 200, body: "" });
    await sandbox.waitFor(
      (record) => record.type === "response" && record.context.sourceMessageTs === digest.ts,
    );

    expect(sandbox.messages("C0SANDBOX")).toMatchObject([
      { ts: digest.ts, text: "Resync of batch-1 started", blocks: [], edited: true },
    ]);
    sandbox.assertNoUnexpectedCalls();
  });

  it("opens the home tab and the app's per-request client publishes a view", async () => {
    await sandbox.openHome(target, { userId: "U1" });
    const call = await sandbox.waitFor("views.publish");
    // Bolt's per-request client adds the team id from the incoming payload.
    expect(call.args).toMatchObject({ user_id: "U1", team_id: "T0SANDBOX" });
    expect(sandbox.homeView("U1")).toMatchObject({ type: "home" });
  });

  it("is refused by Bolt with 401 when the body was tampered with", async () => {
    const reply = await sendSlashCommand(
      target,
      { text: "x", userId: "U1", channelId: "C0SANDBOX", responseUrl: sandbox.createResponseUrl() },
      { tamper: (body) => `${body}&extra=1` },
    );
    expect(reply.status).toBe(401);
    expect(sandbox.calls()).toEqual([]);
  });

  it("is refused by Bolt with 401 when the timestamp is stale", async () => {
    const reply = await sendSlashCommand(
      target,
      { text: "x", userId: "U1", channelId: "C0SANDBOX", responseUrl: sandbox.createResponseUrl() },
      { timestamp: Math.floor(Date.now() / 1000) - 600 },
    );
    expect(reply.status).toBe(401);
  });
});

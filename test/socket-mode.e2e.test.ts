import { afterEach, describe, expect, it } from "vitest";
import { createCatalog } from "../src/catalog/catalog.js";
import { loadConfig } from "../src/config.js";
import { createLogger } from "../src/logger.js";
import { rules } from "../src/rules/index.js";
import {
  DEFAULT_CHANNEL,
  type SandboxResponse,
  SlackSandbox,
} from "../src/sandbox/slack/sandbox.js";
import { createApp } from "../src/slack/app.js";
import { validateBlocks } from "../src/slack/blocks/index.js";
import { openStore } from "../src/store/index.js";
import { SocketModeServer } from "./fakes/socket-mode-server.js";

const BOT = "xoxb-socket-test";
const APP_TOKEN = "xapp-1-A0SANDBOX-1-socket";
const cleanups: Array<() => Promise<unknown>> = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe("Socket Mode", () => {
  it("starts with the app token when SLACK_APP_TOKEN is set, and answers a command with the same listeners", async () => {
    const socket = await SocketModeServer.start();
    cleanups.push(() => socket.close());
    const sandbox = await SlackSandbox.start({
      botToken: BOT,
      socketMode: { appToken: APP_TOKEN, url: socket.url },
      validateBlocks,
    });
    cleanups.push(() => sandbox.close());

    const config = loadConfig({
      SLACK_BOT_TOKEN: BOT,
      SLACK_APP_TOKEN: APP_TOKEN,
      SLACK_API_URL: sandbox.apiUrl,
    });
    expect(config.slack.mode).toBe("socket");
    if (config.slack.mode !== "socket") return;
    const app = createApp({
      connection: config.slack,
      catalog: createCatalog(rules),
      logger: createLogger({ level: "silent" }),
      logLevel: "silent",
      version: "test",
      slackApiUrl: config.slackApiUrl,
      clientOptions: { retryConfig: { retries: 0 } },
      identity: { team: "Sandbox", botUserId: "U0SANDBOXBOT", botId: "B0SANDBOX" },
      store: await openStore({ path: ":memory:" }),
      importSettings: { maxBytes: 1_000_000, columns: {} },
    });
    await app.start();
    cleanups.push(() => app.stop());
    await socket.connected();
    expect(sandbox.calls("apps.connections.open")).toHaveLength(1);

    const responseUrl = sandbox.createResponseUrl({ channel: DEFAULT_CHANNEL.id, user: "U1" });
    const ack = await socket.send("slash_commands", {
      command: "/syncerror",
      text: "explain tpye mismatch",
      user_id: "U1",
      channel_id: DEFAULT_CHANNEL.id,
      team_id: "T0SANDBOX",
      response_url: responseUrl,
      trigger_id: "1.2.3",
      api_app_id: "A0SANDBOX",
    });
    expect(ack.envelope_id).toBeTruthy();
    const answer = (await sandbox.waitFor(
      (r) => r.type === "response" && r.url === responseUrl,
    )) as SandboxResponse;
    expect(JSON.stringify(answer.body)).toContain('"text":"Type mismatch"');
    sandbox.assertNoUnexpectedCalls();
  });
});

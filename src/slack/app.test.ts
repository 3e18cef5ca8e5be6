import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createCatalog } from "../catalog/catalog.js";
import { createLogger } from "../logger.js";
import { rules } from "../rules/index.js";
import { SlackSandbox } from "../sandbox/slack/sandbox.js";
import { openStore } from "../store/index.js";
import { BOT_SCOPES, createApp, missingScopes, SlackAuthError, verifyBotToken } from "./app.js";
import { validateBlocks } from "./blocks/index.js";

const TOKEN = "xoxb-app-test-token";
let sandbox: SlackSandbox;
beforeEach(async () => {
  sandbox = await SlackSandbox.start({ botToken: TOKEN, validateBlocks });
});
afterEach(async () => {
  await sandbox.close();
});

async function appWith(botToken: string) {
  return createApp({
    connection: {
      mode: "http",
      botToken,
      signingSecret: "0123456789abcdef0123456789abcdef",
      port: 0,
    },
    catalog: createCatalog(rules),
    logger: createLogger({ level: "silent" }),
    logLevel: "silent",
    version: "test",
    slackApiUrl: sandbox.apiUrl,
    clientOptions: { retryConfig: { retries: 0 } },
    identity: { team: "Sandbox", botUserId: "U0SANDBOXBOT", botId: "B0SANDBOX" },
    store: await openStore({ path: ":memory:" }),
    importSettings: { maxBytes: 1_000_000, columns: {} },
  });
}

describe("verifyBotToken", () => {
  it("names the workspace and the bot user for a good token", async () => {
    await expect(verifyBotToken({ botToken: TOKEN, slackApiUrl: sandbox.apiUrl })).resolves.toEqual(
      {
        team: "Sandbox",
        botUserId: "U0SANDBOXBOT",
        botId: "B0SANDBOX",
        scopes: [...BOT_SCOPES],
      },
    );
    sandbox.assertNoUnexpectedCalls();
  });

  it("names the manifest's scopes a token lacks, from the scopes Slack says it has", async () => {
    await sandbox.close();
    sandbox = await SlackSandbox.start({ botToken: TOKEN, scopes: ["commands", "chat:write"] });
    const identity = await verifyBotToken({ botToken: TOKEN, slackApiUrl: sandbox.apiUrl });
    expect(missingScopes(identity)).toEqual([
      "files:read",
      "files:write",
      "usergroups:read",
      "channels:read",
      "groups:read",
      "users:read",
    ]);
  });

  it("stops with a clear error when Slack refuses the token", async () => {
    const refused = verifyBotToken({
      botToken: "xoxb-revoked",
      slackApiUrl: sandbox.apiUrl,
      clientOptions: { retryConfig: { retries: 0 } },
    });
    await expect(refused).rejects.toBeInstanceOf(SlackAuthError);
    await expect(refused).rejects.toThrow("Slack refused SLACK_BOT_TOKEN (invalid_auth)");
    expect(sandbox.unexpected()).toHaveLength(1);
  });

  it("calls nothing at construction or per request, since it knows who it is", async () => {
    await appWith(TOKEN);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sandbox.calls()).toEqual([]);
  });
});

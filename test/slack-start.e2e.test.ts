import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SlackSandbox } from "../src/sandbox/slack/sandbox.js";
import { freePort } from "./fakes/free-port.js";
import { spawnSyncerror } from "./fakes/run-syncerror.js";

// The bot started for real (`syncerror` with Slack credentials in HTTP mode) when Slack cannot be
// reached, or refuses the token: what it says, what /healthz answers meanwhile, how it ends.

const botToken = `xoxb-start-${randomBytes(4).toString("hex")}`;
let dir: string;
const children: ChildProcess[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "syncerror-start-"));
});
afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

function startBot(env: Record<string, string>) {
  const child = spawnSyncerror([], {
    // No .env of the repository's: the test says everything.
    cwd: dir,
    env: {
      ...process.env,
      DATABASE_PATH: join(dir, "db.sqlite"),
      HUBSPOT_ACCESS_TOKEN: "",
      SALESFORCE_INSTANCE_URL: "",
      SALESFORCE_ACCESS_TOKEN: "",
      SLACK_APP_TOKEN: "",
      DIGEST_CHANNEL: "",
      LOG_LEVEL: "info",
      SLACK_BOT_TOKEN: botToken,
      SLACK_SIGNING_SECRET: randomBytes(16).toString("hex"),
      ...env,
    },
  });
  children.push(child);
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c) => (stdout += c));
  child.stderr.on("data", (c) => (stderr += c));
  return {
    closed: new Promise<number | null>((resolve) => child.on("close", resolve)),
    stdout: () => stdout,
    stderr: () => stderr,
  };
}

/** GET /healthz once it answers at all: its status and JSON body. */
async function health(port: number): Promise<{ status: number; body: Record<string, unknown> }> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

describe("starting the bot", () => {
  it("says it cannot reach Slack, answers /healthz 503 meanwhile, and gives up with exit 69", async () => {
    // A port nobody listens on plays Slack out of reach (connection refused).
    const apiUrl = `http://127.0.0.1:${await freePort()}/api/`;
    const port = await freePort();
    const bot = startBot({ SLACK_API_URL: apiUrl, SLACK_START_TIMEOUT: "3", PORT: String(port) });

    const waiting = await health(port);
    expect(waiting).toEqual({
      status: 503,
      body: { ok: false, ready: false, reason: "waiting for Slack", version: expect.any(String) },
    });
    const code = await bot.closed;
    expect(code).toBe(69);
    const lines = bot
      .stdout()
      .split("\n")
      .filter((line) => line.includes("cannot reach Slack"))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    // 1 s, then 2 s between attempts: three attempts fit in 3 s.
    expect(lines.map((l) => l.msg)).toEqual([
      `cannot reach Slack at ${apiUrl}, retrying in 1s (attempt 1 of 3)`,
      `cannot reach Slack at ${apiUrl}, retrying in 2s (attempt 2 of 3)`,
    ]);
    // pino level 40: warn.
    expect(lines[0]).toMatchObject({ level: 40, attempt: 1, attempts: 3, retryInSeconds: 1 });
    expect(bot.stderr()).toBe(
      `syncerror: Cannot reach Slack at ${apiUrl}: 3 attempts over 3s failed (last: ECONNREFUSED). Check the network, a proxy or firewall, and SLACK_API_URL; SLACK_START_TIMEOUT sets how long to try.\n`,
    );
  }, 30_000);

  it("stops at once, without retrying, when Slack refuses the token", async () => {
    const slack = await SlackSandbox.start({
      botToken: `xoxb-other-${randomBytes(4).toString("hex")}`,
    });
    try {
      const bot = startBot({ SLACK_API_URL: slack.apiUrl, PORT: String(await freePort()) });
      expect(await bot.closed).toBe(2);
      expect(bot.stderr()).toContain("Slack refused SLACK_BOT_TOKEN (invalid_auth)");
      expect(bot.stdout()).not.toContain("cannot reach Slack");
      expect(slack.calls("auth.test")).toHaveLength(1);
    } finally {
      await slack.close();
    }
  }, 30_000);

  it("answers /healthz 200, ready, once Slack answered and the app started", async () => {
    const slack = await SlackSandbox.start({ botToken });
    try {
      const port = await freePort();
      startBot({ SLACK_API_URL: slack.apiUrl, PORT: String(port) });
      const deadline = Date.now() + 15_000;
      let answer = await health(port);
      while (answer.status !== 200 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        answer = await health(port);
      }
      expect(answer).toMatchObject({ status: 200, body: { ok: true, ready: true } });
    } finally {
      await slack.close();
    }
  }, 30_000);
});

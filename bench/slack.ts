import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { sendSlashCommand } from "../src/sandbox/slack/requests.js";
import { DEFAULT_CHANNEL, SlackSandbox } from "../src/sandbox/slack/sandbox.js";
import { validateBlocks } from "../src/slack/blocks/index.js";
import { freePort } from "./free-port.js";
import { printTable, quantile } from "./table.js";

const REQUESTS = 2_000;
const IN_FLIGHT = 50;
const WARM_UP = 1_000;
const QUERIES = [
  "tpye mismatch",
  "Type mismatch",
  "ugyldig e-mail",
  "STRING_TOO_LONG",
  "restriced picklist",
  "email",
];

/**
 * Issue 3: signed `/syncerror explain` requests over HTTP, 50 in flight, against the real program
 * (`bin/syncerror.js` in HTTP mode) in its own process, as in production; this process plays
 * Slack (the sandbox and the load). Measures the time to the ack (the HTTP answer) and to the
 * `respond` call reaching the sandbox.
 */
export async function benchSlack(): Promise<void> {
  const botToken = `xoxb-bench-${randomBytes(8).toString("hex")}`;
  const signingSecret = randomBytes(32).toString("hex");
  const sandbox = await SlackSandbox.start({ botToken, validateBlocks });
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "syncerror-bench-slack-"));
  const bot = spawn(
    process.execPath,
    [fileURLToPath(new URL("../../bin/syncerror.js", import.meta.url))],
    {
      env: {
        ...process.env,
        SLACK_BOT_TOKEN: botToken,
        SLACK_SIGNING_SECRET: signingSecret,
        SLACK_APP_TOKEN: "",
        SLACK_API_URL: sandbox.apiUrl,
        PORT: String(port),
        LOG_LEVEL: "warn",
        // A throwaway store: the bench must not touch (or depend on) the checkout's database.
        DATABASE_PATH: join(dir, "bench.db"),
      },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  try {
    await healthy(`http://127.0.0.1:${port}/healthz`, bot);
    const target = { appUrl: `http://127.0.0.1:${port}/slack/events`, signingSecret };
    const waiting = new Map<string, (at: number) => void>();
    sandbox.on("response", (response) => waiting.get(response.url)?.(performance.now()));

    const ackMs: number[] = [];
    const respondMs: number[] = [];
    let failures = 0;
    let sent = 0;
    const one = async (i: number) => {
      const responseUrl = sandbox.createResponseUrl({
        channel: DEFAULT_CHANNEL.id,
        user: "U0BENCH",
      });
      const responded = new Promise<number>((resolve) => waiting.set(responseUrl, resolve));
      const start = performance.now();
      const reply = await sendSlashCommand(target, {
        text: `explain ${QUERIES[i % QUERIES.length]}`,
        userId: "U0BENCH",
        channelId: DEFAULT_CHANNEL.id,
        responseUrl,
      });
      ackMs.push(performance.now() - start);
      if (reply.status !== 200) failures++;
      respondMs.push((await responded) - start);
      waiting.delete(responseUrl);
    };
    const run = async (count: number) => {
      sent = 0;
      await Promise.all(
        Array.from({ length: IN_FLIGHT }, async () => {
          while (sent < count) await one(sent++);
        }),
      );
    };
    // Warm up at the measured concurrency, so the JIT is warm and the 50 connections are open
    // (Slack, too, keeps its connections to an app alive).
    await run(WARM_UP);
    ackMs.length = 0;
    respondMs.length = 0;
    failures = 0;
    const started = performance.now();
    await run(REQUESTS);
    const seconds = (performance.now() - started) / 1000;

    ackMs.sort((a, b) => a - b);
    respondMs.sort((a, b) => a - b);
    const ms = (value: number) => `${value.toFixed(1)} ms`;
    printTable(
      `Slack: signed /syncerror explain over HTTP, ${IN_FLIGHT} in flight, bot in its own process`,
      [
        ["requests", `${REQUESTS} (${failures} failed)`, ""],
        ["throughput", `${Math.round(REQUESTS / seconds)} requests/s`, ""],
        ["time to ack, median", ms(quantile(ackMs, 0.5)), ""],
        ["time to ack, p99", ms(quantile(ackMs, 0.99)), "< 50 ms"],
        ["time to respond, median", ms(quantile(respondMs, 0.5)), ""],
        ["time to respond, p99", ms(quantile(respondMs, 0.99)), ""],
      ],
    );
  } finally {
    bot.kill();
    await sandbox.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function healthy(url: string, bot: ChildProcess): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (bot.exitCode !== null)
      throw new Error(`the bot exited with code ${bot.exitCode} before it was ready`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the bot did not answer ${url} within 15 s`);
}

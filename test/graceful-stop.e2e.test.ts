import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { HubSpotSandbox } from "../src/sandbox/hubspot/sandbox.js";
import { DEFAULT_CHANNEL, type SlackMessage, SlackSandbox } from "../src/sandbox/slack/sandbox.js";
import { validateBlocks } from "../src/slack/blocks/index.js";
import { freePort } from "./fakes/free-port.js";
import { ProgramChildren, until } from "./fakes/program-children.js";

// The bot, started for real, told to stop (SIGTERM, as Kubernetes and `docker stop` do): it takes
// no new work, lets the resync batch in flight finish, leaves the job running for the next
// process, and exits 0; and a SIGTERM while it still waits for Slack ends it cleanly too.

const PROPERTY = "syncerror_resync_requested_at";
const contacts = Array.from({ length: 500 }, (_, i) => String(60_000 + i));
const botToken = `xoxb-stop-${randomBytes(4).toString("hex")}`;
const signingSecret = randomBytes(16).toString("hex");
let dir: string;
let hubspot: HubSpotSandbox;
let slack: SlackSandbox;
const children = new ProgramChildren();

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "syncerror-stop-"));
  hubspot = await HubSpotSandbox.start({
    accessToken: "pat-na1-stop",
    objects: { contacts: contacts.map((id) => ({ id })) },
  });
  slack = await SlackSandbox.start({ botToken, validateBlocks });
  await slack.inviteBot(DEFAULT_CHANNEL.id);
  writeFileSync(
    join(dir, "export.csv"),
    `${["Object type,Record ID,Error type", ...contacts.map((id) => `Contact,${id},Restricted picklist value`)].join("\n")}\n`,
  );
});
afterEach(async () => {
  children.killAll();
  await hubspot.close();
  await slack.close();
  rmSync(dir, { recursive: true, force: true });
});

function run(args: string[], env: Record<string, string> = {}) {
  return children.start(args, {
    DATABASE_PATH: join(dir, "db.sqlite"),
    HUBSPOT_ACCESS_TOKEN: "pat-na1-stop",
    HUBSPOT_BASE_URL: hubspot.url,
    SALESFORCE_INSTANCE_URL: "",
    SALESFORCE_ACCESS_TOKEN: "",
    SLACK_BOT_TOKEN: "",
    SLACK_APP_TOKEN: "",
    DIGEST_CHANNEL: "",
    LOG_LEVEL: "info",
    ...env,
  });
}

/** The bot in HTTP mode on a free port, once /healthz answers 200. */
async function startBot() {
  const port = await freePort();
  const bot = run([], {
    SLACK_BOT_TOKEN: botToken,
    SLACK_SIGNING_SECRET: signingSecret,
    SLACK_API_URL: slack.apiUrl,
    PORT: String(port),
    RESYNC_ALLOWED_USERS: "U0ADMIN",
  });
  await until(async () => {
    try {
      return (await fetch(`http://127.0.0.1:${port}/healthz`)).ok;
    } catch {
      return false;
    }
  });
  return { bot, port, target: { appUrl: `http://127.0.0.1:${port}/slack/events`, signingSecret } };
}

const updated = () =>
  contacts.filter((id) => hubspot.record("contacts", id)?.properties[PROPERTY]).length;
const batchesAccepted = () => hubspot.calls("batch/update").filter((c) => c.status === 200).length;
const logLines = (output: string) =>
  output
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe("SIGTERM", () => {
  it("lets the batch in flight finish, leaves the job for the next process, exits 0; the next one finishes it", async () => {
    expect(await run(["import", join(dir, "export.csv")]).closed).toBe(0);
    // Creates the HubSpot property (it says Salesforce is not configured, which is so).
    await run(["setup", "--create"]).closed;
    const first = await startBot();
    await slack.slash(first.target, {
      text: "resync Restricted picklist value",
      userId: "U0ADMIN",
      channelId: DEFAULT_CHANNEL.id,
    });
    await until(() => slack.ephemerals("U0ADMIN").length > 0);
    // Slow answers keep a batch in flight when the signal comes.
    hubspot.latency(300);
    await slack.click(first.target, {
      userId: "U0ADMIN",
      message: slack.ephemerals("U0ADMIN")[0] as SlackMessage,
      actionId: "resync_offer:0",
    });
    await until(() => batchesAccepted() >= 1);
    const sentBeforeSignal = hubspot.calls("batch/update").length;
    first.bot.child.kill("SIGTERM");
    expect(await first.bot.closed).toBe(0);

    // The batch in flight was answered and recorded, and none was sent after it.
    const sent = hubspot.calls("batch/update").length;
    expect(sent).toBeGreaterThanOrEqual(sentBeforeSignal);
    expect(sent).toBeLessThanOrEqual(sentBeforeSignal + 1);
    expect(updated()).toBe(batchesAccepted() * 100);
    expect(updated()).toBeLessThan(contacts.length);
    const lines = logLines(first.bot.stdout());
    expect(lines.map((l) => l.msg)).toContain(
      "stopping: taking no new work, waiting for the work in flight",
    );
    const stopped = lines.find((l) => String(l.msg).startsWith("stopped cleanly"));
    expect(stopped).toMatchObject({
      msg: "stopped cleanly; the next process resumes resync job 1",
      signal: "SIGTERM",
      resyncJobsLeftRunning: [1],
    });
    // Not finished: no resync.finish in the audit log, the job still running.
    const audit = run(["audit", "--json"]);
    expect(await audit.closed).toBe(0);
    const actions = (JSON.parse(audit.stdout()) as Array<{ action: string }>).map((e) => e.action);
    expect(actions).toContain("resync.start");
    expect(actions).not.toContain("resync.finish");
    const progress = slack.messages(DEFAULT_CHANNEL.id).find((m) => m.text.startsWith("Resyncing"));
    expect(progress?.text).toMatch(/^Resyncing Restricted picklist value/);

    hubspot.latency(0);
    const second = await startBot();
    await until(() =>
      slack
        .messages(DEFAULT_CHANNEL.id)
        .some((m) => m.ts === progress?.ts && m.text.includes("finished")),
    );
    // Every record once: none lost, none sent twice (5 batches of 100 in all).
    expect(updated()).toBe(contacts.length);
    expect(batchesAccepted()).toBe(5);
    expect(slack.messages(DEFAULT_CHANNEL.id).find((m) => m.ts === progress?.ts)?.text).toBe(
      "Resync of Restricted picklist value finished: 500 accepted, 0 failed again, 0 skipped.",
    );
    second.bot.child.kill("SIGTERM");
    expect(await second.bot.closed).toBe(0);
    expect(logLines(second.bot.stdout()).map((l) => l.msg)).toContain("stopped cleanly");
  }, 60_000);

  it("ends the bot with 0 at once when it comes while the bot still waits for Slack", async () => {
    // A port nobody listens on plays Slack out of reach: the bot waits, retrying, for 60 s.
    const apiUrl = `http://127.0.0.1:${await freePort()}/api/`;
    const port = await freePort();
    const bot = run([], {
      SLACK_BOT_TOKEN: botToken,
      SLACK_SIGNING_SECRET: signingSecret,
      SLACK_API_URL: apiUrl,
      SLACK_START_TIMEOUT: "60",
      PORT: String(port),
    });
    await until(() => bot.stdout().includes("cannot reach Slack"));
    const started = Date.now();
    bot.child.kill("SIGTERM");
    expect(await bot.closed).toBe(0);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(logLines(bot.stdout()).map((l) => l.msg)).toContain("stopped before the bot started");
    expect(bot.stderr()).toBe("");
  }, 30_000);
});

/** Polls until the condition holds, for at most 20 s. */

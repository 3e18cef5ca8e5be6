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

// The bot, started for real (`syncerror` with Slack credentials), finishes a resync job that a
// killed process left running, before anyone asks.

const PROPERTY = "syncerror_resync_requested_at";
const contacts = Array.from({ length: 500 }, (_, i) => String(40_000 + i));
const botToken = `xoxb-resume-${randomBytes(4).toString("hex")}`;
let dir: string;
let hubspot: HubSpotSandbox;
let slack: SlackSandbox;
const children = new ProgramChildren();

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "syncerror-resume-"));
  hubspot = await HubSpotSandbox.start({
    accessToken: "pat-na1-resume",
    objects: { contacts: contacts.map((id) => ({ id })) },
  });
  slack = await SlackSandbox.start({ botToken, validateBlocks });
  // The bot was invited to the channel its progress messages go to.
  await slack.inviteBot(DEFAULT_CHANNEL.id);
  writeFileSync(
    join(dir, "export.csv"),
    `${["Object type,Record ID,Error type", ...contacts.map((id) => `Contact,${id},Restricted picklist value`)].join("\n")}\n`,
  );
});
afterEach(async () => {
  children.killAll();
  hubspot.assertNoUnexpectedCalls();
  await hubspot.close();
  await slack.close();
  rmSync(dir, { recursive: true, force: true });
});

function run(args: string[], env: Record<string, string> = {}) {
  return children.start(args, {
    DATABASE_PATH: join(dir, "db.sqlite"),
    HUBSPOT_ACCESS_TOKEN: "pat-na1-resume",
    HUBSPOT_BASE_URL: hubspot.url,
    SALESFORCE_INSTANCE_URL: "",
    SALESFORCE_ACCESS_TOKEN: "",
    SLACK_BOT_TOKEN: "",
    SLACK_APP_TOKEN: "",
    DIGEST_CHANNEL: "",
    LOG_LEVEL: "warn",
    ...env,
  });
}

const updated = () =>
  contacts.filter((id) => hubspot.record("contacts", id)?.properties[PROPERTY]).length;

describe("the bot at start", () => {
  it("finishes a resync job a killed process left running", async () => {
    expect(await run(["import", join(dir, "export.csv")]).closed).toBe(0);
    await run(["setup", "--create"]).closed;
    hubspot.latency(150);
    const first = run(["resync", "Restricted picklist value"]);
    while (hubspot.calls("batch/update").filter((c) => c.status === 200).length < 2)
      await new Promise((r) => setTimeout(r, 20));
    first.child.kill("SIGKILL");
    await first.closed;
    expect(updated()).toBeLessThan(contacts.length);
    hubspot.latency(0);

    const bot = run([], {
      SLACK_BOT_TOKEN: botToken,
      SLACK_SIGNING_SECRET: randomBytes(16).toString("hex"),
      SLACK_API_URL: slack.apiUrl,
      PORT: String(await freePort()),
    });
    const deadline = Date.now() + 20_000;
    while (updated() < contacts.length && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    expect(updated()).toBe(contacts.length);
    bot.child.kill("SIGTERM");
    await bot.closed;

    const audit = run(["audit", "--json"]);
    await audit.closed;
    const entries = JSON.parse(audit.stdout()) as Array<{
      action: string;
      who: string;
      outcome: string;
    }>;
    expect(entries.slice(0, 2).map((e) => [e.action, e.who, e.outcome])).toEqual([
      ["resync.finish", "syncerror", "done"],
      ["resync.resume", "syncerror", "started"],
    ]);
  }, 60_000);

  it("carries on a resync started from Slack in its progress message after a crash", async () => {
    expect(await run(["import", join(dir, "export.csv")]).closed).toBe(0);
    await run(["setup", "--create"]).closed;
    const signingSecret = randomBytes(16).toString("hex");
    const startBot = async () => {
      const port = await freePort();
      const bot = run([], {
        SLACK_BOT_TOKEN: botToken,
        SLACK_SIGNING_SECRET: signingSecret,
        SLACK_API_URL: slack.apiUrl,
        PORT: String(port),
        RESYNC_ALLOWED_USERS: "U0ADMIN",
        // The killed bot held the job's lease: the next one takes the job over once it expires.
        RESYNC_LEASE_SECONDS: "2",
      });
      await until(async () => {
        try {
          return (await fetch(`http://127.0.0.1:${port}/healthz`)).ok;
        } catch {
          return false;
        }
      });
      return { bot, target: { appUrl: `http://127.0.0.1:${port}/slack/events`, signingSecret } };
    };

    const first = await startBot();
    await slack.slash(first.target, {
      text: "resync Restricted picklist value",
      userId: "U0ADMIN",
      channelId: DEFAULT_CHANNEL.id,
    });
    await until(() => slack.ephemerals("U0ADMIN").length > 0);
    hubspot.latency(150);
    await slack.click(first.target, {
      userId: "U0ADMIN",
      message: slack.ephemerals("U0ADMIN")[0] as SlackMessage,
      actionId: "resync_offer:0",
    });
    await until(() => hubspot.calls("batch/update").filter((c) => c.status === 200).length >= 2);
    first.bot.child.kill("SIGKILL");
    await first.bot.closed;
    const progress = slack.messages(DEFAULT_CHANNEL.id).find((m) => m.text.startsWith("Resyncing"));
    expect(progress).toBeDefined();
    expect(updated()).toBeLessThan(contacts.length);
    hubspot.latency(0);

    const second = await startBot();
    await until(() =>
      slack
        .messages(DEFAULT_CHANNEL.id)
        .some((m) => m.ts === progress?.ts && m.text.includes("finished")),
    );
    expect(updated()).toBe(contacts.length);
    const summary = slack.messages(DEFAULT_CHANNEL.id).find((m) => m.ts === progress?.ts);
    expect(summary?.text).toBe(
      "Resync of Restricted picklist value finished: 500 accepted, 0 failed again, 0 skipped.",
    );
    // The summary went into the message the first process posted, not a new one.
    expect(
      slack.messages(DEFAULT_CHANNEL.id).filter((m) => m.text.includes("Restricted picklist")),
    ).toHaveLength(1);
    second.bot.child.kill("SIGTERM");
    await second.bot.closed;
  }, 60_000);
});

/** Polls until the condition holds, for at most 20 s. */

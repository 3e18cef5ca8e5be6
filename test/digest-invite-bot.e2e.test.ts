import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  DEFAULT_CHANNEL,
  type SandboxResponse,
  SlackSandbox,
} from "../src/sandbox/slack/sandbox.js";
import { validateBlocks } from "../src/slack/blocks/index.js";
import { freePort } from "./fakes/free-port.js";
import { NO_CRM_ENV, ProgramChildren, until } from "./fakes/program-children.js";

// The installed program against the Slack sandbox, in a workspace where nobody has invited the
// bot to DIGEST_CHANNEL: it says so at start and in /syncerror status, keeps the digest Slack
// refused, and posts it once when it is invited.

const botToken = `xoxb-invite-${randomBytes(4).toString("hex")}`;
const signingSecret = randomBytes(16).toString("hex");
const CHANNEL = DEFAULT_CHANNEL.id;
let dir: string;
let slack: SlackSandbox;
const children = new ProgramChildren();

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "syncerror-invite-"));
  slack = await SlackSandbox.start({ botToken, validateBlocks });
  writeFileSync(
    join(dir, "export.csv"),
    "Object type,Record ID,Error type\nContact,101,Invalid email\nContact,102,Invalid email\n",
  );
});
afterEach(async () => {
  children.killAll();
  await slack.close();
  rmSync(dir, { recursive: true, force: true });
});

function run(args: string[], env: Record<string, string> = {}) {
  return children.start(args, {
    DATABASE_PATH: join(dir, "db.sqlite"),
    ...NO_CRM_ENV,
    SLACK_BOT_TOKEN: botToken,
    SLACK_SIGNING_SECRET: signingSecret,
    SLACK_APP_TOKEN: "",
    SLACK_API_URL: slack.apiUrl,
    DIGEST_CHANNEL: CHANNEL,
    // No slot falls due during the test: only the refused digest can be posted.
    DIGEST_CRON: "0 9 1 1 *",
    DIGEST_CATCHUP_HOURS: "0",
    LOG_LEVEL: "info",
    ...env,
  });
}

const posted = () =>
  slack
    .calls("chat.postMessage")
    .filter((c) => c.args.channel === CHANNEL && (c.response as { ok: boolean }).ok);

describe("the bot in a workspace where nobody invited it to DIGEST_CHANNEL", () => {
  it("says so at start and in /syncerror status, and posts the refused digest once when invited", async () => {
    expect(await run(["import", join(dir, "export.csv")]).closed).toBe(0);
    // The digest posted from the command line is refused: the bot is not in the channel.
    const cli = run(["digest", "--post"]);
    expect(await cli.closed).toBe(1);
    expect(cli.stderr()).toContain("the bot is not in C0SANDBOX. Type /invite @syncerror");
    expect(posted()).toEqual([]);

    const port = await freePort();
    const bot = run([], { PORT: String(port) });
    // The check runs once the app listens; then the refused digest is tried again (and refused).
    await until(() => bot.stdout().includes("waiting digest tried at start"));
    const warning = bot
      .stdout()
      .split("\n")
      .find((line) => line.includes("the bot is not in DIGEST_CHANNEL"));
    expect(warning).toContain("/invite @syncerror");
    expect(JSON.parse(warning ?? "{}")).toMatchObject({ level: 40, channel: CHANNEL });

    const target = { appUrl: `http://127.0.0.1:${port}/slack/events`, signingSecret };
    const reply = await slack.slash(target, {
      text: "status",
      userId: "U0ADMIN",
      channelId: CHANNEL,
    });
    const status = (await slack.waitFor(
      (r) => r.type === "response" && r.url === reply.responseUrl,
      { timeoutMs: 5_000 },
    )) as SandboxResponse;
    expect(JSON.stringify(status.body)).toContain("is waiting: the bot is not in <#C0SANDBOX>");

    await slack.inviteBot(CHANNEL, { target, inviter: "U0ADMIN" });
    await until(() => posted().length > 0);
    // A second delivery of the event posts nothing more.
    await slack.inviteBot(CHANNEL, { target });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(posted()).toHaveLength(1);
    expect(String(posted()[0]?.args.text)).toContain("2 new");
    expect(JSON.stringify(posted()[0]?.args.blocks)).toContain(
      "Posted late: the bot was not in this channel yet",
    );
    bot.child.kill("SIGTERM");
    expect(await bot.closed).toBe(0);
  }, 40_000);
});

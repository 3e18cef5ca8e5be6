import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_CHANNEL, SlackSandbox } from "../src/sandbox/slack/sandbox.js";
import { validateBlocks } from "../src/slack/blocks/index.js";
import { englishWordsIn } from "./english-words.js";
import { freePort } from "./fakes/free-port.js";
import { NO_CRM_ENV, ProgramChildren, until } from "./fakes/program-children.js";

// The installed program with BOT_LANGUAGE=da against the Slack sandbox: the digest it posts in
// the channel is Danish (here the one Slack refused until the bot was invited, posted late by the
// running bot), and `syncerror digest --lang da` prints it in Danish.

const botToken = `xoxb-lang-${randomBytes(4).toString("hex")}`;
const signingSecret = randomBytes(16).toString("hex");
const CHANNEL = DEFAULT_CHANNEL.id;
let dir: string;
let slack: SlackSandbox;
const children = new ProgramChildren();

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "syncerror-digest-lang-"));
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
    BOT_LANGUAGE: "da",
    ...env,
  });
}

const posted = () =>
  slack
    .calls("chat.postMessage")
    .filter((c) => c.args.channel === CHANNEL && (c.response as { ok: boolean }).ok);

describe("the bot with BOT_LANGUAGE=da", () => {
  it("posts the digest in Danish, and the command line prints it in --lang's language", async () => {
    expect(await run(["import", join(dir, "export.csv")]).closed).toBe(0);
    const print = run(["digest", "--print", "--lang", "da"]);
    expect(await print.closed).toBe(0);
    expect(print.stdout()).toMatch(/^Synkroniseringsfejl · \p{L}+dag den \d+\. \p{L}+ \d{4}$/mu);
    expect(print.stdout()).toContain("Ugyldig e-mail");
    // Refused: the bot is not in the channel yet; the running bot posts it once invited.
    expect(await run(["digest", "--post"]).closed).toBe(1);

    const port = await freePort();
    const bot = run([], { PORT: String(port) });
    await until(() => bot.stdout().includes("waiting digest tried at start"));
    const target = { appUrl: `http://127.0.0.1:${port}/slack/events`, signingSecret };
    await slack.inviteBot(CHANNEL, { target, inviter: "U0ADMIN" });
    await until(() => posted().length > 0);
    const [post] = posted();
    expect(String(post?.args.text)).toMatch(
      /^Synkroniseringsfejl \p{L}+dag den \d+\. \p{L}+ \d{4}: 2 nye, 0 løst, 2 åbne$/u,
    );
    expect(validateBlocks(post?.args.blocks, "message")).toEqual([]);
    const blocks = JSON.stringify(post?.args.blocks);
    expect(blocks).toContain("Sendt for sent: botten var ikke med i kanalen endnu kl. ");
    expect(blocks).toContain("*2 nye* de seneste 24 timer");
    expect(blocks).toContain('"text":"• Ugyldig e-mail: *2 nye* (2 poster) · 2 åbne"');
    expect(blocks).toContain(
      '{"type":"plain_text","text":"Forklar"},"value":"explain:invalid-email"',
    );
    const texts = [...blocks.matchAll(/"text":"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1] ?? "");
    expect(texts.length).toBeGreaterThanOrEqual(5);
    expect(texts.flatMap((t) => englishWordsIn(t, ["HubSpot", "Salesforce"]))).toEqual([]);
    bot.child.kill("SIGTERM");
    expect(await bot.closed).toBe(0);
  }, 40_000);
});

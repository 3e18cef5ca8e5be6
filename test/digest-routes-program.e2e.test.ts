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

// The installed program with ROUTES_PATH (issue 17): a routing file with errors stops the start
// with every problem; a valid one splits the digest the bot posts, and `/syncerror routes` shows it.

const botToken = `xoxb-routes-${randomBytes(4).toString("hex")}`;
const signingSecret = randomBytes(16).toString("hex");
const MAIN = DEFAULT_CHANNEL.id;
const SF = "C0SFADMIN";
let dir: string;
let slack: SlackSandbox;
const children = new ProgramChildren();

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "syncerror-routes-program-"));
  slack = await SlackSandbox.start({ botToken, validateBlocks });
  await slack.inviteBot(MAIN);
  slack.addChannel({ id: SF, name: "sf-admins" });
  await slack.inviteBot(SF);
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
    DIGEST_CHANNEL: MAIN,
    // Every day at 00:00 UTC, caught up at start for a day: the start posts today's slot.
    DIGEST_CRON: "0 0 * * *",
    DIGEST_TIMEZONE: "UTC",
    DIGEST_CATCHUP_HOURS: "24",
    LOG_LEVEL: "info",
    ...env,
  });
}

const postedIn = (channel: string) =>
  slack
    .calls("chat.postMessage")
    .filter((c) => c.args.channel === channel && (c.response as { ok: boolean }).ok);

describe("the bot with ROUTES_PATH", () => {
  it("does not start with a routing file that has errors, and lists every one", async () => {
    const file = join(dir, "routes.yaml");
    writeFileSync(
      file,
      ["routes:", "  - channel: C0SFADMIN", "    types: [invalid-emial]", "    actor: x", ""].join(
        "\n",
      ),
    );
    const bot = run([], { PORT: String(await freePort()), ROUTES_PATH: file });
    expect(await bot.closed).toBe(2);
    expect(bot.stderr()).toContain(`${file} is not a usable routing file: 2 errors.`);
    expect(bot.stderr()).toContain("line 3: There is no error type “invalid-emial”");
    expect(bot.stderr()).toContain("line 4: “actor” is not a field here");
    expect(slack.calls("chat.postMessage")).toEqual([]);
  }, 20_000);

  it("posts the routed types' digest in their channel and the rest in DIGEST_CHANNEL, and answers /syncerror routes", async () => {
    const file = join(dir, "routes.yaml");
    writeFileSync(
      file,
      [
        "routes:",
        `  - channel: ${SF}`,
        "    mention: S0SFADMINS",
        "    types: [invalid-email]",
        "",
      ].join("\n"),
    );
    expect(await run(["import", join(dir, "export.csv")], { ROUTES_PATH: file }).closed).toBe(0);
    const port = await freePort();
    const bot = run([], { PORT: String(port), ROUTES_PATH: file });
    await until(() => postedIn(MAIN).length > 0 && postedIn(SF).length > 0);
    expect(bot.stdout()).toContain("routing read");
    // The sandbox has no group S0SFADMINS: said at start, and the bot goes on.
    expect(bot.stdout()).toContain(
      "routing file: line 3: Slack has no user group S0SFADMINS: check its id",
    );
    expect(String(postedIn(SF)[0]?.args.text)).toMatch(
      /^<!subteam\^S0SFADMINS> Sync errors .*: 2 new/,
    );
    const main = JSON.stringify(postedIn(MAIN)[0]?.args.blocks);
    expect(main).toContain("No new sync errors");
    expect(main).toContain(`→ <#${SF}>: 2 new errors of the types routed there`);

    const target = { appUrl: `http://127.0.0.1:${port}/slack/events`, signingSecret };
    const reply = await slack.slash(target, { text: "routes", userId: "U0ADMIN", channelId: MAIN });
    const answer = (await slack.waitFor(
      (r) => r.type === "response" && r.url === reply.responseUrl,
      {
        timeoutMs: 5_000,
      },
    )) as SandboxResponse;
    expect(JSON.stringify(answer.body)).toContain(`*<#${SF}>* · mentions <!subteam^S0SFADMINS>`);
    bot.child.kill("SIGTERM");
    expect(await bot.closed).toBe(0);
    expect(postedIn(MAIN)).toHaveLength(1);
    expect(postedIn(SF)).toHaveLength(1);
  }, 40_000);

  it("posts every channel's digest from the command line, and refuses a routing file with errors", async () => {
    const file = join(dir, "routes.yaml");
    writeFileSync(
      file,
      ["routes:", `  - channel: ${SF}`, "    types: [invalid-emial]", ""].join("\n"),
    );
    const refused = run(["digest", "--post"], { ROUTES_PATH: file });
    expect(await refused.closed).toBe(2);
    expect(refused.stderr()).toContain("line 3: There is no error type “invalid-emial”");

    writeFileSync(
      file,
      ["routes:", `  - channel: ${SF}`, "    types: [invalid-email]", ""].join("\n"),
    );
    expect(await run(["import", join(dir, "export.csv")]).closed).toBe(0);
    const post = run(["digest", "--post"], { ROUTES_PATH: file });
    expect(await post.closed).toBe(0);
    expect(post.stdout()).toContain(`${MAIN}: Posted the digest to ${MAIN}.`);
    expect(post.stdout()).toContain(`${SF}: Posted the digest to ${SF}.`);
    expect(String(postedIn(SF)[0]?.args.text)).toContain("2 new");
    expect(JSON.stringify(postedIn(MAIN)[0]?.args.blocks)).toContain(`→ <#${SF}>: 2 new errors`);
  }, 30_000);
});

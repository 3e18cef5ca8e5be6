import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_BOT_SCOPES, SlackSandbox } from "../src/sandbox/slack/sandbox.js";
import { spawnSyncerror } from "./fakes/run-syncerror.js";

// `syncerror routes check` as the installed program runs it, with a bot token, against the Slack
// sandbox (issue 17): every channel and user group of the routing file checked as the bot sees
// them, each problem on its line, in English, Danish and JSON; without a token, Slack is skipped.

const botToken = `xoxb-routes-check-${randomBytes(4).toString("hex")}`;
let dir: string;
let slack: SlackSandbox;

/** One route per case, each on its own lines: the line numbers the problems must point at. */
const ROUTES = [
  "routes:",
  '  - channel: "C0SFADMIN"', // 2: fine: exists, the bot is in it
  '    mention: "@salesforce-admins"', // 3: fine
  "    types: [invalid-email]",
  '  - channel: "#revops"', // 5: public, the bot not invited
  '    mention: "S0GONE"', // 6: no such group
  "    types: [email-already-in-use]",
  '  - channel: "C0OLD"', // 8: archived
  '    mention: "@old-team"', // 9: disabled
  "    types: [custom-code]",
  '  - channel: "#secret"', // 11: private, the bot not in it: hidden
  "    types: [invalid-value]",
  '  - channel: "C0NOPE"', // 13: no such channel
  "    types: [mismatched-options]",
  '  - channel: "#revops"', // 15: the same channel again: said once, on line 5
  "    types: [owner-assignment]",
  "",
].join("\n");

async function startSlack(scopes: readonly string[] = DEFAULT_BOT_SCOPES) {
  slack = await SlackSandbox.start({ botToken, scopes });
  slack.addChannel({ id: "C0SFADMIN", name: "sf-admins" });
  await slack.inviteBot("C0SFADMIN");
  slack.addChannel({ id: "C0REVOPS", name: "revops" });
  slack.addChannel({ id: "C0OLD", name: "old-errors" });
  await slack.inviteBot("C0OLD");
  slack.archiveChannel("C0OLD");
  slack.addChannel({ id: "G0SECRET", name: "secret", isPrivate: true });
  slack.setUsergroup("S0SFADMINS", ["U0ANN"], { handle: "salesforce-admins" });
  slack.setUsergroup("S0OLD", ["U0BOB"], { handle: "old-team", disabled: true });
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "syncerror-routes-check-"));
  writeFileSync(join(dir, "routes.yaml"), ROUTES);
  await startSlack();
});
afterEach(async () => {
  await slack.close();
  rmSync(dir, { recursive: true, force: true });
});

async function routesCheck(args: string[], env: Record<string, string> = {}) {
  const child = spawnSyncerror(["routes", "check", join(dir, "routes.yaml"), ...args], {
    env: {
      ...process.env,
      DATABASE_PATH: join(dir, "db.sqlite"),
      HUBSPOT_ACCESS_TOKEN: "",
      SALESFORCE_INSTANCE_URL: "",
      SALESFORCE_ACCESS_TOKEN: "",
      SLACK_BOT_TOKEN: botToken,
      SLACK_SIGNING_SECRET: randomBytes(16).toString("hex"),
      SLACK_APP_TOKEN: "",
      SLACK_API_URL: slack.apiUrl,
      ROUTES_PATH: "",
      SYNCERROR_LANG: "",
      ...env,
    },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  return { code, stdout, stderr };
}

describe("syncerror routes check against Slack", () => {
  it("lists every channel and user group problem on its line, and exits 1", async () => {
    const { code, stdout, stderr } = await routesCheck([]);
    expect(stderr).toBe("");
    expect(code).toBe(1);
    expect(stdout).toContain(
      "\nSlack: checked 5 channels and 3 user groups, as the bot sees them.\n",
    );
    const problems = stdout.split("\n").filter((line) => /^ {2}line \d+/.test(line));
    expect(problems).toEqual([
      "  line 5: The bot is not in #revops: type `/invite @syncerror` in it; until then its digest waits.",
      "  line 6: Slack has no user group S0GONE: check its id (Slack lists user groups under People).",
      "  line 8: C0OLD is archived in Slack, so no digest can go there: unarchive it, or route to another channel.",
      "  line 9: The user group @old-team is disabled in Slack, so mentioning it tells nobody: enable it again, or mention another.",
      "  line 11: Slack has no channel #secret that the bot can see: check the name. A private channel stays hidden from the bot until someone types `/invite @syncerror` in it.",
      "  line 13: Slack has no channel C0NOPE that the bot can see: check the id. A private channel stays hidden from the bot until someone types `/invite @syncerror` in it.",
    ]);
    // Read-only: it asked, and posted nothing.
    expect(slack.calls("chat.postMessage")).toEqual([]);
    expect(slack.calls("conversations.list")).toHaveLength(1);
    expect(slack.calls("usergroups.list")).toHaveLength(1);
    slack.assertNoUnexpectedCalls();
  }, 20_000);

  it("says it in Danish, and in JSON with stable codes; a fixed workspace passes", async () => {
    const danish = await routesCheck(["--lang", "da"]);
    expect(danish.stdout).toContain(
      "\nSlack: 5 kanaler og 3 brugergrupper tjekket, som botten ser dem.\n",
    );
    expect(danish.stdout).toContain(
      "  linje 5: Botten er ikke med i #revops: skriv `/invite @syncerror` i kanalen; indtil da venter dens oversigt.",
    );

    const json = JSON.parse((await routesCheck(["--json"])).stdout);
    expect(json.valid).toBe(false);
    expect(json.slack).toEqual({
      checked: true,
      channels: ["C0SFADMIN", "#revops", "C0OLD", "#secret", "C0NOPE"],
      usergroups: ["@salesforce-admins", "S0GONE", "@old-team"],
    });
    expect(json.problems.map((p: { line: number; code: string }) => [p.line, p.code])).toEqual([
      [5, "bot-not-in-channel"],
      [6, "usergroup-not-found"],
      [8, "channel-archived"],
      [9, "usergroup-disabled"],
      [11, "channel-not-found"],
      [13, "channel-not-found"],
    ]);

    // Someone invites the bot, unarchives, creates the group…: the same file now passes.
    await slack.inviteBot("C0REVOPS");
    await slack.inviteBot("G0SECRET");
    slack.archiveChannel("C0OLD", false);
    slack.addChannel({ id: "C0NOPE", name: "nope" });
    await slack.inviteBot("C0NOPE");
    slack.setUsergroup("S0GONE", []);
    slack.setUsergroup("S0OLD", ["U0BOB"], { handle: "old-team" });
    const fixed = await routesCheck([]);
    expect(fixed.code).toBe(0);
    expect(fixed.stdout.trimEnd().split("\n").at(-1)).toBe("The routing file is valid.");
  }, 30_000);

  it("says which scope is missing when Slack refuses, and skips Slack without a token", async () => {
    await slack.close();
    await startSlack(DEFAULT_BOT_SCOPES.filter((scope) => scope !== "usergroups:read"));
    const refused = await routesCheck([]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain(
      "  Slack did not answer usergroups.list (missing_scope): the bot needs the usergroups:read scope (manifest.yml); reinstall the app, so the user groups are not checked.",
    );
    // The channels are still checked.
    expect(refused.stdout).toContain("  line 5: The bot is not in #revops");

    const asked = slack.calls().length;
    const skipped = await routesCheck([], { SLACK_BOT_TOKEN: "", SLACK_SIGNING_SECRET: "" });
    expect(skipped.stdout).toContain("\nSlack: not checked, as SLACK_BOT_TOKEN is not set.");
    expect(skipped.code).toBe(0);
    expect(slack.calls()).toHaveLength(asked);
  }, 30_000);
});

import { once } from "node:events";
import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { WebClient } from "@slack/web-api";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createCatalog } from "../src/catalog/catalog.js";
import type { DigestSettings } from "../src/config.js";
import { type SandboxedApp, startSandboxedApp } from "../src/console/sandboxed-app.js";
import { demoRows } from "../src/demo/demo-rows.js";
import { writeDemoCsv } from "../src/demo/write-demo-csv.js";
import { LISTED_TYPES } from "../src/digest/digest-message.js";
import { createDigestRunner } from "../src/digest/digest-runner.js";
import { importFile } from "../src/import/import-file.js";
import { createLogger } from "../src/logger.js";
import { rules } from "../src/rules/index.js";
import {
  DEFAULT_BOT_SCOPES,
  DEFAULT_CHANNEL,
  type SandboxCall,
  type SandboxResponse,
} from "../src/sandbox/slack/sandbox.js";
import { validateBlocks } from "../src/slack/blocks/index.js";
import { checkDigestChannel } from "../src/slack/channel-access.js";
import type { ObservedError } from "../src/store/types.js";

// The digest against the real store and the Slack sandbox, with the clock injected: tests move
// time, they never wait.

const catalog = createCatalog(rules);
const CHANNEL = DEFAULT_CHANNEL.id;
const SETTINGS: DigestSettings = {
  schedule: { cron: "0 9 * * 1-5", timezone: "Europe/Copenhagen" },
  catchupHours: 12,
  skipEmpty: false,
  chart: "off" as const,
};
// Monday 30 November 2026, 09:00 in Copenhagen (CET, UTC+1).
const MONDAY_0900 = new Date("2026-11-30T08:00:00Z");

let env: SandboxedApp;
let clock: Date;
let slept: number[];
let dir: string;

beforeEach(async () => {
  env = await startSandboxedApp({
    catalog,
    logger: createLogger({ level: "silent" }),
    logLevel: "silent",
    version: "test",
  });
  clock = MONDAY_0900;
  slept = [];
  dir = mkdtempSync(join(tmpdir(), "syncerror-digest-"));
});
afterEach(async () => {
  env.sandbox.assertNoUnexpectedCalls();
  await env.stop();
  rmSync(dir, { recursive: true, force: true });
});

function runner(settings: DigestSettings = SETTINGS) {
  const client = new WebClient(env.botToken, {
    slackApiUrl: env.sandbox.apiUrl,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
  });
  return createDigestRunner({
    store: env.store,
    catalog,
    client,
    channel: CHANNEL,
    settings,
    now: () => clock,
    logger: createLogger({ level: "silent" }),
    sleep: async (ms) => {
      slept.push(ms);
    },
  });
}

const posts = () =>
  env.sandbox
    .calls("chat.postMessage")
    .filter((c) => c.status === 200 && (c.response as { ok: boolean }).ok);

async function seed(
  errors: Array<Partial<ObservedError> & { id: string; ruleId: string }>,
  at: Date,
): Promise<void> {
  const tx = await env.store.beginImport({
    fileName: "seed.csv",
    contentHash: `seed-${at.getTime()}`,
    importedBy: "test",
    importedAt: at,
  });
  for (const e of errors) {
    const rule = catalog.ruleById(e.ruleId);
    if (!rule) throw new Error(e.ruleId);
    await tx.add({
      ruleId: rule.id,
      category: rule.category,
      direction: rule.direction,
      objectType: e.objectType ?? "contact",
      hubspotId: e.id,
      salesforceId: null,
      recordName: null,
      message: "m",
      statusCode: null,
      occurredAt: e.occurredAt ?? at,
    });
  }
  await tx.commit({ rowsRead: errors.length, rejected: 0, objectTypes: [], columns: {} });
}

describe("the daily digest", () => {
  it("posts once per slot, even when two triggers fire at once", async () => {
    await seed([{ id: "1", ruleId: "invalid-email" }], new Date("2026-11-30T07:00:00Z"));
    const digest = runner();
    const outcomes = await Promise.all([
      digest.post(MONDAY_0900, false),
      digest.post(MONDAY_0900, false),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["already", "posted"]);
    expect(posts()).toHaveLength(1);
  });

  it("posts nothing again after a restart", async () => {
    await seed([{ id: "1", ruleId: "invalid-email" }], new Date("2026-11-30T07:00:00Z"));
    await runner().post(MONDAY_0900, false);
    clock = new Date("2026-11-30T08:20:00Z");
    expect(await runner().catchUp()).toBeNull();
    expect(posts()).toHaveLength(1);
  });

  it("posts a missed slot late when it starts within the catch-up window, and not after it", async () => {
    await seed([{ id: "1", ruleId: "invalid-email" }], new Date("2026-11-30T07:00:00Z"));
    clock = new Date("2026-11-30T11:30:00Z");
    expect(await runner().catchUp()).toMatchObject({ status: "posted" });
    const [post] = posts();
    expect(JSON.stringify(post?.args.blocks)).toContain(
      "Posted late: the bot was not running at 09:00.",
    );
    expect(await env.store.digestAt(MONDAY_0900, CHANNEL)).toMatchObject({
      late: true,
      status: "posted",
    });

    clock = new Date("2026-12-01T21:30:00Z"); // Tuesday's slot is 12.5 hours old
    expect(await runner().catchUp()).toBeNull();
  });

  it("skips weekends: Saturday has no slot to catch up", async () => {
    clock = new Date("2026-12-05T10:00:00Z"); // Saturday 11:00 in Copenhagen
    expect(await runner().catchUp()).toBeNull();
    expect(posts()).toHaveLength(0);
  });

  it("counts right against an imported demo export", async () => {
    const csv = join(dir, "demo.csv");
    const out = createWriteStream(csv);
    const demo = { rows: 2_000, seed: 5, days: 14, now: new Date("2026-11-30T07:30:00Z") };
    await writeDemoCsv(out, demo);
    out.end();
    await once(out, "finish");
    await importFile(csv, {
      store: env.store,
      catalog,
      importedBy: "test",
      now: () => demo.now,
      maxBytes: 1e9,
    });

    const since = new Date(MONDAY_0900.getTime() - 24 * 3600 * 1000);
    const expected = [...demoRows(demo)].filter((r) => r.occurredAt >= since).length;
    const outcome = await runner().post(MONDAY_0900, false);
    expect(outcome.status).toBe("posted");
    expect((await env.store.digestAt(MONDAY_0900, CHANNEL))?.counts).toEqual({
      new: expected,
      resolved: 0,
      open: 2_000,
    });
    const [post] = posts();
    expect(String(post?.args.text)).toBe(
      `Sync errors Monday, 30 November 2026: ${expected} new, 0 resolved, 2000 open`,
    );
    expect(validateBlocks(post?.args.blocks, "message")).toEqual([]);
  });

  it("counts new and resolved since the previous digest, with the change against it", async () => {
    await seed(
      [
        { id: "1", ruleId: "invalid-email" },
        { id: "2", ruleId: "invalid-email" },
      ],
      new Date("2026-11-30T07:00:00Z"),
    );
    await runner().post(MONDAY_0900, false);
    // Tuesday: one of Monday's errors is gone, three new ones arrived.
    const tuesdayExport = new Date("2026-12-01T07:00:00Z");
    const tx = await env.store.beginImport({
      fileName: "t.csv",
      contentHash: "t",
      importedBy: "test",
      importedAt: tuesdayExport,
    });
    for (const [id, ruleId] of [
      ["1", "invalid-email"],
      ["3", "string-too-long"],
      ["4", "string-too-long"],
      ["5", "type-mismatch"],
    ] as const) {
      const rule = catalog.ruleById(ruleId);
      if (!rule) throw new Error(ruleId);
      await tx.add({
        ruleId,
        category: rule.category,
        direction: rule.direction,
        objectType: "contact",
        hubspotId: id,
        salesforceId: null,
        recordName: null,
        message: "m",
        statusCode: null,
        occurredAt: tuesdayExport,
      });
    }
    await tx.commit({ rowsRead: 4, rejected: 0, objectTypes: ["contact"], columns: {} });
    clock = new Date("2026-12-01T08:00:00Z");
    await runner().post(clock, false);
    expect((await env.store.digestAt(clock, CHANNEL))?.counts).toEqual({
      new: 3,
      resolved: 1,
      open: 4,
    });
    const tuesday = posts()[1];
    expect(JSON.stringify(tuesday?.args.blocks)).toContain(
      "*3 new* since the digest of Monday, 30 November 2026 (▲ 1 against the previous digest)",
    );
    const blocks = JSON.stringify(tuesday?.args.blocks);
    expect(blocks.indexOf("*Property values*")).toBeLessThan(blocks.indexOf("*Property mappings*"));
    expect(blocks).toContain("• String too long: *2 new* (2 records) · 2 open");
  });

  it("says so in one short line on a day with nothing new, or stays silent when told to", async () => {
    await runner().post(MONDAY_0900, false);
    expect(posts()[0]?.args).toMatchObject({
      text: "No new sync errors in the last 24 hours. 0 resolved, 0 open.",
    });
    const tuesday = new Date("2026-12-01T08:00:00Z");
    clock = tuesday;
    expect(await runner({ ...SETTINGS, skipEmpty: true }).post(tuesday, false)).toEqual({
      status: "empty",
    });
    expect(posts()).toHaveLength(1);
    expect((await env.store.digestAt(tuesday, CHANNEL))?.status).toBe("posted");
  });

  it("stays within Slack's limits with all 28 types and many records, collapsing the rest", async () => {
    const errors = rules.flatMap((rule) =>
      Array.from({ length: 40 }, (_, i) => ({ id: `${rule.id}-${i}`, ruleId: rule.id })),
    );
    await seed(errors, new Date("2026-11-30T07:00:00Z"));
    await runner().post(MONDAY_0900, false);
    const [post] = posts();
    const blocks = post?.args.blocks as unknown[];
    expect(validateBlocks(blocks, "message")).toEqual([]);
    expect(blocks.length).toBeLessThanOrEqual(50);
    expect(JSON.stringify(blocks)).toContain(
      `… and ${rules.length - LISTED_TYPES} more error types — \`/syncerror status all\` lists every type`,
    );
    // One ⋯ menu per listed type, and nothing else to click: Explain on every line, Resync N on
    // each listed type with records a resync can reach.
    expect(blocks.some((b) => (b as { type: string }).type === "actions")).toBe(false);
    const menus = blocks.flatMap((b) => {
      const accessory = (b as { accessory?: { type: string; options: Array<{ value: string }> } })
        .accessory;
      return accessory?.type === "overflow" ? [accessory.options.map((o) => o.value)] : [];
    });
    expect(menus).toHaveLength(LISTED_TYPES);
    expect(menus.every((values) => values[0]?.startsWith("explain:"))).toBe(true);
    const resync = menus.filter((values) => values.some((v) => v.startsWith("resync:")));
    expect(resync.length).toBeGreaterThan(0);
  });

  it("waits out Slack's rate limit, then posts once", async () => {
    await seed([{ id: "1", ruleId: "invalid-email" }], new Date("2026-11-30T07:00:00Z"));
    env.sandbox.rateLimitNext("chat.postMessage", 7);
    expect(await runner().post(MONDAY_0900, false)).toMatchObject({ status: "posted" });
    expect(slept).toEqual([7000]);
    expect(posts()).toHaveLength(1);
  });

  it("gives up on an error Slack will repeat, records it, and never posts that slot twice", async () => {
    await seed([{ id: "1", ruleId: "invalid-email" }], new Date("2026-11-30T07:00:00Z"));
    env.sandbox.failNext("chat.postMessage", "is_archived");
    expect(await runner().post(MONDAY_0900, false)).toEqual({
      status: "failed",
      reason: "is_archived",
    });
    expect((await env.store.digestAt(MONDAY_0900, CHANNEL))?.status).toBe("failed");
    clock = new Date("2026-11-30T08:30:00Z");
    expect(await runner().catchUp()).toBeNull();
    // Only a digest refused for want of an invite waits to be posted again.
    expect(await runner().postWaiting()).toBeNull();
    expect(posts()).toHaveLength(0);
  });

  it("answers Explain in a type's menu with the explanation in the digest's thread", async () => {
    await seed([{ id: "1", ruleId: "invalid-email" }], new Date("2026-11-30T07:00:00Z"));
    await runner().post(MONDAY_0900, false);
    const digest = env.sandbox.messages(CHANNEL).at(-1);
    if (!digest) throw new Error("no digest");
    const since = Math.max(...env.sandbox.calls().map((c) => c.seq));
    await env.sandbox.click(env.target, {
      userId: "U0ADMIN",
      message: digest,
      actionId: "type_menu:0",
      value: "explain:invalid-email",
    });
    const reply = (await env.sandbox.waitFor(
      (r) => r.seq > since && r.method === "chat.postMessage",
    )) as SandboxCall;
    expect(reply.args).toMatchObject({ channel: CHANNEL, thread_ts: digest.ts });
    expect(JSON.stringify(reply.args.blocks)).toContain('"text":"Invalid email"');
  });
});

describe("a digest channel the bot was never invited to", () => {
  /** The real app against a sandbox where nobody has invited the bot, its digest on the test clock. */
  async function startUninvited(
    options: Partial<Parameters<typeof startSandboxedApp>[0]> = {},
  ): Promise<void> {
    await env.stop();
    env = await startSandboxedApp({
      catalog,
      logger: createLogger({ level: "silent" }),
      logLevel: "silent",
      version: "test",
      botInChannel: false,
      digest: {
        settings: SETTINGS,
        now: () => clock,
        sleep: async (ms) => {
          slept.push(ms);
        },
      },
      ...options,
    });
  }

  async function status(): Promise<string> {
    const reply = await env.sandbox.slash(env.target, {
      text: "status",
      userId: "U0ADMIN",
      channelId: CHANNEL,
    });
    const answer = (await env.sandbox.waitFor(
      (r) => r.type === "response" && r.url === reply.responseUrl,
    )) as SandboxResponse;
    return JSON.stringify(answer.body);
  }

  it("keeps the refused digest, says so in /syncerror status, and posts it once when invited", async () => {
    await startUninvited();
    await seed([{ id: "1", ruleId: "invalid-email" }], new Date("2026-11-30T07:00:00Z"));
    // Slack's answer to a public channel the bot is not in (it has no chat:write.public).
    expect(await env.digest.post(MONDAY_0900, false)).toEqual({
      status: "waiting",
      reason: "not_in_channel",
    });
    expect(posts()).toEqual([]);
    const refused = env.sandbox.calls("chat.postMessage");
    expect(refused.map((c) => (c.response as { error?: string }).error)).toEqual([
      "not_in_channel",
    ]);

    clock = new Date("2026-11-30T08:15:00Z");
    const before = await status();
    expect(before).toContain("is waiting: the bot is not in <#C0SANDBOX>");
    expect(before).toContain("/invite @syncerror");

    // An admin types /invite @syncerror: Slack tells the app, which posts the digest at once.
    const since = Math.max(...env.sandbox.calls().map((c) => c.seq));
    const invited = await env.sandbox.inviteBot(CHANNEL, {
      target: env.target,
      inviter: "U0ADMIN",
    });
    expect(invited?.status).toBe(200);
    await env.sandbox.waitFor(
      (r) =>
        r.seq > since && r.method === "chat.postMessage" && r.type === "call" && r.status === 200,
    );
    await env.pendingWork.idle();
    const [digest] = posts();
    expect(posts()).toHaveLength(1);
    expect(String(digest?.args.text)).toBe(
      "Sync errors Monday, 30 November 2026: 1 new, 0 resolved, 1 open",
    );
    expect(JSON.stringify(digest?.args.blocks)).toContain(
      "Posted late: the bot was not in this channel yet at 09:00.",
    );
    expect(await env.store.digestAt(MONDAY_0900, CHANNEL)).toMatchObject({
      status: "posted",
      late: true,
    });

    // Every other way it could go out again finds it posted: a retry, a restart's catch-up, the
    // event delivered twice.
    expect(await env.digest.postWaiting()).toBeNull();
    expect(await env.digest.catchUp()).toBeNull();
    await env.sandbox.inviteBot(CHANNEL, { target: env.target });
    await env.pendingWork.idle();
    expect(posts()).toHaveLength(1);
    expect(await status()).not.toContain("/invite @syncerror");
  });

  it("treats a private channel the bot cannot see the same way, through groups:read", async () => {
    await startUninvited();
    env.sandbox.addChannel({ ...DEFAULT_CHANNEL, isPrivate: true });
    await seed([{ id: "1", ruleId: "invalid-email" }], new Date("2026-11-30T07:00:00Z"));
    expect(await env.digest.post(MONDAY_0900, false)).toEqual({
      status: "waiting",
      reason: "channel_not_found",
    });
    await env.sandbox.inviteBot(CHANNEL, { target: env.target });
    await env.pendingWork.idle();
    expect(posts()).toHaveLength(1);
  });

  it("lets a later slot supersede a refused one: its digest counts from the last one posted", async () => {
    await startUninvited();
    await seed([{ id: "1", ruleId: "invalid-email" }], new Date("2026-11-30T07:00:00Z"));
    expect(await env.digest.post(MONDAY_0900, false)).toMatchObject({ status: "waiting" });
    const tuesday = new Date("2026-12-01T08:00:00Z");
    await seed([{ id: "2", ruleId: "string-too-long" }], new Date("2026-12-01T07:00:00Z"));
    clock = tuesday;
    expect(await env.digest.post(tuesday, false)).toMatchObject({ status: "waiting" });
    await env.sandbox.inviteBot(CHANNEL, { target: env.target });
    await env.pendingWork.idle();
    // One digest, Tuesday's, with Monday's error in it: nothing lost, nothing twice.
    const [digest] = posts();
    expect(posts()).toHaveLength(1);
    expect(String(digest?.args.text)).toBe(
      "Sync errors Tuesday, 1 December 2026: 2 new, 0 resolved, 2 open",
    );
    expect(JSON.stringify(digest?.args.blocks)).toContain("*2 new* since Sunday, 29 November 2026");
    expect((await env.store.digestAt(MONDAY_0900, CHANNEL))?.status).toBe("failed");
  });

  it("posts in a public channel without an invite when the app has chat:write.public", async () => {
    await startUninvited({ slackScopes: [...DEFAULT_BOT_SCOPES, "chat:write.public"] });
    await seed([{ id: "1", ruleId: "invalid-email" }], new Date("2026-11-30T07:00:00Z"));
    expect(await env.digest.post(MONDAY_0900, false)).toMatchObject({ status: "posted" });
  });

  it("says in /syncerror status what the start-up check found, before any digest is due", async () => {
    await startUninvited();
    const client = new WebClient(env.botToken, {
      slackApiUrl: env.sandbox.apiUrl,
      retryConfig: { retries: 0 },
    });
    const found = await checkDigestChannel(
      client,
      env.digestAccess,
      createLogger({ level: "silent" }),
    );
    expect(found).toEqual({ state: "not_invited", reason: "not_in_channel" });
    expect(await status()).toContain("The bot is not in <#C0SANDBOX>");
    await env.sandbox.inviteBot(CHANNEL, { target: env.target });
    await env.pendingWork.idle();
    expect(env.digestAccess.get()).toEqual({ state: "member" });
    expect(await status()).not.toContain("/invite @syncerror");
  });
});

describe("/syncerror digest after today's digest went out", () => {
  /** The answer to `/syncerror digest`, as JSON text. */
  async function preview(): Promise<string> {
    const reply = await env.sandbox.slash(env.target, {
      text: "digest",
      userId: "U0ADMIN",
      channelId: CHANNEL,
    });
    const answer = (await env.sandbox.waitFor(
      (r) => r.type === "response" && r.url === reply.responseUrl,
    )) as SandboxResponse;
    return JSON.stringify(answer.body);
  }

  it("says nothing is new since today's digest, links it, then previews what came after", async () => {
    await env.stop();
    env = await startSandboxedApp({
      catalog,
      logger: createLogger({ level: "silent" }),
      logLevel: "silent",
      version: "test",
      digest: { settings: SETTINGS, now: () => clock },
    });
    await seed([{ id: "1", ruleId: "invalid-email" }], new Date("2026-11-30T07:00:00Z"));
    const posted = await env.digest.post(MONDAY_0900, false);
    if (posted.status !== "posted") throw new Error(`digest ${posted.status}`);
    const permalink = `${env.sandbox.url}/archives/${CHANNEL}/p${posted.ts.replace(".", "")}`;

    // A minute later: not an empty digest, but today's, with a link to it.
    clock = new Date("2026-11-30T08:01:00Z");
    const quiet = await preview();
    expect(quiet).toContain(
      `Nothing new since today's digest at 09:00 (1 new, 0 resolved, 1 open): <${permalink}|open it>.`,
    );
    expect(quiet).not.toContain("No new sync errors");

    // Something new after it: the next digest counts from today's, and still links it.
    await seed([{ id: "2", ruleId: "invalid-email" }], new Date("2026-11-30T08:05:00Z"));
    clock = new Date("2026-11-30T08:10:00Z");
    const next = await preview();
    expect(next).toContain("*1 new* since the digest of Monday, 30 November 2026");
    expect(next).toContain(
      `Today's digest went out at 09:00 (1 new, 0 resolved, 1 open): <${permalink}|open it>.`,
    );
    expect(next).toContain("Preview: the next digest as it would be posted now in <#C0SANDBOX>.");
  });
});

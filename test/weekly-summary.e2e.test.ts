import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createCatalog } from "../src/catalog/catalog.js";
import type { DigestSettings } from "../src/config.js";
import { type SandboxedApp, startSandboxedApp } from "../src/console/sandboxed-app.js";
import { createChannelDigests } from "../src/digest/channel-digest.js";
import type { Language } from "../src/i18n/languages.js";
import { createLogger } from "../src/logger.js";
import { fixerOf } from "../src/routing/fixer.js";
import { loadRoutes } from "../src/routing/load-routes.js";
import { rules } from "../src/rules/index.js";
import { DEFAULT_CHANNEL, type SandboxResponse } from "../src/sandbox/slack/sandbox.js";
import { escapeMrkdwn, validateBlocks } from "../src/slack/blocks/index.js";
import { openStore } from "../src/store/sqlite-store.js";
import type { Store } from "../src/store/types.js";

// Time to resolution (issue 17): the Monday summary of the past week in each routed channel and
// in DIGEST_CHANNEL for the unrouted types, with figures from a seeded history; once per week and
// channel on a moving clock, with two replicas on one store; and /syncerror status's medians. The
// real Bolt app over signed HTTP against the Slack sandbox, the real store (a file both replicas
// open), the clock injected.

const catalog = createCatalog(rules);
const MAIN = DEFAULT_CHANNEL.id;
const SF = "C0SFADMIN";
const REVOPS = "C0REVOPS";
const ZONE = "Europe/Copenhagen";
const SETTINGS: DigestSettings = {
  schedule: { cron: "0 9 * * 1-5", timezone: ZONE },
  catchupHours: 12,
  skipEmpty: false,
  chart: "off" as const,
};
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Monday 30 November 2026, 09:00 in Copenhagen: the week summarised is Monday 23 to Sunday 29.
const MONDAY = new Date("2026-11-30T08:00:00Z");
const TUESDAY = new Date("2026-12-01T08:00:00Z");
const NEXT_MONDAY = new Date("2026-12-07T08:00:00Z");
const ROUTES = `routes:
  - channel: ${SF}
    actors: salesforce-admin
  - channel: ${REVOPS}
    categories: duplicates
`;

const sfType = rules.find((r) => fixerOf(r) === "salesforce-admin" && r.category !== "duplicates");
const revopsType = rules.find((r) => r.category === "duplicates");
const mainType = rules.find(
  (r) => fixerOf(r) !== "salesforce-admin" && r.category !== "duplicates",
);
if (!sfType || !revopsType || !mainType) throw new Error("the catalog lacks a type to route");

let env: SandboxedApp | undefined;
let dir: string | undefined;
const others: Store[] = [];
let clock = MONDAY;
afterEach(async () => {
  env?.sandbox.assertNoUnexpectedCalls();
  await env?.stop();
  env = undefined;
  for (const store of others.splice(0)) await store.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

async function start(botLanguage?: Language) {
  clock = MONDAY;
  dir = mkdtempSync(join(tmpdir(), "syncerror-weekly-"));
  writeFileSync(join(dir, "routes.yaml"), ROUTES);
  const routing = await loadRoutes(join(dir, "routes.yaml"), catalog);
  const storePath = join(dir, "store.db");
  env = await startSandboxedApp({
    catalog,
    logger: createLogger({ level: "silent" }),
    logLevel: "silent",
    version: "test",
    store: await openStore({ path: storePath }),
    digest: { settings: SETTINGS, now: () => clock, sleep: async () => {} },
    routing,
    ...(botLanguage ? { botLanguage } : {}),
  });
  // A second replica: its own store handle on the same database, its own runners, one Slack.
  const replicaStore = await openStore({ path: storePath });
  others.push(replicaStore);
  const replica = createChannelDigests({
    botToken: env.botToken,
    slackApiUrl: env.sandbox.apiUrl,
    channel: MAIN,
    store: replicaStore,
    catalog,
    settings: SETTINGS,
    logger: createLogger({ level: "silent" }),
    now: () => clock,
    routing,
  });
  return { app: env, replica };
}

const at = (iso: string) => new Date(iso).getTime();
/** When the history's second export resolved what it no longer listed: Thursday 26th, 10:00 UTC. */
const R2 = at("2026-11-26T10:00:00Z");

/** An error of a test: its id, type and opening. */
const error = (id: string, ruleId: string, openedAt: number) => ({ id, ruleId, openedAt });

/**
 * The history: sf0 opened and resolved before the week; on Thursday the 26th an export leaves out
 * sf2 (open 2 hours), sf3 (30 hours), rv1 (3 days) and m2 (45 minutes), which resolves them;
 * sf1 (since the 20th), sf4, rv2 and m1 (since the 1st) stay open.
 */
const sf0 = error("sf0", sfType.id, at("2026-11-10T08:00:00Z"));
const sf1 = error("sf1", sfType.id, at("2026-11-20T08:00:00Z"));
const sf2 = error("sf2", sfType.id, R2 - 2 * HOUR);
const sf3 = error("sf3", sfType.id, R2 - 30 * HOUR);
const sf4 = error("sf4", sfType.id, R2 - DAY);
const rv1 = error("rv1", revopsType.id, R2 - 3 * DAY);
const rv2 = error("rv2", revopsType.id, at("2026-11-27T12:00:00Z"));
const m1 = error("m1", mainType.id, at("2026-11-01T08:00:00Z"));
const m2 = error("m2", mainType.id, R2 - 45 * 60_000);

async function importAt(
  store: Store,
  when: number,
  errors: ReadonlyArray<ReturnType<typeof error>>,
) {
  const tx = await store.beginImport({
    fileName: "export.csv",
    contentHash: `seed-${when}`,
    importedBy: "test",
    importedAt: new Date(when),
  });
  for (const e of errors) {
    const rule = catalog.ruleById(e.ruleId);
    if (!rule) throw new Error(e.ruleId);
    await tx.add({
      ruleId: rule.id,
      category: rule.category,
      direction: rule.direction,
      objectType: "contact",
      hubspotId: e.id,
      salesforceId: null,
      recordName: null,
      message: "m",
      statusCode: null,
      occurredAt: new Date(e.openedAt),
    });
  }
  // Contact exports: the open contacts an export no longer lists are resolved at its time.
  await tx.commit({ rowsRead: errors.length, rejected: 0, objectTypes: ["contact"], columns: {} });
}

async function seed(store: Store) {
  await importAt(store, at("2026-11-10T09:00:00Z"), [sf0]);
  await importAt(store, at("2026-11-15T09:00:00Z"), []);
  await store.takeClaim(sf0.ruleId, "U0ANN", new Date("2026-11-20T09:00:00Z"));
  await importAt(store, R2 - HOUR / 2, [sf1, sf2, sf3, sf4, rv1, m1, m2]);
  await importAt(store, R2, [sf1, sf4, rv2, m1]);
}

function weeklyPosts(app: SandboxedApp, channel: string) {
  return app.sandbox
    .calls("chat.postMessage")
    .filter(
      (c) =>
        c.args.channel === channel &&
        (c.response as { ok: boolean }).ok &&
        /^(Week of|Ugen fra)/.test(String(c.args.text)),
    );
}

const name = (rule: { name: string }) => escapeMrkdwn(rule.name);

describe("the weekly summary", () => {
  it("posts each channel's week once, on Mondays only, with its types' figures", async () => {
    const { app, replica } = await start();
    await seed(app.store);
    expect(app.digests.map((d) => d.channel)).toEqual([MAIN, SF, REVOPS]);

    // Both replicas' schedulers, each twice (a slot and its catch-up), all at once.
    const outcomes = await Promise.all(
      [...app.digests, ...replica, ...app.digests, ...replica].map((d) =>
        d.runner.postWeekly(MONDAY).then((o) => o.status),
      ),
    );
    expect(outcomes.filter((o) => o === "posted")).toHaveLength(3);
    expect(outcomes.filter((o) => o === "already")).toHaveLength(9);
    const [sf] = weeklyPosts(app, SF);
    const [revops] = weeklyPosts(app, REVOPS);
    const [main] = weeklyPosts(app, MAIN);
    for (const post of [sf, revops, main])
      expect(validateBlocks(post?.args.blocks, "message")).toEqual([]);

    expect(String(sf?.args.text)).toBe(
      "Week of Nov 23, 2026 to Nov 29, 2026: 3 opened, 2 resolved, 2 still open",
    );
    const sfBlocks = JSON.stringify(sf?.args.blocks);
    expect(sfBlocks).toContain("*3* opened · *2* resolved · *2* still open");
    expect(sfBlocks).toContain(`Oldest open: *${name(sfType)}*, open since Nov 20, 2026 (10 days)`);
    expect(sfBlocks).toContain(`• ${name(sfType)}: 2 hours · 30 hours (2 resolved)`);
    expect(sfBlocks).not.toContain(name(mainType));

    expect(String(revops?.args.text)).toBe(
      "Week of Nov 23, 2026 to Nov 29, 2026: 2 opened, 1 resolved, 1 still open",
    );
    const revopsBlocks = JSON.stringify(revops?.args.blocks);
    // rv2, open since Friday 12:00 UTC: 2 days and 20 hours at Monday 08:00 UTC.
    expect(revopsBlocks).toContain(
      `Oldest open: *${name(revopsType)}*, open since Nov 27, 2026 (2.8 days)`,
    );
    expect(revopsBlocks).toContain(`• ${name(revopsType)}: 3 days · 3 days (1 resolved)`);

    expect(String(main?.args.text)).toBe(
      "Week of Nov 23, 2026 to Nov 29, 2026: 1 opened, 1 resolved, 1 still open",
    );
    const mainBlocks = JSON.stringify(main?.args.blocks);
    expect(mainBlocks).toContain(
      `Oldest open: *${name(mainType)}*, open since Nov 1, 2026 (29 days)`,
    );
    expect(mainBlocks).toContain(`• ${name(mainType)}: 45 minutes · 45 minutes (1 resolved)`);
    expect(mainBlocks).not.toContain(name(sfType));

    // Monday's catch-up an hour later, Tuesday's slot: nothing more. The next Monday: a new week.
    clock = new Date(MONDAY.getTime() + HOUR);
    expect((await app.digests[1]?.runner.catchUpWeekly())?.status).toBe("already");
    clock = TUESDAY;
    expect(
      await Promise.all(app.digests.map((d) => d.runner.postWeekly(TUESDAY).then((o) => o.status))),
    ).toEqual(["not-monday", "not-monday", "not-monday"]);
    expect((await app.digests[0]?.runner.catchUpWeekly())?.status).toBe("not-monday");
    expect([MAIN, SF, REVOPS].map((c) => weeklyPosts(app, c).length)).toEqual([1, 1, 1]);

    clock = NEXT_MONDAY;
    expect(
      await Promise.all(
        [...replica, ...app.digests].map((d) =>
          d.runner.postWeekly(NEXT_MONDAY).then((o) => o.status),
        ),
      ),
    ).toEqual(["posted", "posted", "posted", "already", "already", "already"]);
    const [, sfNext] = weeklyPosts(app, SF);
    // A quiet week: nothing opened or resolved; sf1 and sf4 still open.
    expect(String(sfNext?.args.text)).toBe(
      "Week of Nov 30, 2026 to Dec 6, 2026: 0 opened, 0 resolved, 2 still open",
    );
    expect(JSON.stringify(sfNext?.args.blocks)).toContain("Nothing was resolved this week.");
    expect(await app.store.weeklySummary("2026-11-30", SF)).toMatchObject({ status: "posted" });
  });

  it("writes the week in Danish when the bot's language is Danish", async () => {
    const { app } = await start("da");
    await seed(app.store);
    expect((await app.digests[1]?.runner.postWeekly(MONDAY))?.status).toBe("posted");
    const [sf] = weeklyPosts(app, SF);
    expect(String(sf?.args.text)).toBe(
      "Ugen fra 23. nov. 2026 til 29. nov. 2026: 3 nye, 2 løst, 2 stadig åbne",
    );
    expect(JSON.stringify(sf?.args.blocks)).toContain("2 timer · 30 timer (2 løst)");
  });
});

async function slash(app: SandboxedApp, userId: string, text: string): Promise<string> {
  const reply = await app.sandbox.slash(app.target, { text, userId, channelId: MAIN });
  expect(reply.status).toBe(200);
  const response = (await app.sandbox.waitFor(
    (r) => r.type === "response" && r.url === reply.responseUrl,
  )) as SandboxResponse;
  return JSON.stringify(response.body);
}

describe("/syncerror status", () => {
  it("shows median and 90th percentile of time to resolution by type and by owner", async () => {
    const { app } = await start();
    await seed(app.store);
    const status = await slash(app, "U0BOB", "status");
    expect(status).toContain("*Time to resolution, last 30 days* (median · 90% within)");
    // Slowest first: rv1 (3 days), sf2 and sf3 (2 and 30 hours; sf0 resolved 15 days ago too).
    expect(status).toContain(`• ${name(revopsType)}: 3 days · 3 days (1 resolved)`);
    expect(status).toContain(`• ${name(mainType)}: 45 minutes · 45 minutes (1 resolved)`);
    // sf0: 5 days and 1 hour, before Ann took the type; sf2 and sf3 while she held it.
    expect(status).toContain(`• ${name(sfType)}: 30 hours · 5 days (3 resolved)`);
    expect(status).toContain("*By owner* (resolved while on the type)");
    expect(status).toContain("• <@U0ANN>: 2 hours · 30 hours (2 resolved)");
  });
});

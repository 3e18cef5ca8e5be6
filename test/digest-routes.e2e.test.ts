import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createCatalog } from "../src/catalog/catalog.js";
import type { DigestSettings } from "../src/config.js";
import { type SandboxedApp, startSandboxedApp } from "../src/console/sandboxed-app.js";
import type { Language } from "../src/i18n/languages.js";
import { createLogger } from "../src/logger.js";
import { fixerOf } from "../src/routing/fixer.js";
import { loadRoutes } from "../src/routing/load-routes.js";
import type { Routing } from "../src/routing/routing.js";
import { rules } from "../src/rules/index.js";
import { DEFAULT_CHANNEL, type SandboxResponse } from "../src/sandbox/slack/sandbox.js";
import { validateBlocks } from "../src/slack/blocks/index.js";

// Routed digests (issue 17): a routing file sends the Salesforce admin's error types to one
// channel and the duplicates to another. The real Bolt app over signed HTTP against the Slack
// sandbox, the real store, the clock injected.

const catalog = createCatalog(rules);
const MAIN = DEFAULT_CHANNEL.id;
const SF = "C0SFADMIN";
const REVOPS = "C0REVOPS";
const SF_GROUP = "S0SFADMINS";
const SETTINGS: DigestSettings = {
  schedule: { cron: "0 9 * * 1-5", timezone: "Europe/Copenhagen" },
  catchupHours: 12,
  skipEmpty: false,
  chart: "off" as const,
};
// Monday 30 November 2026, 09:00 in Copenhagen.
const MONDAY_0900 = new Date("2026-11-30T08:00:00Z");
const TUESDAY_0900 = new Date("2026-12-01T08:00:00Z");
const ROUTES = `routes:
  - channel: ${SF}
    mention: ${SF_GROUP}
    actors: salesforce-admin
  - channel: ${REVOPS}
    categories: duplicates
`;

// One type of each destination, picked from the catalog as the routing sends it.
const sfType = rules.find((r) => fixerOf(r) === "salesforce-admin" && r.category !== "duplicates");
const revopsType = rules.find((r) => r.category === "duplicates");
const mainType = rules.find(
  (r) => fixerOf(r) !== "salesforce-admin" && r.category !== "duplicates",
);
if (!sfType || !revopsType || !mainType) throw new Error("the catalog lacks a type to route");

let env: SandboxedApp | undefined;
let dir: string | undefined;
let clock = MONDAY_0900;
afterEach(async () => {
  env?.sandbox.assertNoUnexpectedCalls();
  await env?.stop();
  env = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

async function routing(text: string): Promise<Routing> {
  dir = mkdtempSync(join(tmpdir(), "syncerror-routes-"));
  const file = join(dir, "routes.yaml");
  writeFileSync(file, text);
  return loadRoutes(file, catalog);
}

async function start(options: { routed?: boolean; botLanguage?: Language; routes?: string } = {}) {
  clock = MONDAY_0900;
  env = await startSandboxedApp({
    catalog,
    logger: createLogger({ level: "silent" }),
    logLevel: "silent",
    version: "test",
    digest: { settings: SETTINGS, now: () => clock, sleep: async () => {} },
    ...(options.routed === false ? {} : { routing: await routing(options.routes ?? ROUTES) }),
    ...(options.botLanguage ? { botLanguage: options.botLanguage } : {}),
  });
  return env;
}

async function seed(app: SandboxedApp, errors: Array<{ id: string; ruleId: string }>, at: Date) {
  const tx = await app.store.beginImport({
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
      objectType: "contact",
      hubspotId: e.id,
      salesforceId: null,
      recordName: null,
      message: "m",
      statusCode: null,
      occurredAt: at,
    });
  }
  await tx.commit({ rowsRead: errors.length, rejected: 0, objectTypes: [], columns: {} });
}

const MONDAY_ERRORS = () => [
  { id: "1", ruleId: sfType.id },
  { id: "2", ruleId: sfType.id },
  { id: "3", ruleId: revopsType.id },
  { id: "4", ruleId: mainType.id },
];

function postsIn(app: SandboxedApp, channel: string) {
  return app.sandbox
    .calls("chat.postMessage")
    .filter((c) => c.args.channel === channel && (c.response as { ok: boolean }).ok);
}

/** Every channel's digest of a slot, each triggered twice at once (the scheduler and a catch-up). */
function postAll(app: SandboxedApp, slot: Date) {
  return Promise.all(
    [...app.digests, ...app.digests].map((d) => d.runner.post(slot, false).then((o) => o.status)),
  );
}

async function slash(app: SandboxedApp, userId: string, text: string): Promise<string> {
  const reply = await app.sandbox.slash(app.target, { text, userId, channelId: MAIN });
  expect(reply.status).toBe(200);
  const response = (await app.sandbox.waitFor(
    (r) => r.type === "response" && r.url === reply.responseUrl,
  )) as SandboxResponse;
  return JSON.stringify(response.body);
}

describe("routed digests", () => {
  it("posts each channel's digest once per slot, with its types only, and says in the main one where the rest went", async () => {
    const app = await start();
    expect(app.digests.map((d) => d.channel)).toEqual([MAIN, SF, REVOPS]);
    await seed(app, MONDAY_ERRORS(), new Date("2026-11-30T07:00:00Z"));

    const outcomes = await postAll(app, MONDAY_0900);
    expect(outcomes.filter((o) => o === "posted")).toHaveLength(3);
    expect(outcomes.filter((o) => o === "already")).toHaveLength(3);
    const [main] = postsIn(app, MAIN);
    const [sf] = postsIn(app, SF);
    const [revops] = postsIn(app, REVOPS);
    expect(
      [postsIn(app, MAIN), postsIn(app, SF), postsIn(app, REVOPS)].map((p) => p.length),
    ).toEqual([1, 1, 1]);

    const mainBlocks = JSON.stringify(main?.args.blocks);
    expect(String(main?.args.text)).toBe(
      "Sync errors Monday, 30 November 2026: 1 new, 0 resolved, 1 open",
    );
    expect(mainBlocks).toContain(`→ <#${SF}>: 2 new errors of the types routed there`);
    expect(mainBlocks).toContain(`→ <#${REVOPS}>: 1 new error of the types routed there`);
    // Each digest explains its own types only (each type line's menu names its type).
    expect(mainBlocks).toContain(`"value":"explain:${mainType.id}"`);
    expect(mainBlocks).not.toContain(`"value":"explain:${sfType.id}"`);
    expect(mainBlocks).not.toContain(`"value":"explain:${revopsType.id}"`);
    expect(mainBlocks).not.toContain(`<!subteam^`);

    const sfBlocks = JSON.stringify(sf?.args.blocks);
    expect(String(sf?.args.text)).toBe(
      `<!subteam^${SF_GROUP}> Sync errors Monday, 30 November 2026: 2 new, 0 resolved, 2 open`,
    );
    expect(sfBlocks).toContain(`<!subteam^${SF_GROUP}>: the error types routed to this channel.`);
    expect(sfBlocks).not.toContain("→");
    expect(sfBlocks).toContain(`"value":"explain:${sfType.id}"`);
    expect(sfBlocks).not.toContain(`"value":"explain:${mainType.id}"`);
    expect(JSON.stringify(revops?.args.blocks)).toContain(`"value":"explain:${revopsType.id}"`);
    expect(String(revops?.args.text)).toBe(
      "Sync errors Monday, 30 November 2026: 1 new, 0 resolved, 1 open",
    );
    for (const post of [main, sf, revops])
      expect(validateBlocks(post?.args.blocks, "message")).toEqual([]);

    // Each channel counts its own: what the next digest's change is measured against.
    expect((await app.store.digestAt(MONDAY_0900, MAIN))?.counts).toEqual({
      new: 1,
      resolved: 0,
      open: 1,
    });
    expect((await app.store.digestAt(MONDAY_0900, SF))?.counts).toEqual({
      new: 2,
      resolved: 0,
      open: 2,
    });
    expect((await app.store.digestAt(MONDAY_0900, REVOPS))?.counts).toEqual({
      new: 1,
      resolved: 0,
      open: 1,
    });

    // Tuesday: only a Salesforce admin's type is new. RevOps gets the "nothing new" line, with no
    // mention; the main digest has nothing of its own but says where the new error went.
    clock = TUESDAY_0900;
    await seed(
      app,
      [...MONDAY_ERRORS(), { id: "5", ruleId: sfType.id }],
      new Date("2026-12-01T07:00:00Z"),
    );
    await postAll(app, TUESDAY_0900);
    const revopsTuesday = postsIn(app, REVOPS)[1];
    expect(String(revopsTuesday?.args.text)).toMatch(/^No new sync errors since the digest of/);
    const mainTuesday = JSON.stringify(postsIn(app, MAIN)[1]?.args.blocks);
    expect(mainTuesday).toContain("No new sync errors since the digest of");
    expect(mainTuesday).toContain(`→ <#${SF}>: 1 new error of the types routed there`);
    expect(mainTuesday).not.toContain(`<#${REVOPS}>`);
    expect(String(postsIn(app, SF)[1]?.args.text)).toContain("1 new, 0 resolved, 3 open");
  });

  it("keeps a routed channel's digest until the bot is invited there, and posts it once then", async () => {
    const app = await start();
    app.sandbox.removeBot(REVOPS);
    await seed(app, MONDAY_ERRORS(), new Date("2026-11-30T07:00:00Z"));
    const outcomes = await Promise.all(app.digests.map((d) => d.runner.post(MONDAY_0900, false)));
    expect(outcomes.map((o) => o.status)).toEqual(["posted", "posted", "waiting"]);
    expect(postsIn(app, REVOPS)).toEqual([]);

    // The invite event, delivered twice, posts it once, marked late for want of the invite.
    await app.sandbox.inviteBot(REVOPS, { target: app.target, inviter: "U0ADMIN" });
    await app.sandbox.inviteBot(REVOPS, { target: app.target });
    for (let i = 0; i < 100 && postsIn(app, REVOPS).length === 0; i++)
      await new Promise((resolve) => setTimeout(resolve, 20));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(postsIn(app, REVOPS)).toHaveLength(1);
    expect(JSON.stringify(postsIn(app, REVOPS)[0]?.args.blocks)).toContain(
      "Posted late: the bot was not in this channel yet",
    );
    expect(postsIn(app, MAIN)).toHaveLength(1);
  });

  it("recognises the invite to a routed channel the routing file names by #name", async () => {
    const app = await start({ routes: ROUTES.replace(`channel: ${REVOPS}`, 'channel: "#revops"') });
    const revops = app.digests[2];
    expect(revops?.channel).toBe("#revops");
    const id = "C0REVOPS";
    app.sandbox.removeBot(id);
    await seed(app, MONDAY_ERRORS(), new Date("2026-11-30T07:00:00Z"));
    expect((await revops?.runner.post(MONDAY_0900, false))?.status).toBe("waiting");
    await app.sandbox.inviteBot(id, { target: app.target });
    for (let i = 0; i < 100 && postsIn(app, "#revops").length === 0; i++)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(postsIn(app, "#revops")).toHaveLength(1);
  });

  it("says in Danish where the rest went, when the bot's language is Danish", async () => {
    const app = await start({ botLanguage: "da" });
    await seed(app, MONDAY_ERRORS(), new Date("2026-11-30T07:00:00Z"));
    await postAll(app, MONDAY_0900);
    const main = JSON.stringify(postsIn(app, MAIN)[0]?.args.blocks);
    expect(main).toContain(`→ <#${SF}>: 2 nye fejl af de typer, der sendes dertil`);
    expect(main).toContain(`→ <#${REVOPS}>: 1 ny fejl af de typer, der sendes dertil`);
    expect(JSON.stringify(postsIn(app, SF)[0]?.args.blocks)).toContain(
      `<!subteam^${SF_GROUP}>: de fejltyper, der sendes til denne kanal.`,
    );
  });
});

describe("/syncerror routes", () => {
  it("shows where each error type goes, in the asker's language", async () => {
    const app = await start();
    const english = await slash(app, "U0ADMIN", "routes");
    expect(english).toContain("Where the digest's error types go");
    expect(english).toContain(`*<#${SF}>* · mentions <!subteam^${SF_GROUP}>`);
    expect(english).toContain("fixed by the Salesforce admin:");
    expect(english).toContain(`*<#${REVOPS}>*`);
    expect(english).toContain("category ");
    expect(english).toContain(`*Main digest* in <#${MAIN}>`);

    app.sandbox.addUser({ id: "U0DANSK", locale: "da-DK" });
    const danish = await slash(app, "U0DANSK", "routes");
    expect(danish).toContain("Hvor oversigtens fejltyper sendes hen");
    expect(danish).toContain(`*<#${SF}>* · nævner <!subteam^${SF_GROUP}>`);
    expect(danish).toContain(`*Hovedoversigten* i <#${MAIN}>`);

    expect(await slash(app, "U0ADMIN", "help")).toContain("/syncerror routes");
  });

  it("previews DIGEST_CHANNEL's digest in /syncerror digest: its own types, and where the rest go", async () => {
    const app = await start();
    await seed(app, MONDAY_ERRORS(), new Date("2026-11-30T07:00:00Z"));
    const preview = await slash(app, "U0ADMIN", "digest");
    expect(preview).toContain("*1 new*");
    expect(preview).toContain(`→ <#${SF}>: 2 new errors of the types routed there`);
    expect(preview).not.toContain(`"value":"explain:${sfType.id}"`);
  });

  it("says how to set routing up when there is none", async () => {
    const app = await start({ routed: false });
    expect(app.digests.map((d) => d.channel)).toEqual([MAIN]);
    const answer = await slash(app, "U0ADMIN", "routes");
    expect(answer).toContain("No routing: every error type is in the one digest");
    expect(answer).toContain("ROUTES_PATH");
  });
});

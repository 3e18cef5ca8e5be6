/**
 * Spike alerts (issue 17), through the real Bolt app over signed HTTP against the Slack sandbox:
 * an export dropped in the channel with a burst of one type alerts once, in the type's routed
 * channel, mentioning its user group, with the rule explained, its ⋯ menu and "Fixed, resync now";
 * the cooldown holds on a moving clock; a second type alerts on its own; nothing below the
 * threshold or for a snoozed or muted type; an import the bot did not run (the command line's) is
 * found by the poll; the button answers with the resync's confirm, whose button is the Resync
 * button's.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createCatalog } from "../src/catalog/catalog.js";
import { type AlertSettings, loadConfig } from "../src/config.js";
import { type SandboxedApp, startSandboxedApp } from "../src/console/sandboxed-app.js";
import { DEMO_EXPORT_HEADERS } from "../src/demo/write-demo-csv.js";
import { createLogger } from "../src/logger.js";
import { buildResyncDeps } from "../src/resync/resync-deps.js";
import { ResyncJobs } from "../src/resync/resync-jobs.js";
import { loadRoutes } from "../src/routing/load-routes.js";
import { rules } from "../src/rules/index.js";
import { DEFAULT_CHANNEL, type SandboxCall } from "../src/sandbox/slack/sandbox.js";
import { openStore } from "../src/store/index.js";
import type { Store } from "../src/store/types.js";
import { bodyOf } from "./fakes/slack-responses.js";
import { importErrors } from "./fakes/store-errors.js";

const catalog = createCatalog(rules);
const HOUR = 60 * 60 * 1000;
const T0 = new Date("2026-12-04T12:00:00Z");
const ADMIN = "U0ADMIN";
const ROUTED = "restricted-picklist-value";
const UNROUTED = "string-too-long";
const GROUP = "S0SFADMINS";
const ROUTES = `routes:
  - channel: "#sf-admins"
    mention: ${GROUP}
    types: [${ROUTED}]
`;

let env: SandboxedApp | undefined;
let store: Store | undefined;
let jobs: ResyncJobs | undefined;
let dir: string | undefined;
let clock = T0;

afterEach(async () => {
  env?.sandbox.assertNoUnexpectedCalls();
  await jobs?.idle();
  await env?.stop();
  await store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  env = undefined;
  store = undefined;
  jobs = undefined;
  dir = undefined;
});

/**
 * The bot on a moving clock, with a routing file sending ROUTED to #sf-admins, and a history: two
 * ROUTED errors and thirty UNROUTED errors in each hour of the two weeks before the last hour
 * (usually 2 and 30).
 */
async function start(settings: Partial<AlertSettings> = {}, poll = false) {
  clock = T0;
  store = await openStore({ path: ":memory:" });
  const history = [];
  for (let h = 1; h <= 14 * 24; h++) {
    const at = new Date(T0.getTime() - h * HOUR - 60_000);
    for (let i = 0; i < 2; i++)
      history.push({ ruleId: ROUTED, hubspotId: `h${h}-${i}`, occurredAt: at });
    for (let i = 0; i < 30; i++)
      history.push({ ruleId: UNROUTED, hubspotId: `s${h}-${i}`, occurredAt: at });
  }
  await importErrors(store, catalog, history, { at: new Date(T0.getTime() - HOUR) });
  dir = mkdtempSync(join(tmpdir(), "syncerror-alerts-"));
  writeFileSync(join(dir, "routes.yaml"), ROUTES);
  const logger = createLogger({ level: "silent" });
  const resyncSettings = {
    ...loadConfig({}).resync,
    allowed: { users: [ADMIN], usergroup: undefined },
  };
  jobs = new ResyncJobs({
    ...buildResyncDeps({
      hubspot: undefined,
      salesforce: undefined,
      settings: resyncSettings,
      store,
      catalog,
      now: () => clock,
    }),
    logger,
  });
  env = await startSandboxedApp({
    catalog,
    logger,
    logLevel: "silent",
    version: "test",
    store,
    routing: await loadRoutes(join(dir, "routes.yaml"), catalog),
    resync: { jobs, allowed: resyncSettings.allowed },
    digest: { now: () => clock },
    alerts: {
      settings: { ...loadConfig({}).alerts, ...settings },
      now: () => clock,
      poll,
    },
  });
  // The first check looks at the history's import: no spike in it.
  expect(await env.alerts.checkNow()).toEqual([]);
  return env;
}

/**
 * An export with `count` new errors of each type, at `clock` minus up to 50 minutes, on contacts
 * whose HubSpot ids start with `tag` (digits).
 */
function exportCsv(batches: ReadonlyArray<readonly [ruleId: string, count: number]>, tag: string) {
  const lines = [DEMO_EXPORT_HEADERS.join(",")];
  for (const [b, [ruleId, count]] of batches.entries()) {
    const rule = catalog.ruleById(ruleId);
    if (!rule) throw new Error(ruleId);
    for (let i = 0; i < count; i++) {
      const at = new Date(clock.getTime() - (i % 50) * 60_000).toISOString();
      const message = rule.examples.matches[0] ?? rule.name;
      lines.push(
        `Contact,${tag}${b}${String(i).padStart(4, "0")},,Person ${i},"${rule.name}","${message.replace(/"/g, '""')}",${at}`,
      );
    }
  }
  return Buffer.from(`${lines.join("\r\n")}\r\n`);
}

/** Drops an export in the channel, as a person would, and waits for its import's summary. */
async function drop(batches: ReadonlyArray<readonly [string, number]>, tag = "9") {
  const app = env as SandboxedApp;
  const since = Math.max(0, ...app.sandbox.calls().map((c) => c.seq));
  const shared = await app.sandbox.shareFile(app.target, {
    userId: ADMIN,
    channelId: DEFAULT_CHANNEL.id,
    name: `export-${tag}.csv`,
    content: exportCsv(batches, tag),
  });
  expect(shared.reply?.status).toBe(200);
  await app.sandbox.waitFor((r) => r.seq > since && r.method === "chat.update", {
    timeoutMs: 10_000,
  });
  // The import told the watch; its check runs one at a time: wait for it.
  await app.alerts.idle();
  return since;
}

/** The spike alerts posted since `since` (each a chat.postMessage with "Spike" in its text). */
function alertsSince(since: number): SandboxCall[] {
  return (env as SandboxedApp).sandbox
    .calls("chat.postMessage")
    .filter((c) => c.seq > since && String(c.args.text).includes("Spike in"));
}

describe("a spike alert", () => {
  it("fires once, in the type's routed channel, with its group, the rule, its menu and Fixed", async () => {
    const app = await start();
    const since = await drop([[ROUTED, 48]]);
    const [alert, ...more] = alertsSince(since);
    expect(more).toEqual([]);
    expect(alert?.args.channel).toBe("#sf-admins");
    expect(String(alert?.args.text)).toBe(
      `<!subteam^${GROUP}> Spike in Restricted picklist value: 48 new in the last hour; usually 2`,
    );
    const blocks = JSON.stringify(alert?.args.blocks);
    expect(blocks).toContain(
      "*Spike in Restricted picklist value*: 48 new errors in the last hour; usually 2 an hour.",
    );
    expect(blocks).toContain(`<!subteam^${GROUP}>: this one is yours.`);
    expect(blocks).toContain(
      "more than 3× the type's usual hourly rate (the median hour of the last 14 days) and at least 20. No other alert for this type for 6 hours.",
    );
    const message = app.sandbox.messages("C0SFADMINS").at(-1);
    if (!message) throw new Error("no alert in #sf-admins");
    const menu = (
      message.blocks[0] as { accessory: { options: Array<{ value: string }> } }
    ).accessory.options.map((o) => o.value.split(":")[0]);
    expect(menu).toEqual(["explain", "resync", "take", "snooze"]);
    expect(blocks).toContain('"action_id":"fixed_resync:0"');
    // Recorded once: the same import looked at again, or checked again at once, alerts no more.
    expect(await app.store.spikeAlerts()).toMatchObject([
      // Slack answers with the channel's id, which the record keeps.
      { ruleId: ROUTED, at: T0, count: 48, usual: 2, channel: "C0SFADMINS" },
    ]);
    expect(await app.alerts.checkNow()).toEqual([]);
    expect(await app.alerts.check(clock)).toEqual([]);
    expect(alertsSince(since)).toHaveLength(1);
  });

  it("holds its cooldown on a moving clock, then alerts again", async () => {
    const app = await start();
    const since = await drop([[ROUTED, 48]], "1");
    expect(alertsSince(since)).toHaveLength(1);
    // Five hours on, another burst: within the 6 h cooldown, no second alert.
    clock = new Date(T0.getTime() + 5 * HOUR);
    const again = await drop([[ROUTED, 60]], "2");
    expect(alertsSince(again)).toEqual([]);
    // Six hours after the first, a burst alerts again.
    clock = new Date(T0.getTime() + 6 * HOUR);
    const later = await drop([[ROUTED, 70]], "3");
    const alerts = alertsSince(later);
    expect(alerts).toHaveLength(1);
    expect(String(alerts[0]?.args.text)).toContain("70 new in the last hour");
    expect((await app.store.spikeAlerts())[0]?.at).toEqual(clock);
  });

  it("comes for a second type on its own, in the main channel without a mention", async () => {
    await start();
    const since = await drop([
      [ROUTED, 30],
      [UNROUTED, 100],
    ]);
    const alerts = alertsSince(since);
    expect(alerts.map((a) => [a.args.channel, String(a.args.text)])).toEqual([
      [DEFAULT_CHANNEL.id, "Spike in String too long: 100 new in the last hour; usually 30"],
      [
        "#sf-admins",
        `<!subteam^${GROUP}> Spike in Restricted picklist value: 30 new in the last hour; usually 2`,
      ],
    ]);
  });

  it("does not come below the threshold: too few, or not more than 3× the usual", async () => {
    await start();
    // 19 is under ALERT_MIN_RECORDS (20); 90 is exactly 3× the usual 30.
    const since = await drop([
      [ROUTED, 19],
      [UNROUTED, 90],
    ]);
    expect(alertsSince(since)).toEqual([]);
    // A lower bar (ALERT_MIN_RECORDS=10, ALERT_FACTOR=2) makes both alerts.
    await env?.stop();
    await store?.close();
    env = undefined;
    await start({ minRecords: 10, factor: 2 });
    const lower = await drop([
      [ROUTED, 19],
      [UNROUTED, 90],
    ]);
    expect(alertsSince(lower)).toHaveLength(2);
  });

  it("does not come for a snoozed or a muted type, and comes again once the snooze is lifted", async () => {
    const app = await start();
    await app.store.snoozeType({
      ruleId: ROUTED,
      by: ADMIN,
      at: clock,
      reason: "picklist values being added",
      length: { kind: "until", until: new Date(T0.getTime() + 24 * HOUR) },
    });
    await app.store.snoozeType({
      ruleId: UNROUTED,
      by: ADMIN,
      at: clock,
      reason: null,
      length: { kind: "muted" },
    });
    const since = await drop([
      [ROUTED, 48],
      [UNROUTED, 100],
    ]);
    expect(alertsSince(since)).toEqual([]);
    expect(await app.store.spikeAlerts()).toEqual([]);

    // Lifted: the next spike of the type (other records) alerts; the muted one stays quiet.
    await app.store.unsnoozeType(ROUTED, ADMIN, clock);
    clock = new Date(clock.getTime() + 2 * HOUR);
    const after = await drop(
      [
        [ROUTED, 48],
        [UNROUTED, 100],
      ],
      "8",
    );
    expect(alertsSince(after).map((a) => a.args.channel)).toEqual(["#sf-admins"]);
  });

  it("comes for an import the bot did not run (the command line's) at the next poll", async () => {
    const app = await start({ pollMs: 50 }, true);
    const since = Math.max(0, ...app.sandbox.calls().map((c) => c.seq));
    // Another process writes the store: nobody tells the bot.
    await importErrors(
      app.store,
      catalog,
      Array.from({ length: 25 }, (_, i) => ({
        ruleId: ROUTED,
        hubspotId: `cli-${i}`,
        occurredAt: new Date(T0.getTime() - i * 60_000),
      })),
      { at: T0 },
    );
    const alert = await app.sandbox.waitFor(
      (r) => r.seq > since && r.method === "chat.postMessage",
      { timeoutMs: 5_000 },
    );
    expect(String((alert as SandboxCall).args.text)).toContain(
      "Spike in Restricted picklist value: 25 new",
    );
  });

  it("offers Fixed, resync now, which answers with the resync's confirm", async () => {
    const app = await start();
    await drop([[ROUTED, 48]]);
    const message = app.sandbox.messages("C0SFADMINS").at(-1);
    if (!message) throw new Error("no alert");
    const click = await app.sandbox.click(app.target, {
      userId: ADMIN,
      message,
      actionId: "fixed_resync:0",
    });
    expect(click.status).toBe(200);
    const answer = bodyOf(
      (await app.sandbox.waitFor(
        (r) => r.type === "response" && r.url === click.responseUrl,
      )) as never,
    );
    expect(answer).toMatchObject({ response_type: "ephemeral", replace_original: false });
    expect(answer.text).toMatch(/^\*Start a resync\?\*/);
    expect(answer.text).toContain("Restricted picklist value");
    const confirm = JSON.stringify(answer.blocks);
    // The Resync button's own action, carrying the alert's offer and its thread.
    expect(confirm).toContain('"action_id":"resync_offer:0"');
    expect(confirm).toContain(`@${message.ts}"`);
  });

  it("is on an owned type's line in /syncerror mine too", async () => {
    const app = await start();
    await app.store.takeClaim(ROUTED, ADMIN, clock);
    const reply = await app.sandbox.slash(app.target, {
      text: "mine",
      userId: ADMIN,
      channelId: DEFAULT_CHANNEL.id,
    });
    const mine = bodyOf(
      (await app.sandbox.waitFor(
        (r) => r.type === "response" && r.url === reply.responseUrl,
      )) as never,
    );
    const line = (
      mine.blocks as Array<{
        text?: { text: string };
        accessory?: { action_id: string; text: { text: string } };
      }>
    )[1];
    expect(line?.text?.text).toMatch(/^• \*Restricted picklist value\* · 672 open/);
    expect(line?.accessory).toMatchObject({
      action_id: "fixed_resync:0",
      text: { text: "Fixed, resync now" },
    });
    const ephemeral = app.sandbox.ephemerals(ADMIN).at(-1);
    if (!ephemeral) throw new Error("mine was not shown");
    const click = await app.sandbox.click(app.target, {
      userId: ADMIN,
      message: ephemeral,
      actionId: "fixed_resync:0",
    });
    expect(click.status).toBe(200);
    const answer = bodyOf(
      (await app.sandbox.waitFor(
        (r) => r.type === "response" && r.url === click.responseUrl,
      )) as never,
    );
    expect(answer.text).toMatch(/^\*Start a resync\?\* .*Restricted picklist value/);
  });
});

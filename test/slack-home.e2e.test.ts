/**
 * The Home tab's dashboard (issue 18), through the real Bolt app over signed HTTP against the
 * Slack sandbox (which checks each view's blocks as Slack would): the seeded numbers, the change
 * since yesterday, a running job's progress, the last import, owned and snoozed types, the largest
 * types with the digest's buttons, what is missing; the refresh after an import at most once a
 * minute (fixed clock); and a big store within Slack's 100 blocks.
 */
import { afterEach, describe, expect, it } from "vitest";
import { createCatalog } from "../src/catalog/catalog.js";
import { type SandboxedApp, startSandboxedApp } from "../src/console/sandboxed-app.js";
import { createLogger } from "../src/logger.js";
import { rules } from "../src/rules/index.js";
import { homeRefresher } from "../src/slack/app.js";
import { validateBlocks } from "../src/slack/blocks/index.js";
import type { ObservedError, Store } from "../src/store/types.js";
import { observedError } from "./fakes/store-errors.js";

const catalog = createCatalog(rules);
const ANN = "U0ANN";
const HOUR = 3_600_000;
let clock = Date.parse("2026-12-04T12:00:00Z");
const now = () => new Date(clock);

let env: SandboxedApp | undefined;
afterEach(async () => {
  env?.sandbox.assertNoUnexpectedCalls();
  await env?.stop();
  env = undefined;
});

async function start() {
  env = await startSandboxedApp({
    catalog,
    logger: createLogger({ level: "silent" }),
    logLevel: "silent",
    version: "test",
    digest: { now },
    alerts: { now },
  });
  return env;
}

function observed(ruleId: string, id: string, at: number): ObservedError {
  return observedError(catalog, { ruleId, hubspotId: id, occurredAt: new Date(at) });
}

async function importAt(store: Store, at: number, rows: readonly ObservedError[]) {
  const tx = await store.beginImport({
    fileName: "export.csv",
    contentHash: `h-${at}-${rows.length}`,
    importedBy: "cli",
    importedAt: new Date(at),
  });
  for (const row of rows) await tx.add(row);
  await tx.commit({ rowsRead: rows.length, rejected: 0, objectTypes: ["contact"], columns: {} });
}

const texts = (blocks: readonly unknown[] | undefined) => JSON.stringify(blocks ?? []);

async function openHome(app: SandboxedApp, userId: string) {
  const published = app.sandbox.waitFor("views.publish");
  await app.sandbox.openHome(app.target, { userId });
  await published;
  return app.sandbox.homeView(userId);
}

describe("the Home tab's dashboard", () => {
  it("shows the seeded numbers, the change since yesterday, jobs, activity, types and setup", async () => {
    clock = Date.parse("2026-12-04T12:00:00Z");
    const app = await start();
    const old = clock - 48 * HOUR;
    // Two days ago: 3 Invalid email, 2 String too long, 1 Type mismatch. Yesterday's import
    // (2 h ago) resolves one String too long and adds 4 Invalid email.
    const before = [
      observed("invalid-email", "e1", old),
      observed("invalid-email", "e2", old),
      observed("invalid-email", "e3", old),
      observed("string-too-long", "s1", old),
      observed("string-too-long", "s2", old),
      observed("type-mismatch", "t1", old),
    ];
    await importAt(app.store, old, before);
    const fresh = [1, 2, 3, 4].map((i) => observed("invalid-email", `n${i}`, clock - 3 * HOUR));
    await importAt(app.store, clock - 2 * HOUR, [
      ...before.filter((e) => e.hubspotId !== "s2"),
      ...fresh,
    ]);
    await app.store.takeClaim("type-mismatch", ANN, new Date(clock - HOUR));
    await app.store.snoozeType({
      ruleId: "string-too-long",
      by: "U0BOB",
      at: new Date(clock - HOUR),
      reason: null,
      length: { kind: "muted" },
    });
    const view = await openHome(app, ANN);
    expect(validateBlocks(view?.blocks, "home")).toEqual([]);
    const text = texts(view?.blocks);
    expect(text).toContain("9 open errors");
    expect(text).toContain("+3 since yesterday");
    // Invalid email is a Property values type (7 open, +4); String too long too (1, −1).
    expect(text).toContain("Property values: *8* (+3)");
    expect(text).toContain("Property mappings: *1* (±0)");
    expect(text).toContain("Import ");
    expect(text).toContain("9 rows, 4 new, 1 resolved");
    expect(text).toContain("No scan yet");
    expect(text).toContain("No resync is running.");
    expect(text).toContain("*Type mismatch* · 1 open · yours since");
    expect(text).toContain("*String too long* · muted · by <@U0BOB>");
    expect(text).toContain("*Invalid email* · 7 open");
    expect(text).toContain("digest_explain:0");
    expect(text).toContain("resync_offer:1");
    expect(text).toContain("HUBSPOT_ACCESS_TOKEN");
    expect(text).toContain("RESYNC_ALLOWED_USERS");
  });

  it("refreshes after an import at most once a minute per person", async () => {
    clock = Date.parse("2026-12-04T12:00:00Z");
    const app = await start();
    await importAt(app.store, clock - HOUR, [observed("invalid-email", "a", clock - HOUR)]);
    expect(texts((await openHome(app, ANN))?.blocks)).toContain("1 open error");
    await importAt(app.store, clock, [
      observed("invalid-email", "a", clock - HOUR),
      observed("invalid-email", "b", clock),
    ]);
    // Within the minute: no publish.
    clock += 30_000;
    expect(await homeRefresher(app.app)()).toBe(0);
    expect(texts(app.sandbox.homeView(ANN)?.blocks)).toContain("1 open error");
    clock += 30_000;
    expect(await homeRefresher(app.app)()).toBe(1);
    expect(texts(app.sandbox.homeView(ANN)?.blocks)).toContain("2 open errors");
    // Nobody else opened it: nobody else gets one.
    expect(app.sandbox.calls("views.publish")).toHaveLength(2);
  });

  it("refreshes when a job started or ended elsewhere (the command line, a replica, a resume)", async () => {
    clock = Date.parse("2026-12-04T12:00:00Z");
    const app = await start();
    await importAt(app.store, clock - HOUR, [observed("invalid-email", "a", clock - HOUR)]);
    // The watch's first look at start: nothing is news then.
    await app.alerts.checkNow();
    expect(texts((await openHome(app, ANN))?.blocks)).toContain("No resync is running.");
    // The command line starts a job: this process's listeners never hear of it.
    const { job } = await app.store.startResyncJob({
      ruleId: "invalid-email",
      requestedBy: "cli",
      requestedAt: new Date(clock),
      triggerAt: new Date(clock),
      records: [],
    });
    clock += 60_000;
    // The refresh the watch asks for is tracked work: settled once it has published.
    await app.alerts.checkNow();
    await app.pendingWork.idle();
    expect(texts(app.sandbox.homeView(ANN)?.blocks)).toContain("*Invalid email*: 0 of 0 batches");
    // It ends there too: the poll sees it gone from the unfinished jobs.
    await app.store.finishJob(job.id, "done", new Date(clock));
    clock += 60_000;
    await app.alerts.checkNow();
    await app.pendingWork.idle();
    expect(texts(app.sandbox.homeView(ANN)?.blocks)).toContain("No resync is running.");
    // Nothing changed since: no refresh, and no spike check either (no new import or scan).
    clock += 60_000;
    await app.alerts.checkNow();
    await app.pendingWork.idle();
    expect(app.sandbox.calls("views.publish")).toHaveLength(3);
  });

  it("stays within 100 blocks with every type open", async () => {
    clock = Date.parse("2026-12-04T12:00:00Z");
    const app = await start();
    await importAt(
      app.store,
      clock - HOUR,
      catalog.rules.flatMap((rule, i) =>
        Array.from({ length: i + 1 }, (_, j) => observed(rule.id, `${rule.id}-${j}`, clock - HOUR)),
      ),
    );
    for (const rule of catalog.rules.slice(0, 10))
      await app.store.takeClaim(rule.id, ANN, new Date(clock - HOUR));
    const view = await openHome(app, ANN);
    expect(view?.blocks.length).toBeLessThanOrEqual(100);
    expect(validateBlocks(view?.blocks, "home")).toEqual([]);
  });
});

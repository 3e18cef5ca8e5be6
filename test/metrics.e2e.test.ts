import { once } from "node:events";
import { PassThrough, Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCatalog } from "../src/catalog/catalog.js";
import { type SandboxedApp, startSandboxedApp } from "../src/console/sandboxed-app.js";
import { writeDemoCsv } from "../src/demo/write-demo-csv.js";
import { createLogger } from "../src/logger.js";
import { createMetrics, type Metrics } from "../src/metrics/metrics.js";
import { openErrorsByCategory } from "../src/metrics/open-errors.js";
import { runningJobLeases } from "../src/metrics/running-jobs.js";
import { planResync } from "../src/resync/plan-resync.js";
import { rules } from "../src/rules/index.js";
import { DEFAULT_CHANNEL } from "../src/sandbox/slack/sandbox.js";
import { openStore } from "../src/store/index.js";
import { importErrors } from "./fakes/store-errors.js";

// `/metrics` of the real app over HTTP, after real signed requests: what Prometheus would scrape.

const catalog = createCatalog(rules);
const quiet = new Writable({ write: (_chunk, _encoding, done) => done() });
let env: SandboxedApp;
let metrics: Metrics;

beforeAll(async () => {
  const logger = createLogger({ level: "silent", destination: quiet });
  // The metrics read the store the app writes: built after it, from the same store.
  const store = await openStore({ path: ":memory:" });
  metrics = createMetrics({
    openErrorsByCategory: openErrorsByCategory(store, catalog),
    runningJobs: runningJobLeases(store),
  });
  env = await startSandboxedApp({
    catalog,
    logger,
    logLevel: "error",
    version: "t",
    store,
    metrics,
  });
});

afterAll(async () => {
  await env.stop();
  await env.store.close();
});

async function scrape(): Promise<{ status: number; type: string | null; text: string }> {
  const response = await fetch(`${env.baseUrl}/metrics`);
  return {
    status: response.status,
    type: response.headers.get("content-type"),
    text: await response.text(),
  };
}

/** The value of one sample line, e.g. `name{label="x"} 3`. */
function sample(text: string, series: string): number | undefined {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe("GET /metrics", () => {
  it("times the Slack requests the app handled, by kind and outcome", async () => {
    const reply = await env.sandbox.slash(env.target, {
      text: "explain Type mismatch",
      userId: "U0METRICS",
      channelId: DEFAULT_CHANNEL.id,
    });
    expect(reply.status).toBe(200);
    await env.sandbox.waitFor((r) => r.type === "response" && r.url === reply.responseUrl);

    const { status, type, text } = await scrape();
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(
      sample(
        text,
        'syncerror_slack_request_duration_seconds_count{kind="slash_command",outcome="ok"}',
      ),
    ).toBe(1);
  });

  it("reads open errors by category from the store at each scrape, every category shown", async () => {
    await importErrors(
      env.store,
      catalog,
      [
        { ruleId: "type-mismatch", hubspotId: "1" },
        { ruleId: "type-mismatch", hubspotId: "2" },
        { ruleId: "invalid-email", hubspotId: "3" },
      ],
      { at: new Date("2026-12-01T08:00:00Z") },
    );
    const { text } = await scrape();
    const mapping = catalog.ruleById("type-mismatch")?.category;
    const values = catalog.ruleById("invalid-email")?.category;
    expect(sample(text, `syncerror_open_errors{category="${mapping}"}`)).toBe(2);
    expect(sample(text, `syncerror_open_errors{category="${values}"}`)).toBe(1);
    // A category with nothing open still has its line, at 0.
    expect(sample(text, 'syncerror_open_errors{category="duplicates"}')).toBe(0);
  });

  it("counts the rows of an export dropped in Slack, imported and rejected", async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on("data", (chunk: Buffer) => chunks.push(chunk));
    await writeDemoCsv(out, { rows: 40, seed: 3, days: 7, now: new Date("2026-12-01T09:00:00Z") });
    out.end();
    await once(out, "end");
    const since = Math.max(0, ...env.sandbox.calls().map((c) => c.seq));
    const shared = await env.sandbox.shareFile(env.target, {
      userId: "U0METRICS",
      channelId: DEFAULT_CHANNEL.id,
      name: "export.csv",
      content: Buffer.concat(chunks),
    });
    expect(shared.reply?.status).toBe(200);
    // The summary replaces the "Importing…" message once the import has committed.
    await env.sandbox.waitFor((r) => r.seq > since && r.method === "chat.update", {
      timeoutMs: 10_000,
    });
    const { text } = await scrape();
    const imported = sample(text, 'syncerror_import_rows_total{outcome="imported"}') ?? 0;
    const rejected = sample(text, 'syncerror_import_rows_total{outcome="rejected"}');
    expect(imported).toBeGreaterThan(30);
    expect(imported + (rejected ?? 0)).toBe(40);
    expect(rejected).toBeDefined();
  });

  it("counts a digest posted to the channel", async () => {
    const outcome = await env.digest.post(new Date("2026-12-02T09:00:00Z"), false);
    expect(outcome.status).toBe("posted");
    // The same slot again is no attempt: it was handled, and is not counted twice.
    expect((await env.digest.post(new Date("2026-12-02T09:00:00Z"), false)).status).toBe("already");
    const { text } = await scrape();
    expect(sample(text, 'syncerror_digests_total{outcome="posted"}')).toBe(1);
    expect(sample(text, 'syncerror_digests_total{outcome="failed"}')).toBeUndefined();
  });

  it("shows each running resync job with the replica holding its lease, and forgets it once done", async () => {
    await importErrors(
      env.store,
      catalog,
      [
        { ruleId: "restricted-picklist-value", hubspotId: "71" },
        { ruleId: "restricted-picklist-value", hubspotId: "72" },
      ],
      { at: new Date("2026-12-01T08:00:00Z") },
    );
    const rule = catalog.ruleById("restricted-picklist-value");
    if (!rule) throw new Error("no such rule");
    const at = new Date();
    const { job } = await env.store.startResyncJob({
      ruleId: rule.id,
      requestedBy: "U0METRICS",
      requestedAt: at,
      triggerAt: at,
      records: planResync(rule, await env.store.openErrorsOf(rule.id)),
      lease: { owner: "bot-b:7:0abc12", until: new Date(at.getTime() + 30_000) },
    });
    const series = `syncerror_resync_job_pending_records{job="${job.id}",rule="${rule.id}",owner="bot-b:7:0abc12"}`;
    expect(job.counts.pending).toBeGreaterThanOrEqual(2);
    expect(sample((await scrape()).text, series)).toBe(job.counts.pending);
    await env.store.finishJob(job.id, "done", new Date());
    expect((await scrape()).text).not.toContain(`job="${job.id}"`);
  });

  it("declares every metric of the bot with its help text, none of Node's in a test registry", async () => {
    const { text } = await scrape();
    for (const name of [
      "syncerror_digests_total",
      "syncerror_resync_records_total",
      "syncerror_resync_batches_total",
      "syncerror_hubspot_rate_limited_total",
      "syncerror_salesforce_api_requests",
      "syncerror_scan_duration_seconds",
      "syncerror_scan_findings_total",
      "syncerror_import_rows_total",
      "syncerror_resync_job_pending_records",
    ]) {
      expect(text).toContain(`# HELP ${name} `);
    }
    expect(text).not.toContain("process_cpu");
  });
});

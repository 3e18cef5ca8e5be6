import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCatalog } from "../src/catalog/catalog.js";
import { type SandboxedApp, startSandboxedApp } from "../src/console/sandboxed-app.js";
import { createLogger } from "../src/logger.js";
import { createMetrics, type Metrics } from "../src/metrics/metrics.js";
import { openErrorsByCategory } from "../src/metrics/open-errors.js";
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
  metrics = createMetrics({ openErrorsByCategory: openErrorsByCategory(store, catalog) });
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
    ]) {
      expect(text).toContain(`# HELP ${name} `);
    }
    expect(text).not.toContain("process_cpu");
  });
});

import { afterEach, describe, expect, it } from "vitest";
import { createCatalog } from "../src/catalog/catalog.js";
import { reportApiUsageTo } from "../src/clients/salesforce-http.js";
import { type CrmSandboxes, startCrmSandboxes } from "../src/console/crm-sandboxes.js";
import { createLogger } from "../src/logger.js";
import { createMetrics, type Metrics } from "../src/metrics/metrics.js";
import { buildResyncDeps } from "../src/resync/resync-deps.js";
import { ResyncJobs } from "../src/resync/resync-jobs.js";
import { rules } from "../src/rules/index.js";
import { salesforceId } from "../src/sandbox/salesforce/sandbox.js";
import { openStore } from "../src/store/index.js";
import type { Store } from "../src/store/types.js";
import { demoScanner, startDemoCrm } from "./fakes/crm-scanner.js";
import { importErrors } from "./fakes/store-errors.js";

// The metrics the work itself fills, read from the registry after the real flows ran: resyncs
// and scans through the real @hubspot/api-client and jsforce against the loopback CRMs.

const catalog = createCatalog(rules);
const TRIGGERS = {
  hubspotProperty: "syncerror_resync_requested_at",
  salesforceField: "HubSpot_Resync_Requested__c",
};
let store: Store | undefined;
let crm: CrmSandboxes | undefined;

afterEach(async () => {
  await crm?.stop();
  await store?.close();
  crm = undefined;
  store = undefined;
});

/** The value of one series, `name` + `suffix` with these labels, from the registry's text; undefined if absent. */
async function value(
  metrics: Metrics,
  name: string,
  labels: string,
  suffix = "",
): Promise<number | undefined> {
  const text = await metrics.registry.getSingleMetricAsString(name);
  const series = `${name}${suffix}{${labels}} `;
  const line = text.split("\n").find((l) => l.startsWith(series));
  return line === undefined ? undefined : Number(line.slice(series.length));
}

describe("a resync's metrics", () => {
  it("counts batches and records by CRM and outcome, HubSpot's 429s by policy, and Salesforce's API usage", async () => {
    store = await openStore({ path: ":memory:" });
    const contacts = Array.from({ length: 120 }, (_, i) => String(70_000 + i));
    const leads = Array.from({ length: 3 }, (_, i) => salesforceId("Lead", i + 1));
    await importErrors(
      store,
      catalog,
      [
        ...contacts.map((hubspotId) => ({ ruleId: "restricted-picklist-value", hubspotId })),
        ...leads.map((salesforceId) => ({ ruleId: "invalid-email", salesforceId })),
      ],
      { at: new Date(Date.now() - 60_000) },
    );
    crm = await startCrmSandboxes({
      store,
      ruleIds: ["restricted-picklist-value", "invalid-email"],
      triggers: TRIGGERS,
    });
    const metrics = createMetrics();
    reportApiUsageTo(crm.salesforceConnection, metrics);
    const jobs = new ResyncJobs({
      ...buildResyncDeps({
        hubspot: crm.hubspotClient,
        salesforce: crm.salesforceConnection,
        settings: {
          ...TRIGGERS,
          hubspotRateLimit: 190,
          salesforceReserve: 0.2,
          cooldownMs: 0,
          allowed: { users: [], usergroup: undefined },
        },
        store,
        catalog,
        now: () => new Date(),
        retry: { attempts: 4, minRetryMs: 10, rollingLimitWaitMs: 20 },
        metrics,
      }),
      logger: createLogger({ level: "silent" }),
    });
    // One contact HubSpot refuses, and one 429 of the rolling limit on the way.
    crm.hubspot.recordErrors([contacts[5] as string]);
    crm.hubspot.answerBatchErrors("per-record");

    const hubspotRule = catalog.ruleById("restricted-picklist-value");
    const salesforceRule = catalog.ruleById("invalid-email");
    if (!hubspotRule || !salesforceRule) throw new Error("rules");
    crm.hubspot.rateLimitStorm(1, "TEN_SECONDLY_ROLLING");
    const first = await jobs.request(
      hubspotRule,
      await store.openErrorsOf(hubspotRule.id),
      "U0ADMIN",
      { force: true },
    );
    expect(first.kind).toBe("started");
    const hubspotJob = await first.done;
    const second = await jobs.request(
      salesforceRule,
      await store.openErrorsOf(salesforceRule.id),
      "U0ADMIN",
      { force: true },
    );
    const salesforceJob = await second.done;
    expect(hubspotJob?.status).toBe("done");
    expect(salesforceJob?.status).toBe("done");

    const records = "syncerror_resync_records_total";
    expect(await value(metrics, "syncerror_resync_batches_total", 'system="hubspot"')).toBe(2);
    expect(await value(metrics, "syncerror_resync_batches_total", 'system="salesforce"')).toBe(1);
    expect(await value(metrics, records, 'system="hubspot",outcome="sent"')).toBe(120);
    expect(await value(metrics, records, 'system="hubspot",outcome="accepted"')).toBe(119);
    expect(await value(metrics, records, 'system="hubspot",outcome="failed"')).toBe(1);
    expect(await value(metrics, records, 'system="salesforce",outcome="accepted"')).toBe(3);
    expect(
      await value(metrics, "syncerror_hubspot_rate_limited_total", 'policy="ten_secondly_rolling"'),
    ).toBeGreaterThanOrEqual(1);
    // Sforce-Limit-Info: api-usage=N/M of the last answer, as jsforce read it.
    const usage = crm.salesforceConnection.limitInfo.apiUsage;
    expect(usage?.used).toBeGreaterThan(0);
    expect(await value(metrics, "syncerror_salesforce_api_requests", 'kind="max"')).toBe(
      usage?.limit,
    );
    expect(await value(metrics, "syncerror_salesforce_api_requests", 'kind="used"')).toBe(
      usage?.used,
    );
  });
});

describe("a scan's metrics", () => {
  it("times the scan and counts its findings by error type", async () => {
    store = await openStore({ path: ":memory:" });
    crm = await startDemoCrm(store);
    const metrics = createMetrics();
    const outcome = await demoScanner(crm, store, catalog, metrics).request();
    if (outcome.kind !== "done") throw new Error("the scan did not run");
    const byRule = Object.entries(outcome.summary.findingsByRule);
    expect(byRule.length).toBeGreaterThan(0);
    for (const [rule, count] of byRule)
      expect(await value(metrics, "syncerror_scan_findings_total", `rule="${rule}"`)).toBe(count);
    expect(
      await value(metrics, "syncerror_scan_duration_seconds", 'outcome="done"', "_count"),
    ).toBe(1);
  });
});

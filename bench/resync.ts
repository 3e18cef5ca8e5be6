import { Client } from "@hubspot/api-client";
import { createCatalog } from "../src/catalog/catalog.js";
import { hubspotResyncPort } from "../src/clients/hubspot-resync-port.js";
import { hubspotSetupPort } from "../src/clients/hubspot-setup-port.js";
import { createRollingWindowLimiter } from "../src/clients/rolling-window-limiter.js";
import { planResync } from "../src/resync/plan-resync.js";
import { runResyncJob } from "../src/resync/run-resync-job.js";
import { rules } from "../src/rules/index.js";
import { HubSpotSandbox } from "../src/sandbox/hubspot/sandbox.js";
import { openStore } from "../src/store/index.js";
import { printTable } from "./table.js";

const RECORDS = 20_000;
const LIMIT = { requests: 190, windowMs: 10_000 };
const PROPERTY = "syncerror_resync_requested_at";

/**
 * Issue 7: a 20,000-record resync against the HubSpot sandbox enforcing 190 requests per rolling
 * 10 seconds: records per second against the limit's ceiling (1,900/s), and lost or duplicated
 * records.
 */
export async function benchResync(): Promise<void> {
  const catalog = createCatalog(rules);
  const rule = catalog.ruleById("restricted-picklist-value");
  if (!rule) throw new Error("rule");
  const ids = Array.from({ length: RECORDS }, (_, i) => String(100_000 + i));
  const sandbox = await HubSpotSandbox.start({
    accessToken: "pat-bench",
    rateLimit: LIMIT,
    objects: { contacts: ids.map((id) => ({ id })) },
  });
  const store = await openStore({ path: ":memory:" });
  try {
    const client = new Client({
      accessToken: "pat-bench",
      basePath: sandbox.url,
      numberOfApiCallRetries: 1,
    });
    await hubspotSetupPort(client).createDateTimeProperty("contacts", PROPERTY, "x");
    const at = new Date();
    const tx = await store.beginImport({
      fileName: "bench",
      contentHash: "bench",
      importedBy: "bench",
      importedAt: at,
    });
    for (const id of ids) {
      await tx.add({
        ruleId: rule.id,
        category: rule.category,
        direction: rule.direction,
        objectType: "contact",
        hubspotId: id,
        salesforceId: null,
        recordName: null,
        message: "m",
        statusCode: null,
        occurredAt: at,
      });
    }
    await tx.commit({ rowsRead: RECORDS, rejected: 0, objectTypes: [], columns: {} });
    // Let the property's creation leave the window: the job's limiter did not send it.
    await new Promise((resolve) => setTimeout(resolve, LIMIT.windowMs));

    const { job, started: began } = await store.startResyncJob({
      ruleId: rule.id,
      requestedBy: "bench",
      requestedAt: at,
      triggerAt: at,
      records: planResync(rule, await store.openErrorsOf(rule.id)),
    });
    if (!began) throw new Error("job");
    const started = performance.now();
    const done = await runResyncJob(job.id, {
      store,
      hubspot: hubspotResyncPort(client, { limiter: createRollingWindowLimiter(LIMIT) }),
      salesforce: undefined,
      triggers: { hubspotProperty: PROPERTY, salesforceField: "unused__c" },
      now: () => new Date(),
    });
    const seconds = (performance.now() - started) / 1000;

    const sends = new Map<string, number>();
    for (const call of sandbox.calls("batch/update").filter((c) => c.status === 200)) {
      for (const input of (call.body as { inputs: Array<{ id: string }> }).inputs)
        sends.set(input.id, (sends.get(input.id) ?? 0) + 1);
    }
    const lost = ids.filter((id) => !sandbox.record("contacts", id)?.properties[PROPERTY]).length;
    const duplicated = [...sends.values()].filter((n) => n > 1).length;
    const perSecond = RECORDS / seconds;
    const ceiling = (LIMIT.requests / (LIMIT.windowMs / 1000)) * 100;
    printTable(
      `Resync: ${RECORDS.toLocaleString("en")} records against HubSpot's ${LIMIT.requests} requests / 10 s`,
      [
        [
          "job",
          `${done.status}, ${done.counts.accepted.toLocaleString("en")} accepted in ${seconds.toFixed(1)} s`,
          "",
        ],
        [
          "records per second",
          `${Math.round(perSecond).toLocaleString("en")} of ${ceiling.toLocaleString("en")}: ${(perSecond / ceiling).toFixed(2)}`,
          "≥ 0.9",
        ],
        [
          "429 answers",
          String(sandbox.calls("batch/update").filter((c) => c.status === 429).length),
          "",
        ],
        ["lost records", String(lost), "0"],
        ["duplicated records", String(duplicated), "0"],
      ],
    );
  } finally {
    await store.close();
    await sandbox.close();
  }
}

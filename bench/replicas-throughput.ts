import { Client } from "@hubspot/api-client";
import { createCatalog } from "../src/catalog/catalog.js";
import { createHubSpotLimiters } from "../src/clients/hubspot-paced-call.js";
import { hubspotResyncPort } from "../src/clients/hubspot-resync-port.js";
import { hubspotSetupPort } from "../src/clients/hubspot-setup-port.js";
import { planResync } from "../src/resync/plan-resync.js";
import { runResyncJob } from "../src/resync/run-resync-job.js";
import { rules } from "../src/rules/index.js";
import { HubSpotSandbox } from "../src/sandbox/hubspot/sandbox.js";
import { openPostgresStore, type PostgresStore } from "../src/store/postgres/pg-store.js";
import {
  createDatabase,
  findPostgresBinaries,
  INSTALL_HINT,
  startPostgres,
} from "./postgres-server.js";
import { printTable } from "./table.js";

/** Records each replica resyncs: one error type each, on records of their own. */
const RECORDS = 10_000;
const LIMIT = { requests: 190, windowMs: 10_000 };
const PROPERTY = "syncerror_resync_requested_at";
const RULES = ["restricted-picklist-value", "inactive-salesforce-owner"] as const;

/** One run's setting: a database, a HubSpot sandbox, and the ids of each replica's records. */
interface Stage {
  readonly url: string;
  readonly sandbox: HubSpotSandbox;
  readonly ids: readonly (readonly string[])[];
}

/** What one run measured. */
interface Outcome {
  readonly seconds: number;
  readonly accepted: number;
  readonly rateLimited: number;
  readonly lost: number;
  readonly duplicated: number;
}

const catalog = createCatalog(rules);
const ruleOf = (id: string) => {
  const rule = catalog.ruleById(id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule;
};

/** A database holding both error types' open errors, and a sandbox holding their records. */
async function stage(serverUrl: string, name: string): Promise<Stage> {
  const ids = RULES.map((_, r) =>
    Array.from({ length: RECORDS }, (_, i) => String((r + 1) * 1_000_000 + i)),
  );
  const sandbox = await HubSpotSandbox.start({
    accessToken: "pat-bench",
    rateLimit: LIMIT,
    objects: { contacts: ids.flat().map((id) => ({ id })) },
  });
  const client = new Client({ accessToken: "pat-bench", basePath: sandbox.url });
  await hubspotSetupPort(client).createDateTimeProperty("contacts", PROPERTY, "x");
  const url = await createDatabase(serverUrl, name);
  const store = await openPostgresStore({ url });
  try {
    const at = new Date();
    const tx = await store.beginImport({
      fileName: "bench",
      contentHash: name,
      importedBy: "bench",
      importedAt: at,
    });
    for (const [r, ruleId] of RULES.entries()) {
      const rule = ruleOf(ruleId);
      for (const id of ids[r] ?? [])
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
    await tx.commit({ rowsRead: 2 * RECORDS, rejected: 0, objectTypes: [], columns: {} });
  } finally {
    await store.close();
  }
  return { url, sandbox, ids };
}

/**
 * Two replicas in this process, each with its own pool on the one database, its own limiter and
 * its own HubSpot client, each running a resync of its own error type, at once.
 */
async function runReplicas(stage: Stage, pacing: "shared" | "in-memory"): Promise<Outcome> {
  const stores: PostgresStore[] = [];
  try {
    for (const _ of RULES) stores.push(await openPostgresStore({ url: stage.url }));
    const at = new Date();
    const jobs = await Promise.all(
      RULES.map(async (ruleId, r) => {
        const store = stores[r] as PostgresStore;
        const rule = ruleOf(ruleId);
        const { job, started } = await store.startResyncJob({
          ruleId,
          requestedBy: "bench",
          requestedAt: at,
          triggerAt: at,
          records: planResync(rule, await store.openErrorsOf(ruleId)),
        });
        if (!started) throw new Error("job");
        return job.id;
      }),
    );
    const started = performance.now();
    const done = await Promise.all(
      jobs.map((jobId, r) => {
        const store = stores[r] as PostgresStore;
        const { limiter } = createHubSpotLimiters(
          LIMIT.requests,
          pacing === "shared" ? store : undefined,
        );
        const client = new Client({
          accessToken: "pat-bench",
          basePath: stage.sandbox.url,
          numberOfApiCallRetries: 1,
        });
        return runResyncJob(jobId, {
          store,
          hubspot: hubspotResyncPort(client, { limiter }),
          salesforce: undefined,
          triggers: { hubspotProperty: PROPERTY, salesforceField: "unused__c" },
          now: () => new Date(),
        });
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const sends = new Map<string, number>();
    for (const call of stage.sandbox.calls("batch/update").filter((c) => c.status === 200)) {
      for (const input of (call.body as { inputs: Array<{ id: string }> }).inputs)
        sends.set(input.id, (sends.get(input.id) ?? 0) + 1);
    }
    return {
      seconds,
      accepted: done.reduce((sum, job) => sum + job.counts.accepted, 0),
      rateLimited: stage.sandbox.calls().filter((c) => c.status === 429).length,
      lost: stage.ids
        .flat()
        .filter((id) => !stage.sandbox.record("contacts", id)?.properties[PROPERTY]).length,
      duplicated: [...sends.values()].filter((n) => n > 1).length,
    };
  } finally {
    for (const store of stores) await store.close();
  }
}

/**
 * Issue 15: two replicas on one PostgreSQL database, each resyncing 10,000 records of its own
 * error type at once against one HubSpot sandbox enforcing 190 requests per rolling 10 seconds.
 * With the budget shared through the database their combined rate should reach 0.9 of the
 * ceiling (1,900 records/s) without passing it; with a limiter each in memory (the contrast) they
 * send twice the limit and draw 429s. Needs PostgreSQL's server binaries; skipped without them.
 */
export async function benchReplicasThroughput(): Promise<void> {
  const title = `Two replicas on one PostgreSQL, ${RECORDS.toLocaleString("en")} records each, against HubSpot's ${LIMIT.requests} requests / 10 s`;
  const bindir = process.env.SYNCERROR_SKIP_POSTGRES === "1" ? undefined : findPostgresBinaries();
  if (!bindir) {
    const why =
      process.env.SYNCERROR_SKIP_POSTGRES === "1"
        ? "SYNCERROR_SKIP_POSTGRES=1"
        : `no PostgreSQL server found. ${INSTALL_HINT}`;
    console.log(`\n${title}\nskipped: ${why}`);
    return;
  }
  const server = await startPostgres(bindir);
  const stages: Stage[] = [];
  try {
    stages.push(await stage(server.url, "bench_replicas_shared"));
    stages.push(await stage(server.url, "bench_replicas_apart"));
    // Let the properties' creation leave the sandboxes' windows: the jobs' limiters did not send it.
    await new Promise((resolve) => setTimeout(resolve, LIMIT.windowMs));
    const [sharedStage, apartStage] = stages as [Stage, Stage];
    const shared = await runReplicas(sharedStage, "shared");
    const apart = await runReplicas(apartStage, "in-memory");
    const ceiling = (LIMIT.requests / (LIMIT.windowMs / 1000)) * 100;
    const rate = (o: Outcome) => {
      const perSecond = o.accepted / o.seconds;
      return `${Math.round(perSecond).toLocaleString("en")} of ${ceiling.toLocaleString("en")}: ${(perSecond / ceiling).toFixed(2)}`;
    };
    const job = (o: Outcome) =>
      `${o.accepted.toLocaleString("en")} of ${(2 * RECORDS).toLocaleString("en")} accepted in ${o.seconds.toFixed(1)} s`;
    printTable(title, [
      ["shared budget (PostgreSQL): jobs", job(shared), ""],
      ["shared budget: combined records per second", rate(shared), "≥ 0.9, ≤ 1"],
      ["shared budget: 429 answers", String(shared.rateLimited), "0"],
      ["shared budget: lost records", String(shared.lost), "0"],
      ["shared budget: duplicated records", String(shared.duplicated), "0"],
      ["a limiter each in memory: jobs", job(apart), ""],
      ["a limiter each in memory: combined records per second", rate(apart), ""],
      ["a limiter each in memory: 429 answers", String(apart.rateLimited), ""],
      ["a limiter each in memory: lost records", String(apart.lost), ""],
      ["a limiter each in memory: duplicated records", String(apart.duplicated), ""],
    ]);
  } finally {
    for (const s of stages) await s.sandbox.close();
    await server.stop();
  }
}

import { Client } from "@hubspot/api-client";
import { afterEach, beforeEach, expect, it } from "vitest";
import { BACKENDS } from "../../test/store-contract/backends.js";
import { createCatalog } from "../catalog/catalog.js";
import { hubspotResyncPort } from "../clients/hubspot-resync-port.js";
import { hubspotSetupPort } from "../clients/hubspot-setup-port.js";
import { createRollingWindowLimiter } from "../clients/rolling-window-limiter.js";
import { createLogger } from "../logger.js";
import { rules } from "../rules/index.js";
import { HubSpotSandbox } from "../sandbox/hubspot/sandbox.js";
import type { ResyncJob, Store } from "../store/types.js";
import { DEFAULT_LEASE_MS } from "./job-lease.js";
import { planResync } from "./plan-resync.js";
import { ResyncJobs } from "./resync-jobs.js";
import { type ResyncRunDeps, runResyncJob } from "./run-resync-job.js";

// Two replicas, A and B, each with its own connection to ONE database (a SQLite file opened
// twice, or one PostgreSQL database), resyncing through the real HubSpot client against the sandbox. Each replica has its own
// clock: a replica that "dies" is one whose clock stops, so its lease is no longer extended while
// the other's clock moves past it.

const catalog = createCatalog(rules);
const RULE = "restricted-picklist-value";
const PROPERTY = "syncerror_resync_requested_at";
const T0 = new Date("2026-12-01T09:00:00Z");
const contacts = Array.from({ length: 250 }, (_, i) => String(5000 + i));
const logger = createLogger({ level: "silent" });

let storeA: Store;
let storeB: Store;
let hubspot: HubSpotSandbox;

function client() {
  return new Client({ accessToken: "pat-lease", basePath: hubspot.url, numberOfApiCallRetries: 1 });
}

/** A replica's clock, moved by the test. */
function clock(start: Date) {
  let at = start.getTime();
  return {
    now: () => new Date(at),
    advance: (ms: number) => {
      at += ms;
    },
  };
}

function runDeps(store: Store, owner: string, now: () => Date): ResyncRunDeps {
  return {
    store,
    hubspot: hubspotResyncPort(client(), {
      limiter: createRollingWindowLimiter({ requests: 190, windowMs: 10_000 }),
      minRetryMs: 10,
    }),
    salesforce: undefined,
    triggers: { hubspotProperty: PROPERTY, salesforceField: "HubSpot_Resync_Requested__c" },
    now,
    lease: { owner, ms: DEFAULT_LEASE_MS },
    logger,
  };
}

/** A replica's job registry, as the bot builds it. */
function replica(store: Store, owner: string, now: () => Date): ResyncJobs {
  return new ResyncJobs({
    ...runDeps(store, owner, now),
    catalog,
    setup: { hubspot: undefined, salesforce: undefined },
    salesforceReserve: 0.2,
    logger,
  });
}

async function startJob(): Promise<ResyncJob> {
  const rule = catalog.ruleById(RULE);
  if (!rule) throw new Error(RULE);
  const tx = await storeA.beginImport({
    fileName: "e.csv",
    contentHash: "h",
    importedBy: "test",
    importedAt: T0,
  });
  for (const id of contacts)
    await tx.add({
      ruleId: RULE,
      category: rule.category,
      direction: rule.direction,
      objectType: "contact",
      recordName: null,
      message: "m",
      statusCode: null,
      occurredAt: T0,
      hubspotId: id,
      salesforceId: null,
    });
  await tx.commit({ rowsRead: contacts.length, rejected: 0, objectTypes: [], columns: {} });
  const { job } = await storeA.startResyncJob({
    ruleId: RULE,
    requestedBy: "U1",
    requestedAt: T0,
    triggerAt: T0,
    records: planResync(rule, await storeA.openErrorsOf(RULE)),
  });
  return job;
}

/** The record ids of the batches HubSpot accepted, a record once per time it was sent. */
const sentIds = () =>
  hubspot
    .calls("batch/update")
    .filter((c) => c.status === 200)
    .flatMap((c) => (c.body as { inputs: Array<{ id: string }> }).inputs.map((i) => i.id));

for (const [backend, suite] of BACKENDS)
  suite(`two replicas on one database (${backend})`, (fresh) => {
    beforeEach(async () => {
      const database = await fresh();
      storeA = await database.open();
      storeB = await database.open();
      hubspot = await HubSpotSandbox.start({
        accessToken: "pat-lease",
        objects: { contacts: contacts.map((id) => ({ id })) },
      });
      await hubspotSetupPort(client()).createDateTimeProperty("contacts", PROPERTY, "x");
    });
    afterEach(async () => {
      hubspot.assertNoUnexpectedCalls();
      await storeA.close();
      await storeB.close();
      await hubspot.close();
    });

    it("runs a job on the replica that claimed it; the other leaves it alone", async () => {
      const job = await startJob();
      const a = clock(T0);
      const b = clock(T0);
      let bTried: ResyncJob | undefined;
      let takenOver: unknown[] = [];
      const done = await runResyncJob(job.id, {
        ...runDeps(storeA, "A", a.now),
        // While A runs, B tries the same job and looks for abandoned ones: A's lease is live.
        onProgress: async () => {
          if (bTried) return;
          bTried = await runResyncJob(job.id, runDeps(storeB, "B", b.now));
          takenOver = [...(await replica(storeB, "B", b.now).resumeUnfinished())];
        },
      });
      // B came back at once, after A's first batch, having sent nothing.
      expect(bTried).toMatchObject({ status: "running", counts: { accepted: 100, pending: 150 } });
      expect(takenOver).toEqual([]);
      expect(done).toMatchObject({ status: "done", counts: { accepted: 250, pending: 0 } });
      expect(sentIds().sort()).toEqual([...contacts].sort());
    });

    it("takes over a dead replica's job once its lease expires, in-flight batch aside, each record once", async () => {
      const job = await startJob();
      const a = clock(T0);
      const b = clock(T0);
      const replicaB = replica(storeB, "B", b.now);
      const deps = runDeps(storeA, "A", a.now);
      const port = deps.hubspot;
      if (!port) throw new Error("no port");
      let batchesA = 0;
      let answerA: () => void = () => {};
      const answerHeld = new Promise<void>((resolve) => {
        answerA = resolve;
      });
      let inFlight: string[] = [];
      // A "dies" in its second batch: HubSpot takes the batch, but its answer does not reach A until
      // B has finished, and A's clock has stopped, so its lease is no longer extended.
      const runA = runResyncJob(job.id, {
        ...deps,
        hubspot: {
          ...port,
          touch: async (type, ids, property, at) => {
            const outcomes = await port.touch(type, ids, property, at);
            if (++batchesA === 2) {
              inFlight = [...ids];
              await answerHeld;
            }
            return outcomes;
          },
        },
      });
      await waitFor(() => batchesA === 2);
      // Not yet: A's lease runs to T0 + 30 s, on B's clock too.
      b.advance(DEFAULT_LEASE_MS - 1000);
      expect(await replicaB.takeOverAbandoned()).toEqual([]);
      b.advance(2000);
      const [takenOver, ...more] = await replicaB.takeOverAbandoned();
      expect(more).toEqual([]);
      expect(await takenOver?.done).toMatchObject({
        status: "done",
        counts: { total: 250, accepted: 250, failed: 0, pending: 0 },
      });
      answerA();
      // A's answer comes back late: recorded (the same outcomes), and A sends nothing more.
      expect(await runA).toMatchObject({ status: "done", counts: { accepted: 250, pending: 0 } });
      // Each record accepted once, but for A's batch in flight, which B sent again.
      const sent = sentIds();
      expect(new Set(sent).size).toBe(250);
      expect(sent).toHaveLength(350);
      const twice = sent.filter((id, i) => sent.indexOf(id) !== i);
      expect(twice.sort()).toEqual([...inFlight].sort());
      const audit = await storeB.auditLog(10);
      expect(audit.map((e) => e.detail)).toContain("taken over from a replica that stopped");
    }, 20_000);

    it("keeps its lease alive through a batch that takes longer than the lease", async () => {
      const job = await startJob();
      const deps = { ...runDeps(storeA, "A", () => new Date()), lease: { owner: "A", ms: 300 } };
      const port = deps.hubspot;
      if (!port) throw new Error("no port");
      let claimedByB: boolean | undefined;
      const done = await runResyncJob(job.id, {
        ...deps,
        hubspot: {
          ...port,
          touch: async (type, ids, property, at) => {
            // The first batch's answer takes three leases long; the heartbeat renews meanwhile.
            if (claimedByB === undefined) {
              await new Promise((r) => setTimeout(r, 900));
              const now = new Date();
              claimedByB = await storeB.claimJob(job.id, "B", now, new Date(now.getTime() + 300));
            }
            return await port.touch(type, ids, property, at);
          },
        },
      });
      expect(claimedByB).toBe(false);
      expect(done).toMatchObject({ status: "done", counts: { accepted: 250 } });
      expect(sentIds()).toHaveLength(250);
    });

    it("stops sending when a renewal says another replica took the job", async () => {
      const job = await startJob();
      const a = clock(T0);
      const stopped = await runResyncJob(job.id, {
        ...runDeps(storeA, "A", a.now),
        onProgress: async () => {
          // After A's first batch, B took the job (as if A's lease had expired).
          const later = new Date(T0.getTime() + 2 * DEFAULT_LEASE_MS);
          expect(await storeB.claimJob(job.id, "B", later, new Date(later.getTime() + 1000))).toBe(
            true,
          );
        },
      });
      expect(stopped).toMatchObject({ status: "running", counts: { accepted: 100, pending: 150 } });
      expect(sentIds()).toHaveLength(100);
      // A left B's lease alone: a third replica cannot take the job while B's lease is live.
      const soon = new Date(T0.getTime() + 2 * DEFAULT_LEASE_MS);
      expect(await storeA.claimJob(job.id, "C", soon, soon)).toBe(false);
    });

    it("releases its job on a clean stop, so another replica takes it over at once", async () => {
      const job = await startJob();
      const a = clock(T0);
      const b = clock(T0);
      let batches = 0;
      const paused = await runResyncJob(job.id, {
        ...runDeps(storeA, "A", a.now),
        onProgress: () => {
          batches++;
        },
        stopping: () => batches >= 1,
      });
      expect(paused.status).toBe("running");
      // No wait for the lease: released.
      const [resumed] = await replica(storeB, "B", b.now).resumeUnfinished();
      expect(await resumed?.done).toMatchObject({ status: "done", counts: { accepted: 250 } });
      expect(sentIds().sort()).toEqual([...contacts].sort());
    });

    it("takes over at start a job whose replica died holding it, once the lease expired", async () => {
      const job = await startJob();
      // The dead replica's claim, straight through the store: it expired at T0 + 30 s.
      expect(
        await storeA.claimJob(job.id, "dead", T0, new Date(T0.getTime() + DEFAULT_LEASE_MS)),
      ).toBe(true);
      const b = clock(T0);
      const replicaB = replica(storeB, "B", b.now);
      expect(await replicaB.resumeUnfinished()).toEqual([]);
      b.advance(DEFAULT_LEASE_MS);
      const [resumed] = await replicaB.takeOverAbandoned();
      expect(await resumed?.done).toMatchObject({ status: "done", counts: { accepted: 250 } });
      expect(sentIds().sort()).toEqual([...contacts].sort());
    });
  });

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!condition()) throw new Error("timed out");
}

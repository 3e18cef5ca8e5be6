import { Client } from "@hubspot/api-client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { importErrors } from "../../test/fakes/store-errors.js";
import { createCatalog } from "../catalog/catalog.js";
import { hubspotSetupPort } from "../clients/hubspot-setup-port.js";
import { createLogger } from "../logger.js";
import { rules } from "../rules/index.js";
import { HubSpotSandbox } from "../sandbox/hubspot/sandbox.js";
import { openStore } from "../store/index.js";
import type { ResyncJob, Store } from "../store/types.js";
import { buildResyncDeps } from "./resync-deps.js";
import { ResyncJobs } from "./resync-jobs.js";
import { beginResync, ResyncRefusedError } from "./start-resync.js";

// The registry over the real store and the real HubSpot client against the sandbox.

const catalog = createCatalog(rules);
const RULE = catalog.ruleById("restricted-picklist-value") ?? (undefined as never);
const PROPERTY = "syncerror_resync_requested_at";
const TOKEN = "pat-jobs";
const contacts = Array.from({ length: 250 }, (_, i) => String(9000 + i));
let store: Store;
let hubspot: HubSpotSandbox;

beforeEach(async () => {
  store = await openStore({ path: ":memory:" });
  hubspot = await HubSpotSandbox.start({
    accessToken: TOKEN,
    objects: { contacts: contacts.map((id) => ({ id })) },
  });
  await importErrors(
    store,
    catalog,
    contacts.map((id) => ({ ruleId: RULE.id, hubspotId: id })),
    { at: new Date("2026-11-29T08:00:00Z") },
  );
});
afterEach(async () => {
  hubspot.assertNoUnexpectedCalls();
  await store.close();
  await hubspot.close();
});

function registry(): ResyncJobs {
  const client = new Client({
    accessToken: TOKEN,
    basePath: hubspot.url,
    numberOfApiCallRetries: 1,
  });
  return new ResyncJobs({
    ...buildResyncDeps({
      hubspot: client,
      salesforce: undefined,
      settings: {
        hubspotProperty: PROPERTY,
        salesforceField: "HubSpot_Resync_Requested__c",
        hubspotRateLimit: 190,
        salesforceReserve: 0.2,
        cooldownMs: 0,
        allowed: { users: [], usergroup: undefined },
      },
      store,
      catalog,
      now: () => new Date(),
      retry: { attempts: 2, minRetryMs: 10, rollingLimitWaitMs: 20 },
    }),
    logger: createLogger({ level: "silent" }),
  });
}

const createProperty = () =>
  hubspotSetupPort(
    new Client({ accessToken: TOKEN, basePath: hubspot.url, numberOfApiCallRetries: 1 }),
  ).createDateTimeProperty("contacts", PROPERTY, "x");

describe("ResyncJobs", () => {
  it("starts one job per type: requests while it starts or runs get that job", async () => {
    await createProperty();
    hubspot.latency(50);
    const jobs = registry();
    const errors = await store.openErrorsOf(RULE.id);
    const [first, second] = await Promise.all([
      jobs.request(RULE, errors, "U1"),
      jobs.request(RULE, errors, "U2"),
    ]);
    expect(first.kind).toBe("started");
    expect(second).toMatchObject({ kind: "running", job: { id: first.job.id } });
    const third = await jobs.request(RULE, errors, "U3");
    expect(third).toMatchObject({ kind: "running", job: { id: first.job.id } });
    expect(jobs.running()).toBe(true);
    await jobs.idle();
    expect(jobs.running()).toBe(false);
    expect(hubspot.calls("batch/update")).toHaveLength(3);
    // Once it has ended, the type may be resynced again.
    expect((await jobs.request(RULE, errors, "U1")).kind).toBe("started");
    await jobs.idle();
  });

  it("gives a concurrent request the first one's refusal, and then forgets it", async () => {
    const jobs = registry();
    const errors = await store.openErrorsOf(RULE.id);
    const outcomes = await Promise.allSettled([
      jobs.request(RULE, errors, "U1"),
      jobs.request(RULE, errors, "U2"),
    ]);
    for (const outcome of outcomes) {
      expect(outcome.status).toBe("rejected");
      expect((outcome as PromiseRejectedResult).reason).toBeInstanceOf(ResyncRefusedError);
    }
    expect(jobs.running()).toBe(false);
    await createProperty();
    expect((await jobs.request(RULE, errors, "U1")).kind).toBe("started");
    await jobs.idle();
  });

  it("reports progress to watchers after each batch", async () => {
    await createProperty();
    const jobs = registry();
    const seen: ResyncJob["counts"][] = [];
    const request = await jobs.request(RULE, await store.openErrorsOf(RULE.id), "U1");
    jobs.watch(request.job.id, (job) => {
      seen.push(job.counts);
    });
    await request.done;
    expect(seen.map((c) => c.accepted)).toEqual([100, 200, 250]);
  });

  it("resumes the jobs a stopped process left running, and shows them to requests meanwhile", async () => {
    await createProperty();
    const jobs = registry();
    // A job started, but not run, is what a process killed right after the start leaves.
    const { job: left } = await beginResync(
      RULE,
      await store.openErrorsOf(RULE.id),
      "U1",
      jobs.deps,
    );
    const resumed = await jobs.resumeUnfinished();
    expect(await jobs.request(RULE, [], "U2")).toMatchObject({
      kind: "running",
      job: { id: left.id },
    });
    const [job] = await Promise.all(resumed.map((r) => r.done));
    expect(job).toMatchObject({ id: left.id, status: "done", counts: { accepted: 250 } });
    expect((await store.auditLog(10)).map((a) => [a.action, a.who])).toEqual([
      ["resync.finish", "syncerror"],
      ["resync.resume", "syncerror"],
      ["resync.start", "U1"],
    ]);
    expect(jobs.running()).toBe(false);
  });
});

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openStore } from "./sqlite-store.js";
import type { ResyncRecordPlan, Store } from "./types.js";

let dir: string;
let store: Store;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "syncerror-resync-store-"));
  store = await openStore({ path: join(dir, "db.sqlite") });
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const plan = (batch: number, id: string, skipped?: string): ResyncRecordPlan => ({
  batch,
  system: "hubspot",
  object: "contacts",
  recordId: skipped ? "" : id,
  fingerprint: `contact|hs:${id}|invalid-email`,
  ...(skipped ? { skipped } : {}),
});
const request = (
  records = [
    plan(0, "1"),
    plan(0, "2"),
    plan(1, "3"),
    plan(1, "4", "cannot resync: no HubSpot id"),
  ],
) =>
  store.startResyncJob({
    ruleId: "invalid-email",
    requestedBy: "U1",
    requestedAt: new Date("2026-11-30T09:00:00Z"),
    triggerAt: new Date("2026-11-30T09:00:00Z"),
    records,
  });
/** The job started, or null when one of the type was already running. */
const start = async (records?: ResyncRecordPlan[]) => {
  const { job, started } = await request(records);
  return started ? job : null;
};

describe("resync jobs in the store", () => {
  it("starts a job with its records, skipped ones settled from the start", async () => {
    const job = await start();
    expect(job).toMatchObject({
      ruleId: "invalid-email",
      status: "running",
      counts: { total: 4, pending: 3, skipped: 1 },
    });
  });

  it("runs one job per error type at a time", async () => {
    const first = await start();
    expect(await start()).toBeNull();
    expect((await store.runningJob("invalid-email"))?.id).toBe(first?.id);
    // The refusal hands back the running job, in the same transaction as the look for it.
    const again = await request();
    expect(again.started).toBe(false);
    expect(again.job.id).toBe(first?.id);
    expect(again.job.counts.total).toBe(4);
  });

  it("hands out the pending records batch by batch, and settles each record once", async () => {
    const job = await start();
    if (!job) throw new Error("no job");
    expect((await store.nextPendingBatch(job.id)).map((r) => r.recordId)).toEqual(["1", "2"]);
    await store.recordOutcomes(job.id, [
      { fingerprint: plan(0, "1").fingerprint, ok: true },
      {
        fingerprint: plan(0, "2").fingerprint,
        ok: false,
        code: "OBJECT_NOT_FOUND",
        message: "gone",
      },
    ]);
    // A late duplicate outcome changes nothing: the record is no longer pending.
    await store.recordOutcomes(job.id, [
      { fingerprint: plan(0, "1").fingerprint, ok: false, code: "X", message: "late" },
    ]);
    expect((await store.nextPendingBatch(job.id)).map((r) => r.recordId)).toEqual(["3"]);
    await store.recordOutcomes(job.id, [{ fingerprint: plan(1, "3").fingerprint, ok: true }]);
    expect(await store.nextPendingBatch(job.id)).toEqual([]);
    const done = await store.finishJob(job.id, "done", new Date("2026-11-30T09:01:00Z"));
    expect(done.counts).toEqual({ total: 4, pending: 0, accepted: 2, failed: 1, skipped: 1 });
    expect(await store.runningJob("invalid-email")).toBeNull();
    expect((await store.jobRecords(job.id)).find((r) => r.recordId === "2")).toMatchObject({
      status: "failed",
      code: "OBJECT_NOT_FOUND",
    });
  });

  it("keeps a job across a restart: settled records stay settled, the rest stay pending", async () => {
    const job = await start();
    if (!job) throw new Error("no job");
    await store.recordOutcomes(job.id, [{ fingerprint: plan(0, "1").fingerprint, ok: true }]);
    await store.close();
    store = await openStore({ path: join(dir, "db.sqlite") });
    const [unfinished] = await store.unfinishedJobs();
    expect(unfinished).toMatchObject({ id: job.id, counts: { accepted: 1, pending: 2 } });
    expect((await store.nextPendingBatch(job.id)).map((r) => r.recordId)).toEqual(["2"]);
  });

  it("finds the records a job sent and had accepted since a time, with the job, who and when", async () => {
    const job = await start();
    if (!job) throw new Error("no job");
    await store.recordOutcomes(
      job.id,
      [
        { fingerprint: plan(0, "1").fingerprint, ok: true },
        { fingerprint: plan(0, "2").fingerprint, ok: false, code: "X", message: "refused" },
      ],
      new Date("2026-11-30T09:00:30Z"),
    );
    await store.recordOutcomes(
      job.id,
      [{ fingerprint: plan(1, "3").fingerprint, ok: true }],
      new Date("2026-11-30T09:00:50Z"),
    );
    await store.finishJob(job.id, "done", new Date("2026-11-30T09:01:00Z"));
    const asked = ["1", "2", "3", "4"].map((recordId) => ({
      system: "hubspot" as const,
      recordId,
    }));
    // Failed and skipped records were not synced: only accepted ones count.
    expect(await store.recentlyResynced(asked, new Date("2026-11-30T09:00:00Z"))).toEqual([
      {
        system: "hubspot",
        recordId: "1",
        jobId: job.id,
        requestedBy: "U1",
        sentAt: new Date("2026-11-30T09:00:30Z"),
      },
      {
        system: "hubspot",
        recordId: "3",
        jobId: job.id,
        requestedBy: "U1",
        sentAt: new Date("2026-11-30T09:00:50Z"),
      },
    ]);
    // Sent before the time, or the same id in the other system: not recent.
    expect(
      (await store.recentlyResynced(asked, new Date("2026-11-30T09:00:40Z"))).map(
        (r) => r.recordId,
      ),
    ).toEqual(["3"]);
    expect(
      await store.recentlyResynced([{ system: "salesforce", recordId: "1" }], new Date(0)),
    ).toEqual([]);
  });

  it("keeps an audit log, newest first", async () => {
    const entry = (action: string, at: string) => ({
      at: new Date(at),
      who: "U1",
      action,
      ruleId: "invalid-email",
      jobId: null,
      count: 3,
      outcome: "ok",
      detail: null,
    });
    await store.audit(entry("resync.start", "2026-11-30T09:00:00Z"));
    await store.audit(entry("resync.finish", "2026-11-30T09:01:00Z"));
    expect((await store.auditLog(10)).map((e) => e.action)).toEqual([
      "resync.finish",
      "resync.start",
    ]);
  });
});

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openStore } from "./sqlite-store.js";
import type { ResyncRecordPlan, Store } from "./types.js";

let dir: string;
let store: Store;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "syncerror-resync-store-"));
  store = openStore({ path: join(dir, "db.sqlite") });
});
afterEach(() => {
  store.close();
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
const start = (
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

describe("resync jobs in the store", () => {
  it("starts a job with its records, skipped ones settled from the start", () => {
    const job = start();
    expect(job).toMatchObject({
      ruleId: "invalid-email",
      status: "running",
      counts: { total: 4, pending: 3, skipped: 1 },
    });
  });

  it("runs one job per error type at a time", () => {
    const first = start();
    expect(start()).toBeNull();
    expect(store.runningJob("invalid-email")?.id).toBe(first?.id);
  });

  it("hands out the pending records batch by batch, and settles each record once", () => {
    const job = start();
    if (!job) throw new Error("no job");
    expect(store.nextPendingBatch(job.id).map((r) => r.recordId)).toEqual(["1", "2"]);
    store.recordOutcomes(job.id, [
      { fingerprint: plan(0, "1").fingerprint, ok: true },
      {
        fingerprint: plan(0, "2").fingerprint,
        ok: false,
        code: "OBJECT_NOT_FOUND",
        message: "gone",
      },
    ]);
    // A late duplicate outcome changes nothing: the record is no longer pending.
    store.recordOutcomes(job.id, [
      { fingerprint: plan(0, "1").fingerprint, ok: false, code: "X", message: "late" },
    ]);
    expect(store.nextPendingBatch(job.id).map((r) => r.recordId)).toEqual(["3"]);
    store.recordOutcomes(job.id, [{ fingerprint: plan(1, "3").fingerprint, ok: true }]);
    expect(store.nextPendingBatch(job.id)).toEqual([]);
    const done = store.finishJob(job.id, "done", new Date("2026-11-30T09:01:00Z"));
    expect(done.counts).toEqual({ total: 4, pending: 0, accepted: 2, failed: 1, skipped: 1 });
    expect(store.runningJob("invalid-email")).toBeNull();
    expect(store.jobRecords(job.id).find((r) => r.recordId === "2")).toMatchObject({
      status: "failed",
      code: "OBJECT_NOT_FOUND",
    });
  });

  it("keeps a job across a restart: settled records stay settled, the rest stay pending", () => {
    const job = start();
    if (!job) throw new Error("no job");
    store.recordOutcomes(job.id, [{ fingerprint: plan(0, "1").fingerprint, ok: true }]);
    store.close();
    store = openStore({ path: join(dir, "db.sqlite") });
    const [unfinished] = store.unfinishedJobs();
    expect(unfinished).toMatchObject({ id: job.id, counts: { accepted: 1, pending: 2 } });
    expect(store.nextPendingBatch(job.id).map((r) => r.recordId)).toEqual(["2"]);
  });

  it("finds the records a job sent and had accepted since a time, with the job, who and when", () => {
    const job = start();
    if (!job) throw new Error("no job");
    store.recordOutcomes(
      job.id,
      [
        { fingerprint: plan(0, "1").fingerprint, ok: true },
        { fingerprint: plan(0, "2").fingerprint, ok: false, code: "X", message: "refused" },
      ],
      new Date("2026-11-30T09:00:30Z"),
    );
    store.recordOutcomes(
      job.id,
      [{ fingerprint: plan(1, "3").fingerprint, ok: true }],
      new Date("2026-11-30T09:00:50Z"),
    );
    store.finishJob(job.id, "done", new Date("2026-11-30T09:01:00Z"));
    const asked = ["1", "2", "3", "4"].map((recordId) => ({
      system: "hubspot" as const,
      recordId,
    }));
    // Failed and skipped records were not synced: only accepted ones count.
    expect(store.recentlyResynced(asked, new Date("2026-11-30T09:00:00Z"))).toEqual([
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
      store.recentlyResynced(asked, new Date("2026-11-30T09:00:40Z")).map((r) => r.recordId),
    ).toEqual(["3"]);
    expect(store.recentlyResynced([{ system: "salesforce", recordId: "1" }], new Date(0))).toEqual(
      [],
    );
  });

  it("keeps an audit log, newest first", () => {
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
    store.audit(entry("resync.start", "2026-11-30T09:00:00Z"));
    store.audit(entry("resync.finish", "2026-11-30T09:01:00Z"));
    expect(store.auditLog(10).map((e) => e.action)).toEqual(["resync.finish", "resync.start"]);
  });
});

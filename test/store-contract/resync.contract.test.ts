/**
 * The resync part of the store's contract, run against SQLite and PostgreSQL: jobs, their records
 * and outcomes, leases for two replicas, resync offers, target groups and the audit log must
 * behave the same whichever database holds them. Two handles on one database stand for two
 * processes (SQLite: one file opened twice) or two replicas.
 */
import { describe, expect, it } from "vitest";
import { StoreError } from "../../src/store/store-error.js";
import type {
  AuditEntry,
  ObservedError,
  ResyncOffer,
  ResyncRecordPlan,
} from "../../src/store/types.js";
import { BACKENDS, type ContractStore, storeHandles } from "./backends.js";

const T0 = Date.parse("2026-11-30T09:00:00Z");
const SECOND = 1000;
const at = (seconds: number) => new Date(T0 + seconds * SECOND);
const RULE = "invalid-email";

const plan = (batch: number, id: string, skipped?: string): ResyncRecordPlan => ({
  batch,
  system: "hubspot",
  object: "contacts",
  recordId: skipped ? "" : id,
  fingerprint: `contact|hs:${id}|${RULE}`,
  ...(skipped ? { skipped } : {}),
});
const fp = (id: string) => plan(0, id).fingerprint;

// Listed out of order: reads come back by batch, then fingerprint (bytewise).
const RECORDS = [
  plan(0, "2"),
  plan(0, "1"),
  plan(1, "3"),
  plan(1, "4", "cannot resync: no HubSpot id"),
];

const start = (
  store: ContractStore,
  records: readonly ResyncRecordPlan[] = RECORDS,
  ruleId = RULE,
  requestedBy = "U1",
) =>
  store.startResyncJob({
    ruleId,
    requestedBy,
    requestedAt: at(0),
    triggerAt: at(0),
    records,
  });

/** A job started on a fresh type, or a failure. */
async function started(
  store: ContractStore,
  records?: readonly ResyncRecordPlan[],
  ruleId?: string,
) {
  const result = await start(store, records, ruleId);
  expect(result.started).toBe(true);
  return result.job;
}

function observed(
  objectType: ObservedError["objectType"],
  hubspotId: string | null,
  salesforceId: string | null,
  ruleId: string,
): ObservedError {
  return {
    ruleId,
    category: "property-values",
    direction: "hubspot-to-salesforce",
    objectType,
    hubspotId,
    salesforceId,
    recordName: `Record ${hubspotId ?? salesforceId}`,
    message: `${ruleId} on ${objectType} ${hubspotId ?? salesforceId}`,
    statusCode: "400",
    occurredAt: null,
  };
}

async function importRows(store: ContractStore, rows: readonly ObservedError[]) {
  const tx = await store.beginImport({
    fileName: "export.csv",
    contentHash: "hash",
    importedBy: "U1",
    importedAt: at(-3600),
  });
  for (const row of rows) await tx.add(row);
  return await tx.commit({
    rowsRead: rows.length,
    rejected: 0,
    objectTypes: ["contact", "company", "deal"],
    columns: {},
  });
}

const offer = (key: string, more: Partial<ResyncOffer> = {}): ResyncOffer => ({
  key,
  ruleId: RULE,
  asOf: at(0),
  count: 3,
  createdAt: at(0),
  expiresAt: at(600),
  force: false,
  fromJob: null,
  recent: "ask",
  ...more,
});

describe.each(BACKENDS)("resync contract: %s", (backend, suite) => {
  suite(`resync contract (${backend})`, (fresh) => {
    const { freshStore, open } = storeHandles(fresh);

    describe("jobs", () => {
      it("start with their records, skipped ones settled from the start, one running per type", async () => {
        const store = await freshStore();
        const job = await started(store);
        expect(job).toEqual({
          id: job.id,
          ruleId: RULE,
          requestedBy: "U1",
          requestedAt: at(0),
          triggerAt: at(0),
          status: "running",
          finishedAt: null,
          detail: null,
          counts: { total: 4, pending: 3, accepted: 0, failed: 0, skipped: 1 },
          progressMessage: null,
        });
        expect(await store.jobRecords(job.id)).toEqual([
          { ...plan(0, "1"), status: "pending", code: null, message: null },
          { ...plan(0, "2"), status: "pending", code: null, message: null },
          { ...plan(1, "3"), status: "pending", code: null, message: null },
          {
            ...plan(1, "4", "cannot resync: no HubSpot id"),
            status: "skipped",
            code: null,
            message: "cannot resync: no HubSpot id",
          },
        ]);
        // A second start finds the running job and writes nothing.
        const again = await start(store, [plan(0, "9")], RULE, "U2");
        expect(again).toEqual({ job, started: false });
        expect((await store.runningJob(RULE))?.id).toBe(job.id);
        expect(await store.runningJob("other-type")).toBeNull();
        // Another type runs beside it.
        const other = await started(store, [plan(0, "5")], "other-type");
        expect(other.id).not.toBe(job.id);
        expect((await store.unfinishedJobs()).map((j) => j.id)).toEqual([job.id, other.id]);
        expect(await store.job(other.id + 100)).toBeNull();
      });

      it("keep a fingerprint planned twice once, with its first plan", async () => {
        const store = await freshStore();
        const job = await started(store, [plan(0, "1"), { ...plan(3, "1"), object: "other" }]);
        expect(await store.jobRecords(job.id)).toEqual([
          { ...plan(0, "1"), status: "pending", code: null, message: null },
        ]);
      });

      it("start once when two processes start the same type at the same moment", async () => {
        const [one, two] = [await freshStore(), await open()];
        const results = await Promise.all(
          [one, two, one, two, one, two].map((store, i) => start(store, RECORDS, RULE, `U${i}`)),
        );
        expect(results.filter((r) => r.started).length).toBe(1);
        const ids = new Set(results.map((r) => r.job.id));
        expect(ids.size).toBe(1);
        const [job] = await two.unfinishedJobs();
        expect(job?.counts.total).toBe(4);
        // Once it finished, the next start starts a new job.
        await one.finishJob(job?.id ?? 0, "done", at(60));
        const next = await start(two);
        expect(next.started).toBe(true);
        expect(next.job.id).not.toBe(job?.id);
      });

      it("are not started while this process imports", async () => {
        const store = await freshStore();
        const tx = await store.beginImport({
          fileName: "export.csv",
          contentHash: "hash",
          importedBy: "U1",
          importedAt: at(0),
        });
        await expect(start(store)).rejects.toBeInstanceOf(StoreError);
        await tx.rollback();
        expect((await start(store)).started).toBe(true);
      });

      it("hand out pending records batch by batch and settle each record once", async () => {
        const store = await freshStore();
        const job = await started(store, [...RECORDS, plan(2, "5"), plan(2, "6")]);
        expect(await store.jobBatches(job.id)).toEqual({ total: 3, settled: 0 });
        expect((await store.nextPendingBatch(job.id)).map((r) => r.recordId)).toEqual(["1", "2"]);
        await store.recordOutcomes(
          job.id,
          [
            { fingerprint: fp("2"), ok: false, code: "OBJECT_NOT_FOUND", message: "gone" },
            { fingerprint: fp("1"), ok: true },
            // Listed twice in one call: the first outcome stands.
            { fingerprint: fp("1"), ok: false, code: "X", message: "second" },
          ],
          at(10),
        );
        // A late outcome changes nothing: the record is no longer pending.
        await store.recordOutcomes(job.id, [
          { fingerprint: fp("1"), ok: false, code: "X", message: "late" },
        ]);
        expect(await store.jobBatches(job.id)).toEqual({ total: 3, settled: 1 });
        expect(await store.nextPendingBatch(job.id)).toEqual([
          { ...plan(1, "3"), status: "pending", code: null, message: null },
        ]);
        // Held back by the preflight: skipped, with why; an accepted one's code is dropped.
        await store.recordOutcomes(job.id, [
          { fingerprint: fp("3"), ok: false, heldBack: "would fail again" },
        ]);
        expect((await store.nextPendingBatch(job.id)).map((r) => r.recordId)).toEqual(["5", "6"]);
        await store.recordOutcomes(job.id, [
          { fingerprint: fp("5"), ok: true, code: "ignored", message: "ignored" },
          { fingerprint: fp("6"), ok: false },
          { fingerprint: "unknown", ok: true },
        ]);
        await store.recordOutcomes(job.id, []);
        expect(await store.nextPendingBatch(job.id)).toEqual([]);
        // Batch 1 ended all skipped (held back, or without an id): it sends nothing, counts as none.
        expect(await store.jobBatches(job.id)).toEqual({ total: 2, settled: 2 });
        expect((await store.job(job.id))?.counts).toEqual({
          total: 6,
          pending: 0,
          accepted: 2,
          failed: 2,
          skipped: 2,
        });
        const records = await store.jobRecords(job.id);
        expect(records.map((r) => [r.recordId, r.status, r.code, r.message])).toEqual([
          ["1", "accepted", null, null],
          ["2", "failed", "OBJECT_NOT_FOUND", "gone"],
          ["3", "skipped", null, "would fail again"],
          ["", "skipped", null, "cannot resync: no HubSpot id"],
          ["5", "accepted", null, null],
          ["6", "failed", null, null],
        ]);
        expect(records[2]?.skipped).toBe("would fail again");
        const done = await store.finishJob(job.id, "failed", at(60), "HubSpot refused the token");
        expect(done).toMatchObject({
          status: "failed",
          finishedAt: at(60),
          detail: "HubSpot refused the token",
        });
        expect(await store.runningJob(RULE)).toBeNull();
        expect(await store.unfinishedJobs()).toEqual([]);
        expect(
          (await store.finishJob((await started(store)).id, "done", at(90))).detail,
        ).toBeNull();
      });

      it("count a job of skipped records only as no batches, and remember its progress message", async () => {
        const [one, two] = [await freshStore(), await open()];
        const job = await started(one, [plan(0, "1", "no id")]);
        expect(await one.jobBatches(job.id)).toEqual({ total: 0, settled: 0 });
        await one.setProgressMessage(job.id, { channel: "C1", ts: "1700000000.000100" });
        // Another process reads it: a job resumed elsewhere keeps updating the same message.
        expect((await two.job(job.id))?.progressMessage).toEqual({
          channel: "C1",
          ts: "1700000000.000100",
        });
        const [unfinished] = await two.unfinishedJobs();
        expect(unfinished?.progressMessage?.channel).toBe("C1");
      });
    });

    describe("recently resynced records", () => {
      it("are those accepted at or after a time, each with its latest job, who and when", async () => {
        const store = await freshStore();
        const first = await started(store);
        await store.recordOutcomes(
          first.id,
          [
            { fingerprint: fp("1"), ok: true },
            { fingerprint: fp("2"), ok: false, code: "X", message: "refused" },
          ],
          at(30),
        );
        await store.recordOutcomes(first.id, [{ fingerprint: fp("3"), ok: true }], at(50));
        await store.finishJob(first.id, "done", at(60));
        const asked = ["1", "2", "3", "4", "", "1"].map((recordId) => ({
          system: "hubspot" as const,
          recordId,
        }));
        // Failed and skipped records were not synced; an id asked twice is answered once.
        expect(await store.recentlyResynced(asked, at(0))).toEqual([
          { system: "hubspot", recordId: "1", jobId: first.id, requestedBy: "U1", sentAt: at(30) },
          { system: "hubspot", recordId: "3", jobId: first.id, requestedBy: "U1", sentAt: at(50) },
        ]);
        expect((await store.recentlyResynced(asked, at(40))).map((r) => r.recordId)).toEqual(["3"]);
        expect(
          await store.recentlyResynced([{ system: "salesforce", recordId: "1" }], at(0)),
        ).toEqual([]);
        expect(await store.recentlyResynced([], at(0))).toEqual([]);
        // A later job sends record 3 again, with no send time: its job's finish stands for it.
        const second = (await start(store, [plan(0, "3")], RULE, "U2")).job;
        await store.recordOutcomes(second.id, [{ fingerprint: fp("3"), ok: true }]);
        await store.finishJob(second.id, "done", at(120));
        expect(
          await store.recentlyResynced(
            [
              { system: "hubspot", recordId: "3" },
              { system: "hubspot", recordId: "1" },
            ],
            at(0),
          ),
        ).toEqual([
          {
            system: "hubspot",
            recordId: "3",
            jobId: second.id,
            requestedBy: "U2",
            sentAt: at(120),
          },
          { system: "hubspot", recordId: "1", jobId: first.id, requestedBy: "U1", sentAt: at(30) },
        ]);
      });
    });

    describe("leases", () => {
      it("go to one replica at a time: claim, renew by the owner only, release", async () => {
        const [a, b] = [await freshStore(), await open()];
        const job = await started(a);
        expect(await a.claimJob(job.id, "replica-a", at(0), at(30))).toBe(true);
        // Held and live: the other replica cannot take it or renew it.
        expect(await b.claimJob(job.id, "replica-b", at(10), at(40))).toBe(false);
        expect(await b.renewLease(job.id, "replica-b", at(40))).toBe(false);
        // The owner claims again (after a restart with its id) or renews.
        expect(await a.claimJob(job.id, "replica-a", at(10), at(40))).toBe(true);
        expect(await a.renewLease(job.id, "replica-a", at(60))).toBe(true);
        // Renewed to 60: at 50 it is still held.
        expect(await b.claimJob(job.id, "replica-b", at(50), at(80))).toBe(false);
        // Released by its owner only; then any replica takes it at once.
        expect(await b.releaseJob(job.id, "replica-b")).toBe(false);
        expect(await a.releaseJob(job.id, "replica-a")).toBe(true);
        expect(await a.releaseJob(job.id, "replica-a")).toBe(false);
        expect(await a.renewLease(job.id, "replica-a", at(90))).toBe(false);
        expect(await b.claimJob(job.id, "replica-b", at(51), at(81))).toBe(true);
        expect(await a.claimJob(job.id, "replica-a", at(52), at(82))).toBe(false);
        // Unknown jobs are nobody's.
        expect(await a.claimJob(job.id + 100, "replica-a", at(0), at(30))).toBe(false);
      });

      it("expire: another replica takes over, and the former owner can no longer renew", async () => {
        const [a, b] = [await freshStore(), await open()];
        const job = await started(a);
        expect(await a.claimJob(job.id, "replica-a", at(0), at(30))).toBe(true);
        expect(await b.claimJob(job.id, "replica-b", at(29), at(59))).toBe(false);
        // At its end the lease has run out.
        expect(await b.claimJob(job.id, "replica-b", at(30), at(60))).toBe(true);
        expect(await a.renewLease(job.id, "replica-a", at(90))).toBe(false);
        expect(await a.releaseJob(job.id, "replica-a")).toBe(false);
        expect(await b.renewLease(job.id, "replica-b", at(90))).toBe(true);
        // Leases do not change what a job is: it is still unfinished, for either replica to see.
        expect((await a.unfinishedJobs()).map((j) => j.id)).toEqual([job.id]);
      });

      it("are written with the job when a replica starts it, so no other replica finds it unowned", async () => {
        const [a, b] = [await freshStore(), await open()];
        const { job, started: began } = await a.startResyncJob({
          ruleId: RULE,
          requestedBy: "U1",
          requestedAt: at(0),
          triggerAt: at(0),
          records: RECORDS,
          lease: { owner: "replica-a", until: at(30) },
        });
        expect(began).toBe(true);
        // Another replica's look for abandoned jobs, a moment after the start: not its to take.
        expect(await b.claimJob(job.id, "replica-b", at(1), at(31))).toBe(false);
        expect(await a.renewLease(job.id, "replica-a", at(40))).toBe(true);
        expect(await a.claimJob(job.id, "replica-a", at(2), at(40))).toBe(true);
        // A second start of the type (the other replica's click) gets the job and its lease as is.
        const second = await b.startResyncJob({
          ruleId: RULE,
          requestedBy: "U2",
          requestedAt: at(3),
          triggerAt: at(3),
          records: RECORDS,
          lease: { owner: "replica-b", until: at(33) },
        });
        expect(second).toMatchObject({ started: false, job: { id: job.id } });
        expect(await b.claimJob(job.id, "replica-b", at(39), at(69))).toBe(false);
        expect(await b.claimJob(job.id, "replica-b", at(40), at(70))).toBe(true);
      });

      it("say who holds them, and are taken at once from an owner the caller knows to be gone", async () => {
        const [a, b] = [await freshStore(), await open()];
        const job = await started(a);
        expect(await a.leaseOf(job.id)).toBeNull();
        expect(await a.claimJob(job.id, "host:7:aaa", at(0), at(30))).toBe(true);
        expect(await b.leaseOf(job.id)).toEqual({ owner: "host:7:aaa", until: at(30) });
        // Naming another owner as gone takes nothing from this one.
        expect(await b.claimJob(job.id, "host:9:bbb", at(1), at(31), "host:8:ccc")).toBe(false);
        expect(await b.claimJob(job.id, "host:9:bbb", at(1), at(31), "host:7:aaa")).toBe(true);
        expect(await a.renewLease(job.id, "host:7:aaa", at(60))).toBe(false);
        expect(await a.leaseOf(job.id)).toEqual({ owner: "host:9:bbb", until: at(31) });
        await b.finishJob(job.id, "done", at(40));
        expect(await a.leaseOf(job.id)).toBeNull();
      });

      it("go to one of two replicas claiming at the same moment, and only while the job runs", async () => {
        const [a, b] = [await freshStore(), await open()];
        const job = await started(a);
        const claims = await Promise.all(
          [a, b, a, b].map((store, i) => store.claimJob(job.id, `replica-${i}`, at(0), at(30))),
        );
        expect(claims.filter(Boolean).length).toBe(1);
        const owner = `replica-${claims.indexOf(true)}`;
        await a.finishJob(job.id, "done", at(20));
        // A finished job is nobody's to send: not claimed, not renewed.
        expect(await b.claimJob(job.id, "replica-x", at(60), at(90))).toBe(false);
        expect(await b.renewLease(job.id, owner, at(90))).toBe(false);
        expect(await b.releaseJob(job.id, owner)).toBe(true);
      });
    });

    describe("resync offers", () => {
      it("are kept until they expire, replaced by key, and the expired ones forgotten", async () => {
        const [one, two] = [await freshStore(), await open()];
        const job = await started(one);
        const forced = offer("k-forced", {
          force: true,
          fromJob: job.id,
          recent: "send",
          count: 1,
        });
        await one.saveResyncOffer(offer("k-plain"));
        await one.saveResyncOffer(forced);
        expect(await two.resyncOffer("k-forced", at(10))).toEqual(forced);
        expect(await two.resyncOffer("k-plain", at(599))).toEqual(offer("k-plain"));
        expect(await two.resyncOffer("k-plain", at(600))).toBeNull();
        expect(await two.resyncOffer("unknown", at(0))).toBeNull();
        // The same key again replaces the offer.
        const replaced = offer("k-plain", { count: 7, recent: "skip", expiresAt: at(700) });
        await two.saveResyncOffer(replaced);
        expect(await one.resyncOffer("k-plain", at(650))).toEqual(replaced);
        // Saving at 600 forgets the offers expired by then, even for a reader still at 10.
        await one.saveResyncOffer(offer("k-late", { createdAt: at(600), expiresAt: at(1200) }));
        expect(await one.resyncOffer("k-forced", at(10))).toBeNull();
        expect(await one.resyncOffer("k-plain", at(10))).toEqual(replaced);
        expect((await one.resyncOffer("k-late", at(700)))?.expiresAt).toEqual(at(1200));
      });
    });

    describe("open errors for resyncs", () => {
      it("are listed by type in the order they opened, and grouped by target", async () => {
        const store = await freshStore();
        expect(await store.openTargetGroups()).toEqual([]);
        const rows = [
          observed("contact", "1", "003AAA", "r-b"),
          observed("contact", "2", null, "r-b"),
          observed("contact", "3", "00QBBB", "r-b"),
          observed("contact", null, "003CCC", "r-b"),
          observed("company", "4", "", "r-b"),
          observed("deal", "5", null, "r-a"),
          observed("contact", "6", "003DDD", "r-b"),
        ];
        await importRows(store, rows);
        const open = await store.openErrorsOf("r-b");
        expect(open.map((e) => e.hubspotId)).toEqual(["1", "2", "3", null, "4", "6"]);
        expect(open[0]).toEqual({
          ...rows[0],
          fingerprint: expect.any(String),
          occurredAt: at(-3600),
        });
        expect(await store.openErrorsOf("unknown")).toEqual([]);
        const group = (
          ruleId: string,
          objectType: ObservedError["objectType"],
          hasHubspotId: boolean,
          salesforcePrefix: string | null,
          count: number,
        ) => ({ ruleId, objectType, hasHubspotId, salesforcePrefix, count });
        const rB = [
          group("r-b", "company", true, null, 1),
          group("r-b", "contact", false, "003", 1),
          group("r-b", "contact", true, null, 1),
          group("r-b", "contact", true, "003", 2),
          group("r-b", "contact", true, "00Q", 1),
        ];
        const rA = [group("r-a", "deal", true, null, 1)];
        expect(await store.openTargetGroups()).toEqual([...rA, ...rB]);
        // Of given types, in the order asked; an unknown type has none.
        expect(await store.openTargetGroups(["r-b", "unknown", "r-a"])).toEqual([...rB, ...rA]);
        expect(await store.openTargetGroups([])).toEqual([]);
      });
    });

    describe("audit log", () => {
      it("keeps every entry, newest first, as many as asked", async () => {
        const [one, two] = [await freshStore(), await open()];
        const entry = (action: string, seconds: number, more: Partial<AuditEntry> = {}) => ({
          at: at(seconds),
          who: "U1",
          action,
          ruleId: RULE,
          jobId: null,
          count: 3,
          outcome: "ok",
          detail: null,
          ...more,
        });
        const entries = [
          entry("resync.start", 0, { jobId: 7 }),
          entry("resync.finish", 60, { jobId: 7, outcome: "failed", detail: "token" }),
          entry("import.missing", 30, { who: "cli", ruleId: null, count: null }),
        ];
        for (const [i, e] of entries.entries()) await (i % 2 ? two : one).audit(e);
        expect(await one.auditLog(10)).toEqual([...entries].reverse());
        expect((await two.auditLog(2)).map((e) => e.action)).toEqual([
          "import.missing",
          "resync.finish",
        ]);
        expect(await two.auditLog(0)).toEqual([]);
      });
    });
  });
});

import type Database from "better-sqlite3";
import type { CategoryId, Direction, SyncObject } from "../rules/types.js";
import type {
  AuditEntry,
  ObservedErrorWithFingerprint,
  RecentResync,
  ResyncJob,
  ResyncRecordPlan,
  ResyncRecordState,
  ResyncStore,
} from "./types.js";

type Db = Database.Database;

interface JobRow {
  id: number;
  rule_id: string;
  requested_by: string;
  requested_at: number;
  trigger_at: number;
  status: ResyncJob["status"];
  finished_at: number | null;
  detail: string | null;
  progress_channel: string | null;
  progress_ts: string | null;
}

interface RecordRow {
  batch: number;
  system: ResyncRecordPlan["system"];
  object: string;
  record_id: string;
  fingerprint: string;
  status: ResyncRecordState["status"];
  code: string | null;
  message: string | null;
}

function toRecord(row: RecordRow): ResyncRecordState {
  return {
    batch: row.batch,
    system: row.system,
    object: row.object,
    recordId: row.record_id,
    fingerprint: row.fingerprint,
    status: row.status,
    code: row.code,
    message: row.message,
    ...(row.status === "skipped" && row.message ? { skipped: row.message } : {}),
  };
}

/**
 * Resync jobs, their records and the audit log. Every state change is one transaction, so a process
 * killed at any moment leaves each record pending (it will be sent, again if it was in flight) or
 * settled (it will not be).
 */
export class SqliteResync {
  private readonly statements;

  constructor(private readonly writer: Db) {
    this.statements = {
      openErrors: writer.prepare(`
        SELECT fingerprint, rule_id, category, direction, object_type, hubspot_id, salesforce_id, record_name, message,
          status_code, opened_at FROM sync_errors WHERE rule_id = ? AND resolved_at IS NULL ORDER BY id`),
      insertJob: writer.prepare(
        "INSERT INTO resync_jobs (rule_id, requested_by, requested_at, trigger_at, status, lease_owner, lease_until) VALUES (?, ?, ?, ?, 'running', ?, ?)",
      ),
      insertRecord: writer.prepare(
        "INSERT OR IGNORE INTO resync_records (job_id, batch, system, object, record_id, fingerprint, status, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      ),
      jobById: writer.prepare("SELECT * FROM resync_jobs WHERE id = ?"),
      running: writer.prepare("SELECT * FROM resync_jobs WHERE rule_id = ? AND status = 'running'"),
      unfinished: writer.prepare("SELECT * FROM resync_jobs WHERE status = 'running' ORDER BY id"),
      counts: writer.prepare(
        "SELECT status, count(*) AS n FROM resync_records WHERE job_id = ? GROUP BY status",
      ),
      nextBatch: writer.prepare(
        "SELECT * FROM resync_records WHERE job_id = ? AND batch = (SELECT min(batch) FROM resync_records WHERE job_id = ? AND status = 'pending') AND status = 'pending'",
      ),
      outcome: writer.prepare(
        "UPDATE resync_records SET status = ?, code = ?, message = ?, sent_at = ? WHERE job_id = ? AND fingerprint = ? AND status = 'pending'",
      ),
      recent: writer.prepare(`
        SELECT r.job_id, j.requested_by, coalesce(r.sent_at, j.finished_at, j.trigger_at) AS sent_at
        FROM resync_records r JOIN resync_jobs j ON j.id = r.job_id
        WHERE r.record_id = ? AND r.system = ? AND r.status = 'accepted'
          AND coalesce(r.sent_at, j.finished_at, j.trigger_at) >= ?
        ORDER BY 3 DESC, r.job_id DESC LIMIT 1`),
      finish: writer.prepare(
        "UPDATE resync_jobs SET status = ?, finished_at = ?, detail = ? WHERE id = ?",
      ),
      records: writer.prepare(
        "SELECT * FROM resync_records WHERE job_id = ? ORDER BY batch, fingerprint",
      ),
      progressMessage: writer.prepare(
        "UPDATE resync_jobs SET progress_channel = ?, progress_ts = ? WHERE id = ?",
      ),
      batches: writer.prepare(`
        SELECT count(DISTINCT batch) AS total,
          count(DISTINCT batch) - count(DISTINCT CASE WHEN status = 'pending' THEN batch END) AS settled
        FROM resync_records WHERE job_id = ? AND status <> 'skipped'`),
      audit: writer.prepare(
        "INSERT INTO audit_log (at, who, action, rule_id, job_id, count, outcome, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      ),
      auditLog: writer.prepare("SELECT * FROM audit_log ORDER BY id DESC LIMIT ?"),
      claim: writer.prepare(`
        UPDATE resync_jobs SET lease_owner = @owner, lease_until = @until
        WHERE id = @id AND status = 'running'
          AND (lease_owner IS NULL OR lease_owner = @owner OR lease_until <= @now OR lease_owner = @takeFrom)`),
      leaseOf: writer.prepare(
        "SELECT lease_owner, lease_until FROM resync_jobs WHERE id = ? AND status = 'running' AND lease_owner IS NOT NULL",
      ),
      renew: writer.prepare(
        "UPDATE resync_jobs SET lease_until = ? WHERE id = ? AND status = 'running' AND lease_owner = ?",
      ),
      release: writer.prepare(
        "UPDATE resync_jobs SET lease_owner = NULL, lease_until = NULL WHERE id = ? AND lease_owner = ?",
      ),
    };
  }

  openErrorsOf(ruleId: string): ObservedErrorWithFingerprint[] {
    const rows = this.statements.openErrors.all(ruleId) as Array<{
      fingerprint: string;
      rule_id: string;
      category: CategoryId;
      direction: Direction;
      object_type: SyncObject;
      hubspot_id: string | null;
      salesforce_id: string | null;
      record_name: string | null;
      message: string;
      status_code: string | null;
      opened_at: number;
    }>;
    return rows.map((r) => ({
      fingerprint: r.fingerprint,
      ruleId: r.rule_id,
      category: r.category,
      direction: r.direction,
      objectType: r.object_type,
      hubspotId: r.hubspot_id,
      salesforceId: r.salesforce_id,
      recordName: r.record_name,
      message: r.message,
      statusCode: r.status_code,
      occurredAt: new Date(r.opened_at),
    }));
  }

  startResyncJob(input: Parameters<ResyncStore["startResyncJob"]>[0]): {
    job: ResyncJob;
    started: boolean;
  } {
    // IMMEDIATE: the write lock is taken before the look for a running job, so the look and the
    // insert are one step even against another process on the same file.
    const start = this.writer.transaction((): { id: number; started: boolean } => {
      const running = this.statements.running.get(input.ruleId) as JobRow | undefined;
      if (running) return { id: running.id, started: false };
      const id = Number(
        this.statements.insertJob.run(
          input.ruleId,
          input.requestedBy,
          input.requestedAt.getTime(),
          input.triggerAt.getTime(),
          input.lease?.owner ?? null,
          input.lease?.until.getTime() ?? null,
        ).lastInsertRowid,
      );
      for (const r of input.records) {
        this.statements.insertRecord.run(
          id,
          r.batch,
          r.system,
          r.object,
          r.recordId,
          r.fingerprint,
          r.skipped ? "skipped" : "pending",
          r.skipped ?? null,
        );
      }
      return { id, started: true };
    });
    const { id, started } = start.immediate();
    return { job: this.job(id) as ResyncJob, started };
  }

  runningJob(ruleId: string): ResyncJob | null {
    const row = this.statements.running.get(ruleId) as JobRow | undefined;
    return row ? this.toJob(row) : null;
  }

  unfinishedJobs(): ResyncJob[] {
    return (this.statements.unfinished.all() as JobRow[]).map((row) => this.toJob(row));
  }

  /** See ResyncStore.claimJob: one UPDATE, so of two processes on the file only one wins. */
  claimJob(jobId: number, owner: string, now: Date, until: Date, takeFrom?: string): boolean {
    return (
      this.statements.claim.run({
        id: jobId,
        owner,
        now: now.getTime(),
        until: until.getTime(),
        takeFrom: takeFrom ?? null,
      }).changes === 1
    );
  }

  leaseOf(jobId: number): { owner: string; until: Date } | null {
    const row = this.statements.leaseOf.get(jobId) as
      | { lease_owner: string; lease_until: number }
      | undefined;
    return row ? { owner: row.lease_owner, until: new Date(row.lease_until) } : null;
  }

  renewLease(jobId: number, owner: string, until: Date): boolean {
    return this.statements.renew.run(until.getTime(), jobId, owner).changes === 1;
  }

  releaseJob(jobId: number, owner: string): boolean {
    return this.statements.release.run(jobId, owner).changes === 1;
  }

  job(id: number): ResyncJob | null {
    const row = this.statements.jobById.get(id) as JobRow | undefined;
    return row ? this.toJob(row) : null;
  }

  nextPendingBatch(jobId: number): ResyncRecordState[] {
    return (this.statements.nextBatch.all(jobId, jobId) as RecordRow[]).map(toRecord);
  }

  recordOutcomes(
    jobId: number,
    outcomes: Parameters<ResyncStore["recordOutcomes"]>[1],
    at?: Date,
  ): void {
    const sentAt = at?.getTime() ?? null;
    this.writer.transaction(() => {
      for (const o of outcomes) {
        if (o.heldBack !== undefined) {
          // Not sent: the preflight found the record would fail again.
          this.statements.outcome.run("skipped", null, o.heldBack, null, jobId, o.fingerprint);
          continue;
        }
        this.statements.outcome.run(
          o.ok ? "accepted" : "failed",
          o.ok ? null : (o.code ?? null),
          o.ok ? null : (o.message ?? null),
          sentAt,
          jobId,
          o.fingerprint,
        );
      }
    })();
  }

  recentlyResynced(
    records: ReadonlyArray<Pick<ResyncRecordPlan, "system" | "recordId">>,
    since: Date,
  ): RecentResync[] {
    const found: RecentResync[] = [];
    const seen = new Set<string>();
    this.writer.transaction(() => {
      for (const { system, recordId } of records) {
        const key = `${system}|${recordId}`;
        if (recordId === "" || seen.has(key)) continue;
        seen.add(key);
        const row = this.statements.recent.get(recordId, system, since.getTime()) as
          | { job_id: number; requested_by: string; sent_at: number }
          | undefined;
        if (row)
          found.push({
            system,
            recordId,
            jobId: row.job_id,
            requestedBy: row.requested_by,
            sentAt: new Date(row.sent_at),
          });
      }
    })();
    return found;
  }

  finishJob(jobId: number, status: "done" | "failed", at: Date, detail?: string): ResyncJob {
    this.statements.finish.run(status, at.getTime(), detail ?? null, jobId);
    return this.job(jobId) as ResyncJob;
  }

  jobRecords(jobId: number): ResyncRecordState[] {
    return (this.statements.records.all(jobId) as RecordRow[]).map(toRecord);
  }

  setProgressMessage(jobId: number, message: { channel: string; ts: string }): void {
    this.statements.progressMessage.run(message.channel, message.ts, jobId);
  }

  jobBatches(jobId: number): { total: number; settled: number } {
    return this.statements.batches.get(jobId) as { total: number; settled: number };
  }

  audit(entry: AuditEntry): void {
    this.statements.audit.run(
      entry.at.getTime(),
      entry.who,
      entry.action,
      entry.ruleId,
      entry.jobId,
      entry.count,
      entry.outcome,
      entry.detail,
    );
  }

  auditLog(limit: number): AuditEntry[] {
    const rows = this.statements.auditLog.all(limit) as Array<{
      at: number;
      who: string;
      action: string;
      rule_id: string | null;
      job_id: number | null;
      count: number | null;
      outcome: string;
      detail: string | null;
    }>;
    return rows.map((r) => ({
      at: new Date(r.at),
      who: r.who,
      action: r.action,
      ruleId: r.rule_id,
      jobId: r.job_id,
      count: r.count,
      outcome: r.outcome,
      detail: r.detail,
    }));
  }

  private toJob(row: JobRow): ResyncJob {
    const counts = { total: 0, pending: 0, accepted: 0, failed: 0, skipped: 0 };
    for (const { status, n } of this.statements.counts.all(row.id) as Array<{
      status: ResyncRecordState["status"];
      n: number;
    }>) {
      counts[status] = n;
      counts.total += n;
    }
    return {
      id: row.id,
      ruleId: row.rule_id,
      requestedBy: row.requested_by,
      requestedAt: new Date(row.requested_at),
      triggerAt: new Date(row.trigger_at),
      status: row.status,
      finishedAt: row.finished_at === null ? null : new Date(row.finished_at),
      detail: row.detail,
      counts,
      progressMessage:
        row.progress_channel && row.progress_ts
          ? { channel: row.progress_channel, ts: row.progress_ts }
          : null,
    };
  }
}

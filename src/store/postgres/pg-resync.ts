import type pg from "pg";
import type { CategoryId, Direction, SyncObject } from "../../rules/types.js";
import { StoreError } from "../store-error.js";
import type {
  AuditEntry,
  ObservedErrorWithFingerprint,
  RecentResync,
  ResyncJob,
  ResyncRecordPlan,
  ResyncRecordState,
  ResyncStore,
} from "../types.js";

/** A resync_jobs row with its records counted by status (one statement reads both). */
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
  total: number;
  pending: number;
  accepted: number;
  failed: number;
  skipped: number;
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

// The same mapping as ../sqlite-resync.ts.
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

function toJob(row: JobRow): ResyncJob {
  return {
    id: row.id,
    ruleId: row.rule_id,
    requestedBy: row.requested_by,
    requestedAt: new Date(row.requested_at),
    triggerAt: new Date(row.trigger_at),
    status: row.status,
    finishedAt: row.finished_at === null ? null : new Date(row.finished_at),
    detail: row.detail,
    counts: {
      total: row.total,
      pending: row.pending,
      accepted: row.accepted,
      failed: row.failed,
      skipped: row.skipped,
    },
    progressMessage:
      row.progress_channel && row.progress_ts
        ? { channel: row.progress_channel, ts: row.progress_ts }
        : null,
  };
}

// A job and its counts in one statement, so the counts belong to the row read (SQLite reads both
// under its single writer; here another replica may write between two statements).
const JOBS = `
  SELECT j.id, j.rule_id, j.requested_by, j.requested_at, j.trigger_at, j.status, j.finished_at,
    j.detail, j.progress_channel, j.progress_ts, c.*
  FROM resync_jobs j CROSS JOIN LATERAL (
    SELECT count(*) AS total,
      count(*) FILTER (WHERE status = 'pending') AS pending,
      count(*) FILTER (WHERE status = 'accepted') AS accepted,
      count(*) FILTER (WHERE status = 'failed') AS failed,
      count(*) FILTER (WHERE status = 'skipped') AS skipped
    FROM resync_records WHERE job_id = j.id) c`;

/**
 * How often a start looks again when the running job it collided with finished before it could
 * be read: each retry means another job of the type finished meanwhile, so a few are plenty.
 */
const START_ATTEMPTS = 5;

/**
 * Resync jobs, their records, their leases and the audit log on PostgreSQL, the SQL of
 * ../sqlite-resync.ts translated. Every change is one statement (so one transaction): a process
 * killed at any moment leaves each record pending or settled, as on SQLite.
 */
export class PostgresResync implements ResyncStore {
  constructor(private readonly pool: pg.Pool) {}

  async openErrorsOf(ruleId: string): Promise<ObservedErrorWithFingerprint[]> {
    const result = await this.pool.query<{
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
    }>(
      `SELECT fingerprint, rule_id, category, direction, object_type, hubspot_id, salesforce_id,
         record_name, message, status_code, opened_at
       FROM sync_errors WHERE rule_id = $1 AND resolved_at IS NULL ORDER BY id`,
      [ruleId],
    );
    return result.rows.map((r) => ({
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

  async startResyncJob(
    input: Parameters<ResyncStore["startResyncJob"]>[0],
  ): Promise<{ job: ResyncJob; started: boolean }> {
    const records = input.records;
    for (let attempt = 0; attempt < START_ATTEMPTS; attempt++) {
      // One statement: the job and its records are written together or not at all. The partial
      // unique index resync_jobs_one_running is the check: a second start (this process or another
      // replica) waits for the first to commit, then inserts nothing. Records keep the plan's order
      // (WITH ORDINALITY) so a fingerprint listed twice keeps its first plan, as INSERT OR IGNORE.
      const inserted = await this.pool.query<{ id: number }>(
        `WITH job AS (
           INSERT INTO resync_jobs (rule_id, requested_by, requested_at, trigger_at, status, lease_owner, lease_until)
           VALUES ($1, $2, $3, $4, 'running', $11, $12)
           ON CONFLICT (rule_id) WHERE status = 'running' DO NOTHING
           RETURNING id),
         plan AS (
           SELECT * FROM unnest($5::integer[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
             WITH ORDINALITY AS p(batch, system, object, record_id, fingerprint, skipped, ord)),
         recs AS (
           INSERT INTO resync_records (job_id, batch, system, object, record_id, fingerprint, status, message)
           SELECT job.id, p.batch, p.system, p.object, p.record_id, p.fingerprint,
             CASE WHEN p.skipped IS NULL THEN 'pending' ELSE 'skipped' END, p.skipped
           FROM job CROSS JOIN plan p ORDER BY p.ord
           ON CONFLICT (job_id, fingerprint) DO NOTHING)
         SELECT id FROM job`,
        [
          input.ruleId,
          input.requestedBy,
          input.requestedAt.getTime(),
          input.triggerAt.getTime(),
          records.map((r) => r.batch),
          records.map((r) => r.system),
          records.map((r) => r.object),
          records.map((r) => r.recordId),
          records.map((r) => r.fingerprint),
          records.map((r) => r.skipped ?? null),
          input.lease?.owner ?? null,
          input.lease?.until.getTime() ?? null,
        ],
      );
      const id = inserted.rows[0]?.id;
      if (id !== undefined) return { job: (await this.job(id)) as ResyncJob, started: true };
      const running = await this.runningJob(input.ruleId);
      if (running) return { job: running, started: false };
    }
    throw new StoreError(
      `Could not start a resync of ${input.ruleId}: its running jobs kept finishing meanwhile.`,
    );
  }

  async runningJob(ruleId: string): Promise<ResyncJob | null> {
    const result = await this.pool.query<JobRow>(
      `${JOBS} WHERE j.rule_id = $1 AND j.status = 'running'`,
      [ruleId],
    );
    const row = result.rows[0];
    return row ? toJob(row) : null;
  }

  async unfinishedJobs(): Promise<ResyncJob[]> {
    const result = await this.pool.query<JobRow>(
      `${JOBS} WHERE j.status = 'running' ORDER BY j.id`,
    );
    return result.rows.map(toJob);
  }

  async job(id: number): Promise<ResyncJob | null> {
    const result = await this.pool.query<JobRow>(`${JOBS} WHERE j.id = $1`, [id]);
    const row = result.rows[0];
    return row ? toJob(row) : null;
  }

  async nextPendingBatch(jobId: number): Promise<ResyncRecordState[]> {
    // Fingerprint order: SQLite reads them so, from its (job_id, batch, status) index.
    const result = await this.pool.query<RecordRow>(
      `SELECT * FROM resync_records
       WHERE job_id = $1 AND status = 'pending'
         AND batch = (SELECT min(batch) FROM resync_records WHERE job_id = $1 AND status = 'pending')
       ORDER BY fingerprint COLLATE "C"`,
      [jobId],
    );
    return result.rows.map(toRecord);
  }

  async recordOutcomes(
    jobId: number,
    outcomes: Parameters<ResyncStore["recordOutcomes"]>[1],
    at?: Date,
  ): Promise<void> {
    // SQLite applies them in order and only to pending records, so of a fingerprint listed twice
    // the first outcome stands; keep only that one (UPDATE … FROM would pick either).
    const first = new Map<string, (typeof outcomes)[number]>();
    for (const o of outcomes) if (!first.has(o.fingerprint)) first.set(o.fingerprint, o);
    const settled = [...first.values()];
    if (settled.length === 0) return;
    // One statement, so one transaction. A held-back record was not sent: skipped, with why.
    await this.pool.query(
      `UPDATE resync_records r
       SET status = o.status, code = o.code, message = o.message,
         sent_at = CASE WHEN o.status = 'skipped' THEN NULL ELSE $2::bigint END
       FROM unnest($3::text[], $4::text[], $5::text[], $6::text[]) AS o(fingerprint, status, code, message)
       WHERE r.job_id = $1 AND r.fingerprint = o.fingerprint AND r.status = 'pending'`,
      [
        jobId,
        at?.getTime() ?? null,
        settled.map((o) => o.fingerprint),
        settled.map((o) => (o.heldBack !== undefined ? "skipped" : o.ok ? "accepted" : "failed")),
        settled.map((o) => (o.heldBack !== undefined || o.ok ? null : (o.code ?? null))),
        settled.map((o) =>
          o.heldBack !== undefined ? o.heldBack : o.ok ? null : (o.message ?? null),
        ),
      ],
    );
  }

  async recentlyResynced(
    records: ReadonlyArray<Pick<ResyncRecordPlan, "system" | "recordId">>,
    since: Date,
  ): Promise<RecentResync[]> {
    // The asked records once each, in the order asked (SQLite answers them one by one).
    const asked = new Map<string, Pick<ResyncRecordPlan, "system" | "recordId">>();
    for (const r of records)
      if (r.recordId !== "" && !asked.has(`${r.system}|${r.recordId}`))
        asked.set(`${r.system}|${r.recordId}`, r);
    if (asked.size === 0) return [];
    const list = [...asked.values()];
    // One statement: each record's latest accepted send at or after `since`.
    const result = await this.pool.query<{
      system: ResyncRecordPlan["system"];
      record_id: string;
      job_id: number;
      requested_by: string;
      sent_at: number;
    }>(
      `SELECT DISTINCT ON (q.system, q.record_id) q.system, q.record_id, r.job_id, j.requested_by,
         coalesce(r.sent_at, j.finished_at, j.trigger_at) AS sent_at
       FROM unnest($1::text[], $2::text[]) AS q(system, record_id)
       JOIN resync_records r ON r.record_id = q.record_id AND r.system = q.system AND r.status = 'accepted'
       JOIN resync_jobs j ON j.id = r.job_id
       WHERE coalesce(r.sent_at, j.finished_at, j.trigger_at) >= $3
       ORDER BY q.system, q.record_id, 5 DESC, r.job_id DESC`,
      [list.map((r) => r.system), list.map((r) => r.recordId), since.getTime()],
    );
    const found = new Map(result.rows.map((row) => [`${row.system}|${row.record_id}`, row]));
    return list.flatMap(({ system, recordId }) => {
      const row = found.get(`${system}|${recordId}`);
      return row
        ? [
            {
              system,
              recordId,
              jobId: row.job_id,
              requestedBy: row.requested_by,
              sentAt: new Date(row.sent_at),
            },
          ]
        : [];
    });
  }

  async finishJob(
    jobId: number,
    status: "done" | "failed",
    at: Date,
    detail?: string,
  ): Promise<ResyncJob> {
    await this.pool.query(
      "UPDATE resync_jobs SET status = $1, finished_at = $2, detail = $3 WHERE id = $4",
      [status, at.getTime(), detail ?? null, jobId],
    );
    return (await this.job(jobId)) as ResyncJob;
  }

  async jobRecords(jobId: number): Promise<ResyncRecordState[]> {
    const result = await this.pool.query<RecordRow>(
      `SELECT * FROM resync_records WHERE job_id = $1 ORDER BY batch, fingerprint COLLATE "C"`,
      [jobId],
    );
    return result.rows.map(toRecord);
  }

  async setProgressMessage(jobId: number, message: { channel: string; ts: string }): Promise<void> {
    await this.pool.query(
      "UPDATE resync_jobs SET progress_channel = $1, progress_ts = $2 WHERE id = $3",
      [message.channel, message.ts, jobId],
    );
  }

  async jobBatches(jobId: number): Promise<{ total: number; settled: number }> {
    const result = await this.pool.query<{ total: number; settled: number }>(
      `SELECT count(DISTINCT batch) AS total,
         count(DISTINCT batch) - count(DISTINCT CASE WHEN status = 'pending' THEN batch END) AS settled
       FROM resync_records WHERE job_id = $1 AND status <> 'skipped'`,
      [jobId],
    );
    return result.rows[0] as { total: number; settled: number };
  }

  async claimJob(
    jobId: number,
    owner: string,
    now: Date,
    until: Date,
    takeFrom?: string,
  ): Promise<boolean> {
    // One UPDATE: a second claimer waits for the first's row lock, then re-reads the row and finds
    // it owned, so two replicas never both take a job.
    const result = await this.pool.query(
      `UPDATE resync_jobs SET lease_owner = $2, lease_until = $4
       WHERE id = $1 AND status = 'running'
         AND (lease_owner IS NULL OR lease_owner = $2 OR lease_until <= $3 OR lease_owner = $5)`,
      [jobId, owner, now.getTime(), until.getTime(), takeFrom ?? null],
    );
    return result.rowCount === 1;
  }

  async leaseOf(jobId: number): Promise<{ owner: string; until: Date } | null> {
    const result = await this.pool.query<{ lease_owner: string; lease_until: number }>(
      `SELECT lease_owner, lease_until FROM resync_jobs
       WHERE id = $1 AND status = 'running' AND lease_owner IS NOT NULL`,
      [jobId],
    );
    const row = result.rows[0];
    return row ? { owner: row.lease_owner, until: new Date(Number(row.lease_until)) } : null;
  }

  async renewLease(jobId: number, owner: string, until: Date): Promise<boolean> {
    const result = await this.pool.query(
      `UPDATE resync_jobs SET lease_until = $3
       WHERE id = $1 AND status = 'running' AND lease_owner = $2`,
      [jobId, owner, until.getTime()],
    );
    return result.rowCount === 1;
  }

  async releaseJob(jobId: number, owner: string): Promise<boolean> {
    const result = await this.pool.query(
      `UPDATE resync_jobs SET lease_owner = NULL, lease_until = NULL
       WHERE id = $1 AND lease_owner = $2`,
      [jobId, owner],
    );
    return result.rowCount === 1;
  }

  async audit(entry: AuditEntry): Promise<void> {
    await this.pool.query(
      `INSERT INTO audit_log (at, who, action, rule_id, job_id, count, outcome, detail)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        entry.at.getTime(),
        entry.who,
        entry.action,
        entry.ruleId,
        entry.jobId,
        entry.count,
        entry.outcome,
        entry.detail,
      ],
    );
  }

  async auditLog(limit: number): Promise<AuditEntry[]> {
    // A negative limit is no limit in SQLite; PostgreSQL's is LIMIT NULL.
    const result = await this.pool.query<{
      at: number;
      who: string;
      action: string;
      rule_id: string | null;
      job_id: number | null;
      count: number | null;
      outcome: string;
      detail: string | null;
    }>(
      "SELECT * FROM audit_log ORDER BY id DESC LIMIT CASE WHEN $1::bigint < 0 THEN NULL ELSE $1::bigint END",
      [limit],
    );
    return result.rows.map((r) => ({
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
}

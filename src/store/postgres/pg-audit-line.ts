import type pg from "pg";
import type { AuditEntry } from "../types.js";

/**
 * Writes one audit line inside the caller's transaction (../sqlite-resync.ts `audit`), so a change
 * and its line commit together or not at all.
 */
export async function writeAuditLine(client: pg.ClientBase, entry: AuditEntry): Promise<void> {
  await client.query(
    "INSERT INTO audit_log (at, who, action, rule_id, job_id, count, outcome, detail) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
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

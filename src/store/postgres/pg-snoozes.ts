import type pg from "pg";
import { snoozeEndAuditLine, snoozeSetAuditLine } from "../snooze-audit-line.js";
import {
  checkSnoozeReason,
  type EndedSnoozeRow,
  type SnoozeRow,
  snoozeColumns,
  toEndedSnooze,
  toSnooze,
} from "../snooze-rows.js";
import type { EndedSnooze, Snooze, SnoozeEndReason, SnoozeExpiry, SnoozeStore } from "../types.js";
import { writeAuditLine } from "./pg-audit-line.js";
import { inTransaction } from "./transaction.js";

/**
 * Key space of the transaction-scoped advisory locks that take turns on one type's snooze (the
 * second key is the rule id's hash). A row lock cannot do it: when a type has no snooze, there is
 * no row to lock, and two snoozes at once would both insert.
 */
const SNOOZE_LOCK_SPACE = 1_736_914;

async function lockType(client: pg.ClientBase, ruleId: string): Promise<void> {
  await client.query("SELECT pg_advisory_xact_lock($1, hashtext($2))", [SNOOZE_LOCK_SPACE, ruleId]);
}

/**
 * Snoozed and muted types on PostgreSQL, as ../sqlite-snoozes.ts. Each change takes its type's
 * advisory lock first, so of two snoozes at once the second waits, then replaces the first (and
 * says so in the log): one current snooze per type.
 */
export class PostgresSnoozes implements SnoozeStore {
  constructor(private readonly pool: pg.Pool) {}

  async snoozes(): Promise<Snooze[]> {
    const result = await this.pool.query<SnoozeRow>(
      "SELECT * FROM snoozes ORDER BY snoozed_at, rule_id",
    );
    return result.rows.map(toSnooze);
  }

  async snoozeType(snooze: Snooze): Promise<{ snooze: Snooze; replaced: Snooze | null }> {
    checkSnoozeReason(snooze);
    return inTransaction(this.pool, async (client) => {
      await lockType(client, snooze.ruleId);
      const old = await client.query<SnoozeRow>(
        "DELETE FROM snoozes WHERE rule_id = $1 RETURNING *",
        [snooze.ruleId],
      );
      const replaced = old.rows[0] ? toSnooze(old.rows[0]) : null;
      await client.query(
        "INSERT INTO snoozes (rule_id, snoozed_by, snoozed_at, reason, kind, until_at, baseline) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        snoozeColumns(snooze),
      );
      await writeAuditLine(client, snoozeSetAuditLine(snooze, replaced));
      return { snooze, replaced };
    });
  }

  unsnoozeType(ruleId: string, by: string, at: Date): Promise<EndedSnooze | null> {
    return inTransaction(this.pool, async (client) => {
      await lockType(client, ruleId);
      const old = await client.query<SnoozeRow>(
        "DELETE FROM snoozes WHERE rule_id = $1 RETURNING *",
        [ruleId],
      );
      const row = old.rows[0];
      return row ? end(client, toSnooze(row), at, by, "lifted") : null;
    });
  }

  endSnoozes(expiries: readonly SnoozeExpiry[]): Promise<EndedSnooze[]> {
    if (expiries.length === 0) return Promise.resolve([]);
    return inTransaction(this.pool, async (client) => {
      const ended: EndedSnooze[] = [];
      // One type after another in rule id order: two replicas ending the same snoozes lock alike.
      for (const expiry of [...expiries].sort((a, b) => a.ruleId.localeCompare(b.ruleId))) {
        await lockType(client, expiry.ruleId);
        const old = await client.query<SnoozeRow>(
          "DELETE FROM snoozes WHERE rule_id = $1 AND snoozed_at = $2 RETURNING *",
          [expiry.ruleId, expiry.snoozedAt.getTime()],
        );
        const row = old.rows[0];
        if (row) ended.push(await end(client, toSnooze(row), expiry.endedAt, null, expiry.why));
      }
      return ended;
    });
  }

  async endedSnoozes(after: Date, until: Date): Promise<EndedSnooze[]> {
    const result = await this.pool.query<EndedSnoozeRow>(
      "SELECT * FROM snooze_ends WHERE ended_at > $1 AND ended_at <= $2 ORDER BY ended_at, id",
      [after.getTime(), until.getTime()],
    );
    return result.rows.map(toEndedSnooze);
  }
}

/** Records an end in snooze_ends and the audit log, inside the caller's transaction. */
async function end(
  client: pg.ClientBase,
  snooze: Snooze,
  at: Date,
  by: string | null,
  why: SnoozeEndReason,
): Promise<EndedSnooze> {
  const ended: EndedSnooze = { ...snooze, endedAt: at, endedBy: by, why };
  await client.query(
    "INSERT INTO snooze_ends (rule_id, snoozed_by, snoozed_at, reason, kind, until_at, baseline, ended_at, ended_by, why) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    [...snoozeColumns(snooze), at.getTime(), by, why],
  );
  await writeAuditLine(client, snoozeEndAuditLine(ended));
  return ended;
}

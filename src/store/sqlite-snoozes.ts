import type Database from "better-sqlite3";
import { snoozeEndAuditLine, snoozeSetAuditLine } from "./snooze-audit-line.js";
import {
  checkSnoozeReason,
  type EndedSnoozeRow,
  type SnoozeRow,
  snoozeColumns,
  toEndedSnooze,
  toSnooze,
} from "./snooze-rows.js";
import type { AuditEntry, EndedSnooze, Snooze, SnoozeEndReason, SnoozeExpiry } from "./types.js";

type Db = Database.Database;

/**
 * Snoozed and muted types on SQLite (SnoozeStore). One writer connection: each change, the end it
 * moves to snooze_ends and its audit line are one transaction, so a replace or an end never
 * interleaves with another.
 */
export class SqliteSnoozes {
  private readonly statements;

  constructor(
    private readonly writer: Db,
    reader: Db,
    /** Writes an audit line on the writer, inside the caller's transaction. */
    private readonly audit: (entry: AuditEntry) => void,
  ) {
    this.statements = {
      all: reader.prepare("SELECT * FROM snoozes ORDER BY snoozed_at, rule_id"),
      remove: writer.prepare("DELETE FROM snoozes WHERE rule_id = ? RETURNING *"),
      removeIf: writer.prepare(
        "DELETE FROM snoozes WHERE rule_id = ? AND snoozed_at = ? RETURNING *",
      ),
      insert: writer.prepare(
        "INSERT INTO snoozes (rule_id, snoozed_by, snoozed_at, reason, kind, until_at, baseline) VALUES (?, ?, ?, ?, ?, ?, ?)",
      ),
      ended: writer.prepare(
        "INSERT INTO snooze_ends (rule_id, snoozed_by, snoozed_at, reason, kind, until_at, baseline, ended_at, ended_by, why) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      ),
      endedBetween: reader.prepare(
        "SELECT * FROM snooze_ends WHERE ended_at > ? AND ended_at <= ? ORDER BY ended_at, id",
      ),
    };
  }

  snoozes(): Snooze[] {
    return (this.statements.all.all() as SnoozeRow[]).map(toSnooze);
  }

  snoozeType(snooze: Snooze): { snooze: Snooze; replaced: Snooze | null } {
    checkSnoozeReason(snooze);
    return this.writer.transaction(() => {
      const old = this.statements.remove.get(snooze.ruleId) as SnoozeRow | undefined;
      const replaced = old ? toSnooze(old) : null;
      this.statements.insert.run(...snoozeColumns(snooze));
      this.audit(snoozeSetAuditLine(snooze, replaced));
      return { snooze, replaced };
    })();
  }

  unsnoozeType(ruleId: string, by: string, at: Date): EndedSnooze | null {
    return this.writer.transaction(() => {
      const old = this.statements.remove.get(ruleId) as SnoozeRow | undefined;
      return old ? this.end(toSnooze(old), at, by, "lifted") : null;
    })();
  }

  endSnoozes(expiries: readonly SnoozeExpiry[]): EndedSnooze[] {
    return this.writer.transaction(() =>
      expiries.flatMap((expiry) => {
        const old = this.statements.removeIf.get(expiry.ruleId, expiry.snoozedAt.getTime()) as
          | SnoozeRow
          | undefined;
        return old ? [this.end(toSnooze(old), expiry.endedAt, null, expiry.why)] : [];
      }),
    )();
  }

  endedSnoozes(after: Date, until: Date): EndedSnooze[] {
    return (
      this.statements.endedBetween.all(after.getTime(), until.getTime()) as EndedSnoozeRow[]
    ).map(toEndedSnooze);
  }

  /** Records an end in snooze_ends and the audit log (inside the caller's transaction). */
  private end(snooze: Snooze, at: Date, by: string | null, why: SnoozeEndReason): EndedSnooze {
    const ended: EndedSnooze = { ...snooze, endedAt: at, endedBy: by, why };
    this.statements.ended.run(...snoozeColumns(snooze), at.getTime(), by, why);
    this.audit(snoozeEndAuditLine(ended));
    return ended;
  }
}

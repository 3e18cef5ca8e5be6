import type Database from "better-sqlite3";
import type { AuditEntry, CorrectionInput, CorrectionOffer, CorrectionRecord } from "./types.js";

type Db = Database.Database;

interface CorrectionRow {
  id: number;
  key: string;
  message: string;
  rule_id: string;
  corrected_by: string;
  corrected_at: number;
}

interface OfferRow {
  key: string;
  message: string;
  shown_rule_id: string;
  created_at: number;
  expires_at: number;
}

/** How much of the message an audit line quotes: enough to recognise it, not the whole error. */
const AUDIT_QUOTE_CHARS = 200;

const toRecord = (row: CorrectionRow): CorrectionRecord => ({
  id: row.id,
  key: row.key,
  message: row.message,
  ruleId: row.rule_id,
  correctedBy: row.corrected_by,
  correctedAt: new Date(row.corrected_at),
});

const quote = (message: string) =>
  message.length > AUDIT_QUOTE_CHARS ? `${message.slice(0, AUDIT_QUOTE_CHARS - 1)}…` : message;

/** The admins' corrections and the offers behind "Not this type?"; every change is audited. */
export class SqliteCorrections {
  private readonly statements;

  constructor(
    private readonly writer: Db,
    reader: Db,
    /** Writes an audit line on the writer, inside the caller's transaction. */
    private readonly audit: (entry: AuditEntry) => void,
  ) {
    this.statements = {
      all: reader.prepare("SELECT * FROM corrections ORDER BY id"),
      // Read on the writer: inside the save's transaction, so two saves cannot interleave.
      byKey: writer.prepare("SELECT * FROM corrections WHERE key = ?"),
      byId: writer.prepare("SELECT * FROM corrections WHERE id = ?"),
      // A new correction of the same shape replaces the old one, which keeps its number.
      save: writer.prepare(`
        INSERT INTO corrections (key, message, rule_id, corrected_by, corrected_at) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (key) DO UPDATE SET message = excluded.message, rule_id = excluded.rule_id,
          corrected_by = excluded.corrected_by, corrected_at = excluded.corrected_at
        RETURNING *`),
      remove: writer.prepare("DELETE FROM corrections WHERE id = ?"),
      insertOffer: writer.prepare(
        "INSERT OR REPLACE INTO correction_offers (key, message, shown_rule_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
      ),
      purgeOffers: writer.prepare("DELETE FROM correction_offers WHERE expires_at <= ?"),
      offer: writer.prepare("SELECT * FROM correction_offers WHERE key = ? AND expires_at > ?"),
    };
  }

  corrections(): CorrectionRecord[] {
    return (this.statements.all.all() as CorrectionRow[]).map(toRecord);
  }

  saveCorrection(input: CorrectionInput): {
    record: CorrectionRecord;
    previousRuleId: string | null;
    changed: boolean;
  } {
    return this.writer.transaction(() => {
      const before = this.statements.byKey.get(input.key) as CorrectionRow | undefined;
      // Already so: the look and the write are one transaction, so two clicks audit once.
      if (before?.rule_id === input.ruleId)
        return { record: toRecord(before), previousRuleId: before.rule_id, changed: false };
      const row = this.statements.save.get(
        input.key,
        input.message,
        input.ruleId,
        input.correctedBy,
        input.correctedAt.getTime(),
      ) as CorrectionRow;
      const record = toRecord(row);
      this.audit({
        at: input.correctedAt,
        who: input.correctedBy,
        action: "correction.add",
        ruleId: input.ruleId,
        jobId: null,
        count: null,
        outcome: before ? `replaced ${before.rule_id}` : "added",
        detail: `correction #${record.id}: ${quote(input.message)}`,
      });
      return { record, previousRuleId: before?.rule_id ?? null, changed: true };
    })();
  }

  removeCorrection(id: number, by: string, at: Date): CorrectionRecord | null {
    return this.writer.transaction(() => {
      const row = this.statements.byId.get(id) as CorrectionRow | undefined;
      if (!row) return null;
      this.statements.remove.run(id);
      this.audit({
        at,
        who: by,
        action: "correction.remove",
        ruleId: row.rule_id,
        jobId: null,
        count: null,
        outcome: "removed",
        detail: `correction #${row.id}: ${quote(row.message)}`,
      });
      return toRecord(row);
    })();
  }

  saveCorrectionOffer(offer: CorrectionOffer): void {
    this.writer.transaction(() => {
      this.statements.purgeOffers.run(offer.createdAt.getTime());
      this.statements.insertOffer.run(
        offer.key,
        offer.message,
        offer.shownRuleId,
        offer.createdAt.getTime(),
        offer.expiresAt.getTime(),
      );
    })();
  }

  correctionOffer(key: string, now: Date): CorrectionOffer | null {
    const row = this.statements.offer.get(key, now.getTime()) as OfferRow | undefined;
    if (!row) return null;
    return {
      key: row.key,
      message: row.message,
      shownRuleId: row.shown_rule_id,
      createdAt: new Date(row.created_at),
      expiresAt: new Date(row.expires_at),
    };
  }
}

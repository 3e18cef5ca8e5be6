import type pg from "pg";
import { StoreError } from "../store-error.js";
import type {
  CorrectionInput,
  CorrectionOffer,
  CorrectionRecord,
  CorrectionStore,
} from "../types.js";
import { writeAuditLine } from "./pg-audit-line.js";
import { inTransaction } from "./transaction.js";

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

/** How much of the message an audit line quotes (as ../sqlite-corrections.ts). */
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

/** A save's outcome (CorrectionStore.saveCorrection). */
type Saved = Awaited<ReturnType<CorrectionStore["saveCorrection"]>>;

/**
 * Tries for a key being inserted and deleted by others between this save's statements: each try
 * either finds the row (and locks it) or inserts it, so more than two are a pathological race.
 */
const SAVE_TRIES = 5;

/**
 * The admins' corrections and the offers behind "Not this type?" on PostgreSQL, as
 * ../sqlite-corrections.ts: every change is audited in its own transaction. Unlike SQLite's, these
 * need not refuse while an import runs: an import holds its own connection, so a correction is
 * never caught in (and rolled back with) the import's transaction.
 */
export class PostgresCorrections implements CorrectionStore {
  constructor(private readonly pool: pg.Pool) {}

  async corrections(): Promise<CorrectionRecord[]> {
    const result = await this.pool.query<CorrectionRow>("SELECT * FROM corrections ORDER BY id");
    return result.rows.map(toRecord);
  }

  saveCorrection(input: CorrectionInput): Promise<Saved> {
    return inTransaction(this.pool, async (client) => {
      for (let i = 0; i < SAVE_TRIES; i++) {
        // The key's row, locked until commit: a second save of it waits here and then reads what
        // the first wrote (read committed re-reads a row it waited for), so two clicks change once.
        const found = await client.query<CorrectionRow>(
          "SELECT * FROM corrections WHERE key = $1 FOR UPDATE",
          [input.key],
        );
        const before = found.rows[0];
        if (before?.rule_id === input.ruleId)
          return { record: toRecord(before), previousRuleId: before.rule_id, changed: false };
        const written = before
          ? await client.query<CorrectionRow>(
              `UPDATE corrections SET message = $2, rule_id = $3, corrected_by = $4, corrected_at = $5
               WHERE id = $1 RETURNING *`,
              [
                before.id,
                input.message,
                input.ruleId,
                input.correctedBy,
                input.correctedAt.getTime(),
              ],
            )
          : // No row to lock: a save of the same key in flight makes this insert wait for its end,
            // and then insert nothing; the next turn reads (and locks) that save's row.
            await client.query<CorrectionRow>(
              `INSERT INTO corrections (key, message, rule_id, corrected_by, corrected_at)
               VALUES ($1, $2, $3, $4, $5) ON CONFLICT (key) DO NOTHING RETURNING *`,
              [
                input.key,
                input.message,
                input.ruleId,
                input.correctedBy,
                input.correctedAt.getTime(),
              ],
            );
        const row = written.rows[0];
        if (!row) continue;
        const record = toRecord(row);
        await writeAuditLine(client, {
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
      }
      throw new StoreError(`The correction for "${input.key}" kept changing; try again.`);
    });
  }

  removeCorrection(id: number, by: string, at: Date): Promise<CorrectionRecord | null> {
    return inTransaction(this.pool, async (client) => {
      // One statement: of two removals at once, one deletes and audits, the other finds nothing.
      const deleted = await client.query<CorrectionRow>(
        "DELETE FROM corrections WHERE id = $1 RETURNING *",
        [id],
      );
      const row = deleted.rows[0];
      if (!row) return null;
      await writeAuditLine(client, {
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
    });
  }

  saveCorrectionOffer(offer: CorrectionOffer): Promise<void> {
    return inTransaction(this.pool, async (client) => {
      await client.query("DELETE FROM correction_offers WHERE expires_at <= $1", [
        offer.createdAt.getTime(),
      ]);
      await client.query(
        `INSERT INTO correction_offers (key, message, shown_rule_id, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (key) DO UPDATE SET message = excluded.message, shown_rule_id = excluded.shown_rule_id,
           created_at = excluded.created_at, expires_at = excluded.expires_at`,
        [
          offer.key,
          offer.message,
          offer.shownRuleId,
          offer.createdAt.getTime(),
          offer.expiresAt.getTime(),
        ],
      );
    });
  }

  async correctionOffer(key: string, now: Date): Promise<CorrectionOffer | null> {
    const result = await this.pool.query<OfferRow>(
      "SELECT * FROM correction_offers WHERE key = $1 AND expires_at > $2",
      [key, now.getTime()],
    );
    const row = result.rows[0];
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

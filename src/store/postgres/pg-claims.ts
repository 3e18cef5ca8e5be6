import type pg from "pg";
import { claimAuditLine } from "../claim-audit-line.js";
import { StoreError } from "../store-error.js";
import type { Claim, ClaimOutcome, ClaimStore } from "../types.js";
import { writeAuditLine } from "./pg-audit-line.js";
import { inTransaction } from "./transaction.js";

interface ClaimRow {
  rule_id: string;
  owner: string;
  since: string | number;
}

const toClaim = (row: ClaimRow): Claim => ({
  ruleId: row.rule_id,
  owner: row.owner,
  since: new Date(Number(row.since)),
});

/**
 * Tries of a take that finds the type claimed and then, reading it, finds it released: each try
 * either inserts or sees a holder, so more than a few is a pathological race.
 */
const TAKE_TRIES = 5;

/**
 * Who is on which error type, on PostgreSQL, as ../sqlite-claims.ts. Each change is one statement
 * (an insert that does nothing on conflict, an update or delete that names the owner it expects)
 * in a transaction with its audit line: of two takes at once, the second waits on the first's row
 * and then inserts nothing, so the type gets one owner.
 */
export class PostgresClaims implements ClaimStore {
  constructor(private readonly pool: pg.Pool) {}

  async claims(): Promise<Claim[]> {
    const result = await this.pool.query<ClaimRow>("SELECT * FROM claims ORDER BY since, rule_id");
    return result.rows.map(toClaim);
  }

  takeClaim(ruleId: string, by: string, at: Date): Promise<ClaimOutcome> {
    return inTransaction(this.pool, async (client) => {
      for (let i = 0; i < TAKE_TRIES; i++) {
        const inserted = await client.query<ClaimRow>(
          "INSERT INTO claims (rule_id, owner, since) VALUES ($1, $2, $3) ON CONFLICT (rule_id) DO NOTHING RETURNING *",
          [ruleId, by, at.getTime()],
        );
        const row = inserted.rows[0];
        if (row) {
          const claim = toClaim(row);
          await writeAuditLine(client, claimAuditLine("claim.take", claim, at));
          return { taken: true, claim };
        }
        // Read committed: this statement sees the row the conflicting take committed.
        const held = await client.query<ClaimRow>("SELECT * FROM claims WHERE rule_id = $1", [
          ruleId,
        ]);
        const holder = held.rows[0];
        if (holder) return { taken: false, claim: toClaim(holder) };
      }
      throw new StoreError(`The claim of ${ruleId} kept changing; try again.`);
    });
  }

  takeOverClaim(ruleId: string, by: string, from: string, at: Date): Promise<ClaimOutcome> {
    return inTransaction(this.pool, async (client) => {
      // Names the owner it replaces: a claim changed meanwhile is not taken from someone else.
      const updated = await client.query<ClaimRow>(
        "UPDATE claims SET owner = $2, since = $3 WHERE rule_id = $1 AND owner = $4 RETURNING *",
        [ruleId, by, at.getTime(), from],
      );
      const row = updated.rows[0];
      if (row) {
        const claim = toClaim(row);
        await writeAuditLine(client, claimAuditLine("claim.takeover", claim, at, from));
        return { taken: true, claim };
      }
      const held = await client.query<ClaimRow>("SELECT * FROM claims WHERE rule_id = $1", [
        ruleId,
      ]);
      const holder = held.rows[0];
      return { taken: false, claim: holder ? toClaim(holder) : null };
    });
  }

  releaseClaim(ruleId: string, by: string, at: Date): Promise<Claim | null> {
    return inTransaction(this.pool, async (client) => {
      const deleted = await client.query<ClaimRow>(
        "DELETE FROM claims WHERE rule_id = $1 AND owner = $2 RETURNING *",
        [ruleId, by],
      );
      const row = deleted.rows[0];
      if (!row) return null;
      const claim = toClaim(row);
      await writeAuditLine(client, claimAuditLine("claim.release", claim, at));
      return claim;
    });
  }
}

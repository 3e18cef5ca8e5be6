import type Database from "better-sqlite3";
import { claimAuditLine } from "./claim-audit-line.js";
import type { AuditEntry, Claim, ClaimOutcome } from "./types.js";

type Db = Database.Database;

interface ClaimRow {
  rule_id: string;
  owner: string;
  since: number;
}

const toClaim = (row: ClaimRow): Claim => ({
  ruleId: row.rule_id,
  owner: row.owner,
  since: new Date(row.since),
});

/**
 * Who is on which error type, on SQLite (ClaimStore). One writer connection: each change and its
 * audit line are one transaction, and no other write comes between the look and the change.
 */
export class SqliteClaims {
  private readonly statements;

  constructor(
    private readonly writer: Db,
    reader: Db,
    /** Writes an audit line on the writer, inside the caller's transaction. */
    private readonly audit: (entry: AuditEntry) => void,
  ) {
    this.statements = {
      all: reader.prepare("SELECT * FROM claims ORDER BY since, rule_id"),
      one: writer.prepare("SELECT * FROM claims WHERE rule_id = ?"),
      take: writer.prepare(
        "INSERT INTO claims (rule_id, owner, since) VALUES (?, ?, ?) ON CONFLICT (rule_id) DO NOTHING RETURNING *",
      ),
      takeOver: writer.prepare(
        "UPDATE claims SET owner = ?, since = ? WHERE rule_id = ? AND owner = ? RETURNING *",
      ),
      release: writer.prepare("DELETE FROM claims WHERE rule_id = ? AND owner = ? RETURNING *"),
    };
  }

  claims(): Claim[] {
    return (this.statements.all.all() as ClaimRow[]).map(toClaim);
  }

  private current(ruleId: string): Claim | null {
    const row = this.statements.one.get(ruleId) as ClaimRow | undefined;
    return row ? toClaim(row) : null;
  }

  takeClaim(ruleId: string, by: string, at: Date): ClaimOutcome {
    return this.writer.transaction(() => {
      const row = this.statements.take.get(ruleId, by, at.getTime()) as ClaimRow | undefined;
      if (!row) return { taken: false, claim: this.current(ruleId) };
      const claim = toClaim(row);
      this.audit(claimAuditLine("claim.take", claim, at));
      return { taken: true, claim };
    })();
  }

  takeOverClaim(ruleId: string, by: string, from: string, at: Date): ClaimOutcome {
    return this.writer.transaction(() => {
      const row = this.statements.takeOver.get(by, at.getTime(), ruleId, from) as
        | ClaimRow
        | undefined;
      if (!row) return { taken: false, claim: this.current(ruleId) };
      const claim = toClaim(row);
      this.audit(claimAuditLine("claim.takeover", claim, at, from));
      return { taken: true, claim };
    })();
  }

  releaseClaim(ruleId: string, by: string, at: Date): Claim | null {
    return this.writer.transaction(() => {
      const row = this.statements.release.get(ruleId, by) as ClaimRow | undefined;
      if (!row) return null;
      const claim = toClaim(row);
      this.audit(claimAuditLine("claim.release", claim, at));
      return claim;
    })();
  }
}

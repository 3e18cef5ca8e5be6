import type Database from "better-sqlite3";
import type { SyncObject } from "../rules/types.js";
import type { AuditEntry, MissingCount, MissingResolution } from "./types.js";

type Db = Database.Database;

interface ResolutionRow {
  import_id: number;
  object_types: string;
  snapshot_at: number;
  count: number;
  decision: "resolved" | "kept" | null;
  decided_by: string | null;
  decided_at: number | null;
  resolved: number;
}

const toResolution = (row: ResolutionRow): MissingResolution => ({
  importId: row.import_id,
  objectTypes: JSON.parse(row.object_types) as SyncObject[],
  snapshotAt: new Date(row.snapshot_at),
  count: row.count,
  decision: row.decision,
  decidedBy: row.decided_by,
  decidedAt: row.decided_at === null ? null : new Date(row.decided_at),
  resolved: row.resolved,
});

/** Which open errors of these object types an export did not list (only what exports report). */
const notListed = (objectTypes: readonly SyncObject[]) =>
  `resolved_at IS NULL AND source = 'import' AND object_type IN (${objectTypes.map(() => "?").join(", ")})`;

/**
 * The errors an import did not list and left open, and the answer to "resolve them?". Writes run
 * inside the caller's transaction (the import's commit) or in their own (an answer).
 */
export class SqliteMissingResolutions {
  private readonly statements;

  constructor(
    private readonly writer: Db,
    reader: Db,
    private readonly refreshOpenCounts: () => void,
    private readonly audit: (entry: AuditEntry) => void,
  ) {
    this.statements = {
      get: reader.prepare("SELECT * FROM missing_resolutions WHERE import_id = ?"),
      getWritten: writer.prepare("SELECT * FROM missing_resolutions WHERE import_id = ?"),
      insert: writer.prepare(`
        INSERT INTO missing_resolutions (import_id, object_types, snapshot_at, count, decision, decided_by, decided_at)
        VALUES (?, ?, ?, ?, ?, ?, ?)`),
      // The first answer wins: a second click finds the decision taken.
      decide: writer.prepare(`
        UPDATE missing_resolutions SET decision = ?, decided_by = ?, decided_at = ?
        WHERE import_id = ? AND decision IS NULL`),
      setResolved: writer.prepare(
        "UPDATE missing_resolutions SET resolved = ? WHERE import_id = ?",
      ),
      addToImport: writer.prepare("UPDATE imports SET resolved = resolved + ? WHERE id = ?"),
    };
  }

  /** The open errors of the types import `importId` did not list, and all open ones of the types. */
  count(objectTypes: readonly SyncObject[], importId: number): MissingCount {
    if (objectTypes.length === 0) return { missing: 0, open: 0 };
    const row = this.writer
      .prepare(
        `SELECT coalesce(sum(last_import_id IS NOT ?), 0) AS missing,
           coalesce(sum(last_import_id IS NOT ? OR opened_import_id IS NOT ?), 0) AS open
         FROM sync_errors WHERE ${notListed(objectTypes)}`,
      )
      .get(importId, importId, importId, ...objectTypes) as MissingCount;
    return { missing: row.missing, open: row.open };
  }

  /** Records that the import left `count` errors open: asked (no decision yet) or kept. */
  record(
    importId: number,
    objectTypes: readonly SyncObject[],
    snapshotAt: Date,
    count: number,
    kept: { readonly by: string } | null,
  ): MissingResolution {
    this.statements.insert.run(
      importId,
      JSON.stringify(objectTypes),
      snapshotAt.getTime(),
      count,
      kept ? "kept" : null,
      kept?.by ?? null,
      kept ? snapshotAt.getTime() : null,
    );
    return this.written(importId) as MissingResolution;
  }

  get(importId: number): MissingResolution | null {
    const row = this.statements.get.get(importId) as ResolutionRow | undefined;
    return row ? toResolution(row) : null;
  }

  private written(importId: number): MissingResolution | null {
    const row = this.statements.getWritten.get(importId) as ResolutionRow | undefined;
    return row ? toResolution(row) : null;
  }

  /** See Store.decideMissing. */
  decide(
    importId: number,
    decision: "resolve" | "keep",
    by: string,
    at: Date,
  ): { readonly resolution: MissingResolution; readonly already: boolean } | null {
    return this.writer.transaction(() => {
      const before = this.written(importId);
      if (!before) return null;
      const taken = decision === "resolve" ? "resolved" : "kept";
      if (this.statements.decide.run(taken, by, at.getTime(), importId).changes === 0)
        return { resolution: before, already: true };
      let resolved = 0;
      if (decision === "resolve" && before.objectTypes.length > 0) {
        // Errors a later import listed again (or opened) are that import's to settle.
        resolved = this.writer
          .prepare(
            `UPDATE sync_errors SET resolved_at = ? WHERE ${notListed(before.objectTypes)} AND last_import_id < ?`,
          )
          .run(at.getTime(), ...before.objectTypes, importId).changes;
        this.statements.setResolved.run(resolved, importId);
        this.statements.addToImport.run(resolved, importId);
        this.refreshOpenCounts();
      }
      this.audit({
        at,
        who: by,
        action: "import.missing",
        ruleId: null,
        jobId: null,
        count: decision === "resolve" ? resolved : before.count,
        outcome: taken,
        detail: `import ${importId}`,
      });
      return { resolution: this.written(importId) as MissingResolution, already: false };
    })();
  }
}

import type pg from "pg";
import { StoreError } from "../store-error.js";
import type {
  DigestCounts,
  DigestQuery,
  DigestRecord,
  DigestStats,
  DigestStore,
  ImportMeta,
  ImportRecord,
  ImportTransaction,
  MissingResolution,
  OpenCounts,
  Store,
} from "../types.js";
import { migratePostgres, type SchemaMigration } from "./migrate.js";
import { PostgresDigests } from "./pg-digests.js";
import { beginPostgresImport } from "./pg-import.js";
import { type ImportRow, type ResolutionRow, toImportRecord, toResolution } from "./pg-rows.js";
import { createPostgresPool } from "./pool.js";

/** The parts of the store PostgreSQL serves so far: imports, open counts and digests. */
export type PostgresStorePart = Pick<
  Store,
  | "lastImport"
  | "newErrorSamples"
  | "missingResolution"
  | "importInProgress"
  | "openCounts"
  | "ping"
  | "close"
> &
  DigestStore & {
    /** See Store.beginImport; across replicas too, only one import runs at a time. */
    beginImport(meta: ImportMeta): Promise<ImportTransaction>;
  };

/** Where the PostgreSQL store lives. */
export interface PostgresStoreOptions {
  /** A postgres:// URL (DATABASE_URL). */
  readonly url: string;
  /** Most connections this process opens (an import holds one for its whole run). */
  readonly maxConnections?: number;
}

/**
 * Opens the PostgreSQL store: a connection pool, and the schema migrated to this build's (under
 * the migration lock, so replicas starting together migrate once).
 */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<PostgresStore> {
  const pool = createPostgresPool(
    options.url,
    options.maxConnections === undefined ? {} : { max: options.maxConnections },
  );
  try {
    const migration = await migratePostgres(pool, options.url);
    return new PostgresStore(pool, migration);
  } catch (error) {
    await pool.end();
    throw error;
  }
}

/** The store on PostgreSQL (part 1: imports and digests; see PostgresStorePart). */
export class PostgresStore implements PostgresStorePart {
  private importing = false;
  /** The import this process runs, to roll back if the store closes before it ends. */
  private current: ImportTransaction | undefined;
  private readonly digests: PostgresDigests;

  constructor(
    private readonly pool: pg.Pool,
    /** The schema versions the open found and left. */
    readonly migration: SchemaMigration,
  ) {
    this.digests = new PostgresDigests(pool);
  }

  async beginImport(meta: ImportMeta): Promise<ImportTransaction> {
    // Set before the first await: a second call in this process is refused at once.
    if (this.importing)
      throw new StoreError("Another import is running; try again when it has finished.");
    this.importing = true;
    try {
      this.current = await beginPostgresImport(this.pool, meta, () => {
        this.importing = false;
        this.current = undefined;
      });
      return this.current;
    } catch (error) {
      this.importing = false;
      throw error;
    }
  }

  async importInProgress(): Promise<boolean> {
    return this.importing;
  }

  async lastImport(): Promise<ImportRecord | null> {
    const result = await this.pool.query<ImportRow>(
      "SELECT * FROM imports ORDER BY id DESC LIMIT 1",
    );
    const row = result.rows[0];
    return row ? toImportRecord(row, await this.missingResolution(row.id)) : null;
  }

  async missingResolution(importId: number): Promise<MissingResolution | null> {
    const result = await this.pool.query<ResolutionRow>(
      "SELECT * FROM missing_resolutions WHERE import_id = $1",
      [importId],
    );
    const row = result.rows[0];
    return row ? toResolution(row) : null;
  }

  async newErrorSamples(importId: number): Promise<ReadonlyMap<string, string>> {
    // The import's first new row of each type (ids follow the file's order).
    const result = await this.pool.query<{ rule_id: string; message: string }>(
      `SELECT rule_id, message FROM sync_errors WHERE id IN
         (SELECT min(id) FROM sync_errors WHERE opened_import_id = $1 GROUP BY rule_id)
       ORDER BY rule_id COLLATE "C"`,
      [importId],
    );
    return new Map(result.rows.map((row) => [row.rule_id, row.message]));
  }

  async openCounts(): Promise<OpenCounts> {
    const result = await this.pool.query<{ rule_id: string; n: number }>(
      `SELECT rule_id, n FROM open_counts WHERE n > 0 ORDER BY rule_id COLLATE "C"`,
    );
    const byRule = new Map<string, number>();
    let total = 0;
    for (const { rule_id: ruleId, n } of result.rows) {
      byRule.set(ruleId, n);
      total += n;
    }
    return { total, byRule };
  }

  claimDigest(slot: Date, channel: string, late: boolean): Promise<DigestRecord | null> {
    return this.digests.claimDigest(slot, channel, late);
  }

  markDigestPosted(
    id: number,
    result: { messageTs: string; postedAt: Date; counts: DigestCounts },
  ): Promise<void> {
    return this.digests.markDigestPosted(id, result);
  }

  markDigestFailed(id: number, failure: string): Promise<void> {
    return this.digests.markDigestFailed(id, failure);
  }

  previousDigest(channel: string, before: Date): Promise<DigestRecord | null> {
    return this.digests.previousDigest(channel, before);
  }

  digestAt(slot: Date, channel: string): Promise<DigestRecord | null> {
    return this.digests.digestAt(slot, channel);
  }

  latestDigest(channel: string): Promise<DigestRecord | null> {
    return this.digests.latestDigest(channel);
  }

  earliestDigest(channel: string): Promise<DigestRecord | null> {
    return this.digests.earliestDigest(channel);
  }

  reclaimDigest(id: number): Promise<boolean> {
    return this.digests.reclaimDigest(id);
  }

  digestStats(query: DigestQuery): Promise<DigestStats> {
    return this.digests.digestStats(query);
  }

  /** `SELECT 1` on the pool: the database answers (see Store.ping). */
  async ping(): Promise<void> {
    await this.pool.query("SELECT 1");
  }

  /** Rolls back an import still open (the pool would wait for its connection), closes the pool. */
  async close(): Promise<void> {
    await this.current?.rollback();
    await this.pool.end();
  }
}

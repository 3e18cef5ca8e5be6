import type pg from "pg";
import { StoreError } from "../store-error.js";
import { PG_LATEST_VERSION, PG_MIGRATIONS } from "./migrations.js";
import { redactUrl } from "./redact-url.js";

/** Where a migration started and ended. */
export interface SchemaMigration {
  readonly from: number;
  readonly to: number;
}

// Any constant shared by every syncerror: two replicas starting at once take turns on it.
// ("syncerr" in ASCII, so it reads as ours in pg_locks.)
const MIGRATION_LOCK = 0x73796e63657272n;

// PostgreSQL has no `PRAGMA user_version`: a table records each migration applied, and when.
const SCHEMA_VERSION_TABLE = `
  CREATE TABLE IF NOT EXISTS schema_version (
    version integer PRIMARY KEY,
    applied_at bigint NOT NULL
  )`;

/**
 * Brings the PostgreSQL database up to this build's schema, one transaction per migration, each
 * under an advisory lock so that concurrent migrators (replicas starting together) apply each
 * migration once and in order. Refuses, changing nothing, a database a newer syncerror wrote.
 * `url` only names the database in messages (its password redacted).
 */
export async function migratePostgres(pool: pg.Pool, url: string): Promise<SchemaMigration> {
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    throw new StoreError(
      `Cannot reach the database at DATABASE_URL ${redactUrl(url)}: ${(error as Error).message}.`,
      { cause: error },
    );
  }
  try {
    let from: number | undefined;
    let current = 0;
    // A round per migration, each re-reading the version under the lock (another replica may
    // have applied it meanwhile); the last round finds nothing left to do.
    for (;;) {
      await client.query("BEGIN");
      try {
        await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK.toString()]);
        await client.query(SCHEMA_VERSION_TABLE);
        const result = await client.query<{ version: number | null }>(
          "SELECT max(version) AS version FROM schema_version",
        );
        current = result.rows[0]?.version ?? 0;
        from ??= current;
        if (current > PG_LATEST_VERSION) {
          throw new StoreError(
            `The database at DATABASE_URL ${redactUrl(url)} was written by a newer syncerror (schema ${current}; this version knows up to ${PG_LATEST_VERSION}). ` +
              "Upgrade syncerror, or point DATABASE_URL at another database.",
          );
        }
        const next = PG_MIGRATIONS.find((migration) => migration.version > current);
        if (!next) {
          await client.query("COMMIT");
          return { from, to: current };
        }
        try {
          await client.query(next.sql);
        } catch (error) {
          throw new StoreError(
            `Migration ${next.version} failed on the database at DATABASE_URL ${redactUrl(url)}: ${(error as Error).message}.`,
            { cause: error },
          );
        }
        await client.query("INSERT INTO schema_version (version, applied_at) VALUES ($1, $2)", [
          next.version,
          Date.now(),
        ]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
    }
  } finally {
    client.release();
  }
}

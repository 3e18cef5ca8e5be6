import { existsSync } from "node:fs";
import Database from "better-sqlite3";
import { LATEST_VERSION } from "./migrations.js";
import { migratePostgres } from "./postgres/migrate.js";
import { createPostgresPool } from "./postgres/pool.js";
import { redactUrl } from "./postgres/redact-url.js";
import { openStore } from "./sqlite-store.js";
import { StoreError } from "./store-error.js";

/** Which database `syncerror db migrate` brought up to date, and from which schema version. */
export interface DatabaseMigration {
  readonly backend: "postgresql" | "sqlite";
  /** The SQLite path, or the PostgreSQL URL with its password redacted. */
  readonly where: string;
  readonly from: number;
  readonly to: number;
}

/** The database to migrate: PostgreSQL at `url` when set, else the SQLite file at `path`. */
export interface MigrationTarget {
  readonly url: string | undefined;
  readonly path: string;
}

/**
 * Migrates the configured database to this build's schema and says from which version, so an
 * operator can migrate once before starting (or upgrading) several replicas. A database from a
 * newer syncerror is refused, unchanged (StoreError).
 */
export async function migrateDatabase(target: MigrationTarget): Promise<DatabaseMigration> {
  if (target.url !== undefined) {
    // One connection is all a migration uses.
    const pool = createPostgresPool(target.url, { max: 1 });
    try {
      const result = await migratePostgres(pool, target.url);
      return { backend: "postgresql", where: redactUrl(target.url), ...result };
    } finally {
      await pool.end();
    }
  }
  const from = sqliteVersion(target.path);
  // openStore migrates as it opens (and refuses a newer schema). Awaited, and closed with await,
  // so this reads the same whether the store's methods return values or promises.
  const store = await openStore({ path: target.path });
  await store.close();
  return { backend: "sqlite", where: target.path, from, to: Math.max(from, LATEST_VERSION) };
}

/** The schema version of the SQLite file at `path`; 0 when there is no file yet. */
function sqliteVersion(path: string): number {
  if (path === ":memory:" || !existsSync(path)) return 0;
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new StoreError(`Cannot open the database at ${path}: ${(error as Error).message}.`, {
      cause: error,
    });
  }
  try {
    return db.pragma("user_version", { simple: true }) as number;
  } catch (error) {
    throw new StoreError(
      `The file at ${path} is not a SQLite database: ${(error as Error).message}.`,
      {
        cause: error,
      },
    );
  } finally {
    db.close();
  }
}

import { statSync } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import Database from "better-sqlite3";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { fileProblem } from "../file-problem.js";
import { LATEST_VERSION } from "./migrations.js";
import { copyRow } from "./postgres/copy-text.js";
import { migratePostgres } from "./postgres/migrate.js";
import { createPostgresPool } from "./postgres/pool.js";
import { redactUrl } from "./postgres/redact-url.js";
import { StoreError } from "./store-error.js";

/** One table copied, and how many rows it holds on both sides. */
export interface TableCopy {
  readonly table: string;
  readonly rows: number;
}

/** What `syncerror db copy` did. */
export interface DatabaseCopy {
  readonly from: string;
  /** The PostgreSQL URL, its password redacted. */
  readonly to: string;
  readonly schema: number;
  readonly tables: readonly TableCopy[];
}

/** Rows handed to COPY in one chunk: big enough to stream fast, small enough to stay in memory. */
const CHUNK_ROWS = 2_000;

/**
 * Copies a SQLite store (DATABASE_PATH) into an empty PostgreSQL database (DATABASE_URL): every
 * table, ids kept, in one transaction, so a failure leaves the target as empty as it was. The
 * schemas are the same by construction (test/postgres/migrations.test.ts compares them); the source
 * must be at this build's schema, and the target is migrated to it first. Rows stream through
 * COPY in chunks, so a store of millions of errors copies in bounded memory.
 */
export async function copySqliteToPostgres(
  source: string,
  url: string,
  /** Progress: the table being copied and its rows so far (after each chunk, and at its end). */
  onTable: (table: string, rows: number) => void = () => {},
): Promise<DatabaseCopy> {
  const sqlite = openSource(source);
  const pool = createPostgresPool(url, { max: 1 });
  try {
    const { to: schema } = await migratePostgres(pool, url);
    const tables = tablesInCopyOrder(sqlite);
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      await refuseUnlessEmpty(client, tables, url);
      const copied: TableCopy[] = [];
      for (const table of tables) {
        const rows = await copyTable(sqlite, client, table, (n) => onTable(table, n));
        onTable(table, rows);
        copied.push({ table, rows });
      }
      await restartIdentities(client);
      await client.query("COMMIT");
      return { from: source, to: redactUrl(url), schema, tables: copied };
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error instanceof StoreError
        ? error
        : new StoreError(
            `Copying into ${redactUrl(url)} failed, and nothing was written: ${(error as Error).message}`,
            { cause: error },
          );
    } finally {
      client.release();
    }
  } finally {
    sqlite.close();
    await pool.end();
  }
}

/** The source store, read-only, refused unless it is at this build's schema. */
function openSource(path: string): Database.Database {
  let db: Database.Database;
  try {
    // The file system says plainly what is wrong (no file, a folder); SQLite only "cannot open".
    if (!statSync(path).isFile()) throw Object.assign(new Error(path), { code: "EISDIR" });
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new StoreError(
      {
        key: "files.settingProblem",
        values: { setting: `--from ${path}`, problem: fileProblem(path, "read", error) },
      },
      { cause: error },
    );
  }
  let version: number;
  try {
    version = db.pragma("user_version", { simple: true }) as number;
  } catch (error) {
    db.close();
    throw new StoreError(`--from ${path} is not a SQLite database.`, { cause: error });
  }
  if (version !== LATEST_VERSION) {
    db.close();
    throw new StoreError(
      version < LATEST_VERSION
        ? `--from ${path} is at schema ${version}; bring it to ${LATEST_VERSION} first: DATABASE_PATH=${path} syncerror db migrate`
        : `--from ${path} was written by a newer syncerror (schema ${version}; this version knows up to ${LATEST_VERSION}). Copy it with that version.`,
    );
  }
  return db;
}

/**
 * Tables not copied: rate_slots holds the send times of the last few seconds' API requests
 * (RateSlotStore), gone from any window by the time the copy's target serves a replica.
 */
const TRANSIENT_TABLES: ReadonlySet<string> = new Set(["rate_slots"]);

/** The store's tables but the transient ones, each after the tables its foreign keys point to. */
function tablesInCopyOrder(db: Database.Database): string[] {
  const names = (
    db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all() as Array<{ name: string }>
  )
    .map((row) => row.name)
    .filter((name) => !TRANSIENT_TABLES.has(name));
  const ordered: string[] = [];
  const visit = (name: string, path: ReadonlySet<string>) => {
    if (ordered.includes(name) || path.has(name)) return;
    const parents = db.pragma(`foreign_key_list("${name}")`) as Array<{ table: string }>;
    for (const { table } of parents) visit(table, new Set([...path, name]));
    ordered.push(name);
  };
  for (const name of names) visit(name, new Set());
  return ordered;
}

/** Copying into a database that already holds data would mix two histories: refused. */
async function refuseUnlessEmpty(client: pg.PoolClient, tables: readonly string[], url: string) {
  const filled: string[] = [];
  for (const table of tables) {
    const { rows } = await client.query<{ any: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM "${table}") AS any`,
    );
    if (rows[0]?.any) filled.push(table);
  }
  if (filled.length > 0)
    throw new StoreError(
      `${redactUrl(url)} already holds data (in ${filled.join(", ")}); copy into an empty database, so two histories are never mixed.`,
    );
}

/** Streams one table's rows into PostgreSQL with COPY; returns how many, checked on both sides. */
async function copyTable(
  db: Database.Database,
  client: pg.PoolClient,
  table: string,
  onChunk: (rowsSoFar: number) => void,
) {
  const columns = (db.pragma(`table_info("${table}")`) as Array<{ name: string }>).map(
    (column) => column.name,
  );
  const list = columns.map((column) => `"${column}"`).join(", ");
  const rows = db.prepare(`SELECT ${list} FROM "${table}"`).raw().iterate() as IterableIterator<
    unknown[]
  >;
  let count = 0;
  function* chunks(): Generator<string> {
    let chunk = "";
    let inChunk = 0;
    for (const row of rows) {
      chunk += copyRow(row.map((value) => field(table, value)));
      count++;
      if (++inChunk === CHUNK_ROWS) {
        onChunk(count);
        yield chunk;
        chunk = "";
        inChunk = 0;
      }
    }
    if (chunk) yield chunk;
  }
  await pipeline(
    Readable.from(chunks()),
    client.query(copyFrom(`COPY "${table}" (${list}) FROM STDIN`)),
  );
  const { rows: counted } = await client.query<{ n: number }>(
    `SELECT count(*) AS n FROM "${table}"`,
  );
  if (counted[0]?.n !== count)
    throw new StoreError(
      `${table}: ${count} rows read, ${counted[0]?.n ?? 0} written; nothing was kept.`,
    );
  return count;
}

/** A SQLite value as COPY takes it; the store keeps no blobs, so one would be a foreign file. */
function field(table: string, value: unknown): string | number | null {
  if (value === null || typeof value === "string" || typeof value === "number") return value;
  if (typeof value === "bigint") return value.toString();
  throw new StoreError(
    `${table} holds a value of a kind the store never writes (${typeof value}).`,
  );
}

/** Identity columns continue after the copied ids, so the next insert does not collide. */
async function restartIdentities(client: pg.PoolClient) {
  const { rows } = await client.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns
     WHERE table_schema = current_schema() AND is_identity = 'YES'`,
  );
  for (const { table_name: table, column_name: column } of rows) {
    await client.query(
      `SELECT setval(pg_get_serial_sequence($1, $2),
         coalesce((SELECT max("${column}") FROM "${table}"), 0) + 1, false)`,
      [`"${table}"`, column],
    );
  }
}

import Database from "better-sqlite3";
import type pg from "pg";
import { afterEach, expect, it } from "vitest";
import { LATEST_VERSION, MIGRATIONS } from "../../src/store/migrations.js";
import { migratePostgres } from "../../src/store/postgres/migrate.js";
import { PG_LATEST_VERSION, PG_MIGRATIONS } from "../../src/store/postgres/migrations.js";
import { createPostgresPool } from "../../src/store/postgres/pool.js";
import { StoreError } from "../../src/store/store-error.js";
import { freePort } from "../fakes/free-port.js";
import { describePostgres } from "./database.js";

/** Table → "column NOT NULL" / "column NULL" lines, sorted, with the named indexes. */
interface SchemaShape {
  readonly tables: Record<string, string[]>;
  readonly indexes: string[];
}

function sqliteShape(): SchemaShape {
  const db = new Database(":memory:");
  try {
    for (const migration of MIGRATIONS) db.exec(migration.sql);
    const names = db
      .prepare<[], { name: string }>(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
      )
      .all()
      .map((row) => row.name);
    const tables: Record<string, string[]> = {};
    for (const name of names) {
      const columns = db
        .prepare<[string], { name: string; notnull: number; pk: number }>(
          'SELECT name, "notnull", pk FROM pragma_table_info(?)',
        )
        .all(name);
      // A primary key column is never null in PostgreSQL; in SQLite it is in effect (rowid).
      tables[name] = columns
        .map((c) => `${c.name} ${c.notnull || c.pk ? "NOT NULL" : "NULL"}`)
        .sort();
    }
    const indexes = db
      .prepare<[], { name: string }>(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL",
      )
      .all()
      .map((row) => row.name)
      .sort();
    return { tables, indexes };
  } finally {
    db.close();
  }
}

async function postgresShape(pool: pg.Pool): Promise<SchemaShape> {
  const columns = await pool.query<{
    table_name: string;
    column_name: string;
    is_nullable: string;
  }>(
    `SELECT table_name, column_name, is_nullable FROM information_schema.columns
     WHERE table_schema = 'public' AND table_name <> 'schema_version'`,
  );
  const tables: Record<string, string[]> = {};
  for (const c of columns.rows) {
    const line = `${c.column_name} ${c.is_nullable === "NO" ? "NOT NULL" : "NULL"}`;
    tables[c.table_name] = [...(tables[c.table_name] ?? []), line].sort();
  }
  // Indexes created by name, not those backing a primary key or unique constraint.
  const indexes = await pool.query<{ indexname: string }>(
    `SELECT indexname FROM pg_indexes WHERE schemaname = 'public'
     AND indexname NOT IN (SELECT conname FROM pg_constraint)`,
  );
  return { tables, indexes: indexes.rows.map((r) => r.indexname).sort() };
}

const versions = async (pool: pg.Pool) =>
  (
    await pool.query<{ version: number; applied_at: number }>(
      "SELECT version, applied_at FROM schema_version ORDER BY version",
    )
  ).rows;

const withPassword = (url: string, password: string) => {
  const u = new URL(url);
  u.password = password;
  return u.toString();
};

describePostgres("PostgreSQL migrations", (databases) => {
  const pools: pg.Pool[] = [];
  const pool = (url: string) => {
    const p = createPostgresPool(url, { max: 2 });
    pools.push(p);
    return p;
  };
  afterEach(async () => {
    await Promise.all(pools.splice(0).map((p) => p.end()));
  });

  it("have the same versions as the SQLite migrations", () => {
    expect(PG_MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(PG_LATEST_VERSION).toBe(LATEST_VERSION);
  });

  it("bring an empty database to the latest version, one recorded row per migration", async () => {
    const url = await databases.create();
    const db = pool(url);
    expect(await migratePostgres(db, url)).toEqual({ from: 0, to: LATEST_VERSION });
    const rows = await versions(db);
    expect(rows.map((row) => row.version)).toEqual(MIGRATIONS.map((m) => m.version));
    // The pool reads bigint as a number (pg's default is a string), as SQLite gives it.
    expect(typeof rows[0]?.applied_at).toBe("number");
  });

  it("change nothing when run a second time", async () => {
    const url = await databases.create();
    const db = pool(url);
    await migratePostgres(db, url);
    const before = await versions(db);
    expect(await migratePostgres(db, url)).toEqual({ from: LATEST_VERSION, to: LATEST_VERSION });
    expect(await versions(db)).toEqual(before);
  });

  it("apply each migration once when four replicas migrate at the same moment", async () => {
    const url = await databases.create();
    const results = await Promise.all([1, 2, 3, 4].map(() => migratePostgres(pool(url), url)));
    for (const result of results) expect(result.to).toBe(LATEST_VERSION);
    expect(results.filter((r) => r.from === 0).length).toBeGreaterThanOrEqual(1);
    const db = pool(url);
    expect((await versions(db)).map((row) => row.version)).toEqual(
      MIGRATIONS.map((m) => m.version),
    );
    expect(await postgresShape(db)).toEqual(sqliteShape());
  });

  it("refuse a database a newer syncerror wrote, naming DATABASE_URL without its password", async () => {
    const url = await databases.create();
    const db = pool(url);
    await migratePostgres(db, url);
    await db.query("INSERT INTO schema_version (version, applied_at) VALUES (99, 0)");
    // Trust authentication: the server ignores the password, so the URL still connects.
    const secretUrl = withPassword(url, "s3cret-pw");
    const refusal = await migratePostgres(db, secretUrl).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(StoreError);
    const message = (refusal as StoreError).message;
    expect(message).toContain(
      `was written by a newer syncerror (schema 99; this version knows up to ${LATEST_VERSION})`,
    );
    expect(message).toContain("DATABASE_URL postgres://postgres:***@127.0.0.1:");
    expect(message).not.toContain("s3cret-pw");
    expect((await versions(db)).length).toBe(PG_MIGRATIONS.length + 1);
  });

  it("end with the same tables, columns, NOT NULLs and indexes as the SQLite schema", async () => {
    const url = await databases.create();
    const db = pool(url);
    await migratePostgres(db, url);
    const pgShape = await postgresShape(db);
    expect(Object.keys(pgShape.tables).length).toBeGreaterThan(10);
    expect(pgShape).toEqual(sqliteShape());
  });

  it("say which database they cannot reach, without its password", async () => {
    const url = `postgres://syncerror:hunter2-pw@127.0.0.1:${await freePort()}/nowhere`;
    const refusal = await migratePostgres(pool(url), url).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(StoreError);
    expect((refusal as StoreError).message).toMatch(
      /^Cannot reach the database at DATABASE_URL postgres:\/\/syncerror:\*\*\*@127\.0\.0\.1:\d+\/nowhere: .*ECONNREFUSED/,
    );
    expect((refusal as StoreError).message).not.toContain("hunter2-pw");
  });
});

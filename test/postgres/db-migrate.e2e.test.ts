import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { LATEST_VERSION } from "../../src/store/migrations.js";
import { runSyncerror } from "../fakes/run-syncerror.js";
import { describePostgres } from "./database.js";

const folder = mkdtempSync(join(tmpdir(), "syncerror-db-migrate-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const withPassword = (url: string, password: string) => {
  const u = new URL(url);
  u.password = password;
  return u.toString();
};

describePostgres("syncerror db migrate, with DATABASE_URL", (databases) => {
  it("migrates PostgreSQL, saying from and to which schema, never printing the password", async () => {
    const url = withPassword(await databases.create(), "pg-secret-1");
    const shown = url.replace("pg-secret-1", "***");
    const first = await runSyncerror(["db", "migrate"], { DATABASE_URL: url });
    expect(first).toEqual({
      code: 0,
      stdout: `PostgreSQL at ${shown}: schema 0 → ${LATEST_VERSION}.\n`,
      stderr: "",
    });
    const again = await runSyncerror(["db", "migrate"], { DATABASE_URL: url });
    expect(again.stdout).toBe(
      `PostgreSQL at ${shown}: already at schema ${LATEST_VERSION}, nothing to migrate.\n`,
    );
    expect(again.code).toBe(0);
  });

  it("refuses a database a newer syncerror wrote, with exit 1", async () => {
    const url = withPassword(await databases.create(), "pg-secret-2");
    await runSyncerror(["db", "migrate"], { DATABASE_URL: url });
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query("INSERT INTO schema_version (version, applied_at) VALUES (1000, 0)");
    await client.end();
    const run = await runSyncerror(["db", "migrate"], { DATABASE_URL: url });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(
      `syncerror db: The database at DATABASE_URL ${url.replace("pg-secret-2", "***")} was written by a newer syncerror (schema 1000; this version knows up to ${LATEST_VERSION}). Upgrade syncerror, or point DATABASE_URL at another database.`,
    );
    expect(run.stderr).not.toContain("pg-secret-2");
  });
});

describe("syncerror db migrate, without DATABASE_URL", () => {
  it("migrates the SQLite file at DATABASE_PATH, creating it", async () => {
    const path = join(folder, "data", "store.db");
    const env = { DATABASE_URL: "", DATABASE_PATH: path };
    const first = await runSyncerror(["db", "migrate"], env);
    expect(first).toEqual({
      code: 0,
      stdout: `SQLite at ${path}: schema 0 → ${LATEST_VERSION}.\n`,
      stderr: "",
    });
    const again = await runSyncerror(["db", "migrate"], env);
    expect(again.stdout).toBe(
      `SQLite at ${path}: already at schema ${LATEST_VERSION}, nothing to migrate.\n`,
    );
  });

  it("answers anything but migrate with the usage, exit 2", async () => {
    const run = await runSyncerror(["db", "drop"], { DATABASE_URL: "" });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Say what to do with the database: migrate, or copy.");
    expect(run.stderr).toContain("syncerror db migrate");
  });
});

describePostgres("DATABASE_URL selects PostgreSQL", (databases) => {
  it("imports into PostgreSQL and reads it back, leaving DATABASE_PATH untouched", async () => {
    const url = withPassword(await databases.create(), "pg-secret-3");
    const untouched = join(folder, "untouched.db");
    const env = { DATABASE_URL: url, DATABASE_PATH: untouched };
    const csv = join(folder, "export.csv");
    const made = await runSyncerror(["demo-data", "--rows", "30", "--out", csv], env);
    expect(made.code).toBe(0);
    const imported = await runSyncerror(["import", csv, "--json"], env);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ rows: 30, new: 30 });
    const status = await runSyncerror(["status", "--json"], env);
    expect(status.code).toBe(0);
    expect(JSON.parse(status.stdout)).toMatchObject({ open: 30 });
    expect(existsSync(untouched)).toBe(false);
    expect(`${imported.stderr}${status.stderr}`).not.toContain("pg-secret-3");
  });

  it("says at start which store the bot uses, the password hidden", async () => {
    const url = withPassword(await databases.create(), "pg-secret-4");
    // Without Slack credentials the bot would start local mode; a token the refused sandbox
    // never sees is enough: the store is opened before Slack is asked.
    const run = await runSyncerror([], {
      DATABASE_URL: url,
      SLACK_BOT_TOKEN: "xoxb-unused",
      SLACK_SIGNING_SECRET: "0123456789abcdef0123456789abcdef",
      SLACK_API_URL: "http://127.0.0.1:1/api/",
      SLACK_START_TIMEOUT: "1",
      LOG_LEVEL: "info",
    });
    expect(run.stdout + run.stderr).toContain(
      `store: PostgreSQL at ${url.replace("pg-secret-4", "***")}`,
    );
    expect(run.stdout + run.stderr).not.toContain("pg-secret-4");
  });
});

describe("DATABASE_URL that is not PostgreSQL's", () => {
  const url = "postgres://syncerror:hunter2@127.0.0.1:1/syncerror";
  it("stops a command with exit 1 when the server cannot be reached, the password hidden", async () => {
    const run = await runSyncerror(["status"], { DATABASE_URL: url });
    expect(run.code).toBe(1);
    expect(run.stderr).not.toContain("hunter2");
  });

  it("reports a DATABASE_URL that is not PostgreSQL's with the other problems, exit 2", async () => {
    const run = await runSyncerror([], {
      DATABASE_URL: "mysql://root:hunter2@db/syncerror",
      DIGEST_CHANNEL: "#general",
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("DATABASE_URL must be a postgres:// or postgresql:// URL");
    expect(run.stderr).toContain("DIGEST_CHANNEL");
    expect(run.stderr).not.toContain("hunter2");
  });
});

describePostgres("syncerror db copy", (databases) => {
  it("moves a SQLite store's history into an empty PostgreSQL database, ids kept, and refuses a second copy", async () => {
    const sqlite = join(folder, "copy-source.db");
    const csv = join(folder, "copy-export.csv");
    const later = join(folder, "copy-later.csv");
    const onSqlite = { DATABASE_URL: "", DATABASE_PATH: sqlite };
    expect((await runSyncerror(["demo-data", "--rows", "40", "--out", csv], onSqlite)).code).toBe(
      0,
    );
    expect((await runSyncerror(["import", csv], onSqlite)).code).toBe(0);
    const before = JSON.parse((await runSyncerror(["status", "--json"], onSqlite)).stdout);

    const url = withPassword(await databases.create(), "pg-secret-5");
    const onPostgres = { DATABASE_URL: url, DATABASE_PATH: join(folder, "unused.db") };
    const copy = await runSyncerror(["db", "copy", "--from", sqlite], onPostgres);
    expect(copy.code).toBe(0);
    expect(copy.stdout).toMatch(
      new RegExp(`^Copied [\\d,]+ rows in \\d+ tables from ${sqlite} to PostgreSQL at .*\\*\\*\\*`),
    );
    expect(copy.stdout).toMatch(/sync_errors\s+40\n/);
    expect(copy.stdout + copy.stderr).not.toContain("pg-secret-5");

    // The same status from PostgreSQL, and the next import continues the ids.
    const after = JSON.parse((await runSyncerror(["status", "--json"], onPostgres)).stdout);
    expect(after).toEqual(before);
    expect(
      (await runSyncerror(["demo-data", "--rows", "5", "--seed", "9", "--out", later], onPostgres))
        .code,
    ).toBe(0);
    const next = await runSyncerror(["import", later, "--keep-missing", "--json"], onPostgres);
    expect(next.code).toBe(0);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ id: number }>("SELECT id FROM imports ORDER BY id");
    await client.end();
    expect(rows.map((r) => Number(r.id))).toEqual([1, 2]);

    const again = await runSyncerror(["db", "copy", "--from", sqlite], onPostgres);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("already holds data (in ");
    expect(again.stderr).toContain("copy into an empty database");
  });

  it("says what is missing: --from, a database, or the file", async () => {
    const noFrom = await runSyncerror(["db", "copy"], { DATABASE_URL: "" });
    expect(noFrom.code).toBe(2);
    expect(noFrom.stderr).toContain("db copy needs --from");
    const noTo = await runSyncerror(["db", "copy", "--from", "x.db"], { DATABASE_URL: "" });
    expect(noTo.code).toBe(2);
    expect(noTo.stderr).toContain("--to <postgres url>, or DATABASE_URL");
    const url = await databases.create();
    const missing = await runSyncerror(["db", "copy", "--from", join(folder, "nope.db")], {
      DATABASE_URL: url,
    });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("There is no file");
  });
});

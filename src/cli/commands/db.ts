import { UsageError } from "../../errors.js";
import { copySqliteToPostgres, type DatabaseCopy } from "../../store/copy-database.js";
import type { DatabaseMigration } from "../../store/migrate-database.js";
import { type CliCommand, HELP_OPTION } from "../cli-command.js";
import { EXIT, PROGRAM } from "../exit-codes.js";
import { write } from "../io.js";
import { createProgress } from "../progress.js";

const usage = () => db.usage.join("\n       ");

/**
 * `syncerror db migrate`: brings the database (DATABASE_URL, else DATABASE_PATH) up to date.
 * `syncerror db copy --from <sqlite file> [--to <postgres url>]`: moves a SQLite store's whole
 * history into an empty PostgreSQL database (`--to` defaults to DATABASE_URL, which keeps the
 * password off the command line, where `ps` would show it).
 */
export const db: CliCommand = {
  name: "db",
  usage: [`${PROGRAM} db migrate`, `${PROGRAM} db copy --from <sqlite file> [--to <postgres url>]`],
  summary:
    "Migrate the database (PostgreSQL at DATABASE_URL, else SQLite at DATABASE_PATH), or copy a SQLite store into PostgreSQL",
  options: { from: { type: "string" }, to: { type: "string" }, ...HELP_OPTION },
  async run({ values, positionals }, io, context) {
    const [action, ...rest] = positionals;
    if (action === "migrate" && rest.length === 0) {
      await write(io.stdout, `${describeMigration(await context.migrateDatabase())}\n`);
      return EXIT.ok;
    }
    if (action === "copy" && rest.length === 0) {
      const from = values.from;
      const to = values.to ?? context.config().databaseUrl;
      if (typeof from !== "string" || from === "")
        throw new UsageError("db copy needs --from, the SQLite file to copy.", usage());
      if (typeof to !== "string" || to === "")
        throw new UsageError(
          "db copy needs a PostgreSQL database: --to <postgres url>, or DATABASE_URL.",
          usage(),
        );
      if (!/^postgres(ql)?:\/\//.test(to))
        throw new UsageError("--to must be a postgres:// or postgresql:// URL.", usage());
      const progress = createProgress(io.stderr, true);
      const copy = await copySqliteToPostgres(from, to, (table, rows) =>
        progress.update(`Copied ${table}: ${rows.toLocaleString("en")} rows`),
      );
      progress.done();
      await write(io.stdout, `${describeCopy(copy)}\n`);
      return EXIT.ok;
    }
    throw new UsageError("Say what to do with the database: migrate, or copy.", usage());
  },
};

/** "Copied 12,345 rows in 14 tables from a.db to PostgreSQL at postgres://u:***@db/x (schema 10)." */
export function describeCopy(copy: DatabaseCopy): string {
  const rows = copy.tables.reduce((sum, table) => sum + table.rows, 0);
  const lines = copy.tables
    .filter((table) => table.rows > 0)
    .map((table) => `  ${table.table.padEnd(24)} ${table.rows.toLocaleString("en").padStart(12)}`);
  return [
    `Copied ${rows.toLocaleString("en")} rows in ${copy.tables.length} tables from ${copy.from} to PostgreSQL at ${copy.to} (schema ${copy.schema}).`,
    ...lines,
  ].join("\n");
}

/** "PostgreSQL at postgres://u:***@db/x: schema 3 → 9." or "…: already at schema 9." */
export function describeMigration(m: DatabaseMigration): string {
  const where = `${m.backend === "postgresql" ? "PostgreSQL" : "SQLite"} at ${m.where}`;
  return m.from === m.to
    ? `${where}: already at schema ${m.to}, nothing to migrate.`
    : `${where}: schema ${m.from} → ${m.to}.`;
}

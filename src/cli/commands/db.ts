import { UsageError } from "../../errors.js";
import type { Translator } from "../../i18n/translator.js";
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
      const migration = await context.migrateDatabase();
      await write(io.stdout, `${describeMigration(migration, context.translator)}\n`);
      return EXIT.ok;
    }
    if (action === "copy" && rest.length === 0) {
      const from = values.from;
      const to = values.to ?? context.config().databaseUrl;
      if (typeof from !== "string" || from === "")
        throw new UsageError({ key: "cli.dbNeedsFrom" }, usage());
      if (typeof to !== "string" || to === "")
        throw new UsageError({ key: "cli.dbNeedsTo", values: { url: "<postgres url>" } }, usage());
      if (!/^postgres(ql)?:\/\//.test(to))
        throw new UsageError({ key: "cli.dbToPostgres" }, usage());
      const t = context.translator;
      const progress = createProgress(io.stderr, true);
      const copy = await copySqliteToPostgres(from, to, (table, rows) =>
        progress.update(t.t("cli.dbCopying", { table, rows })),
      );
      progress.done();
      await write(io.stdout, `${describeCopy(copy, t)}\n`);
      return EXIT.ok;
    }
    throw new UsageError({ key: "cli.dbSayWhat" }, usage());
  },
};

/** "Copied 12,345 rows in 14 tables from a.db to PostgreSQL at postgres://u:***@db/x (schema 10)." */
export function describeCopy(copy: DatabaseCopy, t: Translator): string {
  const rows = copy.tables.reduce((sum, table) => sum + table.rows, 0);
  const lines = copy.tables
    .filter((table) => table.rows > 0)
    .map((table) => `  ${table.table.padEnd(24)} ${t.number(table.rows).padStart(12)}`);
  return [
    t.t("cli.dbCopied", {
      rows,
      tables: copy.tables.length,
      from: copy.from,
      to: copy.to,
      schema: copy.schema,
    }),
    ...lines,
  ].join("\n");
}

/** "PostgreSQL at postgres://u:***@db/x: schema 3 → 9." or "…: already at schema 9." */
export function describeMigration(m: DatabaseMigration, t: Translator): string {
  const values = {
    backend: m.backend === "postgresql" ? "PostgreSQL" : "SQLite",
    where: m.where,
    from: m.from,
    to: m.to,
  };
  return m.from === m.to ? t.t("cli.dbUpToDate", values) : t.t("cli.dbMigrated", values);
}

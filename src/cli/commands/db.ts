import { UsageError } from "../../errors.js";
import type { DatabaseMigration } from "../../store/migrate-database.js";
import { type CliCommand, HELP_OPTION } from "../cli-command.js";
import { EXIT, PROGRAM } from "../exit-codes.js";
import { write } from "../io.js";

const usage = () => db.usage.join("\n       ");

/** `syncerror db migrate`: brings the database (DATABASE_URL, else DATABASE_PATH) up to date. */
export const db: CliCommand = {
  name: "db",
  usage: [`${PROGRAM} db migrate`],
  summary: "Migrate the database (PostgreSQL at DATABASE_URL, else SQLite at DATABASE_PATH)",
  options: { ...HELP_OPTION },
  async run({ positionals }, io, context) {
    const [action, ...rest] = positionals;
    if (action === "migrate" && rest.length === 0) {
      await write(io.stdout, `${describeMigration(await context.migrateDatabase())}\n`);
      return EXIT.ok;
    }
    throw new UsageError("Say what to do with the database: migrate.", usage());
  },
};

/** "PostgreSQL at postgres://u:***@db/x: schema 3 → 9." or "…: already at schema 9." */
export function describeMigration(m: DatabaseMigration): string {
  const where = `${m.backend === "postgresql" ? "PostgreSQL" : "SQLite"} at ${m.where}`;
  return m.from === m.to
    ? `${where}: already at schema ${m.to}, nothing to migrate.`
    : `${where}: schema ${m.from} → ${m.to}.`;
}

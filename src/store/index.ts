/** The error store: SQLite or PostgreSQL behind one small interface, so no other module writes SQL. */
export { fingerprintOf } from "./fingerprint.js";
export {
  type DatabaseMigration,
  type MigrationTarget,
  migrateDatabase,
} from "./migrate-database.js";
export { openConfiguredStore, type StoreLocation } from "./open-configured-store.js";
export { redactUrl } from "./postgres/redact-url.js";
export { openStore, type StoreOptions } from "./sqlite-store.js";
export { StoreError } from "./store-error.js";
export type * from "./types.js";

/** The error store: SQLite behind a small interface, so no other module writes SQL. */
export { fingerprintOf } from "./fingerprint.js";
export { openStore, type StoreOptions } from "./sqlite-store.js";
export { StoreError } from "./store-error.js";
export type * from "./types.js";

import { openPostgresStore } from "./postgres/pg-store.js";
import { openStore } from "./sqlite-store.js";
import type { Store } from "./types.js";

/** Which database the configuration names. */
export interface StoreLocation {
  /** DATABASE_URL: a postgres:// URL; when set, PostgreSQL is the store. */
  readonly url?: string | undefined;
  /** DATABASE_PATH: the SQLite file used when no URL is set. */
  readonly path: string;
}

/**
 * Opens (and migrates) the store the configuration names: PostgreSQL when DATABASE_URL is set,
 * for more than one replica; otherwise the SQLite file at DATABASE_PATH, the default.
 */
export async function openConfiguredStore(location: StoreLocation): Promise<Store> {
  return location.url === undefined
    ? openStore({ path: location.path })
    : openPostgresStore({ url: location.url });
}

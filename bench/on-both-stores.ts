import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { openStore } from "../src/store/index.js";
import { openPostgresStore } from "../src/store/postgres/pg-store.js";
import type { Store } from "../src/store/types.js";
import {
  createDatabase,
  findPostgresBinaries,
  INSTALL_HINT,
  startPostgres,
} from "./postgres-server.js";
import { printTable } from "./table.js";

/** A row of a bench table: what, measured, goal. */
export type BenchRow = [string, string, string];

/**
 * Runs one bench on a filled SQLite store, then on a filled PostgreSQL store in a throwaway
 * cluster, and prints one table of both. `measure` gets the backend's name, the store and how
 * long filling it took. Without PostgreSQL's server binaries (or with SYNCERROR_SKIP_POSTGRES=1)
 * its rows are skipped, and said so.
 */
export async function benchOnBothStores(options: {
  readonly title: string;
  /** Names the temporary SQLite file and PostgreSQL database (`bench_<name>`). */
  readonly name: string;
  readonly fill: (store: Store) => Promise<void>;
  readonly measure: (backend: string, store: Store, fillSeconds: number) => Promise<BenchRow[]>;
}): Promise<void> {
  const { title, name, fill, measure } = options;
  const table: BenchRow[] = [];
  const dir = await mkdtemp(join(tmpdir(), `syncerror-${name}-bench-`));
  try {
    const store = await openStore({ path: join(dir, `${name}.db`) });
    try {
      const started = performance.now();
      await fill(store);
      table.push(...(await measure("SQLite", store, (performance.now() - started) / 1000)));
    } finally {
      await store.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const skipped = process.env.SYNCERROR_SKIP_POSTGRES === "1";
  const bindir = skipped ? undefined : findPostgresBinaries();
  if (!bindir) {
    printTable(title, table);
    console.log(
      `PostgreSQL skipped: ${skipped ? "SYNCERROR_SKIP_POSTGRES=1" : `no PostgreSQL server found. ${INSTALL_HINT}`}`,
    );
    return;
  }
  const server = await startPostgres(bindir);
  try {
    const url = await createDatabase(server.url, `bench_${name}`);
    const store = await openPostgresStore({ url });
    try {
      const started = performance.now();
      await fill(store);
      const fillSeconds = (performance.now() - started) / 1000;
      // What autovacuum does within a minute of a large import: fresh statistics for the
      // planner, and pages marked all-visible for index-only scans.
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query("VACUUM ANALYZE sync_errors");
      await admin.end();
      table.push(...(await measure("PostgreSQL", store, fillSeconds)));
    } finally {
      await store.close();
    }
  } finally {
    await server.stop();
  }
  printTable(title, table);
}

/**
 * One measured import, in its own process so that its peak memory is its own:
 * `node dist/bench/import-run.js <baseline|syncerror|reimport> <csv> <database>` prints
 * `{"rows", "seconds", "peakRssMb"}` as JSON.
 */
import { createReadStream } from "node:fs";
import Database from "better-sqlite3";
import { parse } from "csv-parse";
import { createCatalog } from "../src/catalog/catalog.js";
import { importFile } from "../src/import/import-file.js";
import { rules } from "../src/rules/index.js";
import { openStore } from "../src/store/index.js";
import { CACHE_KIB } from "../src/store/sqlite-store.js";

const [mode, csvPath, dbPath] = process.argv.slice(2);
if (!mode || !csvPath || !dbPath)
  throw new Error("usage: import-run <baseline|syncerror|reimport> <csv> <database>");

const BATCH = 10_000;

/** The yardstick: csv-parse into a bare upsert, in batched transactions, nothing else. */
async function baseline(): Promise<number> {
  const db = new Database(dbPath as string);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  // The same page cache as the store, so the comparison measures the importer, not a setting.
  db.pragma(`cache_size = -${CACHE_KIB}`);
  db.exec(
    "CREATE TABLE IF NOT EXISTS errors (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, type TEXT, message TEXT, name TEXT, seen INTEGER)",
  );
  const upsert = db.prepare(
    "INSERT INTO errors (key, type, message, name, seen) VALUES (?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET message = excluded.message, seen = excluded.seen",
  );
  const flush = db.transaction((rows: string[][]) => {
    for (const r of rows) upsert.run(`${r[0]}|${r[1]}|${r[4]}`, r[4], r[5], r[3], Date.now());
  });
  let batch: string[][] = [];
  let count = 0;
  const parser = createReadStream(csvPath as string).pipe(
    parse({ from_line: 2, relax_column_count: true }),
  );
  for await (const record of parser) {
    batch.push(record as string[]);
    count++;
    if (batch.length === BATCH) {
      flush(batch);
      batch = [];
    }
  }
  flush(batch);
  db.close();
  return count;
}

async function syncerror(): Promise<number> {
  const store = await openStore({ path: dbPath as string });
  const outcome = await importFile(csvPath as string, {
    store,
    catalog: createCatalog(rules),
    importedBy: "bench",
    now: () => new Date(),
    maxBytes: 2_000_000_000,
  });
  await store.close();
  return outcome.record.rowsRead;
}

const started = performance.now();
const rows = mode === "baseline" ? await baseline() : await syncerror();
const seconds = (performance.now() - started) / 1000;
// maxRSS is in kilobytes.
console.log(JSON.stringify({ rows, seconds, peakRssMb: process.resourceUsage().maxRSS / 1024 }));

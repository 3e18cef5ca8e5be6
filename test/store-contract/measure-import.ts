/**
 * Measures an import of 200,000 rows into PostgreSQL through the store against a bare COPY of the
 * same rows into a plain table, in the same run on a throwaway server. Not a test (timings vary
 * with the machine): run it by hand and read the ratio.
 *
 *   npx tsx test/store-contract/measure-import.ts [rows]
 */
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { copyRow } from "../../src/store/postgres/copy-text.js";
import { openPostgresStore } from "../../src/store/postgres/pg-store.js";
import type { ObservedError } from "../../src/store/types.js";
import { freePort } from "../fakes/free-port.js";
import { findPostgresBinaries, INSTALL_HINT, startPostgres } from "../postgres/server.js";

const ROWS = Number(process.argv[2] ?? 200_000);
const RULES = [
  "owner-inactive",
  "picklist-value",
  "required-field",
  "duplicate-email",
  "no-access",
];

const rows: ObservedError[] = Array.from({ length: ROWS }, (_, i) => ({
  ruleId: RULES[i % RULES.length] as string,
  category: "property-values",
  direction: "hubspot-to-salesforce",
  objectType: i % 3 === 0 ? "company" : "contact",
  hubspotId: String(100_000 + i),
  salesforceId: i % 2 === 0 ? `003${String(i).padStart(15, "0")}` : null,
  recordName: `Record number ${i}`,
  message: `The value "Option ${i % 97}" is not valid for the picklist Lead Source on record ${i}.`,
  statusCode: "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
  occurredAt: new Date(Date.UTC(2026, 2, 1) + i * 1000),
}));

async function createDatabase(url: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function throughStore(url: string, at: number): Promise<number> {
  const store = await openPostgresStore({ url });
  try {
    const started = performance.now();
    const tx = await store.beginImport({
      fileName: "measure.csv",
      contentHash: `measure-${at}`,
      importedBy: "cli",
      importedAt: new Date(at),
    });
    for (const row of rows) await tx.add(row);
    await tx.commit({
      rowsRead: rows.length,
      rejected: 0,
      objectTypes: ["contact", "company"],
      columns: {},
    });
    return performance.now() - started;
  } finally {
    await store.close();
  }
}

/** The same rows, text built the same way, COPYed into a table with no key and no index. */
async function bareCopy(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`CREATE TABLE bare (fingerprint text, rule_id text, category text,
      direction text, object_type text, hubspot_id text, salesforce_id text, record_name text,
      message text, status_code text, occurred bigint)`);
    const started = performance.now();
    const text = rows
      .map((row) =>
        copyRow([
          `${row.objectType}|hs:${row.hubspotId}|${row.ruleId}`,
          row.ruleId,
          row.category,
          row.direction,
          row.objectType,
          row.hubspotId,
          row.salesforceId,
          row.recordName,
          row.message,
          row.statusCode,
          row.occurredAt?.getTime() ?? null,
        ]),
      )
      .join("");
    await pipeline(Readable.from([text]), client.query(copyFrom("COPY bare FROM STDIN")));
    return performance.now() - started;
  } finally {
    await client.end();
  }
}

const bindir = findPostgresBinaries();
if (!bindir) throw new Error(`No PostgreSQL server found. ${INSTALL_HINT}`);
const server = await startPostgres(bindir, await freePort());
try {
  const url = await createDatabase(server.url, "measure");
  // The bare COPY first, into the empty database; then an import of all-new rows, then the same
  // rows again (every row an update: the steady state of daily exports).
  const bare = await bareCopy(url);
  const fresh = await throughStore(url, Date.UTC(2026, 2, 2));
  const again = await throughStore(url, Date.UTC(2026, 2, 3));
  const ms = (t: number) => `${(t / 1000).toFixed(2)} s`;
  const rate = (t: number) => `${Math.round(ROWS / (t / 1000)).toLocaleString("en")} rows/s`;
  console.log(`${ROWS.toLocaleString("en")} rows`);
  console.log(`bare COPY into a plain table:   ${ms(bare)} (${rate(bare)})`);
  console.log(
    `store import, all new:          ${ms(fresh)} (${rate(fresh)}), ratio ${(bare / fresh).toFixed(2)}`,
  );
  console.log(
    `store import, all seen before:  ${ms(again)} (${rate(again)}), ratio ${(bare / again).toFixed(2)}`,
  );
} finally {
  await server.stop();
}

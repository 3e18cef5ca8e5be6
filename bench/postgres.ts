import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { createCatalog } from "../src/catalog/catalog.js";
import { collectDigest } from "../src/digest/collect-digest.js";
import { composeDigest } from "../src/digest/compose-digest.js";
import { rules } from "../src/rules/index.js";
import { copyRow } from "../src/store/postgres/copy-text.js";
import { openPostgresStore } from "../src/store/postgres/pg-store.js";
import type { ObservedError } from "../src/store/types.js";
import {
  createDatabase,
  findPostgresBinaries,
  INSTALL_HINT,
  startPostgres,
} from "./postgres-server.js";
import { benchChannelScopes, routedDigestRows, timeRoutedDigests } from "./routed-digests.js";
import { printTable, quantile } from "./table.js";

const ROWS = 1_000_000;
const NEW = 50_000;
const RUNS = 21;
const DAY = 24 * 60 * 60 * 1000;
const SLOT = new Date("2026-11-30T08:00:00Z");

/**
 * Row i of the bench's export: every rule in turn, realistic lengths of text. The first 50,000
 * opened in the day before the digest's slot, the rest over the 60 days before (as ./digest.ts).
 */
function row(i: number): ObservedError {
  const rule = rules[i % rules.length] as (typeof rules)[number];
  const age = i < NEW ? (i / NEW) * DAY : DAY + ((i * 7919) % (60 * DAY));
  return {
    ruleId: rule.id,
    category: rule.category,
    direction: rule.direction,
    objectType: i % 3 === 0 ? "company" : "contact",
    hubspotId: String(1_000_000 + i),
    salesforceId: i % 2 === 0 ? `003${String(i).padStart(15, "0")}` : null,
    recordName: `Record number ${i}`,
    message: `The value "Option ${i % 97}" is not valid for the picklist Lead Source on record ${i}.`,
    statusCode: "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
    occurredAt: new Date(SLOT.getTime() - age),
  };
}

/** The rows as COPY text, 10,000 at a time; `extra` adds the columns a target needs. */
function* copyChunks(extra: (occurred: number | null) => ReadonlyArray<string | number | null>) {
  for (let from = 0; from < ROWS; from += 10_000) {
    let text = "";
    for (let i = from; i < Math.min(ROWS, from + 10_000); i++) {
      const r = row(i);
      const occurred = r.occurredAt?.getTime() ?? null;
      text += copyRow([
        `${r.objectType}|hs:${r.hubspotId}|${r.ruleId}`,
        r.ruleId,
        r.category,
        r.direction,
        r.objectType,
        r.hubspotId,
        r.salesforceId,
        r.recordName,
        r.message,
        r.statusCode,
        ...extra(occurred),
      ]);
    }
    yield text;
  }
}

/** Seconds to COPY the rows in with `copy` (a COPY … FROM STDIN), after `setup`. */
async function timedCopy(
  url: string,
  setup: string,
  copy: string,
  extra: (occurred: number | null) => ReadonlyArray<string | number | null>,
): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    if (setup) await client.query(setup);
    const started = performance.now();
    await pipeline(Readable.from(copyChunks(extra)), client.query(copyFrom(copy)));
    return (performance.now() - started) / 1000;
  } finally {
    await client.end();
  }
}

/** The yardstick: the same rows, as COPY text, into a table of the same columns, no key, no index. */
function bareCopy(url: string): Promise<number> {
  return timedCopy(
    url,
    `CREATE TABLE bare (fingerprint text, rule_id text, category text, direction text,
      object_type text, hubspot_id text, salesforce_id text, record_name text, message text,
      status_code text, occurred bigint)`,
    "COPY bare FROM STDIN",
    (occurred) => [occurred],
  );
}

/**
 * A second yardstick: the same rows COPYed straight into the store's own table (its keys and the
 * indexes the digest reads), without the import's merge, counts and summary: what the rows cost
 * the database itself, against which the import's own work shows.
 */
async function copyIntoStoreTable(url: string): Promise<number> {
  // Migrated by the store, so the table is exactly the store's.
  await (await openPostgresStore({ url })).close();
  return await timedCopy(
    url,
    "",
    `COPY sync_errors (fingerprint, rule_id, category, direction, object_type, hubspot_id,
      salesforce_id, record_name, message, status_code, source, first_seen, last_seen, opened_at)
      FROM STDIN`,
    (occurred) => ["import", occurred, occurred, occurred],
  );
}

/**
 * Issue 15: on PostgreSQL, an import of 1,000,000 rows through the store against a bare COPY of the
 * same rows in the same run, and the digest's numbers from those 1,000,000 errors (50,000 new).
 * Needs PostgreSQL's server binaries (a throwaway cluster, as the tests use); without them the
 * rows are skipped, and said so.
 */
export async function benchPostgres(): Promise<void> {
  const title = "PostgreSQL (throwaway local server, fsync off as in the tests)";
  const bindir = process.env.SYNCERROR_SKIP_POSTGRES === "1" ? undefined : findPostgresBinaries();
  if (!bindir) {
    const why =
      process.env.SYNCERROR_SKIP_POSTGRES === "1"
        ? "SYNCERROR_SKIP_POSTGRES=1"
        : `no PostgreSQL server found. ${INSTALL_HINT}`;
    console.log(`\n${title}\nskipped: ${why}`);
    return;
  }
  const server = await startPostgres(bindir);
  try {
    const bareUrl = await createDatabase(server.url, "bench_bare");
    const indexedUrl = await createDatabase(server.url, "bench_indexed");
    const storeUrl = await createDatabase(server.url, "bench_store");
    const bareSeconds = await bareCopy(bareUrl);
    const indexedSeconds = await copyIntoStoreTable(indexedUrl);

    const store = await openPostgresStore({ url: storeUrl });
    try {
      const started = performance.now();
      const tx = await store.beginImport({
        fileName: "bench.csv",
        contentHash: "bench",
        importedBy: "bench",
        importedAt: SLOT,
      });
      for (let i = 0; i < ROWS; i++) await tx.add(row(i));
      await tx.commit({
        rowsRead: ROWS,
        rejected: 0,
        objectTypes: ["company", "contact"],
        columns: {},
      });
      const importSeconds = (performance.now() - started) / 1000;

      // What autovacuum does within a minute of a large import (the digest runs hours later):
      // fresh statistics for the planner, and pages marked all-visible for index-only scans.
      const admin = new pg.Client({ connectionString: storeUrl });
      await admin.connect();
      await admin.query("VACUUM ANALYZE sync_errors");
      await admin.end();

      const catalog = createCatalog(rules);
      const times: number[] = [];
      let newCount = 0;
      for (let run = 0; run < RUNS; run++) {
        const digestStarted = performance.now();
        // The digest's numbers (what the store answers); Block Kit is the same on both backends
        // and measured by ./digest.ts.
        const digest = await collectDigest({
          store,
          catalog,
          channel: "C0BENCH",
          slot: SLOT,
          timezone: "Europe/Copenhagen",
          now: SLOT,
        });
        times.push(performance.now() - digestStarted);
        newCount = digest.totals.new;
      }
      times.sort((a, b) => a - b);
      // Issue 17: each of five routed channels' digests, whole (numbers, offers, claims, blocks).
      const routed = await timeRoutedDigests(
        benchChannelScopes(catalog),
        RUNS,
        ({ channel, scope }) =>
          composeDigest({
            store,
            catalog,
            channel,
            scope,
            slot: SLOT,
            timezone: "Europe/Copenhagen",
            now: SLOT,
          }),
      );
      const rate = (seconds: number) =>
        `${Math.round(ROWS / seconds).toLocaleString("en")} rows/s (${seconds.toFixed(1)} s)`;
      printTable(title, [
        [
          `bare COPY of ${ROWS.toLocaleString("en")} rows into a plain table`,
          rate(bareSeconds),
          "",
        ],
        [
          "COPY of the same rows into the store's table (its keys and indexes)",
          rate(indexedSeconds),
          "",
        ],
        [`store import of the same ${ROWS.toLocaleString("en")} rows`, rate(importSeconds), ""],
        ["ratio to the bare COPY", (bareSeconds / importSeconds).toFixed(2), "≥ 0.5"],
        [
          "ratio to the COPY into the store's table",
          (indexedSeconds / importSeconds).toFixed(2),
          "",
        ],
        ["new errors the digest counted", newCount.toLocaleString("en"), NEW.toLocaleString("en")],
        [`digest numbers, median of ${RUNS}`, `${quantile(times, 0.5).toFixed(1)} ms`, "< 300 ms"],
        ["digest numbers, slowest", `${(times.at(-1) ?? 0).toFixed(1)} ms`, ""],
        ...routedDigestRows("routed digest, whole", routed, RUNS, "< 200 ms"),
      ]);
    } finally {
      await store.close();
    }
  } finally {
    await server.stop();
  }
}

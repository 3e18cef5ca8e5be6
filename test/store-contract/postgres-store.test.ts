/**
 * What only the PostgreSQL store has to show: replicas sharing one database, and PostgreSQL's own
 * limits. The behaviour both backends share is in store.contract.test.ts.
 */
import pg from "pg";
import { afterEach, expect, it } from "vitest";
import { openPostgresStore, type PostgresStore } from "../../src/store/postgres/pg-store.js";
import { StoreError } from "../../src/store/store-error.js";
import type { ObservedError } from "../../src/store/types.js";
import { describePostgres } from "../postgres/database.js";

const error = (hubspotId: string, message = "Property value invalid"): ObservedError => ({
  ruleId: "r-a",
  category: "property-values",
  direction: "hubspot-to-salesforce",
  objectType: "contact",
  hubspotId,
  salesforceId: null,
  recordName: null,
  message,
  statusCode: null,
  occurredAt: null,
});

const meta = (at: number) => ({
  fileName: "export.csv",
  contentHash: `hash-${at}`,
  importedBy: "cli",
  importedAt: new Date(at),
});

describePostgres("PostgreSQL store", (databases) => {
  const opened: PostgresStore[] = [];
  const open = async (url: string) => {
    const store = await openPostgresStore({ url });
    opened.push(store);
    return store;
  };
  afterEach(async () => {
    for (const store of opened.splice(0)) await store.close();
  });

  it("refuses an import while another replica's import runs, and takes the next one", async () => {
    const url = await databases.create();
    const [one, two] = await Promise.all([open(url), open(url)]);
    const tx = await one.beginImport(meta(1_000));
    await tx.add(error("1"));
    await expect(two.beginImport(meta(2_000))).rejects.toThrow(
      new StoreError("Another import is running; try again when it has finished."),
    );
    // In this process only: the other replica's import shows as nothing running here.
    expect(await two.importInProgress()).toBe(false);
    await tx.commit({ rowsRead: 1, rejected: 0, objectTypes: ["contact"], columns: {} });
    const next = await two.beginImport(meta(2_000));
    await next.add(error("1"));
    expect(
      await next.commit({ rowsRead: 1, rejected: 0, objectTypes: ["contact"], columns: {} }),
    ).toMatchObject({ newCount: 0, stillOpen: 1 });
  });

  it("counts rate slots on the database's clock, and keeps only those still in the window", async () => {
    const url = await databases.create();
    const store = await open(url);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      const window = { requests: 3, windowMs: 200, marginMs: 50 };
      // Three slots another replica took just now, by the database's clock, at one instant
      // (now() is the statement's transaction's time; clock_timestamp() moved between the rows on a
      // busy machine, and a slot a millisecond younger was still in the window after the wait).
      await admin.query(
        `INSERT INTO rate_slots (name, taken_at)
         SELECT 'api', (extract(epoch FROM now()) * 1000)::bigint FROM generate_series(1, 3)`,
      );
      const refused = await store.takeRateSlot("api", window);
      if (refused.taken) throw new Error("a fourth slot in the window");
      expect(refused.retryInMs).toBeGreaterThan(150);
      expect(refused.retryInMs).toBeLessThanOrEqual(251);
      await new Promise((resolve) => setTimeout(resolve, refused.retryInMs));
      expect(await store.takeRateSlot("api", window)).toEqual({ taken: true });
      // The three that left the window were deleted by that take.
      const { rows } = await admin.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM rate_slots WHERE name = 'api'",
      );
      expect(rows[0]?.n).toBe(1);
    } finally {
      await admin.end();
    }
  });

  it("stores a NUL in a message as U+FFFD, which PostgreSQL's text cannot hold", async () => {
    const store = await open(await databases.create());
    const tx = await store.beginImport(meta(1_000));
    await tx.add(error("1", "before\u0000after"));
    const record = await tx.commit({ rowsRead: 1, rejected: 0, objectTypes: [], columns: {} });
    expect(await store.newErrorSamples(record.id)).toEqual(new Map([["r-a", "before\uFFFDafter"]]));
  });

  it("rolls back an import still open when the store closes", async () => {
    const url = await databases.create();
    const store = await openPostgresStore({ url });
    const tx = await store.beginImport(meta(1_000));
    await tx.add(error("1"));
    await store.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const imports = await client.query("SELECT count(*)::int AS n FROM imports");
      expect(imports.rows[0]).toEqual({ n: 0 });
    } finally {
      await client.end();
    }
    // And its lock went with it.
    const other = await open(url);
    const next = await other.beginImport(meta(2_000));
    await next.rollback();
  });

  it("fails the import whose rows the server refuses, and leaves the store usable", async () => {
    const store = await open(await databases.create());
    const tx = await store.beginImport(meta(1_000));
    // An invalid time reaches COPY as "NaN", which a bigint column refuses.
    await tx.add({ ...error("1"), occurredAt: new Date(Number.NaN) });
    await expect(
      tx.commit({ rowsRead: 1, rejected: 0, objectTypes: ["contact"], columns: {} }),
    ).rejects.toThrow(/could not write its rows/);
    await tx.rollback();
    expect(await store.importInProgress()).toBe(false);
    expect(await store.lastImport()).toBeNull();
    const next = await store.beginImport(meta(2_000));
    await next.add(error("1"));
    expect(
      await next.commit({ rowsRead: 1, rejected: 0, objectTypes: ["contact"], columns: {} }),
    ).toMatchObject({ newCount: 1 });
  });

  it("names the database when it cannot reach it, password hidden", async () => {
    await expect(
      openPostgresStore({ url: "postgres://me:secret@127.0.0.1:1/none" }),
    ).rejects.toThrow(
      /Cannot reach the database at DATABASE_URL postgres:\/\/me:\*+@127\.0\.0\.1:1\/none/,
    );
  });
});

/**
 * PostgreSQL suites: `describePostgres` runs its tests against the run's server (see
 * global-setup.ts), each asking for fresh databases with random names, dropped after the suite.
 * Without PostgreSQL installed the suites fail, saying what to install; they are skipped, visibly,
 * only when SYNCERROR_SKIP_POSTGRES=1 says so.
 */
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, inject } from "vitest";

/** What the global setup hands the suites. */
export type PostgresProvided =
  | { readonly kind: "skipped" }
  | { readonly kind: "missing"; readonly problem: string }
  | { readonly kind: "server"; readonly url: string; readonly statusFile: string };

/** What the global setup writes once the server started, or failed to. */
export type PostgresStatus =
  | { readonly ready: true; readonly startMs: number }
  | { readonly ready: false; readonly problem: string };

declare module "vitest" {
  export interface ProvidedContext {
    postgres: PostgresProvided;
  }
}

/** Fresh databases on the test server. */
export interface TestDatabases {
  /** Creates an empty database and resolves with its URL (superuser, no password). */
  create(): Promise<string>;
}

const SERVER_START_TIMEOUT_MS = 40_000;

/** The server's URL once it accepts connections; throws the reason it cannot. */
async function serverUrl(provided: PostgresProvided): Promise<string> {
  if (provided.kind === "missing") throw new Error(provided.problem);
  if (provided.kind === "skipped") throw new Error("SYNCERROR_SKIP_POSTGRES=1");
  const deadline = Date.now() + SERVER_START_TIMEOUT_MS;
  while (!existsSync(provided.statusFile)) {
    if (Date.now() > deadline) throw new Error("The test PostgreSQL server did not start in 40 s.");
    await sleep(20);
  }
  const status = JSON.parse(readFileSync(provided.statusFile, "utf8")) as PostgresStatus;
  if (!status.ready) throw new Error(`The test PostgreSQL server did not start: ${status.problem}`);
  return provided.url;
}

/** The URL of database `name` on the server at `url`. */
function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** A suite against PostgreSQL: `body` gets a way to create databases for its tests. */
export function describePostgres(name: string, body: (databases: TestDatabases) => void): void {
  const provided = inject("postgres");
  if (provided.kind === "skipped") {
    process.stderr.write(`PostgreSQL suite "${name}" skipped: SYNCERROR_SKIP_POSTGRES=1\n`);
    describe.skip(`${name} (skipped: SYNCERROR_SKIP_POSTGRES=1)`, () =>
      body({ create: () => Promise.reject(new Error("skipped")) }));
    return;
  }
  describe(name, () => {
    let url: string | undefined;
    let problem: Error | undefined;
    const created: string[] = [];
    beforeAll(async () => {
      url = await serverUrl(provided).catch((error: Error) => {
        problem = error;
        return undefined;
      });
    }, SERVER_START_TIMEOUT_MS + 5_000);
    // Each test fails with the reason (a failing beforeAll would only mark them skipped).
    beforeEach(() => {
      if (problem) throw problem;
    });
    afterAll(async () => {
      if (!url || created.length === 0) return;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      try {
        for (const db of created) await admin.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
      } finally {
        await admin.end();
      }
    });
    body({
      async create() {
        if (!url) throw new Error("The PostgreSQL server is not ready.");
        const db = `syncerror_test_${randomBytes(6).toString("hex")}`;
        const admin = new pg.Client({ connectionString: url });
        await admin.connect();
        try {
          await admin.query(`CREATE DATABASE "${db}"`);
        } finally {
          await admin.end();
        }
        created.push(db);
        return withDatabase(url, db);
      },
    });
  });
}

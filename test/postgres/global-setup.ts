/**
 * Vitest global setup: one PostgreSQL server per test run, shared by every PostgreSQL suite (each
 * creates its own databases). It starts in the background, so a run without PostgreSQL suites
 * does not wait for it; suites wait for the status file it writes when ready (or failed).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { freePort } from "../fakes/free-port.js";
import type { PostgresProvided, PostgresStatus } from "./database.js";
import {
  findPostgresBinaries,
  INSTALL_HINT,
  type PostgresServer,
  startPostgres,
} from "./server.js";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const provide = (value: PostgresProvided) => project.provide("postgres", value);
  if (process.env.SYNCERROR_SKIP_POSTGRES === "1") {
    provide({ kind: "skipped" });
    return async () => {};
  }
  const bindir = findPostgresBinaries();
  if (!bindir) {
    provide({
      kind: "missing",
      problem: `No PostgreSQL server (initdb, postgres) found. ${INSTALL_HINT}`,
    });
    return async () => {};
  }
  const folder = mkdtempSync(join(tmpdir(), "syncerror-pg-status-"));
  const statusFile = join(folder, "status.json");
  const port = await freePort();
  const startedAt = performance.now();
  const report = (status: PostgresStatus) => writeFileSync(statusFile, JSON.stringify(status));
  const started: Promise<PostgresServer | undefined> = startPostgres(bindir, port).then(
    (server) => {
      report({ ready: true, startMs: Math.round(performance.now() - startedAt) });
      return server;
    },
    (error: unknown) => {
      report({ ready: false, problem: (error as Error).message });
      return undefined;
    },
  );
  provide({ kind: "server", url: `postgres://postgres@127.0.0.1:${port}/postgres`, statusFile });
  return async () => {
    await (await started)?.stop();
    rmSync(folder, { recursive: true, force: true });
  };
}

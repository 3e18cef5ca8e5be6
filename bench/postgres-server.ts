/**
 * A real PostgreSQL server for the tests and the bench: a throwaway cluster (initdb into a temp folder) on a
 * free port of 127.0.0.1, with durability turned off for speed, stopped and removed at the end.
 * PostgreSQL refuses to run as root, so when the tests run as root (CI containers) the cluster
 * belongs to the `postgres` user that Debian's package creates, and the server runs as it.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { freePort } from "./free-port.js";

/** What to install when no server is found, named in every failing PostgreSQL suite and the bench. */
export const INSTALL_HINT =
  "Install PostgreSQL's server (Debian/Ubuntu: apt-get install -y postgresql; macOS: brew install postgresql), " +
  "or set SYNCERROR_SKIP_POSTGRES=1 to skip the PostgreSQL tests.";

/**
 * The folder holding initdb and postgres, or undefined when PostgreSQL is not installed. PG_BINDIR,
 * when set, is the only place looked in (to pick a version, or to see the suites fail without).
 */
export function findPostgresBinaries(): string | undefined {
  const candidates: string[] = [];
  if (process.env.PG_BINDIR)
    return hasServer(process.env.PG_BINDIR) ? process.env.PG_BINDIR : undefined;
  // pg_config comes with the client libraries too; its bindir then lacks the server.
  const pgConfig = spawnSync("pg_config", ["--bindir"], { encoding: "utf8" });
  if (pgConfig.status === 0) candidates.push(pgConfig.stdout.trim());
  // Debian installs each major version side by side; the newest first.
  const debian = "/usr/lib/postgresql";
  if (existsSync(debian)) {
    const versions = readdirSync(debian).sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => join(debian, v, "bin")));
  }
  candidates.push("/usr/local/pgsql/bin", "/opt/homebrew/bin", "/usr/local/bin", "/usr/bin");
  return candidates.find(hasServer);
}

const hasServer = (dir: string) =>
  existsSync(join(dir, "initdb")) && existsSync(join(dir, "postgres"));

/** The user and group ids the server runs as: ours, or `postgres`'s when we are root. */
function serverUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const uid = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
  const gid = spawnSync("id", ["-g", "postgres"], { encoding: "utf8" });
  if (uid.status !== 0 || gid.status !== 0)
    throw new Error(
      "The tests run as root, which PostgreSQL refuses, and there is no postgres user to run it as. " +
        "Create one (useradd --system postgres) or run the tests as another user.",
    );
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/** A running throwaway server. */
export interface PostgresServer {
  /** Connects as the superuser `postgres` (trust authentication) to the `postgres` database. */
  readonly url: string;
  /** Stops the server (fast shutdown) and removes its files. */
  stop(): Promise<void>;
}

/**
 * Starts a server on `port` (a free one when not given); resolves once it accepts connections.
 */
export async function startPostgres(bindir: string, port?: number): Promise<PostgresServer> {
  port ??= await freePort();
  const user = serverUser();
  const folder = mkdtempSync(join(tmpdir(), "syncerror-pg-"));
  if (user) chownSync(folder, user.uid, user.gid);
  const data = join(folder, "data");
  const remove = () => rmSync(folder, { recursive: true, force: true });
  const init = spawnSync(
    join(bindir, "initdb"),
    ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"],
    { encoding: "utf8", ...user, cwd: folder },
  );
  if (init.status !== 0) {
    remove();
    throw new Error(`initdb failed (exit ${init.status}): ${init.stderr || init.error?.message}`);
  }
  // No Unix socket (its folder would need to suit the user), TCP on loopback only; fsync and
  // friends off: a test database need not survive a power cut.
  const server = spawn(
    join(bindir, "postgres"),
    [
      ...["-D", data, "-p", String(port), "-c", "listen_addresses=127.0.0.1"],
      ...["-c", "unix_socket_directories=", "-c", "fsync=off", "-c", "synchronous_commit=off"],
      ...["-c", "full_page_writes=off", "-c", "max_connections=100"],
    ],
    { stdio: ["ignore", "ignore", "pipe"], ...user, cwd: folder },
  );
  // If this process dies without teardown, the server must not outlive it.
  const killOnExit = () => server.kill("SIGKILL");
  process.once("exit", killOnExit);
  try {
    await untilReady(server);
  } catch (error) {
    server.kill("SIGKILL");
    await exited(server);
    remove();
    throw error;
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      process.off("exit", killOnExit);
      // SIGINT: "fast shutdown", ends sessions and exits without waiting for clients.
      if (server.exitCode === null) server.kill("SIGINT");
      await exited(server);
      remove();
    },
  };
}

function untilReady(server: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let log = "";
    const timer = setTimeout(
      () => reject(new Error(`PostgreSQL did not start within 30 s:\n${log}`)),
      30_000,
    );
    server.stderr?.setEncoding("utf8");
    server.stderr?.on("data", (chunk: string) => {
      log += chunk;
      if (log.includes("database system is ready to accept connections")) {
        clearTimeout(timer);
        server.stderr?.resume();
        // Past this point its log is of no interest; keep the pipe drained.
        server.stderr?.removeAllListeners("data");
        server.stderr?.on("data", () => {});
        resolve();
      }
    });
    server.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`PostgreSQL exited at start (code ${code}):\n${log}`));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

/** Creates database `name` on the server at `serverUrl`; resolves with its URL. */
export async function createDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

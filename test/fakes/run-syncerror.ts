/**
 * The installed program (`bin/syncerror.js`) in a child process, for end-to-end tests. Every test
 * starts it through here, in a working folder of its own with no `.env`: the program reads `.env`
 * from its working folder, and a developer's `.env` in the repository must not reach the tests.
 */
import {
  type ChildProcessWithoutNullStreams,
  type SpawnOptionsWithoutStdio,
  type SpawnSyncOptionsWithStringEncoding,
  type SpawnSyncReturns,
  spawn,
  spawnSync,
} from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The program, as `npx syncerror` runs it. */
export const bin = fileURLToPath(new URL("../../bin/syncerror.js", import.meta.url));

let emptyFolder: string | undefined;

/** An empty folder (so, no `.env`) for the program to run in; removed when the tests end. */
export function programCwd(): string {
  if (!emptyFolder) {
    const folder = mkdtempSync(join(tmpdir(), "syncerror-cwd-"));
    emptyFolder = folder;
    process.once("exit", () => rmSync(folder, { recursive: true, force: true }));
  }
  return emptyFolder;
}

/** Starts `syncerror <args>`; in `programCwd()` unless the test gives its own `cwd`. */
export function spawnSyncerror(
  args: readonly string[],
  options: SpawnOptionsWithoutStdio = {},
): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [bin, ...args], { cwd: programCwd(), ...options });
}

/** Runs `syncerror <args>` to its end; in `programCwd()` unless the test gives its own `cwd`. */
export function spawnSyncerrorSync(
  args: readonly string[],
  options: Omit<SpawnSyncOptionsWithStringEncoding, "encoding"> & { encoding?: "utf8" } = {},
): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [bin, ...args], {
    cwd: programCwd(),
    ...options,
    encoding: "utf8",
  });
}

/** What the program printed and how it exited. */
export interface ProgramRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `syncerror <args>` with the test's environment on top of this process's, to its exit. */
export function runSyncerror(
  args: readonly string[],
  env: Record<string, string>,
): Promise<ProgramRun> {
  return new Promise((resolve, reject) => {
    const child = spawnSyncerror(args, { env: { ...process.env, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c) => (stdout += c));
    child.stderr.on("data", (c) => (stderr += c));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

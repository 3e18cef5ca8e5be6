/**
 * The installed program started by an end-to-end test, as many times as the test needs, each
 * child's output gathered as it comes and every child killed when the test ends.
 */
import type { ChildProcessWithoutNullStreams } from "node:child_process";
import { spawnSyncerror } from "./run-syncerror.js";

/** One started `syncerror`: its process, its exit code to come and its output so far. */
export interface RunningProgram {
  readonly child: ChildProcessWithoutNullStreams;
  /** The exit code (null when a signal ended it), once the process has closed its streams. */
  readonly closed: Promise<number | null>;
  readonly stdout: () => string;
  readonly stderr: () => string;
}

/** The children a test file starts, killed by `killAll` in its `afterEach`. */
export class ProgramChildren {
  private readonly children: ChildProcessWithoutNullStreams[] = [];

  /** Starts `syncerror <args>` with `env` on top of this process's environment. */
  start(args: readonly string[], env: Record<string, string>): RunningProgram {
    const child = spawnSyncerror(args, { env: { ...process.env, ...env } });
    this.children.push(child);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const closed = new Promise<number | null>((resolve) => child.on("close", resolve));
    return { child, closed, stdout: () => stdout, stderr: () => stderr };
  }

  /** Kills every child still running (SIGKILL: a test's end waits for nothing). */
  killAll(): void {
    for (const child of this.children.splice(0)) child.kill("SIGKILL");
  }
}

/** Waits until `condition` holds, checking every 50 ms; throws after `timeoutMs`. */
export async function until(
  condition: () => boolean | Promise<boolean>,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** No CRM: the environment that leaves HubSpot and Salesforce unconfigured. */
export const NO_CRM_ENV: Readonly<Record<string, string>> = {
  HUBSPOT_ACCESS_TOKEN: "",
  SALESFORCE_INSTANCE_URL: "",
  SALESFORCE_ACCESS_TOKEN: "",
};

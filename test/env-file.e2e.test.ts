import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { spawnSyncerror } from "./fakes/run-syncerror.js";

// The built program started in a folder holding a .env, as `npm start` is after copying
// .env.example: the file's values are used, and a variable set in the environment wins.

function start(cwd: string, extra: Record<string, string> = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", ...extra };
  for (const name of ["SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SYNCERROR_LOCAL_USER", "LOG_LEVEL"]) {
    if (!(name in extra)) delete env[name];
  }
  return new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
    const child = spawnSyncerror([], { cwd, env });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stderr }));
    child.stdin.end("quit\n");
  });
}

describe(".env", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "syncerror-env-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("is read from the working folder, says so, and a variable in the environment wins", async () => {
    writeFileSync(
      join(dir, ".env"),
      "# copied from .env.example\nSYNCERROR_LOCAL_USER=U0FROMFILE\n",
    );
    const fromFile = await start(dir);
    expect(fromFile.code).toBe(0);
    expect(fromFile.stderr).toContain("You are U0FROMFILE");
    expect(fromFile.stderr).toContain(
      `Configuration read from the environment and ${join(dir, ".env")}`,
    );

    const fromEnv = await start(dir, { SYNCERROR_LOCAL_USER: "U0FROMENV" });
    expect(fromEnv.code).toBe(0);
    expect(fromEnv.stderr).toContain("You are U0FROMENV");
    expect(fromEnv.stderr).toContain("also set in the environment, which wins");
  }, 60_000);

  it("is not needed, and a malformed one stops the start naming its line, not its text", async () => {
    const without = await start(dir);
    expect(without.code).toBe(0);
    expect(without.stderr).toContain("Configuration read from the environment only (no .env in");

    writeFileSync(join(dir, ".env"), "SLACK_BOT_TOKEN=\nxoxb-secret-pasted-alone\n");
    const bad = await start(dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(".env line 2 is not NAME=value");
    expect(bad.stderr).not.toContain("xoxb-secret");
  }, 60_000);
});

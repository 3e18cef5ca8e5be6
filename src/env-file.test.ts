import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConfigError } from "./config.js";
import { readEnvFile } from "./env-file.js";

describe("readEnvFile", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "syncerror-envfile-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const problems = (path: string): readonly string[] => {
    try {
      readEnvFile(path, {});
    } catch (error) {
      if (error instanceof ConfigError) return error.problems;
      throw error;
    }
    throw new Error("expected a ConfigError");
  };

  it("adds the file's variables the environment does not set, and counts the others", () => {
    const path = join(dir, ".env");
    writeFileSync(
      path,
      '# comment\n\nexport PORT=4000\nLOG_LEVEL=debug\nKEY="-----BEGIN-----\nabc\n-----END-----"\nEMPTY=\n',
    );
    const env: Record<string, string | undefined> = { LOG_LEVEL: "warn" };
    expect(readEnvFile(path, env)).toEqual({ path, variables: 4, shadowed: 1 });
    expect(env).toEqual({
      LOG_LEVEL: "warn",
      PORT: "4000",
      KEY: "-----BEGIN-----\nabc\n-----END-----",
      EMPTY: "",
    });
  });

  it("is fine without a file", () => {
    expect(readEnvFile(join(dir, ".env"), {})).toBeUndefined();
  });

  it("names a folder, a line that is not NAME=value and a quote that never closes", () => {
    mkdirSync(join(dir, "folder"));
    expect(problems(join(dir, "folder"))[0]).toMatch(/cannot be read: it is a folder$/);
    const path = join(dir, ".env");
    writeFileSync(path, "A=1\nsecret-value\nB='open\nC=2\n");
    const found = problems(path);
    expect(found).toEqual([
      `${path} line 2 is not NAME=value (a name is letters, digits and _; a comment starts with #)`,
      `${path} line 3 opens a quoted value (') that never closes`,
    ]);
    expect(found.join("\n")).not.toContain("secret-value");
  });
});

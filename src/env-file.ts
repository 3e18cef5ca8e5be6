import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseEnv } from "node:util";
import { ConfigError } from "./config.js";

/**
 * The `.env` file `.env.example` asks to be copied to: read once at start by `src/main.ts`, its
 * variables added to the environment where the environment does not set them already (a variable
 * set in the environment wins, as with Node's own `process.loadEnvFile`). Values are parsed by
 * Node's own `.env` parser (`util.parseEnv`); lines are checked first, because that parser skips
 * or misreads a line it does not understand instead of saying so.
 */

/** What reading the file did. */
export interface EnvFileRead {
  /** The file's absolute path. */
  readonly path: string;
  /** The variables it holds. */
  readonly variables: number;
  /** Those of them the environment set already, which kept the environment's value. */
  readonly shadowed: number;
}

const ASSIGNMENT = /^\s*(?:export\s+)?[A-Za-z_][A-Za-z0-9_]*\s*=(.*)$/;
const QUOTES = ["'", '"', "`"];

/**
 * Reads `path` into `env`. A missing file is fine (undefined); a file that cannot be read, or a
 * line that is not `NAME=value`, a comment or blank, is a ConfigError naming the file and the line
 * (never its text: a line may hold a secret).
 */
export function readEnvFile(
  path: string,
  env: Record<string, string | undefined>,
): EnvFileRead | undefined {
  const absolute = resolve(path);
  let text: string;
  try {
    text = readFileSync(absolute, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return undefined;
    const why =
      code === "EISDIR"
        ? "it is a folder"
        : code === "EACCES" || code === "EPERM"
          ? "permission denied"
          : (code ?? "unknown reason");
    throw new ConfigError([`${path} (${absolute}) cannot be read: ${why}`]);
  }
  const problems = malformedLines(text).map(
    (problem) => `${path} line ${problem.line} ${problem.reason}`,
  );
  if (problems.length > 0) throw new ConfigError(problems);
  const values = parseEnv(text);
  let shadowed = 0;
  for (const [name, value] of Object.entries(values)) {
    if (env[name] !== undefined) shadowed++;
    else env[name] = value;
  }
  return { path: absolute, variables: Object.keys(values).length, shadowed };
}

/** The lines that are neither blank, a comment nor `NAME=value` (a quoted value may span lines). */
function malformedLines(text: string): { line: number; reason: string }[] {
  const lines = text.split(/\r?\n/);
  const problems: { line: number; reason: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    const match = ASSIGNMENT.exec(line);
    if (!match) {
      problems.push({
        line: i + 1,
        reason: "is not NAME=value (a name is letters, digits and _; a comment starts with #)",
      });
      continue;
    }
    const value = (match[1] ?? "").trimStart();
    const quote = QUOTES.find((q) => value.startsWith(q));
    if (quote === undefined || value.indexOf(quote, 1) > 0) continue;
    // A quoted value that does not close on its line goes on to the line that closes it.
    const opened = i;
    while (++i < lines.length && !(lines[i] ?? "").includes(quote));
    if (i >= lines.length) {
      problems.push({
        line: opened + 1,
        reason: `opens a quoted value (${quote}) that never closes`,
      });
    }
  }
  return problems;
}

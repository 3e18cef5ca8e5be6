import { readFileSync } from "node:fs";

/**
 * The version in the project's package.json, found by walking up from this module, so it works
 * from src/ (tests) and from dist/src/ (the built program) alike.
 */
export function packageVersion(): string {
  let dir = new URL(".", import.meta.url);
  for (let depth = 0; depth < 5; depth++) {
    try {
      const pkg = JSON.parse(readFileSync(new URL("package.json", dir), "utf8")) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === "syncerror" && pkg.version) return pkg.version;
    } catch {
      // No package.json at this level; keep walking up.
    }
    dir = new URL("..", dir);
  }
  return "unknown";
}

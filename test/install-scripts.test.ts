import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const read = (file: string) =>
  JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), "utf8"));
const manifest = read("package.json") as { allowScripts?: Record<string, boolean> };
const lock = read("package-lock.json") as {
  packages: Record<string, { hasInstallScript?: boolean }>;
};

/** The package a lockfile key names: "node_modules/a/node_modules/@s/b" → "@s/b". */
const nameOf = (key: string) =>
  key.slice(key.lastIndexOf("node_modules/") + "node_modules/".length);

describe("dependencies' install scripts", () => {
  const withScripts = Object.entries(lock.packages)
    .filter(([key, entry]) => key !== "" && entry.hasInstallScript)
    .map(([key]) => nameOf(key));

  it("are each allowed or denied in allowScripts, so npm ci has nothing to warn about", () => {
    const reviewed = Object.keys(manifest.allowScripts ?? {}).map((k) =>
      k.replace(/(.)@.*$/, "$1"),
    );
    expect(withScripts.length).toBeGreaterThan(0);
    for (const name of withScripts) expect(reviewed, name).toContain(name);
  });

  it("run only for better-sqlite3, which builds its native module", () => {
    const allowed = Object.entries(manifest.allowScripts ?? {}).filter(([, allow]) => allow);
    expect(allowed.map(([name]) => name)).toEqual(["better-sqlite3"]);
  });
});

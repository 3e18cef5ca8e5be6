import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { count, errorsOfType, plural, typeErrors } from "./plural.js";

describe("counted nouns", () => {
  it("takes the singular for one and the plural otherwise, with the number formatted", () => {
    expect(count(1, "record", "records")).toBe("1 record");
    expect(count(0, "record", "records")).toBe("0 records");
    expect(count(2, "batch", "batches")).toBe("2 batches");
    expect(count(1200, "row", "rows")).toBe("1,200 rows");
    expect(plural(1, "it", "they")).toBe("it");
    expect(plural(3, "it", "they")).toBe("they");
  });

  it("says errors of a type without saying error twice", () => {
    expect(errorsOfType(42, "Unknown error")).toBe("42 open Unknown errors");
    expect(errorsOfType(1, "Unknown error")).toBe("1 open Unknown error");
    expect(errorsOfType(42, "Type mismatch")).toBe("42 open Type mismatch errors");
    expect(errorsOfType(1, "Type mismatch")).toBe("1 open Type mismatch error");
    expect(typeErrors("Unknown error", 0)).toBe("Unknown errors");
  });
});

// Texts are plain English: "1 record", "2 records", never "record(s)". The rules' example
// messages quote Salesforce word for word, so they are left out; "http(s)" is not a plural.
describe("the source", () => {
  const src = fileURLToPath(new URL(".", import.meta.url));
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return path === join(src, "rules") ? [] : files(path);
      return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
    });

  it('has no "(s)" plural in its texts', () => {
    const found = files(src).flatMap((path) =>
      readFileSync(path, "utf8")
        .split("\n")
        .flatMap((line, i) =>
          /[A-Za-z]\(s\)/.test(line.replace(/https?\(s\)/g, ""))
            ? [`${relative(src, path)}:${i + 1}: ${line.trim()}`]
            : [],
        ),
    );
    expect(found).toEqual([]);
  });
});

import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  isPluralElement,
  isSelectElement,
  type MessageFormatElement,
  parse,
} from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { CATALOGS } from "./catalogs/index.js";
import type { Catalog } from "./define-messages.js";
import { LANGUAGES } from "./languages.js";

const entries = Object.entries(CATALOGS) as Array<[string, Catalog<string>]>;

/** The placeholders a message fills, and for each plural or select its kind, sorted. */
function placeholders(elements: readonly MessageFormatElement[], into = new Set<string>()) {
  for (const element of elements) {
    if ("value" in element && typeof element.value === "string" && element.type !== 0)
      into.add(`${element.value}:${element.type}`);
    if (isPluralElement(element) || isSelectElement(element))
      for (const option of Object.values(element.options)) placeholders(option.value, into);
    if ("children" in element) placeholders(element.children as MessageFormatElement[], into);
  }
  return [...into].sort();
}

describe("the message catalogs", () => {
  it("register every catalog file, under its file's name", () => {
    const folder = fileURLToPath(new URL("./catalogs/", import.meta.url));
    const files = readdirSync(folder)
      .filter((f) => f.endsWith(".ts") && f !== "index.ts" && !f.endsWith(".test.ts"))
      .map((f) => f.replace(/\.ts$/, ""))
      .sort();
    expect(Object.keys(CATALOGS).sort()).toEqual(files);
  });

  it.each(entries)("%s: every language has exactly the English keys, none empty", (_, catalog) => {
    const keys = Object.keys(catalog.en).sort();
    expect(keys.length).toBeGreaterThan(0);
    for (const language of LANGUAGES) {
      expect(Object.keys(catalog[language]).sort()).toEqual(keys);
      for (const text of Object.values(catalog[language])) expect(text.trim()).not.toBe("");
    }
  });

  it.each(entries)(
    "%s: every message parses, with the same placeholders in every language",
    (_, catalog) => {
      for (const [key, english] of Object.entries(catalog.en)) {
        const wanted = placeholders(parse(english));
        for (const language of LANGUAGES) {
          const text = catalog[language][key] as string;
          expect({ key, language, placeholders: placeholders(parse(text)) }).toEqual({
            key,
            language,
            placeholders: wanted,
          });
        }
      }
    },
  );
});

import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createCatalog } from "../../catalog/catalog.js";
import { rules } from "../index.js";
import { englishControls } from "./english-controls.js";
import { languages } from "./index.js";

// The languages Salesforce fully supports: each has a file here, even while it has no wording.
const SUPPORTED = ["da", "de", "es", "fr", "it", "ja", "ko", "nl", "pt", "sv", "zh"];
// Languages written in Latin script: their patterns ignore case, as messages arrive in any case.
const LATIN_SCRIPT = new Set(["da", "de", "es", "fr", "it", "nl", "pt", "sv"]);

const NOT_LANGUAGES = new Set(["english-controls.ts", "index.ts", "types.ts"]);
const languageFiles = readdirSync(new URL(".", import.meta.url))
  .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts") && !NOT_LANGUAGES.has(file))
  .map((file) => file.replace(/\.ts$/, ""))
  .sort();

const ruleIds = new Set(rules.map((rule) => rule.id));
// A URL, or a repository file as github:owner/repo/path.
const SOURCE = /^(?:https?:\/\/\S+|github:[\w.-]+\/[\w.-]+\/\S+)$/;

const catalog = createCatalog(rules);

describe("the language registry", () => {
  it("lists exactly the language files in this folder, sorted by code", () => {
    expect(languages.map((language) => language.code)).toEqual(languageFiles);
  });

  it("has a file for every language Salesforce fully supports", () => {
    expect(languages.map((language) => language.code)).toEqual(SUPPORTED);
  });

  it("names each language in English", () => {
    for (const language of languages) expect(language.name).toMatch(/^[A-Z][A-Za-z ()]+$/);
  });
});

describe.each(languages.map((language) => [language.code, language] as const))(
  "the %s wordings",
  (_code, language) => {
    it("mean one of the rules", () => {
      for (const item of [...language.wordings, ...language.examples]) {
        expect(ruleIds, item.type).toContain(item.type);
      }
    });

    it("say where each translation was seen", () => {
      for (const item of [...language.wordings, ...language.examples]) {
        expect(item.source).toMatch(SOURCE);
      }
    });

    it("use patterns that keep no state between matches", () => {
      for (const wording of language.wordings) {
        expect(wording.pattern.flags, String(wording.pattern)).not.toMatch(/[gy]/);
      }
    });

    it("ignore case in Latin scripts and use no word boundary in other scripts", () => {
      for (const wording of language.wordings) {
        if (LATIN_SCRIPT.has(language.code)) {
          expect(wording.pattern.flags, String(wording.pattern)).toContain("i");
        } else {
          // \b only knows ASCII word characters, so next to CJK or Hangul it never fires as meant.
          expect(wording.pattern.source, String(wording.pattern)).not.toContain("\\b");
        }
      }
    });

    it("never match an English message", () => {
      for (const wording of language.wordings) {
        const fired = englishControls.filter((control) => wording.pattern.test(control.message));
        expect(
          fired.map((control) => control.message),
          String(wording.pattern),
        ).toEqual([]);
      }
    });

    it("have an example for every wording, matched by that wording", () => {
      for (const wording of language.wordings) {
        const matched = language.examples.filter(
          (example) => example.type === wording.type && wording.pattern.test(example.message),
        );
        expect(matched.length, String(wording.pattern)).toBeGreaterThan(0);
      }
    });

    it("classify each example as its type through the catalog", () => {
      for (const example of language.examples) {
        // The example must be this language's own evidence, not an English signal it happens to hold.
        const own = language.wordings.some(
          (wording) => wording.type === example.type && wording.pattern.test(example.message),
        );
        expect(own, example.message).toBe(true);
        expect(catalog.classify(example.message).rule.id, example.message).toBe(example.type);
      }
    });
  },
);

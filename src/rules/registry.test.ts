import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rules } from "./index.js";
import { CATEGORIES } from "./types.js";

// The 13 Danish names HubSpot's Danish article uses (../shared/docs/domain.md §3); the other 15
// types keep their English name there.
const DANISH_NAMES_IN_THE_SEED = [
  "brugerdefineret kode",
  "E-mail allerede i brug",
  "Salesforce-duplikatregel",
  "Utilstrækkelig adgang eller manglende Salesforce-post",
  "tilladelse til Salesforce-feltet",
  "Utilstrækkelig adgang til Salesforce",
  "Inaktiv Salesforce-ejer",
  "Salesforce-ejere ikke synkroniseret",
  "Manglende Salesforce-id",
  "Ugyldigt Salesforce-id",
  "Ugyldig e-mail",
  "Ugyldig værdi",
  "Ukendt fejl",
];

// The 28 display names of ../shared/docs/domain.md §3, exactly as HubSpot shows them.
const DOMAIN_NAMES = [
  "Association limit reached",
  "Waiting for account to sync",
  "Custom code",
  "Email already in use",
  "Salesforce duplicate rule",
  "Insufficient access or missing Salesforce record",
  "Salesforce field permission",
  "Insufficient Salesforce access",
  "Mismatched state or country value",
  "Mismatched options",
  "Inactive Salesforce owner",
  "Restricted picklist value",
  "Inactive opportunity stage",
  "Salesforce owners not synced",
  "Option limit exceeded",
  "Default sales process unavailable",
  "Missing or invalid opportunity stage",
  "Type mismatch",
  "Missing Salesforce ID",
  "Invalid Salesforce ID",
  "String too long",
  "Invalid email",
  "Missing required country",
  "Invalid value",
  "Owner Assignment",
  "Restricted unique value",
  "Missing required value",
  "Unknown error",
];

// The rules' shared types and tables: everything else in this folder is one error type.
const NOT_RULES = new Set([
  "index.ts",
  "types.ts",
  "help-articles.ts",
  "salesforce-status-codes.ts",
]);
const ruleFiles = readdirSync(new URL(".", import.meta.url))
  .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts") && !NOT_RULES.has(file))
  .map((file) => file.replace(/\.ts$/, ""))
  .sort();

const sentences = (text: string) => text.split(/(?<=[.!?])\s+/).filter(Boolean).length;

describe("the rule registry", () => {
  it("lists exactly the rule files in src/rules, in id order", () => {
    expect(rules.map((rule) => rule.id)).toEqual(ruleFiles);
  });

  it("holds the 28 error types of the domain, by their exact English names", () => {
    expect(rules.map((rule) => rule.name).sort()).toEqual([...DOMAIN_NAMES].sort());
  });

  it("uses kebab-case ids derived from the names", () => {
    for (const rule of rules) {
      expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(rule.id).toBe(rule.name.toLowerCase().replace(/[^a-z]+/g, "-"));
    }
  });

  it("covers every category", () => {
    const used = new Set(rules.map((rule) => rule.category));
    expect([...used].sort()).toEqual(CATEGORIES.map((c) => c.id).sort());
  });

  it("gives every type a Danish name, and says whose it is", () => {
    expect(rules).toHaveLength(28);
    for (const rule of rules) {
      expect(rule.danishName.trim(), rule.id).not.toBe("");
      expect(rule.danishName.toLowerCase(), rule.id).not.toBe(rule.name.toLowerCase());
      expect(["hubspot", "faithful"], rule.id).toContain(rule.danishNameSource);
    }
  });

  it("marks as HubSpot's own exactly the Danish names HubSpot's Danish help article uses", () => {
    const hubspot = rules.filter((r) => r.danishNameSource === "hubspot").map((r) => r.danishName);
    expect(hubspot.sort()).toEqual(DANISH_NAMES_IN_THE_SEED.sort());
  });

  it("has no name, Danish name or alias that belongs to two rules", () => {
    const owner = new Map<string, string>();
    for (const rule of rules) {
      for (const name of [rule.name, rule.danishName, ...rule.aliases]) {
        if (!name) continue;
        const key = name.toLowerCase();
        expect(owner.get(key) ?? rule.id, `"${name}"`).toBe(rule.id);
        owner.set(key, rule.id);
      }
    }
  });

  it("relates rules only to other existing rules", () => {
    const ids = new Set(rules.map((rule) => rule.id));
    for (const rule of rules) {
      for (const related of rule.related) {
        expect(ids.has(related), `${rule.id} → ${related}`).toBe(true);
        expect(related).not.toBe(rule.id);
      }
    }
  });

  it("marks exactly one rule as the wrapper of inner errors (Custom code)", () => {
    expect(rules.filter((rule) => rule.wrapsInnerError).map((rule) => rule.id)).toEqual([
      "custom-code",
    ]);
  });

  it.each(rules.map((rule) => [rule.id, rule] as const))("%s is complete", (_id, rule) => {
    expect(sentences(rule.cause)).toBeGreaterThanOrEqual(1);
    expect(sentences(rule.cause)).toBeLessThanOrEqual(3);
    expect(rule.fix.length).toBeGreaterThanOrEqual(1);
    for (const step of rule.fix) expect(step.text).toMatch(/^[A-Z].*[.)]$/);
    expect(rule.helpUrl).toMatch(/^https:\/\/knowledge\.hubspot\.com\//);
    expect(rule.objects.length).toBeGreaterThan(0);
    expect(rule.examples.matches.length).toBeGreaterThanOrEqual(2);
    expect(rule.examples.nearMisses.length).toBeGreaterThanOrEqual(1);
  });
});

// Temporary helper while the catalog is being written: runs every rule file's examples through
// the real classifier, tolerating rule files that do not exist yet.
import { readdirSync } from "node:fs";
import { createClassifier } from "../src/catalog/classify.js";
import type { SyncErrorRule } from "../src/rules/types.js";

const skip = new Set(["types.ts", "help-articles.ts", "index.ts"]);
const files = readdirSync(new URL("../src/rules/", import.meta.url)).filter(
  (f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !skip.has(f),
);
const rules: SyncErrorRule[] = [];
for (const f of files.sort()) {
  const mod = (await import(`../src/rules/${f}`)) as { default: SyncErrorRule };
  if (mod.default.id !== f.replace(/\.ts$/, "")) console.log(`FILE ${f}: id is ${mod.default.id}`);
  rules.push(mod.default);
}
if (!rules.some((r) => r.category === "unknown")) {
  rules.push({
    id: "unknown-error",
    name: "Unknown error",
    danishName: null,
    aliases: [],
    category: "unknown",
    direction: "either",
    objects: [],
    signals: [],
    cause: "",
    fix: [],
    resync: "never",
    related: [],
    helpUrl: "",
    examples: { matches: [], nearMisses: [] },
  });
}
const classifier = createClassifier(rules);
let failures = 0;
for (const rule of rules) {
  for (const m of rule.examples.matches) {
    const c = classifier.classify(m);
    if (c.rule.id !== rule.id) {
      failures++;
      console.log(
        `${rule.id}: match classified as ${c.rule.id}${c.inner ? ` (inner ${c.inner.id})` : ""}: ${m.slice(0, 140)}`,
      );
    }
  }
  for (const m of rule.examples.nearMisses) {
    const c = classifier.classify(m);
    if (c.rule.id === rule.id) {
      failures++;
      console.log(`${rule.id}: near miss classified as this rule: ${m.slice(0, 140)}`);
    }
  }
}
console.log(`${rules.length} rule files, ${failures} failures`);

import { describe, expect, it } from "vitest";
import { createCatalog } from "../catalog/catalog.js";
import { isValidSalesforceId } from "../clients/salesforce-id.js";
import { InvalidInputError } from "../errors.js";
import { rules } from "../rules/index.js";
import { CATEGORIES, type SyncErrorRule } from "../rules/types.js";
import { DEMO_COVERAGE_ROWS, DEMO_DEFAULT_DAYS, type DemoRow, demoRows } from "./demo-rows.js";

const NOW = new Date("2026-03-02T09:00:00.000Z");
const DAY_MS = 86_400_000;
const catalog = createCatalog(rules);

// Rows name their type in English or (sometimes) Danish; tests work with the rule.
const ruleByName = new Map<string, SyncErrorRule>();
for (const rule of rules) {
  ruleByName.set(rule.name, rule);
  if (rule.danishName) ruleByName.set(rule.danishName, rule);
}
function ruleOf(row: DemoRow): SyncErrorRule {
  const rule = ruleByName.get(row.errorType);
  if (!rule) throw new Error(`unknown error type ${row.errorType}`);
  return rule;
}

const take = (rows: number, seed: number, days?: number) => [
  ...demoRows(days === undefined ? { rows, seed, now: NOW } : { rows, seed, now: NOW, days }),
];
const sample = take(20_000, 11);

const OBJECT_TYPES = { contact: "Contact", company: "Company", deal: "Deal", activity: "Task" };
const PREFIXES: Readonly<Record<DemoRow["objectType"], readonly string[]>> = {
  Contact: ["003", "00Q"],
  Company: ["001"],
  Deal: ["006"],
  Task: ["00T"],
};

describe("demoRows", () => {
  it("gives the same rows for the same options and different rows for another seed", () => {
    const rows = take(2000, 5);
    expect(take(2000, 5)).toEqual(rows);
    const other = take(2000, 6);
    expect(other).not.toEqual(rows);
    const same = other.filter((row, i) => row.message === rows[i]?.message);
    expect(same.length).toBeLessThan(200);
  });

  it.each([0, 1, 199, 200, 1234])("yields exactly %i rows", (rows) => {
    expect(take(rows, 1)).toHaveLength(rows);
  });

  it.each([1, 2, 3, 4, 5, 42])(
    "has every error type and every category at %i-seeded 200 rows",
    (seed) => {
      const rows = take(DEMO_COVERAGE_ROWS, seed);
      const present = new Set(rows.map((row) => ruleOf(row).id));
      expect([...present].sort()).toEqual(rules.map((rule) => rule.id).sort());
      const categories = new Set(rows.map((row) => ruleOf(row).category));
      expect([...categories].sort()).toEqual(CATEGORIES.map((c) => c.id).sort());
    },
  );

  it("writes messages that the classifier puts under the row's error type", () => {
    const rows = [...take(1500, 21), ...take(1500, 22), ...take(1500, 23)];
    // Custom code wraps an inner error; the outer type is what the export names.
    const misplaced = rows.filter(
      (row) => catalog.classify(row.message).rule.name !== ruleOf(row).name,
    );
    expect(misplaced).toEqual([]);
  });

  it("gives each object type a valid Salesforce id with its key prefix, or none", () => {
    const wrong = sample.filter(
      (row) =>
        row.salesforceId !== "" &&
        (row.salesforceId.length !== 18 ||
          !isValidSalesforceId(row.salesforceId) ||
          !PREFIXES[row.objectType].includes(row.salesforceId.slice(0, 3))),
    );
    expect(wrong).toEqual([]);
    const contactPrefixes = new Set(
      sample
        .filter((r) => r.objectType === "Contact" && r.salesforceId)
        .map((r) => r.salesforceId.slice(0, 3)),
    );
    expect([...contactPrefixes].sort()).toEqual(["003", "00Q"]);
  });

  it("leaves the Salesforce id empty only on HubSpot → Salesforce errors, and on some of them", () => {
    const empty = sample.filter((row) => row.salesforceId === "");
    expect(empty.length).toBeGreaterThan(sample.length * 0.05);
    expect(empty.length).toBeLessThan(sample.length * 0.5);
    for (const row of empty) expect(ruleOf(row).direction).not.toBe("salesforce-to-hubspot");
  });

  it("uses HubSpot record ids of 5 to 11 digits and objects the rule can affect", () => {
    const badIds = sample.filter((row) => !/^[1-9]\d{4,10}$/.test(row.recordId));
    expect(badIds).toEqual([]);
    const misfits = sample.filter(
      (row) => !ruleOf(row).objects.some((o) => OBJECT_TYPES[o] === row.objectType),
    );
    expect(misfits).toEqual([]);
    expect(new Set(sample.map((row) => row.recordId.length)).size).toBeGreaterThanOrEqual(5);
  });

  it("lists each record's error once, but lets some records have two errors", () => {
    const keys = sample.map((row) => `${row.objectType}/${row.recordId}/${ruleOf(row).id}`);
    expect(new Set(keys).size).toBe(keys.length);
    const errorsPerRecord = new Map<string, Set<string>>();
    for (const row of sample) {
      const key = `${row.objectType}/${row.recordId}`;
      errorsPerRecord.set(key, (errorsPerRecord.get(key) ?? new Set()).add(ruleOf(row).id));
    }
    const twice = [...errorsPerRecord.values()].filter((errors) => errors.size > 1);
    expect(twice.length).toBeGreaterThan(50);
    // A record keeps its name and Salesforce id across its rows.
    const identities = new Map<string, Set<string>>();
    for (const row of sample) {
      const key = `${row.objectType}/${row.recordId}`;
      const identity = `${row.recordName}|${row.salesforceId}`;
      identities.set(key, (identities.get(key) ?? new Set()).add(identity));
    }
    expect([...identities.values()].filter((names) => names.size > 1)).toEqual([]);
  });

  it("skews error types: a few dominate and the rarest are far behind", () => {
    const counts = new Map<string, number>();
    for (const row of sample) counts.set(ruleOf(row).id, (counts.get(ruleOf(row).id) ?? 0) + 1);
    const sorted = [...counts.values()].sort((a, b) => b - a);
    const topFive = sorted.slice(0, 5).reduce((a, b) => a + b, 0);
    expect(topFive).toBeGreaterThan(sample.length * 0.4);
    expect(sorted[0]).toBeGreaterThan(10 * (sorted.at(-1) ?? 0));
  });

  it("names about 5% of rows in Danish where HubSpot's Danish interface has a Danish name", () => {
    const withDanish = sample.filter((row) => ruleOf(row).danishNameSource === "hubspot");
    const danish = withDanish.filter((row) => row.errorType === ruleOf(row).danishName);
    expect(danish.length / withDanish.length).toBeGreaterThan(0.03);
    expect(danish.length / withDanish.length).toBeLessThan(0.07);
  });

  it("never names a row by a Danish name HubSpot does not use", () => {
    const ours = sample.filter((row) => ruleOf(row).danishNameSource === "faithful");
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.filter((row) => row.errorType === ruleOf(row).danishName)).toEqual([]);
  });

  // Some Salesforce messages are fixed text ("DUPLICATES_DETECTED: Use one of these records?")
  // and a bad picklist value recurs on many records, as in real exports; the rest vary.
  it("writes record-specific messages", () => {
    const distinct = new Set(sample.map((row) => row.message));
    expect(distinct.size).toBeGreaterThan(sample.length * 0.35);
    for (const id of ["string-too-long", "email-already-in-use", "restricted-unique-value"]) {
      const rows = sample.filter((row) => ruleOf(row).id === id);
      expect(new Set(rows.map((row) => row.message)).size, id).toBeGreaterThan(rows.length * 0.6);
    }
  });

  it("dates rows within the window, newest first, with recent days busier", () => {
    const start = NOW.getTime() - DEMO_DEFAULT_DAYS * DAY_MS;
    const times = sample.map((row) => row.occurredAt.getTime());
    expect(times.filter((time) => time < start || time > NOW.getTime())).toEqual([]);
    expect(times.filter((time, i) => i > 0 && time > (times[i - 1] as number))).toEqual([]);
    const recentHalf = times.filter(
      (time) => time > start + (DEMO_DEFAULT_DAYS / 2) * DAY_MS,
    ).length;
    expect(recentHalf / sample.length).toBeGreaterThan(0.53);
    expect(recentHalf / sample.length).toBeLessThan(0.65);
    // The window is filled, not just its newest part.
    expect(sample.at(-1)?.occurredAt.getTime()).toBeLessThan(start + DAY_MS);
  });

  it("honours days", () => {
    const rows = take(1000, 3, 2);
    const outside = rows.filter(
      (row) =>
        row.occurredAt.getTime() < NOW.getTime() - 2 * DAY_MS ||
        row.occurredAt.getTime() > NOW.getTime(),
    );
    expect(outside).toEqual([]);
    expect(rows.at(-1)?.occurredAt.getTime()).toBeLessThan(NOW.getTime() - DAY_MS);
  });

  it("falls back to a rule's own examples, with fresh ids, for a rule without templates", () => {
    const fake: SyncErrorRule = {
      ...(rules[0] as SyncErrorRule),
      id: "demo-fallback-rule",
      name: "Demo fallback rule",
      danishName: "Demo-reserveregel",
      danishNameSource: "faithful",
      objects: ["contact"],
      examples: {
        matches: ["Demo fallback: lead 00Q5g00000Xy7ZaEAJ could not sync"],
        nearMisses: [],
      },
    };
    const rows = [...demoRows({ rows: 300, seed: 9, now: NOW }, [...rules, fake])];
    const own = rows.filter((row) => row.errorType === "Demo fallback rule");
    expect(own.length).toBeGreaterThan(0);
    for (const row of own) {
      const id = /00Q\w{15}/.exec(row.message)?.[0] ?? "";
      expect(row.message).toBe(`Demo fallback: lead ${id} could not sync`);
      expect(id).not.toBe("00Q5g00000Xy7ZaEAJ");
      expect(isValidSalesforceId(id)).toBe(true);
    }
  });

  it.each([
    ["negative rows", { rows: -1, seed: 1, now: NOW }],
    ["fractional rows", { rows: 1.5, seed: 1, now: NOW }],
    ["a fractional seed", { rows: 1, seed: 0.5, now: NOW }],
    ["an invalid date", { rows: 1, seed: 1, now: new Date("not a date") }],
    ["zero days", { rows: 1, seed: 1, now: NOW, days: 0 }],
    ["infinite days", { rows: 1, seed: 1, now: NOW, days: Number.POSITIVE_INFINITY }],
  ])("refuses %s", (_why, options) => {
    expect(() => demoRows(options).next()).toThrow(InvalidInputError);
  });
});

/**
 * The three charts drawn from a real SQLite store seeded with a month of daily imports: each
 * decodes as a PNG of the size it says, has something drawn on it, and its alt text states the
 * numbers of the seeded history (counted from its model, not from the store's answers).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DAYS,
  expected,
  modelCounts,
  NOW,
  seedChartHistory,
  TIME_ZONE,
  TYPES,
} from "../../test/chart-history.js";
import { pngFacts } from "../../test/png-checks.js";
import { createCatalog } from "../catalog/catalog.js";
import { ruleWords } from "../catalog/labels.js";
import { translator } from "../i18n/translator.js";
import { rules } from "../rules/index.js";
import { openStore } from "../store/sqlite-store.js";
import type { Store } from "../store/types.js";
import type { ChartKind, ChartRenderer, ChartRequest } from "./chart.js";
import { ALT_TEXT_MAX } from "./chart-frame.js";
import { createChartRenderer } from "./create-chart-renderer.js";
import { trendFigures } from "./trend.js";

const en = translator("en");
const da = translator("da");
const catalog = createCatalog(rules);
const dir = mkdtempSync(join(tmpdir(), "syncerror-charts-"));
const request = (kind: ChartKind, more: Partial<ChartRequest> = {}): ChartRequest => ({
  kind,
  days: DAYS,
  now: NOW,
  timeZone: TIME_ZONE,
  ...more,
});
const number = (n: number) => en.number(n);

let store: Store;
let renderer: ChartRenderer;
let emptyStore: Store;
let empty: ChartRenderer;

beforeAll(async () => {
  store = await openStore({ path: join(dir, "month.db") });
  await seedChartHistory(store);
  renderer = createChartRenderer({ store, catalog });
  emptyStore = await openStore({ path: join(dir, "empty.db") });
  empty = createChartRenderer({ store: emptyStore, catalog });
}, 60_000);

afterAll(async () => {
  await store.close();
  await emptyStore.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("charts from a seeded store", () => {
  const model = expected();

  it("draws the trend: a 1000×500 PNG with bars, and the month's numbers in its alt text", async () => {
    const chart = await renderer.render(request("trend"), en);
    const facts = pngFacts(chart.png);
    expect([facts.width, facts.height]).toEqual([chart.width, chart.height]);
    expect([chart.width, chart.height]).toEqual([1000, 500]);
    expect(facts.inked).toBeGreaterThan(40_000);
    expect(facts.colours).toBeGreaterThan(50);
    expect(chart.fileName).toBe("syncerror-trend-2026-12-04.png");
    expect(chart.title).toBe("New and resolved sync errors per day, last 30 days");
    const peak = Math.max(...model.newPerDay);
    const peakDay = new Date(
      Date.parse("2026-11-05T12:00:00Z") + model.newPerDay.indexOf(peak) * 86_400_000,
    );
    expect(chart.altText).toContain(
      `From November 5, 2026 to December 4, 2026: ${number(model.totalNew)} new errors and ${number(model.totalResolved)} resolved.`,
    );
    expect(chart.altText).toContain(
      `Most new on ${en.date(peakDay, { timeZone: TIME_ZONE })}: ${peak}.`,
    );
    expect(chart.altText).toContain(`${model.openNow} now.`);
    // Picklists had the spike: the most new errors of the categories, named first.
    expect(chart.altText).toMatch(/New by category: Picklists: \d+, Associations: \d+/);
    expect(chart.altText.length).toBeLessThanOrEqual(ALT_TEXT_MAX);
  });

  it.each([
    [1, TIME_ZONE],
    [30, "America/Los_Angeles"],
    [90, "Asia/Kolkata"],
  ])(
    "sums %i local days in %s as the history has them, open at each day's end derived right",
    async (days, timeZone) => {
      const counts = modelCounts();
      const figures = await trendFigures(store, catalog, request("trend", { days, timeZone }));
      const starts = figures.boundaries.map((at) => at.getTime());
      expect(starts).toHaveLength(days + 1);
      const newPerDay = Array.from({ length: days }, (_, d) =>
        [...figures.newByCategory.values()].reduce((sum, perDay) => sum + (perDay[d] ?? 0), 0),
      );
      // Kolkata's midnight is at half past an hour: an hour across it counts on the day it
      // starts, so compare its days by the hours they hold.
      const hour = 3_600_000;
      const edge = (at: number) =>
        timeZone === "Asia/Kolkata" ? Math.floor(at / hour) * hour : at;
      expect(newPerDay).toEqual(
        Array.from({ length: days }, (_, d) =>
          counts.openedBetween(
            edge(starts[d] ?? 0),
            d === days - 1 ? NOW.getTime() + 1 : edge(starts[d + 1] ?? 0),
          ),
        ),
      );
      expect(figures.open).toEqual(
        Array.from({ length: days }, (_, d) =>
          counts.openAt(d === days - 1 ? NOW.getTime() : (starts[d + 1] ?? 0)),
        ),
      );
    },
  );

  it("draws the trend of one type when asked, named in its title, with that type's numbers", async () => {
    const type = TYPES[3];
    if (!type) throw new Error("no type");
    const scope = { ruleIds: [type.id], label: type.name };
    const chart = await renderer.render(request("trend", { scope }), en);
    expect(chart.title).toBe(`New and resolved sync errors per day, last 30 days · ${type.name}`);
    const mine = expected().openByRule.get(type.id) ?? 0;
    expect(chart.altText).toContain(`${mine} now.`);
    expect(chart.altText).toContain("New by category: Picklists:");
    expect(chart.altText).not.toContain("Associations");
  });

  it("draws the breakdown: largest type first with its count, each type's open errors", async () => {
    const chart = await renderer.render(request("breakdown"), en);
    const facts = pngFacts(chart.png);
    expect([facts.width, facts.height]).toEqual([chart.width, chart.height]);
    expect(facts.inked).toBeGreaterThan(10_000);
    expect(facts.colours).toBeGreaterThan(20);
    const sorted = [...model.openByRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const names = sorted.map(([id, n]) => `${catalog.ruleById(id)?.name}: ${n}`);
    expect(chart.altText).toBe(
      `Open sync errors by type: ${model.openNow} open errors of 6 types. Largest first: ${en.list(names)}.`,
    );
  });

  it("draws the age chart: the open errors in their five buckets", async () => {
    const chart = await renderer.render(request("age"), en);
    const facts = pngFacts(chart.png);
    expect([facts.width, facts.height]).toEqual([1000, 500]);
    expect(facts.inked).toBeGreaterThan(20_000);
    const [day, week, month, quarter, older] = model.buckets;
    expect(chart.altText).toContain(
      `${model.openNow} open errors. By age: Under 1 day: ${day}, 1–7 days: ${week}, 7–30 days: ${month}, 30–90 days: ${quarter}, and Over 90 days: ${older}.`,
    );
    expect(chart.altText).toContain("Open for over 90 days, by category:");
  });

  it("draws the age of one category's errors when asked, named in its title", async () => {
    const picklists = catalog.categoryByName("picklists");
    if (!picklists) throw new Error("no picklists");
    const scope = { ruleIds: picklists.rules.map((rule) => rule.id), label: picklists.name };
    const chart = await renderer.render(request("age", { scope }), en);
    expect(chart.title).toBe("Open sync errors by how long they have been open · Picklists");
    const open = picklists.rules.reduce(
      (sum, rule) => sum + (model.openByRule.get(rule.id) ?? 0),
      0,
    );
    expect(open).toBeGreaterThan(0);
    expect(chart.altText).toContain(`: ${open} open errors. By age:`);
  });

  it("writes titles, type names and alt text in Danish for a Danish reader", async () => {
    const breakdown = await renderer.render(request("breakdown"), da);
    expect(breakdown.title).toBe("Åbne synkroniseringsfejl efter type");
    const top = [...model.openByRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    const rule = catalog.ruleById(top?.[0] ?? "");
    if (!rule) throw new Error("no top type");
    expect(breakdown.altText).toContain(`Største først: ${ruleWords(da).name(rule)}: ${top?.[1]}`);
    const age = await renderer.render(request("age"), da);
    expect(age.altText).toContain(`Efter alder: Under 1 dag: ${model.buckets[0]}`);
    const trend = await renderer.render(request("trend"), da);
    expect(trend.altText).toContain(
      `Fra 5. november 2026 til 4. december 2026: ${model.totalNew} nye fejl`,
    );
  });

  it("sums the types past the twentieth bar as 'N other types', and grows to fit the bars", async () => {
    const many = await openStore({ path: join(dir, "many.db") });
    try {
      const tx = await many.beginImport({
        fileName: "many.csv",
        contentHash: "many",
        importedBy: "U-TEST",
        importedAt: NOW,
      });
      const some = rules.slice(0, 25);
      for (const [r, rule] of some.entries())
        for (let i = 0; i <= r; i++)
          await tx.add({
            ruleId: rule.id,
            category: rule.category,
            direction: rule.direction,
            objectType: "contact",
            hubspotId: `${r}-${i}`,
            salesforceId: null,
            recordName: null,
            message: rule.name,
            statusCode: null,
            occurredAt: NOW,
          });
      await tx.commit({ rowsRead: 325, rejected: 0, objectTypes: [], columns: {} });
      const chart = await createChartRenderer({ store: many, catalog }).render(
        request("breakdown"),
        en,
      );
      expect(chart.height).toBeGreaterThan(500);
      expect(pngFacts(chart.png).height).toBe(chart.height);
      // 19 types drawn (25 down to 7 errors), the other 6 (1 to 6 errors: 21) in one bar.
      expect(chart.altText).toContain("325 open errors of 25 types.");
      expect(chart.altText).toContain(`${some[24]?.name}: 25`);
      expect(chart.altText).toMatch(/, and 6 other types: 21\.$/);
    } finally {
      await many.close();
    }
  });

  it("draws a clear 'nothing here' chart from an empty store, not an error", async () => {
    for (const kind of ["trend", "breakdown", "age"] as const) {
      const chart = await empty.render(request(kind), en);
      const facts = pngFacts(chart.png);
      expect([facts.width, facts.height]).toEqual([1000, 500]);
      // The title and the line: some ink, far less than a chart's.
      expect(facts.inked).toBeGreaterThan(1_000);
      expect(facts.inked).toBeLessThan(20_000);
      expect(chart.altText).toMatch(/no (new or resolved|open) sync errors/);
    }
  });
});

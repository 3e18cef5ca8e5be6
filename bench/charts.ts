import { createCatalog } from "../src/catalog/catalog.js";
import { AGE_EDGES_MS } from "../src/charts/age.js";
import type { ChartRequest } from "../src/charts/chart.js";
import { createChartRenderer } from "../src/charts/create-chart-renderer.js";
import { translator } from "../src/i18n/translator.js";
import { rules } from "../src/rules/index.js";
import type { ObservedError, Store } from "../src/store/types.js";
import { benchError } from "./bench-errors.js";
import { benchOnBothStores } from "./on-both-stores.js";
import { quantile } from "./table.js";

const CONTACTS = 800_000;
const COMPANIES = 200_000;
/** Company exports, one every three days over the 90 days: each resolves what it leaves out. */
const EXPORTS = 30;
const RUNS = 11;
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const NOW = new Date("2026-12-04T12:00:00Z");
const TIME_ZONE = "Europe/Copenhagen";
const START = NOW.getTime() - 90 * DAY;
const exportTime = (j: number) => START + (j + 1) * 3 * DAY - HOUR;

/** Company error `k`: opened over the 90 days, resolved by a later export or (one in four) open. */
function company(k: number): { error: ObservedError; openedAt: number; resolvedBy: number } {
  const openedAt = START + ((k * 7919) % (90 * DAY - 4 * HOUR));
  const firstExport = Math.floor((openedAt - START) / (3 * DAY));
  const life = k % 4 === 0 ? EXPORTS : 1 + (k % 5);
  const error = { ...benchError(CONTACTS + k, new Date(openedAt)), objectType: "company" as const };
  return { error, openedAt, resolvedBy: firstExport + life };
}

/**
 * The store the charts read: 1,000,000 errors over 90 days, every type. 200,000 company errors
 * come from a company export every three days, each listing the company errors still open (so
 * about 150,000 are resolved over the 90 days, on 30 days); then one contact export of 800,000
 * errors opened over the same 90 days, all still open.
 */
async function fill(store: Store): Promise<void> {
  const companies = Array.from({ length: COMPANIES }, (_, k) => company(k));
  for (let j = 0; j < EXPORTS; j++) {
    const at = exportTime(j);
    const tx = await store.beginImport({
      fileName: `companies-${j}`,
      contentHash: `companies-${j}`,
      importedBy: "bench",
      importedAt: new Date(at),
    });
    let rowsRead = 0;
    for (const c of companies)
      if (c.openedAt <= at && c.resolvedBy > j) {
        await tx.add(c.error);
        rowsRead++;
      }
    await tx.commit({ rowsRead, rejected: 0, objectTypes: ["company"], columns: {} });
  }
  const contacts = await store.beginImport({
    fileName: "contacts",
    contentHash: "contacts",
    importedBy: "bench",
    importedAt: new Date(NOW.getTime() - HOUR),
  });
  for (let i = 0; i < CONTACTS; i++)
    await contacts.add(benchError(i, new Date(START + ((i * 6007) % (90 * DAY - 2 * HOUR)))));
  await contacts.commit({ rowsRead: CONTACTS, rejected: 0, objectTypes: [], columns: {} });
}

/** Sorted times of RUNS calls of `run`, after one untimed call (the fonts, the first query plans). */
async function time(run: () => Promise<unknown>): Promise<number[]> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

async function measure(backend: string, store: Store, fillSeconds: number) {
  const renderer = createChartRenderer({ store, catalog: createCatalog(rules) });
  const t = translator("en");
  const chart =
    (kind: "trend" | "breakdown" | "age", days = 30, scope?: ChartRequest["scope"]) =>
    () =>
      renderer.render({ kind, days, now: NOW, timeZone: TIME_ZONE, scope }, t);
  const picklists = rules.filter((rule) => rule.category === "picklists").map((rule) => rule.id);
  const open = await store.openCounts();
  const resolved = [
    ...(
      await store.hourlyResolvedErrors(
        rules.map((r) => r.id),
        new Date(START),
        NOW,
      )
    ).values(),
  ]
    .flat()
    .reduce((a, b) => a + b, 0);
  const ms = (times: number[]) => `${quantile(times, 0.5).toFixed(1)} ms`;
  const rows: Array<[string, string, string]> = [
    [`${backend}: store filled in`, `${fillSeconds.toFixed(1)} s`, ""],
    [`${backend}: open / resolved in the 90 days`, `${open.total} / ${resolved}`, ""],
    [
      `${backend}: trend chart, 30 days, median of ${RUNS}`,
      ms(await time(chart("trend"))),
      "< 500 ms",
    ],
    [`${backend}: trend chart, 90 days, median`, ms(await time(chart("trend", 90))), ""],
    [`${backend}: breakdown chart, median`, ms(await time(chart("breakdown"))), ""],
    [`${backend}: age chart, median`, ms(await time(chart("age"))), ""],
    [
      `${backend}: age chart of one category (picklists), median`,
      ms(await time(chart("age", 30, { ruleIds: picklists, label: "Picklists" }))),
      "",
    ],
    [
      `${backend}: open errors by age (query alone), median`,
      ms(await time(() => store.openAgeCounts(NOW, AGE_EDGES_MS))),
      "",
    ],
  ];
  return rows;
}

/**
 * Issue 18: drawing the trend chart (its queries, the layout, the PNG) from a store of 1,000,000
 * errors, goal < 500 ms median; the other two charts and the age query beside it. SQLite, then
 * PostgreSQL when its server binaries are found (a throwaway cluster).
 */
export async function benchCharts(): Promise<void> {
  const title = `Charts from ${(CONTACTS + COMPANIES).toLocaleString("en")} errors in the store`;
  await benchOnBothStores({
    title,
    name: "charts",
    fill,
    measure: measure,
  });
}

import { ruleWords } from "../catalog/labels.js";
import type { MessageKey, Translator } from "../i18n/translator.js";
import { CATEGORIES, type CategoryId } from "../rules/types.js";
import type { Store } from "../store/types.js";
import { CATEGORY_COLOURS } from "./category-colours.js";
import type { ChartRequest, RenderedChart } from "./chart.js";
import {
  altItem,
  type ChartCatalog,
  chartFileName,
  emptyOption,
  fitAltText,
  frame,
  requestedRuleIds,
  scopeValues,
} from "./chart-frame.js";
import { CHART_HEIGHT, CHART_WIDTH, renderPng } from "./render-png.js";

/** What the age chart reads. */
export type AgeStore = Pick<Store, "openAgeCounts">;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The buckets' edges: under 1 day, 1–7 days, 7–30 days, 30–90 days, over 90 days. */
export const AGE_EDGES_MS: readonly number[] = [DAY_MS, 7 * DAY_MS, 30 * DAY_MS, 90 * DAY_MS];

/** The buckets' names, in order (one more than the edges). */
const BUCKET_KEYS: readonly MessageKey[] = [
  "charts.bucketUnderDay",
  "charts.bucketWeek",
  "charts.bucketMonth",
  "charts.bucketQuarter",
  "charts.bucketOlder",
];

/** Open errors by how long they have been open, stacked by category: what is rotting. */
export async function drawAge(
  store: AgeStore,
  catalog: ChartCatalog,
  request: ChartRequest,
  t: Translator,
): Promise<RenderedChart> {
  const words = ruleWords(t);
  const ages = await store.openAgeCounts(request.now, AGE_EDGES_MS, request.scope?.ruleIds);
  const byCategory = new Map<CategoryId, number[]>();
  for (const ruleId of requestedRuleIds(request, catalog)) {
    const buckets = ages.get(ruleId);
    if (!buckets) continue;
    const category = catalog.ruleById(ruleId)?.category ?? "unknown";
    const sums = byCategory.get(category) ?? new Array<number>(BUCKET_KEYS.length).fill(0);
    buckets.forEach((n, i) => {
      sums[i] = (sums[i] ?? 0) + n;
    });
    byCategory.set(category, sums);
  }
  const bucketNames = BUCKET_KEYS.map((key) => t.t(key));
  const totals = bucketNames.map((_, i) =>
    [...byCategory.values()].reduce((sum, sums) => sum + (sums[i] ?? 0), 0),
  );
  const total = totals.reduce((a, b) => a + b, 0);
  const title = t.t("charts.ageTitle", scopeValues(request));
  const present = CATEGORIES.filter((c) => byCategory.has(c.id));
  const last = present.length - 1;

  const option =
    total === 0
      ? emptyOption(title, t.t("charts.emptyOpen"))
      : {
          ...frame(title, true),
          grid: { top: 96, left: 24, right: 24, bottom: 24, containLabel: true },
          xAxis: {
            type: "category",
            data: bucketNames,
            axisLabel: { fontSize: 13, color: "#1d1c1d" },
          },
          yAxis: {
            type: "value",
            name: t.t("charts.axisOpen"),
            nameTextStyle: { align: "left", color: "#333333" },
            minInterval: 1,
            axisLabel: { formatter: (value: number) => t.number(value) },
          },
          series: present.map((c, index) => ({
            type: "bar",
            name: words.category(c.id),
            stack: "age",
            barMaxWidth: 110,
            itemStyle: { color: CATEGORY_COLOURS[c.id] },
            data: byCategory.get(c.id),
            // The bucket's total over its stack (on the top series), so the bars read as numbers.
            ...(index === last
              ? {
                  label: {
                    show: true,
                    position: "top",
                    fontSize: 13,
                    fontWeight: "bold",
                    color: "#1d1c1d",
                    formatter: (p: { dataIndex: number }) => t.number(totals[p.dataIndex] ?? 0),
                  },
                }
              : {}),
          })),
        };

  const old = present
    .map((c) => ({ name: words.category(c.id), n: byCategory.get(c.id)?.at(-1) ?? 0 }))
    .filter((c) => c.n > 0)
    .sort((a, b) => b.n - a.n)
    .map((c) => altItem(t, c.name, c.n));
  const altText =
    total === 0
      ? t.t("charts.emptyAlt", { title })
      : fitAltText(old, (shown) =>
          t.t("charts.ageAlt", {
            title,
            total,
            buckets: t.list(bucketNames.map((name, i) => altItem(t, name, totals[i] ?? 0))),
            hasOld: shown.length > 0 ? "yes" : "no",
            old: t.list(shown),
          }),
        );
  return {
    kind: "age",
    png: renderPng(option, CHART_WIDTH, CHART_HEIGHT),
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    title,
    altText,
    fileName: chartFileName("age", request.now, request.timeZone),
  };
}

import { ruleWords } from "../catalog/labels.js";
import type { Translator } from "../i18n/translator.js";
import { CATEGORIES, type CategoryId } from "../rules/types.js";
import { HOUR_MS } from "../store/alert-rows.js";
import type { Store } from "../store/types.js";
import { trendBoundaries } from "../zoned-time.js";
import { CATEGORY_COLOURS, OPEN_COLOUR, RESOLVED_COLOUR } from "./category-colours.js";
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

/** What the trend reads. */
export type TrendStore = Pick<Store, "hourlyNewErrors" | "hourlyResolvedErrors" | "openCounts">;

/** The trend's numbers, per local day, oldest first (the last day is today so far). */
export interface TrendFigures {
  /** Each day's start (local midnight), and `now` after the last. */
  readonly boundaries: readonly Date[];
  /** New errors per category per day (every category, zeros included). */
  readonly newByCategory: ReadonlyMap<CategoryId, readonly number[]>;
  readonly resolved: readonly number[];
  /** Open at each day's end (today: now). */
  readonly open: readonly number[];
}

/**
 * The trend's figures from the store: the hourly counts summed into the request's local days (an
 * hour counts on the day its start falls in; in a zone whose offset is not whole hours, the hour
 * across midnight counts on the day it starts), and the open count at each day's end.
 */
export async function trendFigures(
  store: TrendStore,
  catalog: ChartCatalog,
  request: ChartRequest,
): Promise<TrendFigures> {
  const ruleIds = requestedRuleIds(request, catalog);
  const boundaries = trendBoundaries(request.now, request.timeZone, request.days);
  const days = boundaries.length - 1;
  const from = boundaries[0] ?? request.now;
  // Up to the hour after now's, so the hour holding now (today so far) is in.
  const to = new Date(request.now.getTime() + HOUR_MS);
  const [newHourly, resolvedHourly, openCounts] = await Promise.all([
    store.hourlyNewErrors(ruleIds, from, to),
    store.hourlyResolvedErrors(ruleIds, from, to),
    store.openCounts(),
  ]);
  // Each hour's day, once: an hour counts on the day its start falls in.
  const firstHourMs = Math.floor(from.getTime() / HOUR_MS) * HOUR_MS;
  const hours = Math.floor(to.getTime() / HOUR_MS) - firstHourMs / HOUR_MS;
  const dayOf: number[] = [];
  for (let k = 0, day = 0; k < hours; k++) {
    const start = firstHourMs + k * HOUR_MS;
    while (day + 1 < days && (boundaries[day + 1]?.getTime() ?? 0) <= start) day++;
    dayOf.push(day);
  }
  const dayOfHour = (k: number) => dayOf[k] ?? days - 1;
  const newByCategory = new Map<CategoryId, number[]>(
    CATEGORIES.map((c) => [c.id, new Array<number>(days).fill(0)]),
  );
  const resolved = new Array<number>(days).fill(0);
  let openNow = 0;
  for (const ruleId of ruleIds) {
    const category = catalog.ruleById(ruleId)?.category ?? "unknown";
    const perDay = newByCategory.get(category) as number[];
    (newHourly.get(ruleId) ?? []).forEach((n, k) => {
      if (n > 0) perDay[dayOfHour(k)] = (perDay[dayOfHour(k)] ?? 0) + n;
    });
    (resolvedHourly.get(ruleId) ?? []).forEach((n, k) => {
      if (n > 0) resolved[dayOfHour(k)] = (resolved[dayOfHour(k)] ?? 0) + n;
    });
    openNow += openCounts.byRule.get(ruleId) ?? 0;
  }
  // The open count at each day's end is derived, not stored: walking back from today's open
  // count, a day's end had the errors open now, less those opened after it, plus those resolved
  // after it. (An error resolved and opened again in the period is counted at its last
  // resolution only, so on such days the line is an estimate; it never goes below zero.)
  const newPerDay = Array.from({ length: days }, (_, d) =>
    [...newByCategory.values()].reduce((sum, perDay) => sum + (perDay[d] ?? 0), 0),
  );
  const open = new Array<number>(days).fill(0);
  let running = openNow;
  for (let d = days - 1; d >= 0; d--) {
    open[d] = Math.max(0, running);
    running = running - (newPerDay[d] ?? 0) + (resolved[d] ?? 0);
  }
  return { boundaries, newByCategory, resolved, open };
}

/** New and resolved per day, stacked by category, with the open errors as a line. */
export async function drawTrend(
  store: TrendStore,
  catalog: ChartCatalog,
  request: ChartRequest,
  t: Translator,
): Promise<RenderedChart> {
  const figures = await trendFigures(store, catalog, request);
  const words = ruleWords(t);
  const title = t.t("charts.trendTitle", { days: request.days, ...scopeValues(request) });
  const days = figures.resolved.length;
  const dayStarts = figures.boundaries.slice(0, days);
  const label = new Intl.DateTimeFormat(t.locale, {
    timeZone: request.timeZone,
    day: "numeric",
    month: "short",
  });
  const longDay = (at: Date) => t.date(at, { timeZone: request.timeZone });
  const newPerDay = Array.from({ length: days }, (_, d) =>
    [...figures.newByCategory.values()].reduce((sum, perDay) => sum + (perDay[d] ?? 0), 0),
  );
  const totalNew = newPerDay.reduce((a, b) => a + b, 0);
  const totalResolved = figures.resolved.reduce((a, b) => a + b, 0);
  const openNow = figures.open.at(-1) ?? 0;
  const firstDay = dayStarts[0] ?? request.now;
  const empty = totalNew === 0 && totalResolved === 0;

  const categories = CATEGORIES.map((c) => ({
    id: c.id,
    name: words.category(c.id),
    perDay: figures.newByCategory.get(c.id) ?? [],
  }))
    .map((c) => ({ ...c, total: c.perDay.reduce((a, b) => a + b, 0) }))
    .filter((c) => c.total > 0);

  const option =
    empty && openNow === 0
      ? emptyOption(title, t.t("charts.emptyPeriod"))
      : {
          ...frame(title, true),
          grid: { top: 122, left: 24, right: 24, bottom: 24, containLabel: true },
          xAxis: {
            type: "category",
            data: dayStarts.map((at) => label.format(at)),
            axisLabel: { fontSize: 11, color: "#333333", hideOverlap: true },
            axisTick: { alignWithLabel: true },
          },
          yAxis: [
            {
              type: "value",
              name: t.t("charts.axisPerDay"),
              nameTextStyle: { align: "left", color: "#333333" },
              minInterval: 1,
              // Resolved errors are drawn below zero; the axis says how many, not minus.
              axisLabel: { formatter: (value: number) => t.number(Math.abs(value)) },
            },
            {
              type: "value",
              name: t.t("charts.axisOpen"),
              nameTextStyle: { align: "right", color: "#333333" },
              min: 0,
              minInterval: 1,
              splitLine: { show: false },
              axisLabel: { formatter: (value: number) => t.number(value) },
            },
          ],
          series: [
            // One stack per day: ECharts stacks positive and negative values apart, so the
            // categories' new errors rise above zero and the resolved ones hang below it.
            ...categories.map((c) => ({
              type: "bar",
              name: c.name,
              stack: "day",
              barMaxWidth: 28,
              itemStyle: { color: CATEGORY_COLOURS[c.id] },
              data: c.perDay,
            })),
            {
              type: "bar",
              name: t.t("charts.seriesResolved"),
              stack: "day",
              barMaxWidth: 28,
              itemStyle: { color: RESOLVED_COLOUR },
              data: figures.resolved.map((n) => -n),
            },
            {
              type: "line",
              name: t.t("charts.seriesOpen"),
              yAxisIndex: 1,
              symbol: "circle",
              symbolSize: 4,
              lineStyle: { width: 2.5, color: OPEN_COLOUR },
              itemStyle: { color: OPEN_COLOUR },
              data: figures.open,
            },
          ],
        };

  const peak = newPerDay.reduce((best, n, d) => (n > (newPerDay[best] ?? 0) ? d : best), 0);
  const from = longDay(firstDay);
  const to = longDay(request.now);
  const altText = empty
    ? t.t("charts.trendAltEmpty", { title, from, to, open: openNow })
    : fitAltText(
        [...categories].sort((a, b) => b.total - a.total).map((c) => altItem(t, c.name, c.total)),
        (shown) =>
          t.t("charts.trendAlt", {
            title,
            from,
            to,
            new: totalNew,
            resolved: totalResolved,
            peakDay: longDay(dayStarts[peak] ?? firstDay),
            peakNew: newPerDay[peak] ?? 0,
            openStart: figures.open[0] ?? 0,
            openEnd: openNow,
            hasCategories: shown.length > 0 ? "yes" : "no",
            categories: t.list(shown),
          }),
      );
  return {
    kind: "trend",
    png: renderPng(option, CHART_WIDTH, CHART_HEIGHT),
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    title,
    altText,
    fileName: chartFileName("trend", request.now, request.timeZone),
  };
}

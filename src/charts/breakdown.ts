import { ruleWords } from "../catalog/labels.js";
import type { Translator } from "../i18n/translator.js";
import { CATEGORIES, type CategoryId } from "../rules/types.js";
import type { Store } from "../store/types.js";
import { CATEGORY_COLOURS, OTHER_COLOUR } from "./category-colours.js";
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

/** What the breakdown reads. */
export type BreakdownStore = Pick<Store, "openCounts">;

/** The most bars drawn: the largest types, then the rest summed in one "N other types" bar. */
export const MAX_BARS = 20;

/** A bar's height and gap, in pixels: the chart grows past CHART_HEIGHT for many bars. */
const ROW_PX = 26;
/** Room above and below the bars: title, legend, axis. */
const FRAME_PX = 150;

interface Bar {
  readonly name: string;
  readonly category: CategoryId | "other";
  readonly count: number;
}

/** Open errors by type, largest first, as horizontal bars coloured by category. */
export async function drawBreakdown(
  store: BreakdownStore,
  catalog: ChartCatalog,
  request: ChartRequest,
  t: Translator,
): Promise<RenderedChart> {
  const words = ruleWords(t);
  const open = await store.openCounts();
  const types = requestedRuleIds(request, catalog)
    .map((ruleId) => ({
      rule: catalog.ruleById(ruleId),
      ruleId,
      count: open.byRule.get(ruleId) ?? 0,
    }))
    .filter((type) => type.count > 0)
    .sort((a, b) => b.count - a.count || a.ruleId.localeCompare(b.ruleId));
  const bars: Bar[] = types.map((type) => ({
    name: type.rule ? words.name(type.rule) : type.ruleId,
    category: type.rule?.category ?? "unknown",
    count: type.count,
  }));
  if (bars.length > MAX_BARS) {
    const rest = bars.splice(MAX_BARS - 1);
    bars.push({
      name: t.t("charts.otherTypes", { count: rest.length }),
      category: "other",
      count: rest.reduce((sum, bar) => sum + bar.count, 0),
    });
  }
  const total = types.reduce((sum, type) => sum + type.count, 0);
  const title = t.t("charts.breakdownTitle", scopeValues(request));
  const height = Math.max(CHART_HEIGHT, FRAME_PX + bars.length * ROW_PX);

  // One series per category (stacked, so each row's single bar sits in the middle of it): the
  // legend then names the colours.
  const seriesOf = (category: CategoryId | "other", name: string, colour: string) => ({
    type: "bar",
    name,
    stack: "types",
    barMaxWidth: 20,
    itemStyle: { color: colour },
    label: {
      show: true,
      position: "right",
      fontSize: 11,
      color: "#1d1c1d",
      formatter: (p: { value: number | null }) => (p.value ? t.number(p.value) : ""),
    },
    data: bars.map((bar) => (bar.category === category ? bar.count : null)),
  });
  const present = CATEGORIES.filter((c) => bars.some((bar) => bar.category === c.id));
  const option =
    bars.length === 0
      ? emptyOption(title, t.t("charts.emptyOpen"))
      : {
          ...frame(title, true),
          grid: { top: 90, left: 24, right: 60, bottom: 24, containLabel: true },
          xAxis: {
            type: "value",
            minInterval: 1,
            axisLabel: { formatter: (value: number) => t.number(value) },
          },
          yAxis: {
            type: "category",
            // Largest on top.
            inverse: true,
            data: bars.map((bar) => bar.name),
            axisLabel: { fontSize: 12, color: "#1d1c1d", width: 380, overflow: "truncate" },
          },
          series: [
            ...present.map((c) => seriesOf(c.id, words.category(c.id), CATEGORY_COLOURS[c.id])),
            ...(bars.at(-1)?.category === "other"
              ? [seriesOf("other", bars.at(-1)?.name ?? "", OTHER_COLOUR)]
              : []),
          ],
        };

  const altText =
    bars.length === 0
      ? t.t("charts.emptyAlt", { title })
      : fitAltText(
          bars.map((bar) => altItem(t, bar.name, bar.count)),
          (shown) =>
            t.t("charts.breakdownAlt", { title, total, types: types.length, list: t.list(shown) }),
        );
  return {
    kind: "breakdown",
    png: renderPng(option, CHART_WIDTH, height),
    width: CHART_WIDTH,
    height,
    title,
    altText,
    fileName: chartFileName("breakdown", request.now, request.timeZone),
  };
}

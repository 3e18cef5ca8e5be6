import type { Translator } from "../i18n/translator.js";
import { type AgeStore, drawAge } from "./age.js";
import { type BreakdownStore, drawBreakdown } from "./breakdown.js";
import type { ChartRenderer, ChartRequest, RenderedChart } from "./chart.js";
import type { ChartCatalog } from "./chart-frame.js";
import { drawTrend, type TrendStore } from "./trend.js";

/** The store methods the three charts read, and nothing else. */
export type ChartRendererStore = TrendStore & BreakdownStore & AgeStore;

/**
 * The renderer the command, the digest and the Home tab share: each chart reads the store when
 * asked (no cache: a chart is of now) and draws in the reader's language.
 */
export function createChartRenderer(deps: {
  readonly store: ChartRendererStore;
  readonly catalog: ChartCatalog;
}): ChartRenderer {
  const { store, catalog } = deps;
  return {
    render(request: ChartRequest, t: Translator): Promise<RenderedChart> {
      switch (request.kind) {
        case "trend":
          return drawTrend(store, catalog, request, t);
        case "breakdown":
          return drawBreakdown(store, catalog, request, t);
        case "age":
          return drawAge(store, catalog, request, t);
      }
    },
  };
}

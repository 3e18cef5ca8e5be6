import type { Catalog } from "../catalog/catalog.js";
import type { Translator } from "../i18n/translator.js";
import { wallClock } from "../zoned-time.js";
import type { ChartKind, ChartRequest } from "./chart.js";
import type { ChartOption } from "./render-png.js";

/**
 * What every chart shares around its plot: the title on top, the legend under it, the file name,
 * the empty chart, the types a request covers, and alt text kept within Slack's limit.
 */

/** The catalog as the charts read it: the types, to name and colour them. */
export type ChartCatalog = Pick<Catalog, "rules" | "ruleById">;

/** Slack's limit on an image's alt text. */
export const ALT_TEXT_MAX = 2000;

/** The title and the legend under it, as every chart places them. */
export function frame(title: string, legend: boolean): ChartOption {
  return {
    title: {
      text: title,
      left: 24,
      top: 14,
      textStyle: { fontSize: 18, fontWeight: "bold", color: "#1d1c1d" },
    },
    ...(legend
      ? {
          legend: {
            top: 46,
            left: 24,
            right: 24,
            itemWidth: 14,
            itemHeight: 12,
            textStyle: { fontSize: 12, color: "#333333" },
          },
        }
      : {}),
  };
}

/** A chart with nothing to draw: its title and one clear line in the middle, not an error. */
export function emptyOption(title: string, line: string): ChartOption {
  return {
    ...frame(title, false),
    graphic: [
      {
        type: "text",
        left: "center",
        top: "middle",
        style: { text: line, fontSize: 22, fill: "#616061" },
      },
    ],
  };
}

/** `syncerror-trend-2026-12-04.png`: the kind and today's date where the team is. */
export function chartFileName(kind: ChartKind, now: Date, timeZone: string): string {
  const { year, month, day } = wallClock(now, timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `syncerror-${kind}-${year}-${pad(month)}-${pad(day)}.png`;
}

/** The types a request covers: its scope's, or every type in the catalog. */
export function requestedRuleIds(request: ChartRequest, catalog: ChartCatalog): readonly string[] {
  return request.scope?.ruleIds ?? catalog.rules.map((rule) => rule.id);
}

/** The title's scope placeholders: `hasScope` and the name the person used. */
export function scopeValues(request: ChartRequest): { hasScope: string; scope: string } {
  return { hasScope: request.scope ? "yes" : "no", scope: request.scope?.label ?? "" };
}

/**
 * An alt text made from `items` (a list the chart states, largest first): as many as fit within
 * ALT_TEXT_MAX, the rest dropped from the end, so the text says the biggest numbers whole rather
 * than being cut mid-word.
 */
export function fitAltText(
  items: readonly string[],
  text: (shown: readonly string[]) => string,
): string {
  for (let count = items.length; count > 0; count--) {
    const candidate = text(items.slice(0, count));
    if (candidate.length <= ALT_TEXT_MAX) return candidate;
  }
  const bare = text([]);
  return bare.length <= ALT_TEXT_MAX ? bare : `${bare.slice(0, ALT_TEXT_MAX - 1)}…`;
}

/** "Name: 12" in the reader's language and number format. */
export const altItem = (t: Translator, name: string, count: number) =>
  t.t("charts.item", { name, count: t.number(count) });

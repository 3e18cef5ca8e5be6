import type { Catalog } from "../catalog/catalog.js";
import { ruleWords } from "../catalog/labels.js";
import { UsageError } from "../errors.js";
import type { Translator } from "../i18n/translator.js";
import {
  CHART_KINDS,
  type ChartKind,
  type ChartRequest,
  DEFAULT_CHART_DAYS,
  MAX_CHART_DAYS,
} from "./chart.js";

/** What a person asked to see: a ChartRequest without the clock and the time zone. */
export type ChartAsk = Pick<ChartRequest, "kind" | "scope" | "days">;

/** The Danish names of the charts, accepted as typed beside the English ones. */
const DANISH_KINDS: Readonly<Record<string, ChartKind>> = {
  tendens: "trend",
  udvikling: "trend",
  fordeling: "breakdown",
  alder: "age",
};

/** `30d`, `90 days`, `14 dage`: a period in days. */
const DAYS = /^(\d+)\s*(?:d|days?|dage?|dags?)$/i;

/** The chart a word names, if any (`trend`, `Breakdown`, `alder`). */
export function chartKindOf(word: string): ChartKind | undefined {
  const folded = word.toLowerCase();
  return CHART_KINDS.find((kind) => kind === folded) ?? DANISH_KINDS[folded];
}

/**
 * Reads `[trend|breakdown|age] [category or type] [30d|90d]` (`/syncerror chart`'s words), in
 * any order of the kind and the period: the kind is the first word when it names a chart (trend
 * otherwise), the period is a last word like `30d`, the rest names the scope.
 */
export function parseChartArgs(
  text: string,
  catalog: Catalog,
  t: Translator,
  usage: string,
): ChartAsk {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const kind = words[0] ? chartKindOf(words[0]) : undefined;
  if (kind) words.shift();
  let days = DEFAULT_CHART_DAYS;
  const last = words.at(-1);
  const lastTwo = words.length >= 2 ? `${words.at(-2)}${words.at(-1)}` : undefined;
  if (lastTwo && /^\d+$/.test(words.at(-2) ?? "") && DAYS.test(lastTwo)) {
    days = chartDays(lastTwo, usage);
    words.splice(-2);
  } else if (last && (DAYS.test(last) || isDayCount(last))) {
    days = chartDays(last, usage);
    words.pop();
  }
  const name = words.join(" ");
  return {
    kind: kind ?? "trend",
    scope: name === "" ? undefined : resolveChartScope(catalog, name, t, usage),
    days,
  };
}

/** A bare number that can only be a period: a status code (`429`) is a name, not 429 days. */
function isDayCount(word: string): boolean {
  return /^\d+$/.test(word) && Number(word) >= 1 && Number(word) <= MAX_CHART_DAYS;
}

/** A period (`30d`, `30`, `30 days`) in days, within 1 to MAX_CHART_DAYS; refuses anything else. */
export function chartDays(typed: string, usage: string): number {
  const match = /^(\d+)\s*(?:d|days?|dage?|dags?)?$/i.exec(typed.trim());
  const days = match ? Number(match[1]) : Number.NaN;
  if (!Number.isInteger(days) || days < 1 || days > MAX_CHART_DAYS)
    throw new UsageError({ key: "charts.badDays", values: { typed, max: MAX_CHART_DAYS } }, usage);
  return days;
}

/**
 * The types a person named: a category (English or Danish, as `/syncerror list` takes it), else
 * one error type as `/syncerror explain` finds it (typos, Danish names, status codes). Refuses a
 * name that is neither, offering the nearest types and the categories.
 */
export function resolveChartScope(
  catalog: Catalog,
  name: string,
  t: Translator,
  usage: string,
): NonNullable<ChartAsk["scope"]> {
  const words = ruleWords(t);
  const category = catalog.categoryByName(name);
  if (category)
    return { ruleIds: category.rules.map((rule) => rule.id), label: words.category(category.id) };
  const { match, suggestions } = catalog.explain(name);
  // As sure as a resync must be: a chart of the wrong type misleads as much as it helps.
  if (match && match.confidence >= 0.9)
    return { ruleIds: [match.rule.id], label: words.name(match.rule) };
  const nearest = suggestions.map((s) => words.name(s.rule)).join(", ");
  throw new UsageError(
    {
      key: "charts.unknownScope",
      values: {
        typed: name,
        nearest,
        hasNearest: nearest ? "yes" : "no",
        categories: catalog.categories.map((c) => words.category(c.id)).join(", "),
      },
    },
    usage,
  );
}

import type { Catalog } from "../catalog/catalog.js";
import { namedTypes, type TypeResolution } from "../resolution/resolution-summary.js";
import type { Store } from "../store/types.js";
import { type DigestScope, inScope } from "./digest-scope.js";
import type { SummaryWeek } from "./week.js";

/** How many of the slowest types the weekly summary names. */
export const SLOWEST_TYPES = 3;

/** What a channel's Monday summary says about its error types. */
export interface WeeklyFigures {
  readonly week: SummaryWeek;
  /** Opened during the week (an error opened again since counts at its latest opening). */
  readonly opened: number;
  /** Resolved during the week (and not opened again since). */
  readonly resolved: number;
  /** Open when the summary is made. */
  readonly open: number;
  /** The longest-open error's type and opening, or null when nothing is open. */
  readonly oldest: { readonly ruleId: string; readonly name: string; readonly at: Date } | null;
  /** The types slowest to resolve during the week, by median (nearest rank), at most SLOWEST_TYPES. */
  readonly slowest: readonly TypeResolution[];
}

/**
 * The figures of one channel's weekly summary: the week's activity and time to resolution of the
 * types the channel's digest shows (`scope`: a routed channel's types, the main channel's unrouted
 * ones, or all without routing).
 */
export async function weeklyFigures(options: {
  readonly store: Store;
  readonly catalog: Catalog;
  readonly week: SummaryWeek;
  readonly scope?: DigestScope | undefined;
}): Promise<WeeklyFigures> {
  const { store, week } = options;
  const scope = options.scope ?? { kind: "all" };
  const window = { since: week.from, until: week.to };
  const [activity, stats] = await Promise.all([
    store.ruleActivity(window),
    store.resolutionStats(window),
  ]);
  let opened = 0;
  let resolved = 0;
  let open = 0;
  let oldest: { ruleId: string; at: Date } | null = null;
  for (const [ruleId, figures] of activity) {
    if (!inScope(scope, ruleId)) continue;
    opened += figures.opened;
    resolved += figures.resolved;
    open += figures.open;
    if (figures.oldestOpenAt && (!oldest || figures.oldestOpenAt < oldest.at))
      oldest = { ruleId, at: figures.oldestOpenAt };
  }
  const inChannel = new Map([...stats.byRule].filter(([ruleId]) => inScope(scope, ruleId)));
  return {
    week,
    opened,
    resolved,
    open,
    oldest: oldest
      ? { ...oldest, name: options.catalog.ruleById(oldest.ruleId)?.name ?? oldest.ruleId }
      : null,
    slowest: namedTypes(inChannel, options.catalog).slice(0, SLOWEST_TYPES),
  };
}

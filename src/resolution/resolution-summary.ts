import type { Catalog } from "../catalog/catalog.js";
import type { ResolutionTimes, Store } from "../store/types.js";

/** Time to resolution is reported over this many days. */
export const RESOLUTION_DAYS = 30;

const DAY = 86_400_000;

/** One error type's time to resolution, named. */
export interface TypeResolution extends ResolutionTimes {
  readonly ruleId: string;
  /** The type's name in the catalog (its rule id when the catalog no longer has it). */
  readonly name: string;
}

/** One owner's time to resolution: the errors resolved while they held the type's claim. */
export interface OwnerResolution extends ResolutionTimes {
  /** A Slack user id. */
  readonly owner: string;
}

/** Time to resolution over the last RESOLUTION_DAYS, as `/syncerror status` shows it. */
export interface ResolutionSummary {
  readonly days: number;
  /** Slowest first (by median, then 90th percentile), then by name. */
  readonly byType: readonly TypeResolution[];
  /** Slowest first, as byType, then by user id. */
  readonly byOwner: readonly OwnerResolution[];
}

/** Slowest first: by median, then by 90th percentile. */
export const slowestFirst = (a: ResolutionTimes, b: ResolutionTimes) =>
  b.medianMs - a.medianMs || b.p90Ms - a.p90Ms;

/** Names the types of the store's figures, slowest first. */
export function namedTypes(
  byRule: ReadonlyMap<string, ResolutionTimes>,
  catalog: Catalog,
): TypeResolution[] {
  return [...byRule]
    .map(([ruleId, times]) => ({
      ruleId,
      name: catalog.ruleById(ruleId)?.name ?? ruleId,
      ...times,
    }))
    .sort((a, b) => slowestFirst(a, b) || a.name.localeCompare(b.name));
}

/**
 * Median and 90th percentile of time to resolution by type and by owner, of the errors resolved
 * in the RESOLUTION_DAYS before `now` (see ResolutionStats for what counts for an owner).
 */
export async function resolutionSummary(
  store: Store,
  catalog: Catalog,
  now: Date,
): Promise<ResolutionSummary> {
  const stats = await store.resolutionStats({
    since: new Date(now.getTime() - RESOLUTION_DAYS * DAY),
    until: now,
  });
  return {
    days: RESOLUTION_DAYS,
    byType: namedTypes(stats.byRule, catalog),
    byOwner: [...stats.byOwner]
      .map(([owner, times]) => ({ owner, ...times }))
      .sort((a, b) => slowestFirst(a, b) || (a.owner < b.owner ? -1 : 1)),
  };
}

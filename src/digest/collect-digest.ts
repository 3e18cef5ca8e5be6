import type { Catalog } from "../catalog/catalog.js";
import type { Actor, CategoryId, SyncErrorRule } from "../rules/types.js";
import type { DigestCounts, DigestStore, Store } from "../store/types.js";
import { trendBoundaries } from "./zoned-time.js";

/** How many days the trend sparkline covers. */
export const TREND_DAYS = 7;

/** One error type's line in the digest. */
export interface DigestType {
  readonly rule: SyncErrorRule;
  readonly new: number;
  /** Distinct records among the new errors. */
  readonly records: number;
  readonly open: number;
  /** Among the new: found by the bot's scan rather than reported by HubSpot. */
  readonly byScan: number;
}

/** One category's part of the digest. */
export interface DigestCategory {
  readonly id: CategoryId;
  readonly name: string;
  /** Who usually fixes this category's types: one admin, or both, the more frequent first. */
  readonly owners: readonly Actor[];
  readonly new: number;
  /** New errors per day, oldest first, the last day being today so far. */
  readonly trend: readonly number[];
  /** Its types with new errors, most first. */
  readonly types: readonly DigestType[];
}

/** Everything a digest shows, before it becomes Block Kit. */
export interface Digest {
  readonly slot: Date;
  readonly timezone: string;
  /** Where "new" and "resolved" start: the previous digest's slot, or a day before this one. */
  readonly since: Date;
  readonly sinceIsPreviousDigest: boolean;
  readonly totals: DigestCounts;
  /** The previous digest's counts, for the change; null for the first digest. */
  readonly previous: DigestCounts | null;
  /** Categories with new errors, most new first. */
  readonly categories: readonly DigestCategory[];
  readonly late: boolean;
  /** Why a late digest is late; `not_running` unless told otherwise. */
  readonly lateReason?: LateReason;
}

/** Why a digest went out after its slot: the bot was down, or it was not in the channel yet. */
export type LateReason = "not_running" | "not_invited";

/** What collecting a digest needs. */
export interface CollectOptions {
  readonly store: Store;
  readonly catalog: Catalog;
  readonly channel: string;
  /** The scheduled time the digest stands for. */
  readonly slot: Date;
  readonly timezone: string;
  /** Now: the end of the trend's last day. */
  readonly now: Date;
  readonly late?: boolean;
  readonly lateReason?: LateReason;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Reads a digest's numbers from the store: a handful of indexed queries, whatever its size. Only
 * the digest's part of the store is read, so either backend's serves (the PostgreSQL bench).
 */
export async function collectDigest(
  options: Omit<CollectOptions, "store"> & { readonly store: DigestStore },
): Promise<Digest> {
  const { store, catalog } = options;
  const previous = await store.previousDigest(options.channel, options.slot);
  const since = previous?.slot ?? (await firstSince(store, options.channel, options.slot));
  const stats = await store.digestStats({
    since,
    dayBoundaries: trendBoundaries(options.now, options.timezone, TREND_DAYS),
  });

  const categories: DigestCategory[] = [];
  for (const category of catalog.categories) {
    const types = category.rules
      .map((rule): DigestType => {
        const s = stats.byRule.get(rule.id);
        return {
          rule,
          new: s?.new ?? 0,
          records: s?.records ?? 0,
          open: s?.open ?? 0,
          byScan: s?.byScan ?? 0,
        };
      })
      .filter((t) => t.new > 0)
      .sort((a, b) => b.new - a.new || a.rule.name.localeCompare(b.rule.name));
    if (types.length === 0) continue;
    const trend = new Array<number>(TREND_DAYS).fill(0);
    for (const rule of category.rules) {
      stats.trendByRule.get(rule.id)?.forEach((n, day) => {
        trend[day] = (trend[day] ?? 0) + n;
      });
    }
    categories.push({
      id: category.id,
      name: category.name,
      owners: ownersOf(category.rules),
      new: types.reduce((sum, t) => sum + t.new, 0),
      trend,
      types,
    });
  }
  categories.sort((a, b) => b.new - a.new || a.name.localeCompare(b.name));

  return {
    slot: options.slot,
    timezone: options.timezone,
    since,
    sinceIsPreviousDigest: previous !== null,
    totals: { new: stats.newTotal, resolved: stats.resolvedTotal, open: stats.openTotal },
    previous: previous?.counts ?? null,
    categories,
    late: options.late ?? false,
    ...(options.lateReason === undefined ? {} : { lateReason: options.lateReason }),
  };
}

/**
 * Where "new" starts when no digest was posted before this one: a day before the channel's first
 * slot. Usually that is this slot; when Slack refused earlier ones (the bot was not invited yet),
 * this digest takes over what they would have shown.
 */
async function firstSince(store: DigestStore, channel: string, slot: Date): Promise<Date> {
  const first = (await store.earliestDigest(channel))?.slot;
  const from = first && first.getTime() < slot.getTime() ? first : slot;
  return new Date(from.getTime() - DAY_MS);
}

/**
 * Who usually fixes a category: the admins named in its rules' fix steps, the more frequent first;
 * both when neither clearly dominates.
 */
function ownersOf(rules: readonly SyncErrorRule[]): Actor[] {
  const counts = new Map<Actor, number>();
  for (const rule of rules) {
    for (const step of rule.fix) {
      // The closing "resync" step is the HubSpot admin's in every rule; it says nothing about who fixes.
      if (step.actor === "hubspot-support" || /^resync\b/i.test(step.text)) continue;
      counts.set(step.actor, (counts.get(step.actor) ?? 0) + 1);
    }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first) return ["hubspot-support"];
  if (second && second[1] * 2 > first[1]) return [first[0], second[0]];
  return [first[0]];
}

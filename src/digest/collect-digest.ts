import type { Catalog } from "../catalog/catalog.js";
import type { Actor, CategoryId, SyncErrorRule } from "../rules/types.js";
import type { DigestCounts, DigestStats, DigestStore, Store } from "../store/types.js";
import { trendBoundaries } from "../zoned-time.js";
import { type DigestScope, inScope } from "./digest-scope.js";

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
  /**
   * The main digest's, with routing: the routed channels that have new errors since this digest's
   * `since`, in the file's order, and how many. Empty or absent otherwise.
   */
  readonly routedAway?: readonly RoutedAway[];
  /** A routed digest's user groups to mention (S… ids or @handles); empty or absent otherwise. */
  readonly mentions?: readonly string[];
}

/** Where some of the new errors went instead of the main digest. */
export interface RoutedAway {
  readonly channel: string;
  readonly new: number;
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
  /** Which types this channel's digest shows (routing); every type when omitted. */
  readonly scope?: DigestScope;
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
  return digestFromStats(stats, {
    catalog,
    slot: options.slot,
    timezone: options.timezone,
    since,
    previous,
    scope: options.scope ?? { kind: "all" },
    late: options.late ?? false,
    ...(options.lateReason === undefined ? {} : { lateReason: options.lateReason }),
  });
}

/**
 * One channel's digest from the store's numbers: only the types of its scope. The routed and the
 * main digest of a slot each read the store once, as the digest always has; their numbers are the
 * per-type ones summed, so no type is counted twice nor lost between the channels.
 */
export function digestFromStats(
  stats: DigestStats,
  options: {
    readonly catalog: Catalog;
    readonly slot: Date;
    readonly timezone: string;
    readonly since: Date;
    readonly previous: { readonly counts: DigestCounts | null } | null;
    readonly scope: DigestScope;
    readonly late: boolean;
    readonly lateReason?: LateReason;
  },
): Digest {
  const { catalog, scope } = options;
  const categories: DigestCategory[] = [];
  for (const category of catalog.categories) {
    const rules = category.rules.filter((rule) => inScope(scope, rule.id));
    const types = rules
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
    for (const rule of rules) {
      stats.trendByRule.get(rule.id)?.forEach((n, day) => {
        trend[day] = (trend[day] ?? 0) + n;
      });
    }
    categories.push({
      id: category.id,
      name: category.name,
      // Who fixes the category at large, even when this channel gets only some of its types.
      owners: ownersOf(category.rules),
      new: types.reduce((sum, t) => sum + t.new, 0),
      trend,
      types,
    });
  }
  categories.sort((a, b) => b.new - a.new || a.name.localeCompare(b.name));

  // Without routing, the store's totals as they always were; with it, the scope's types summed.
  const sum = (pick: (ruleId: string) => number, keys: Iterable<string>) => {
    let total = 0;
    for (const ruleId of keys) if (inScope(scope, ruleId)) total += pick(ruleId);
    return total;
  };
  const totals: DigestCounts =
    scope.kind === "all"
      ? { new: stats.newTotal, resolved: stats.resolvedTotal, open: stats.openTotal }
      : {
          new: sum((id) => stats.byRule.get(id)?.new ?? 0, stats.byRule.keys()),
          resolved: sum((id) => stats.resolvedByRule.get(id) ?? 0, stats.resolvedByRule.keys()),
          open: sum((id) => stats.byRule.get(id)?.open ?? 0, stats.byRule.keys()),
        };
  const routedAway: RoutedAway[] =
    scope.kind === "main"
      ? scope.channels
          .map((c) => ({
            channel: c.channel,
            new: [...c.types].reduce((n, id) => n + (stats.byRule.get(id)?.new ?? 0), 0),
          }))
          .filter((c) => c.new > 0)
      : [];

  return {
    slot: options.slot,
    timezone: options.timezone,
    since: options.since,
    sinceIsPreviousDigest: options.previous !== null,
    totals,
    previous: options.previous?.counts ?? null,
    categories,
    late: options.late,
    ...(options.lateReason === undefined ? {} : { lateReason: options.lateReason }),
    routedAway,
    mentions: scope.kind === "routed" ? scope.mentions : [],
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

import type { Catalog } from "../src/catalog/catalog.js";
import { type ChannelScope, digestScopes } from "../src/digest/digest-scope.js";
import { checkRoutes } from "../src/routing/check-routes.js";
import { quantile } from "./table.js";

/** The main channel of the routed digest benches. */
export const BENCH_MAIN_CHANNEL = "C0BENCH";

/**
 * Issue 17's routing for the benches: four routed channels beside the main one (five digests a
 * slot), split by category so every channel has types with errors (the benches spread errors
 * evenly over the types). The main digest keeps custom code and unknown errors.
 */
const BENCH_ROUTES = `
routes:
  - channel: C0PICKLISTS
    mention: "@salesforce-admins"
    categories: picklists
  - channel: C0MAPPINGS
    mention: "@hubspot-admins"
    categories: [property-values, property-mappings]
  - channel: C0REVOPS
    categories: duplicates
  - channel: C0ACCESS
    categories: [permissions, associations]
`;

/** The five digests of a slot under the bench's routing: the main channel's first. */
export function benchChannelScopes(catalog: Catalog): ChannelScope[] {
  const { routing, problems } = checkRoutes(BENCH_ROUTES, catalog);
  const errors = problems.filter((p) => p.severity === "error");
  if (errors.length > 0) throw new Error(`the bench's routing has problems: ${errors.length}`);
  return digestScopes(routing, BENCH_MAIN_CHANNEL);
}

/** One channel's timings of a routed digest, sorted. */
export interface ChannelTimes {
  readonly channel: string;
  readonly times: readonly number[];
}

/**
 * Builds every channel's digest `runs` times, a slot at a time (as the schedule does: the main
 * digest, then each routed one), and returns each channel's times in ms, sorted.
 */
export async function timeRoutedDigests(
  scopes: readonly ChannelScope[],
  runs: number,
  build: (scope: ChannelScope) => Promise<unknown>,
): Promise<ChannelTimes[]> {
  const times = scopes.map(() => [] as number[]);
  for (let run = 0; run < runs; run++) {
    for (const [i, scope] of scopes.entries()) {
      const started = performance.now();
      await build(scope);
      times[i]?.push(performance.now() - started);
    }
  }
  return scopes.map((scope, i) => ({
    channel: scope.channel,
    times: (times[i] ?? []).sort((a, b) => a - b),
  }));
}

/** The table rows of routed digests: the slowest channel's median, and each channel's. */
export function routedDigestRows(
  label: string,
  channels: readonly ChannelTimes[],
  runs: number,
  goal: string,
): Array<[string, string, string]> {
  const medians = channels.map((c) => ({ channel: c.channel, median: quantile(c.times, 0.5) }));
  const slowest = medians.reduce((a, b) => (b.median > a.median ? b : a));
  return [
    [
      `${label}, ${channels.length} channels: slowest channel's median of ${runs}`,
      `${slowest.median.toFixed(1)} ms (${slowest.channel})`,
      goal,
    ],
    [
      "  each channel's median",
      medians.map((m) => `${m.channel.slice(2).toLowerCase()} ${m.median.toFixed(0)}`).join(", "),
      "",
    ],
  ];
}

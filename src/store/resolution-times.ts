import { nearestRank } from "./nearest-rank.js";
import type { ResolutionStats, ResolutionTimes } from "./types.js";

/** A claim line of the audit log (ClaimStore), in the order it was written. */
export interface ClaimLine {
  readonly ruleId: string;
  readonly who: string;
  readonly action: string;
  readonly at: number;
}

/** One person's hold on a type's claim: from `since` until `until` (null: still held). */
export interface ClaimSpan {
  readonly owner: string;
  readonly since: number;
  readonly until: number | null;
}

/**
 * Who held each type's claim when, from its claim lines in order: a take or takeover starts a
 * span that the type's next claim line (a takeover, a release, a take after a release) ends.
 */
export function claimSpans(lines: Iterable<ClaimLine>): Map<string, ClaimSpan[]> {
  const spans = new Map<string, ClaimSpan[]>();
  const open = new Map<string, { owner: string; since: number }>();
  const add = (ruleId: string, span: ClaimSpan) => {
    const list = spans.get(ruleId);
    if (list) list.push(span);
    else spans.set(ruleId, [span]);
  };
  for (const line of lines) {
    const current = open.get(line.ruleId);
    if (current) {
      add(line.ruleId, { owner: current.owner, since: current.since, until: line.at });
      open.delete(line.ruleId);
    }
    if (line.action !== "claim.release") open.set(line.ruleId, { owner: line.who, since: line.at });
  }
  for (const [ruleId, current] of open)
    add(ruleId, { owner: current.owner, since: current.since, until: null });
  return spans;
}

/** Who held the claim at `at` among a type's spans (oldest first), if anyone. */
function holderAt(spans: readonly ClaimSpan[] | undefined, at: number): string | undefined {
  if (!spans) return undefined;
  for (let i = spans.length - 1; i >= 0; i--) {
    const span = spans[i] as ClaimSpan;
    if (span.since <= at) return span.until === null || at < span.until ? span.owner : undefined;
  }
  return undefined;
}

/** A growing list of durations, kept as doubles to sort without boxing. */
class Durations {
  private values = new Float64Array(64);
  length = 0;
  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }
  times(): ResolutionTimes {
    const sorted = this.values.subarray(0, this.length).sort();
    return {
      resolved: this.length,
      medianMs: sorted[nearestRank(this.length, 50) - 1] as number,
      p90Ms: sorted[nearestRank(this.length, 90) - 1] as number,
    };
  }
}

/** Byte-wise order of strings, as SQLite sorts its TEXT by default. */
export const byteWise = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function timesOf(groups: Map<string, Durations>): Map<string, ResolutionTimes> {
  return new Map(
    [...groups].sort(([a], [b]) => byteWise(a, b)).map(([key, group]) => [key, group.times()]),
  );
}

/**
 * Median and 90th percentile (nearest rank) of the resolutions given, by type and by the owner
 * whose claim on the type was held when each was resolved (see ResolutionStats). Each row is
 * [rule id, resolved at, milliseconds from opening to resolving], as the store reads them.
 */
export function resolutionTimes(
  rows: Iterable<readonly [string, number, number]>,
  spans: ReadonlyMap<string, readonly ClaimSpan[]>,
): ResolutionStats {
  const byRule = new Map<string, Durations>();
  const byOwner = new Map<string, Durations>();
  const add = (groups: Map<string, Durations>, key: string, ms: number) => {
    let group = groups.get(key);
    if (!group) {
      group = new Durations();
      groups.set(key, group);
    }
    group.push(ms);
  };
  for (const [ruleId, resolvedAt, ms] of rows) {
    add(byRule, ruleId, ms);
    const owner = holderAt(spans.get(ruleId), resolvedAt);
    if (owner !== undefined) add(byOwner, owner, ms);
  }
  return { byRule: timesOf(byRule), byOwner: timesOf(byOwner) };
}

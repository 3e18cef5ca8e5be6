import type { LearntChange, Store } from "../store/types.js";
import { linksOf } from "./kind-links.js";
import { CAUSE_WINDOW_MS, type LikelyCause, rankCauses } from "./rank-causes.js";
import type { Wave } from "./wave.js";

/** How many of a wave's first messages are read for the fields and values they name. */
export const WAVE_SAMPLE = 50;

/** A wave and the changes that likely started it (one or two; never empty). */
export interface LinkedWave {
  readonly wave: Wave;
  readonly causes: readonly LikelyCause[];
}

/** What linking reads. */
export type CauseStore = Pick<Store, "changesSince" | "waveFacts">;

/**
 * The waves of a window that a learnt change likely started, by type. A wave is a type whose new
 * errors in [since, until) outnumber those of the window of the same length before it. Only the
 * changes of the 48 hours before the window and in it are read, and only the types those changes
 * start: on a day no change was learnt, this is one indexed read of an empty range.
 */
export async function linkWaves(
  store: CauseStore,
  window: {
    readonly since: Date;
    readonly until: Date;
    /** Only these types (a routed channel's, an explained one); every type when omitted. */
    readonly ruleIds?: readonly string[];
  },
): Promise<ReadonlyMap<string, LinkedWave>> {
  const changes = (
    await store.changesSince(new Date(window.since.getTime() - CAUSE_WINDOW_MS))
  ).filter((c) => timeOf(c) < window.until.getTime());
  const ruleIds = typesStartedBy(changes, window.ruleIds);
  const linked = new Map<string, LinkedWave>();
  if (ruleIds.length === 0) return linked;
  const facts = await store.waveFacts({ ...window, ruleIds, sampleSize: WAVE_SAMPLE });
  for (const fact of facts) {
    if (fact.count <= fact.before) continue;
    const wave: Wave = fact;
    const causes = rankCauses(wave, changes);
    if (causes.length > 0) linked.set(fact.ruleId, { wave, causes });
  }
  return linked;
}

/** When a change happened, or the latest it can have (a scan saw it then). */
function timeOf(change: LearntChange): number {
  return (change.happenedAt ?? change.observedAt).getTime();
}

/** The types the changes' kinds start, among `only` when given, in a stable order. */
function typesStartedBy(
  changes: readonly LearntChange[],
  only: readonly string[] | undefined,
): string[] {
  const types = new Set<string>();
  for (const change of changes) for (const link of linksOf(change.kind)) types.add(link.ruleId);
  const wanted = only ? new Set(only) : undefined;
  return [...types].filter((t) => !wanted || wanted.has(t)).sort();
}

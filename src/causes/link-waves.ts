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
 * The waves of a window that a learnt change likely started, by type. Only the changes of the 48
 * hours before the window and in it are read, and only the types those changes start: on a day no
 * change was learnt, this is one indexed read of an empty range.
 *
 * A wave is looked for from each change on: a type that has errors every day (a trickle of old
 * ones) would otherwise have its first error of the window before a change made at noon, and the
 * change would look too late to be the cause. So the window is read from its start for the
 * changes before it, and from the change for each change in it (the earliest it can have
 * happened); a wave is the type's errors from there to the window's end, when they outnumber those
 * of as long a time before. Of the waves of one type, the one with the likeliest cause is kept.
 */
export async function linkWaves(
  store: CauseStore,
  window: {
    readonly since: Date;
    readonly until: Date;
    /** Only these types (a routed channel's, an explained one); every type when omitted. */
    readonly ruleIds?: readonly string[];
  },
  /**
   * The changes learnt since at least 48 hours before the window, when the caller has read them
   * already (a report linking many windows reads them once); read from the store otherwise.
   */
  known?: readonly LearntChange[],
): Promise<ReadonlyMap<string, LinkedWave>> {
  const until = window.until.getTime();
  const from = window.since.getTime() - CAUSE_WINDOW_MS;
  const changes = (known ?? (await store.changesSince(new Date(from)))).filter(
    // As the store reads them: by when they happened, or were observed where that is not known.
    (c) => (c.happenedAt ?? c.observedAt).getTime() >= from && earliest(c) < until,
  );
  const linked = new Map<string, LinkedWave>();
  const wanted = window.ruleIds ? new Set(window.ruleIds) : undefined;
  for (const [from, ruleIds] of wavesToRead(changes, window.since.getTime(), wanted)) {
    const facts = await store.waveFacts({
      since: new Date(from),
      until: window.until,
      ruleIds: [...ruleIds].sort(),
      sampleSize: WAVE_SAMPLE,
    });
    for (const fact of facts) {
      if (fact.count <= fact.before) continue;
      const causes = rankCauses(fact, changes);
      const kept = linked.get(fact.ruleId);
      const best = causes[0];
      if (best && (!kept || best.confidence > (kept.causes[0]?.confidence ?? 0)))
        linked.set(fact.ruleId, { wave: fact, causes });
    }
  }
  return linked;
}

/**
 * Where to read waves from, and of which types: the window's start for the changes before it,
 * each change's earliest time for those in it; oldest first.
 */
function wavesToRead(
  changes: readonly LearntChange[],
  since: number,
  wanted: ReadonlySet<string> | undefined,
): Map<number, Set<string>> {
  const reads = new Map<number, Set<string>>();
  for (const change of changes) {
    const types = linksOf(change.kind)
      .map((link) => link.ruleId)
      .filter((id) => !wanted || wanted.has(id));
    if (types.length === 0) continue;
    const from = Math.max(since, earliest(change));
    const read = reads.get(from) ?? new Set<string>();
    for (const type of types) read.add(type);
    reads.set(from, read);
  }
  return new Map([...reads].sort(([a], [b]) => a - b));
}

/** The earliest a change can have happened: when it did, else after the scan before it. */
export function earliest(change: LearntChange): number {
  return (change.happenedAt ?? change.happenedAfter ?? change.observedAt).getTime();
}

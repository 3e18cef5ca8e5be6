import type { LearntChange } from "../store/types.js";
import { linksOf } from "./kind-links.js";
import { type CauseStore, earliest, type LinkedWave, linkWaves } from "./link-waves.js";
import { CAUSE_WINDOW_MS, type LikelyCause } from "./rank-causes.js";
import type { Wave } from "./wave.js";

/** A wave a change likely started, and how surely. */
export interface StartedWave {
  readonly wave: Wave;
  readonly cause: LikelyCause;
}

/** One learnt change and the waves of errors it likely started (none for most). */
export interface ReportedChange {
  readonly change: LearntChange;
  readonly started: readonly StartedWave[];
}

/** The most changes a report reads: a week of an org's Setup is rarely more. */
export const REPORT_LIMIT = 500;

/**
 * The changes learnt since a time, newest first, each with the waves it likely started: for a
 * change of a kind that starts errors, its types' new errors in the 48 hours after it against the
 * 48 before, ranked against every change of that time as a digest would rank them, so a change
 * is only credited with a wave another change explains better when both stay in the top two.
 */
export async function changeReport(
  store: CauseStore,
  window: { readonly since: Date; readonly now: Date; readonly limit?: number },
): Promise<ReportedChange[]> {
  const changes = await store.changesSince(window.since, {
    limit: window.limit ?? REPORT_LIMIT,
  });
  // Every change each listed one is ranked against, read once for all of them: from 48 hours
  // before the earliest any of them can have happened.
  const starts = changes.map(earliest);
  const candidates =
    starts.length > 0
      ? await store.changesSince(new Date(Math.min(...starts) - CAUSE_WINDOW_MS))
      : [];
  const report: ReportedChange[] = [];
  for (const [i, change] of changes.entries()) {
    const ruleIds = linksOf(change.kind).map((link) => link.ruleId);
    if (ruleIds.length === 0) {
      report.push({ change, started: [] });
      continue;
    }
    const at = starts[i] ?? earliest(change);
    const until = Math.min(at + CAUSE_WINDOW_MS, window.now.getTime());
    const linked =
      until > at
        ? await linkWaves(
            store,
            { since: new Date(at), until: new Date(until), ruleIds },
            candidates,
          )
        : new Map<string, LinkedWave>();
    const started: StartedWave[] = [];
    for (const { wave, causes } of linked.values()) {
      const cause = causes.find((c) => c.change.key === change.key);
      if (cause) started.push({ wave, cause });
    }
    report.push({ change, started });
  }
  return report;
}

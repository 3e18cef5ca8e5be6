import { linkWaves } from "../src/causes/link-waves.js";
import { LEARNT_CHANGE_KINDS } from "../src/changes/change.js";
import { rules } from "../src/rules/index.js";
import type { LearntChange, Store } from "../src/store/types.js";
import { benchError, importBenchErrors } from "./bench-errors.js";
import { benchOnBothStores } from "./on-both-stores.js";
import { quantile } from "./table.js";

const HISTORY = 950_000;
const TODAY = 50_000;
const RUNS = 21;
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const NOW = new Date("2026-12-04T12:00:00Z");
/** The digest's window: the day before NOW. */
const SINCE = new Date(NOW.getTime() - DAY);

/** Error `i` opened `ageMs` before NOW; today's name the field and value the changes are on. */
function error(i: number, ageMs: number, today: boolean) {
  const base = benchError(i, new Date(NOW.getTime() - ageMs));
  return today
    ? {
        ...base,
        message: `${base.ruleId}: Industry: bad value for restricted picklist field: Biotech`,
      }
    : base;
}

/**
 * The store: 950,000 errors over the 90 days before the digest's day, then 50,000 in the day
 * itself (every type rises), and a busy day's changes (TYPICAL), all on Lead.Industry.
 */
async function fill(store: Store): Promise<void> {
  await importBenchErrors(store, "history", SINCE, HISTORY, (i) =>
    error(i, DAY + ((i * 7919) % (90 * DAY)), false),
  );
  await importBenchErrors(store, "today", NOW, TODAY, (i) =>
    error(HISTORY + i, (i / TODAY) * DAY, true),
  );
  await store.recordChanges(TYPICAL);
}

/**
 * A busy day's changes: 10 that start errors (5 in the 48 hours before the digest's day, 5 in it,
 * so those waves are read from each change on) and 200 Setup changes the bot cannot place.
 */
const TYPICAL: LearntChange[] = [
  ...LEARNT_CHANGE_KINDS.slice(0, 10).map((kind, i) =>
    change(`typical-${i}`, kind, i < 5 ? (i + 1) * 6 * HOUR : -(i - 4) * 3 * HOUR),
  ),
  ...Array.from({ length: 200 }, (_, i) => change(`setup-${i}`, "setup-change", i * 10 * 60_000)),
];

/** The worst case: every kind, one every 2 hours over the 46 before NOW, half in the day. */
const EVERY_KIND: LearntChange[] = LEARNT_CHANGE_KINDS.map((kind, i) =>
  change(`kind-${i}`, kind, (2 + 2 * i) * HOUR - DAY),
);

function change(key: string, kind: string, beforeSinceMs: number): LearntChange {
  return {
    key,
    observedAt: NOW,
    happenedAt: new Date(SINCE.getTime() - beforeSinceMs),
    happenedAfter: null,
    system: "salesforce",
    object: "Lead",
    field: kind === "setup-change" ? null : "Industry",
    kind,
    option: "Biotech",
    before: null,
    after: null,
    who: "Bench Admin",
    source: "audit-trail",
    detail: null,
  };
}

async function timeLinking(store: Store, window: { since: Date; until: Date }) {
  const ruleIds = rules.map((r) => r.id);
  const times: number[] = [];
  let linked = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    linked = (await linkWaves(store, { ...window, ruleIds })).size;
    times.push(performance.now() - started);
  }
  return { times: times.sort((a, b) => a - b), linked };
}

/**
 * Issue 19: what ranking likely causes adds to a digest over 1,000,000 errors: linking the day's
 * waves of every type to the changes of the 48 hours before (every kind planted), and a day no
 * change was learnt before (the usual day: one read of the changes, nothing else).
 */
export async function benchCauses(): Promise<void> {
  await benchOnBothStores({
    title: `Ranking likely causes for a digest, ${(HISTORY + TODAY).toLocaleString("en")} errors in the store`,
    name: "causes",
    fill,
    measure: async (backend, store, fillSeconds) => {
      const busy = await timeLinking(store, { since: SINCE, until: NOW });
      await store.recordChanges(EVERY_KIND);
      const worst = await timeLinking(store, { since: SINCE, until: NOW });
      const quiet = await timeLinking(store, {
        since: new Date(SINCE.getTime() - 30 * DAY),
        until: new Date(NOW.getTime() - 30 * DAY),
      });
      return [
        [`${backend}: store filled in`, `${fillSeconds.toFixed(1)} s`, ""],
        [`${backend}: types linked, a busy day`, String(busy.linked), ""],
        [
          `${backend}: ranking, a day after ${TYPICAL.length} changes, median of ${RUNS}`,
          `${quantile(busy.times, 0.5).toFixed(1)} ms`,
          "< 50 ms",
        ],
        [`${backend}: same, slowest`, `${(busy.times.at(-1) ?? 0).toFixed(1)} ms`, ""],
        [`${backend}: types linked, every kind planted`, String(worst.linked), ""],
        [
          `${backend}: ranking, every kind planted (${EVERY_KIND.length} more), median`,
          `${quantile(worst.times, 0.5).toFixed(1)} ms`,
          "",
        ],
        [
          `${backend}: ranking, a day without changes, median`,
          `${quantile(quiet.times, 0.5).toFixed(1)} ms`,
          "",
        ],
      ];
    },
  });
}

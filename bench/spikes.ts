import { findSpikes } from "../src/alerts/spike-watch.js";
import { loadConfig } from "../src/config.js";
import { rules } from "../src/rules/index.js";
import type { Store } from "../src/store/types.js";
import { benchError, importBenchErrors } from "./bench-errors.js";
import { benchOnBothStores } from "./on-both-stores.js";
import { quantile } from "./table.js";

const HISTORY = 950_000;
const IMPORT = 50_000;
const RUNS = 21;
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const NOW = new Date("2026-12-04T12:00:00Z");

/** Error `i`, opened `ageMs` before NOW. */
const error = (i: number, ageMs: number) => benchError(i, new Date(NOW.getTime() - ageMs));

/**
 * The store the check reads: 950,000 errors over the 60 days before the last hour (every type,
 * about 660 an hour), then an import of 50,000 rows whose errors all opened in the last hour:
 * every type has enough new errors to be a candidate, so the check reads every type's 14-day
 * baseline (its worst case).
 */
async function fill(store: Store): Promise<void> {
  await importBenchErrors(store, "history", new Date(NOW.getTime() - HOUR), HISTORY, (i) =>
    error(i, HOUR + ((i * 7919) % (60 * DAY))),
  );
  await importBenchErrors(store, "burst", NOW, IMPORT, (i) =>
    error(HISTORY + i, (i / IMPORT) * HOUR),
  );
}

/** The spike check's median and slowest over RUNS, and how many types it found spiking. */
async function timeCheck(store: Store): Promise<{ times: number[]; spikes: number }> {
  const rule = loadConfig({}).alerts;
  const times: number[] = [];
  let spikes = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    spikes = (await findSpikes(store, NOW, rule)).length;
    times.push(performance.now() - started);
  }
  return { times: times.sort((a, b) => a - b), spikes };
}

function rows(
  backend: string,
  fillSeconds: number,
  result: { times: number[]; spikes: number },
): Array<[string, string, string]> {
  return [
    [`${backend}: store filled in`, `${fillSeconds.toFixed(1)} s`, ""],
    [`${backend}: types spiking`, String(result.spikes), String(rules.length)],
    [
      `${backend}: spike check, median of ${RUNS}`,
      `${quantile(result.times, 0.5).toFixed(1)} ms`,
      "< 100 ms",
    ],
    [`${backend}: spike check, slowest`, `${(result.times.at(-1) ?? 0).toFixed(1)} ms`, ""],
  ];
}

/**
 * Issue 17: the spike check after an import of 50,000 rows (every type's last hour, then the
 * 14-day baseline of each type over ALERT_MIN_RECORDS) on SQLite and PostgreSQL, from a store of
 * 1,000,000 errors. PostgreSQL needs its server binaries (a throwaway cluster); without them its
 * rows are skipped, and said so.
 */
export async function benchSpikes(): Promise<void> {
  const title = `Spike check after an import of ${IMPORT.toLocaleString("en")} rows, ${(HISTORY + IMPORT).toLocaleString("en")} errors in the store`;
  await benchOnBothStores({
    title,
    name: "spikes",
    fill,
    measure: async (backend, store, fillSeconds) =>
      rows(backend, fillSeconds, await timeCheck(store)),
  });
}

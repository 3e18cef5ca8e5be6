import { createCatalog } from "../src/catalog/catalog.js";
import { translator } from "../src/i18n/translator.js";
import { createLogger } from "../src/logger.js";
import { rules } from "../src/rules/index.js";
import { buildHomeView } from "../src/slack/home-publisher.js";
import type { Store } from "../src/store/types.js";
import { benchError, importBenchErrors } from "./bench-errors.js";
import { benchOnBothStores } from "./on-both-stores.js";
import { quantile } from "./table.js";

const HISTORY = 990_000;
const LAST_DAY = 10_000;
const RUNS = 21;
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const NOW = new Date("2026-12-04T12:00:00Z");
const VIEWER = "U0BENCH";
const catalog = createCatalog(rules);

/**
 * The store the Home tab reads: 990,000 errors over the 60 days before yesterday and 10,000
 * opened in the last day (every type has open errors, so every category line, the largest types
 * and their Resync offers are there), five types owned by the viewer and two snoozed.
 */
async function fill(store: Store): Promise<void> {
  await importBenchErrors(store, "history", new Date(NOW.getTime() - DAY), HISTORY, (i) =>
    benchError(i, new Date(NOW.getTime() - DAY - ((i * 7919) % (60 * DAY)))),
  );
  await importBenchErrors(store, "today", NOW, LAST_DAY, (i) =>
    benchError(HISTORY + i, new Date(NOW.getTime() - (i / LAST_DAY) * DAY)),
  );
  for (const rule of rules.slice(0, 5)) await store.takeClaim(rule.id, VIEWER, NOW);
  for (const rule of rules.slice(5, 7))
    await store.snoozeType({
      ruleId: rule.id,
      by: "U0OTHER",
      at: NOW,
      reason: null,
      length: { kind: "muted" },
    });
}

/** Building the view (collection, offers, blocks; no chart), median and slowest of RUNS. */
async function timeBuild(store: Store): Promise<{ times: number[]; blocks: number }> {
  const deps = { store, catalog, logger: createLogger({ level: "silent" }), digestTimezone: "UTC" };
  const t = translator("en");
  const times: number[] = [];
  let blocks = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    blocks = (await buildHomeView(deps, VIEWER, NOW, t)).blocks.length;
    times.push(performance.now() - started);
  }
  return { times: times.sort((a, b) => a - b), blocks };
}

function rows(
  backend: string,
  fillSeconds: number,
  result: { times: number[]; blocks: number },
): Array<[string, string, string]> {
  return [
    [`${backend}: store filled in`, `${fillSeconds.toFixed(1)} s`, ""],
    [`${backend}: blocks in the view`, String(result.blocks), "≤ 100"],
    [
      `${backend}: Home view build, median of ${RUNS}`,
      `${quantile(result.times, 0.5).toFixed(1)} ms`,
      "< 200 ms",
    ],
    [`${backend}: Home view build, slowest`, `${(result.times.at(-1) ?? 0).toFixed(1)} ms`, ""],
  ];
}

/**
 * Issue 18: building one person's Home tab (the numbers, the largest types' Resync offers and
 * the blocks; no chart upload) from a store of 1,000,000 errors, on SQLite and PostgreSQL.
 * PostgreSQL needs its server binaries (a throwaway cluster); without them its rows are skipped,
 * and said so.
 */
export async function benchHome(): Promise<void> {
  const title = `Home tab view build, ${(HISTORY + LAST_DAY).toLocaleString("en")} errors in the store`;
  await benchOnBothStores({
    title,
    name: "home",
    fill,
    measure: async (backend, store, fillSeconds) =>
      rows(backend, fillSeconds, await timeBuild(store)),
  });
}

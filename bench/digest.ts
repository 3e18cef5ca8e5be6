import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createCatalog } from "../src/catalog/catalog.js";
import { composeDigest } from "../src/digest/compose-digest.js";
import { rules } from "../src/rules/index.js";
import { openStore } from "../src/store/index.js";
import { benchError } from "./bench-errors.js";
import { benchChannelScopes, routedDigestRows, timeRoutedDigests } from "./routed-digests.js";
import { printTable, quantile } from "./table.js";

const ERRORS = 1_000_000;
const NEW = 50_000;
const RUNS = 21;
const DAY = 24 * 60 * 60 * 1000;

/**
 * Issue 6: building the digest (store queries and Block Kit) from a store of 1,000,000 errors of
 * which 50,000 opened since the previous digest; and issue 17's routed digests: the same store
 * split over five channels, each channel's digest built on its own.
 */
export async function benchDigest(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "syncerror-digest-bench-"));
  const store = await openStore({ path: join(dir, "digest.db") });
  try {
    const catalog = createCatalog(rules);
    const slot = new Date("2026-11-30T08:00:00Z");
    const filled = performance.now();
    const tx = await store.beginImport({
      fileName: "bench",
      contentHash: "bench",
      importedBy: "bench",
      importedAt: slot,
    });
    for (let i = 0; i < ERRORS; i++) {
      // The first 50,000 opened in the last day; the rest over the 60 days before.
      const age = i < NEW ? (i / NEW) * DAY : DAY + ((i * 7919) % (60 * DAY));
      await tx.add(benchError(i, new Date(slot.getTime() - age)));
    }
    await tx.commit({ rowsRead: ERRORS, rejected: 0, objectTypes: [], columns: {} });
    const fillSeconds = (performance.now() - filled) / 1000;

    const times: number[] = [];
    let newCount = 0;
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      const { digest } = await composeDigest({
        store,
        catalog,
        channel: "C0BENCH",
        slot,
        timezone: "Europe/Copenhagen",
        now: slot,
      });
      times.push(performance.now() - started);
      newCount = digest.totals.new;
    }
    times.sort((a, b) => a - b);
    const routed = await timeRoutedDigests(
      benchChannelScopes(catalog),
      RUNS,
      ({ channel, scope }) =>
        composeDigest({
          store,
          catalog,
          channel,
          scope,
          slot,
          timezone: "Europe/Copenhagen",
          now: slot,
        }),
    );
    printTable(
      `Digest: ${ERRORS.toLocaleString("en")} errors in the store, ${NEW.toLocaleString("en")} new`,
      [
        ["store filled in", `${fillSeconds.toFixed(1)} s`, ""],
        ["new errors the digest counted", newCount.toLocaleString("en"), NEW.toLocaleString("en")],
        [
          `build the digest, median of ${RUNS}`,
          `${quantile(times, 0.5).toFixed(1)} ms`,
          "< 200 ms",
        ],
        ["build the digest, slowest", `${(times.at(-1) ?? 0).toFixed(1)} ms`, ""],
        ...routedDigestRows("routed digest", routed, RUNS, "< 200 ms"),
      ],
    );
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

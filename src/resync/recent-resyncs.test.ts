import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { importErrors } from "../../test/fakes/store-errors.js";
import { createCatalog } from "../catalog/catalog.js";
import { rules } from "../rules/index.js";
import { openStore } from "../store/index.js";
import type { Store } from "../store/types.js";
import { planResync } from "./plan-resync.js";
import { findRecentResyncs, recentSummary, timeAgo } from "./recent-resyncs.js";

const catalog = createCatalog(rules);
const rule = catalog.ruleById("restricted-picklist-value") ?? (undefined as never);
const T0 = new Date("2026-11-29T09:00:00Z");
const minutes = (m: number) => new Date(T0.getTime() + m * 60_000);
let store: Store;

beforeEach(async () => {
  store = await openStore({ path: ":memory:" });
  await importErrors(
    store,
    catalog,
    ["1", "2", "3", "4"].map((hubspotId) => ({ ruleId: rule.id, hubspotId })),
    { at: T0 },
  );
});
afterEach(() => store.close());

/** A job by `who` that sent these records at `at`, all accepted. */
async function resynced(ids: readonly string[], who: string, at: Date): Promise<number> {
  const errors = (await store.openErrorsOf(rule.id)).filter((e) => ids.includes(e.hubspotId ?? ""));
  const { job, started } = await store.startResyncJob({
    ruleId: rule.id,
    requestedBy: who,
    requestedAt: at,
    triggerAt: at,
    records: planResync(rule, errors),
  });
  if (!started) throw new Error("no job");
  await store.recordOutcomes(
    job.id,
    errors.map((e) => ({ fingerprint: e.fingerprint, ok: true })),
    at,
  );
  await store.finishJob(job.id, "done", at);
  return job.id;
}

describe("records resynced within the cooldown", () => {
  it("names, per job, who resynced which records how long ago; older ones are not recent", async () => {
    await resynced(["1"], "U0OLD", minutes(0));
    const ann = await resynced(["2", "3"], "U0ANN", minutes(60));
    const cli = await resynced(["3"], "cli", minutes(62));
    const errors = await store.openErrorsOf(rule.id);
    const recent = await findRecentResyncs(store, rule, errors, minutes(65), 60 * 60_000);
    const byId = new Map(errors.map((e) => [e.fingerprint, e.hubspotId]));
    expect(
      [...recent.reasons].map(([fingerprint, why]) => [byId.get(fingerprint), why]).sort(),
    ).toEqual([
      ["2", `resynced 5 minutes ago by @U0ANN (job ${ann})`],
      // The latest job that sent a record is the one named.
      ["3", `resynced 3 minutes ago by the CLI (job ${cli})`],
    ]);
    expect(recentSummary(recent, 4, minutes(65))).toBe(
      `2 of 4 were resynced within the cooldown: 1 resynced 3 minutes ago by the CLI (job ${cli}); 1 resynced 5 minutes ago by @U0ANN (job ${ann})`,
    );
    // A cooldown of 0 turns it off.
    expect((await findRecentResyncs(store, rule, errors, minutes(65), 0)).reasons.size).toBe(0);
  });

  it("says how long ago in the words people use", () => {
    expect(timeAgo(T0, new Date(T0.getTime() + 59_000))).toBe("just now");
    expect(timeAgo(T0, minutes(1))).toBe("1 minute ago");
    expect(timeAgo(T0, minutes(3))).toBe("3 minutes ago");
    expect(timeAgo(T0, minutes(125))).toBe("2 hours ago");
    expect(timeAgo(T0, minutes(60 * 24 * 3))).toBe("3 days ago");
  });
});

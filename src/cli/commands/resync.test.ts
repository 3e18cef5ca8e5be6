import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { englishWordsIn } from "../../../test/english-words.js";
import { type ErrorSpec, importErrors } from "../../../test/fakes/store-errors.js";
import { createCatalog } from "../../catalog/catalog.js";
import { translator } from "../../i18n/translator.js";
import { planResync } from "../../resync/plan-resync.js";
import type { StartOutcome } from "../../resync/start-resync.js";
import { rules } from "../../rules/index.js";
import { heldBackReason } from "../../scan/preflight.js";
import { openStore } from "../../store/index.js";
import type { Store } from "../../store/types.js";
import { summaryJson, summaryText } from "./resync.js";

// What `syncerror resync` prints, in Danish with --lang da and as ever in English: the dry run,
// a finished job (failed again by code, skipped with why) and a job another process holds.

const catalog = createCatalog(rules);
const found = catalog.ruleById("invalid-email");
if (!found) throw new Error("no rule");
const rule = found;
const da = translator("da");
const en = translator("en");
const KEPT = ["HubSpot", "Salesforce", "syncerror audit", "INVALID_EMAIL_ADDRESS"];
const NOW = new Date("2026-12-03T21:00:00Z");

let store: Store;
beforeEach(async () => {
  store = await openStore({ path: ":memory:" });
  const errors: ErrorSpec[] = [
    ...Array.from({ length: 4 }, (_, i) => ({
      ruleId: rule.id,
      salesforceId: `00QD00000000000${i}AA`,
    })),
    { ruleId: rule.id },
  ];
  await importErrors(store, catalog, errors, { at: NOW });
});
afterEach(async () => {
  await store.close();
});

async function outcomes(): Promise<{
  dryRun: StartOutcome;
  finished: StartOutcome;
  elsewhere: StartOutcome;
  /** Read while the other process still held the job. */
  elsewhereJson: Awaited<ReturnType<typeof summaryJson>>;
}> {
  const plan = planResync(rule, await store.openErrorsOf(rule.id));
  const dryRun: StartOutcome = { kind: "dry-run", rule, plan };
  const { job } = await store.startResyncJob({
    ruleId: rule.id,
    requestedBy: "cli",
    requestedAt: NOW,
    triggerAt: NOW,
    records: plan,
    lease: { owner: "bot-1:7:abc123", until: new Date(NOW.getTime() + 60_000) },
  });
  const sent = plan.filter((r) => !r.skipped);
  const elsewhere: StartOutcome = {
    kind: "running-elsewhere",
    rule,
    job: (await store.job(job.id)) ?? job,
  };
  const elsewhereJson = await summaryJson(elsewhere, store);
  await store.recordOutcomes(
    job.id,
    sent.map((r, i) =>
      i === 0
        ? { fingerprint: r.fingerprint, ok: false, heldBack: heldBackReason(rule) }
        : i === 1
          ? { fingerprint: r.fingerprint, ok: false, code: "INVALID_EMAIL_ADDRESS", message: "x" }
          : { fingerprint: r.fingerprint, ok: true },
    ),
    NOW,
  );
  await store.finishJob(job.id, "done", NOW);
  const finished: StartOutcome = {
    kind: "finished",
    rule,
    job: (await store.job(job.id)) ?? job,
    resumed: false,
  };
  return { dryRun, finished, elsewhere, elsewhereJson };
}

describe("syncerror resync's text", () => {
  it("is Danish with --lang da", async () => {
    const { dryRun, finished, elsewhere, elsewhereJson } = await outcomes();
    const texts = [
      summaryText(dryRun, await summaryJson(dryRun, store), da),
      summaryText(elsewhere, elsewhereJson, da),
      summaryText(finished, await summaryJson(finished, store), da),
    ];
    for (const text of texts) expect(englishWordsIn(text, KEPT)).toEqual([]);
    const [plan, held, done] = texts;
    expect(plan).toContain(
      "Prøvekørsel: 4 poster med Ugyldig e-mail i 0 HubSpot-omgange og 1 Salesforce-omgang. Intet blev sendt.",
    );
    expect(plan).toContain("  sprunget over 1: kan ikke synkroniseres igen: intet Salesforce-id");
    expect(held).toContain(
      "kører i en anden proces, der deler databasen (bot-1:7:abc123, som holder jobbet indtil",
    );
    expect(done).toContain(": færdig.");
    expect(done).toContain("  fejlede igen 1: INVALID_EMAIL_ADDRESS");
    expect(done).toContain("holdt tilbage: tjekket finder stadig Ugyldig e-mail");
  });

  it("is English as it always was", async () => {
    const { dryRun, finished } = await outcomes();
    expect(summaryText(dryRun, await summaryJson(dryRun, store), en).split("\n")[0]).toBe(
      "Dry run: 4 Invalid email records in 0 HubSpot batches and 1 Salesforce batch. Nothing was sent.",
    );
    const done = summaryText(finished, await summaryJson(finished, store), en);
    expect(done).toContain("  5 requested · 2 accepted · 1 failed again · 2 skipped");
    expect(done).toContain("  skipped 1: held back: the check still finds Invalid email");
  });
});

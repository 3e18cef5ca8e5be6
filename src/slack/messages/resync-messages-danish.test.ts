import { describe, expect, it } from "vitest";
import { englishWordsIn } from "../../../test/english-words.js";
import { createCatalog } from "../../catalog/catalog.js";
import { userMessage } from "../../errors.js";
import { translator } from "../../i18n/translator.js";
import { recentReason } from "../../resync/recent-resyncs.js";
import type { Offer, RecentChoice } from "../../resync/resync-offers.js";
import { saySkipReason } from "../../resync/say-skip-reason.js";
import { ResyncRefusedError, resolveRule } from "../../resync/start-resync.js";
import { rules } from "../../rules/index.js";
import { heldBackReason } from "../../scan/preflight.js";
import type { ResyncJob, ResyncRecordState } from "../../store/types.js";
import { validateBlocks } from "../blocks/index.js";
import { assertMayResync } from "../resync-access.js";
import {
  resyncNothingMessage,
  resyncOfferMessage,
  resyncProgressMessage,
  resyncRecentMessage,
  resyncRunningMessage,
  resyncStartedNote,
  resyncSummaryMessage,
} from "./resync-messages.js";

// A resync in Danish, everywhere a person reads it: the offer and its confirm dialog, nothing to
// offer, records resynced lately (and their two buttons), the note once started, the progress and
// the summary (failures by type, every fixed reason a record is skipped for, "Resync anyway" for
// records held back), the running job, who may start one, and why one was refused.

const catalog = createCatalog(rules);
const da = translator("da");
const en = translator("en");
const rule = (id: string) => {
  const found = catalog.rules.find((r) => r.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
};
const invalidEmail = rule("invalid-email");
const picklist = rule("restricted-picklist-value");
const NOW = new Date("2026-12-03T21:00:00Z");
const minutesAgo = (n: number) => new Date(NOW.getTime() - n * 60_000);

/** What stays as it is in Danish text: products, settings, commands, a CRM's own code. */
const KEPT = [
  "HubSpot",
  "Salesforce",
  "RESYNC_ALLOWED_USERS",
  "RESYNC_ALLOWED_USERGROUP",
  "RESYNC_COOLDOWN",
  "RESYNC_SALESFORCE_RESERVE",
  "usergroups:read",
  "/syncerror resync",
  "/syncerror explain",
  "syncerror audit",
  "syncerror setup",
  "--force",
];

const offer = (size: Offer["size"], r = invalidEmail, key = "k000000000000000"): Offer => ({
  key,
  rule: r,
  size,
});

const job = (
  counts: ResyncJob["counts"],
  status: ResyncJob["status"] = "running",
  requestedBy = "U0ADMIN",
): ResyncJob => ({
  id: 4,
  ruleId: invalidEmail.id,
  requestedBy,
  requestedAt: minutesAgo(5),
  triggerAt: minutesAgo(5),
  status,
  finishedAt: status === "running" ? null : NOW,
  detail: null,
  counts,
  progressMessage: null,
});

/** The texts a person reads: the fallback and every text in the blocks (not ids or values). */
function readTexts(message: { text: string; blocks: readonly unknown[] }): string[] {
  const strings = (v: unknown): string[] =>
    typeof v === "string"
      ? [v]
      : v && typeof v === "object"
        ? Object.entries(v).flatMap(([k, x]) =>
            k === "action_id" || k === "block_id" || k === "type" || k === "value"
              ? []
              : strings(x),
          )
        : [];
  return [message.text, ...strings(message.blocks)];
}

function expectDanish(message: { text: string; blocks: readonly unknown[] }): string {
  expect(validateBlocks(message.blocks, "message")).toEqual([]);
  const texts = readTexts(message);
  expect(englishWordsIn(texts.join("\n"), KEPT)).toEqual([]);
  return texts.join("\n");
}

function expectDanishText(text: string): void {
  expect(englishWordsIn(text, KEPT)).toEqual([]);
}

const recent = {
  reasons: new Map([
    ["f1", "x"],
    ["f2", "x"],
  ]),
  jobs: [
    { jobId: 3, requestedBy: "U0ANN", sentAt: minutesAgo(3), count: 1 },
    { jobId: 2, requestedBy: "cli", sentAt: minutesAgo(125), count: 1 },
  ],
};

describe("a resync in Danish", () => {
  it("offers it with the counts, the advice and a Danish button and dialog", () => {
    const message = resyncOfferMessage(offer({ errors: 1234, records: 1200, batches: 12 }), da);
    const read = expectDanish(message);
    expect(message.text).toBe(
      "1.234 åbne fejl af typen Ugyldig e-mail: 1.200 poster at synkronisere igen i 12 omgange.",
    );
    expect(read).toContain("34 mangler det id");
    expect(read).toContain("Synkroniser igen?");
    expect(read).toContain("Annuller");
  });

  it("says there is nothing to offer, in each case", () => {
    for (const open of [0, 1, 5]) {
      const message = resyncNothingMessage(picklist, open, da);
      expectDanish(message);
    }
    expect(resyncNothingMessage(invalidEmail, 0, da).text).toBe(
      "Der er ingen åbne fejl af typen Ugyldig e-mail at synkronisere igen.",
    );
  });

  it("says which records were resynced lately, by whom, with both buttons and dialogs", () => {
    const choice: RecentChoice = {
      rule: invalidEmail,
      recent,
      sendable: 6,
      skip: offer({ errors: 4, records: 4, batches: 1 }),
      send: offer({ errors: 6, records: 6, batches: 1 }),
    };
    const read = expectDanish(resyncRecentMessage(choice, NOW, da));
    expect(read).toContain(
      "2 af 6 blev synkroniseret igen inden for ventetiden: 1 synkroniseret igen for 3 minutter siden af <@U0ANN> (job 3); 1 synkroniseret igen for 2 timer siden af kommandolinjen (job 2)",
    );
    expect(read).toContain("Synkroniser de øvrige 4 igen (1 omgang)");
    expect(read).toContain("Synkroniser igen alligevel (6)");
    const all = expectDanish(
      resyncRecentMessage(
        { ...choice, recent: { ...recent, jobs: [recent.jobs[0] as never] }, skip: null },
        NOW,
        da,
      ),
    );
    expect(all).toContain("så der er ikke mere at synkronisere igen");
  });

  it("notes the start, shows the progress and the running job", () => {
    const counts = { total: 182, pending: 100, accepted: 80, failed: 1, skipped: 1 };
    expectDanish(resyncStartedNote(invalidEmail, job(counts), da));
    const progress = resyncProgressMessage(invalidEmail, job(counts), { total: 2, settled: 1 }, da);
    expectDanish(progress);
    expect(progress.text).toBe(
      "Synkroniserer Ugyldig e-mail igen: omgang 2 af 2 · 82/182 poster · 1 fejlet · 1 sprunget over",
    );
    expectDanish(resyncRunningMessage(invalidEmail, job(counts), { total: 2, settled: 1 }, da));
    const byCli = resyncRunningMessage(
      invalidEmail,
      job(counts, "running", "cli"),
      { total: 2, settled: 1 },
      da,
    );
    expect(expectDanish(byCli)).toContain("startet af kommandolinjen");
  });

  it("sums a job up: failures by type, every reason a record was skipped, Resync anyway", () => {
    const skipped = (skippedFor: string, i: number): ResyncRecordState => ({
      batch: 0,
      system: "salesforce",
      object: "Lead",
      recordId: `00Q${i}`,
      fingerprint: `f${i}`,
      skipped: skippedFor,
      status: "skipped",
      code: null,
      message: null,
    });
    const reasons = [
      "cannot resync: no HubSpot id",
      "cannot resync: no Salesforce id",
      "cannot resync: HubSpot company records have no batch update",
      "cannot resync: Salesforce 00T records are not supported",
      recentReason({ jobId: 3, requestedBy: "U0ANN", sentAt: minutesAgo(1) }, NOW),
      recentReason({ jobId: 2, requestedBy: "cli", sentAt: minutesAgo(0) }, NOW),
      heldBackReason(invalidEmail),
      "held back: the check before sending could not run: HubSpot answered 503",
    ];
    const summary = resyncSummaryMessage(
      invalidEmail,
      job({ total: 20, pending: 0, accepted: 5, failed: 7, skipped: 8 }, "done"),
      reasons.map(skipped),
      {
        failures: [
          { rule: invalidEmail, count: 4, sample: "INVALID_EMAIL_ADDRESS: x" },
          { rule: picklist, count: 3, sample: "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST: x" },
        ],
        forceOffer: offer({ errors: 2, records: 2, batches: 1 }),
      },
      da,
    );
    // The CRM's own words after the check that could not run stay as the CRM said them.
    const read = readTexts(summary).join("\n").replace("HubSpot answered 503", "");
    expect(validateBlocks(summary.blocks, "message")).toEqual([]);
    expect(englishWordsIn(read, KEPT)).toEqual([]);
    expect(read).toContain("kan ikke synkroniseres igen: HubSpot kan ikke opdatere virksomheder");
    expect(read).toContain("holdt tilbage: tjekket finder stadig Ugyldig e-mail");
    expect(read).toContain("Sender de 2 poster, som tjekket stadig finder fejl i");
    expect(read).toContain("Forklar Ugyldig e-mail");
    expect(summary.text).toBe(
      "Den nye synkronisering af Ugyldig e-mail er færdig: 5 modtaget, 7 fejlede igen, 8 sprunget over.",
    );
    const stopped = resyncSummaryMessage(
      invalidEmail,
      job({ total: 20, pending: 3, accepted: 17, failed: 0, skipped: 0 }, "failed"),
      [],
      { failures: [] },
      da,
    );
    expectDanish(stopped);
  });

  it("says English reasons as they always were", () => {
    for (const stored of [
      "cannot resync: no HubSpot id",
      "cannot resync: HubSpot company records have no batch update",
      recentReason({ jobId: 3, requestedBy: "U0ANN", sentAt: minutesAgo(3) }, NOW),
      recentReason({ jobId: 2, requestedBy: "cli", sentAt: minutesAgo(0) }, NOW),
      heldBackReason(invalidEmail),
      "held back: the check before sending could not run: boom",
      "something a later version wrote",
    ])
      expect(saySkipReason(stored, en, invalidEmail)).toBe(stored);
  });

  it("says who may start one, and why one was refused", async () => {
    const refusals: unknown[] = [];
    const refuse = async (work: () => Promise<unknown>) => {
      await work().then(
        () => expect.unreachable(),
        (error: unknown) => refusals.push(error),
      );
    };
    await refuse(() => assertMayResync("U0X", { users: [], usergroup: undefined }, async () => []));
    await refuse(() =>
      assertMayResync("U0X", { users: ["U1", "U2"], usergroup: "S1" }, async () => []),
    );
    await refuse(() =>
      assertMayResync("U0X", { users: ["U1"], usergroup: undefined }, async () => []),
    );
    await refuse(() =>
      assertMayResync("U0X", { users: [], usergroup: "S1" }, async () => {
        throw new Error("missing_scope");
      }),
    );
    await refuse(async () => resolveRule(catalog, "zzzz qqqq", da));
    refusals.push(
      new ResyncRefusedError({ key: "resync.noOpen", values: { type: "Ugyldig e-mail" } }),
    );
    refusals.push(
      new ResyncRefusedError({
        key: "resync.refusedRecent",
        values: {
          head: "all",
          count: 3,
          total: 3,
          jobs: 2,
          unit: "minute",
          amount: 3,
          by: "user",
          who: "@U0ANN",
          job: 3,
        },
      }),
    );
    refusals.push(
      new ResyncRefusedError({ key: "resync.triggersNotReady", values: { lines: "" } }),
    );
    refusals.push(
      new ResyncRefusedError({
        key: "resync.allocation",
        values: { remaining: 1200, max: 15000, calls: 3, keep: 3000 },
      }),
    );
    for (const key of [
      "resync.notAvailable",
      "resync.unknownButton",
      "resync.unknownType",
    ] as const)
      refusals.push(new ResyncRefusedError({ key }));
    const said = refusals.map((error) => userMessage(error, da));
    for (const text of said) expectDanishText(text);
    expect(said[1]).toBe(
      "Kun <@U1>, <@U2> eller medlemmer af <!subteam^S1> må starte en ny synkronisering. Der blev ikke startet noget; spørg en af dem.",
    );
    expect(said[2]).toBe(
      "Kun <@U1> må starte en ny synkronisering. Der blev ikke startet noget; spørg dem.",
    );
    expect(said).toContain(
      "Alle 3 blev synkroniseret igen inden for ventetiden, senest for 3 minutter siden af @U0ANN (job 3), så intet blev sendt: integrationen skal have tid til at synkronisere dem (RESYNC_COOLDOWN). Synkroniser igen alligevel (--force i terminalen) sender dem igen.",
    );
    // The same refusals in English, as they always were.
    expect(userMessage(refusals[1], en)).toBe(
      "Only <@U1>, <@U2> or members of <!subteam^S1> may start a resync. Nothing was started; ask one of them.",
    );
  });
});

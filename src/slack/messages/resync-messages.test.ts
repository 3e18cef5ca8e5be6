import { describe, expect, it } from "vitest";
import { createCatalog } from "../../catalog/catalog.js";
import { translator } from "../../i18n/translator.js";
import type { Offer } from "../../resync/resync-offers.js";
import { rules } from "../../rules/index.js";
import type { ResyncJob } from "../../store/types.js";
import { translatedResyncButton } from "./resync-button.js";
import {
  resyncOfferMessage,
  resyncProgressMessage,
  resyncSummaryMessage,
} from "./resync-messages.js";

// What a resync says, in the counts and the grammar a reader expects.

const catalog = createCatalog(rules);
const en = translator("en");
const rule = (id: string) => {
  const found = catalog.rules.find((r) => r.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
};
const invalidEmail = rule("invalid-email");
const unknown = rule("unknown-error");

const job = (counts: ResyncJob["counts"], status: ResyncJob["status"] = "running"): ResyncJob => ({
  id: 4,
  ruleId: invalidEmail.id,
  requestedBy: "U0ADMIN",
  requestedAt: new Date("2026-12-03T20:50:00Z"),
  triggerAt: new Date("2026-12-03T20:50:00Z"),
  status,
  finishedAt: status === "running" ? null : new Date("2026-12-03T20:51:00Z"),
  detail: null,
  counts,
  progressMessage: null,
});

const offer = (
  o: { errors: number; records: number; batches: number },
  r = invalidEmail,
): Offer => ({
  key: "k000000000000000",
  rule: r,
  size: o,
});

describe("a resync's progress", () => {
  it("starts at batch 1, not batch 0", () => {
    const started = resyncProgressMessage(
      invalidEmail,
      job({ total: 182, pending: 182, accepted: 0, failed: 0, skipped: 0 }),
      { total: 2, settled: 0 },
      en,
    );
    expect(started.text).toBe("Resyncing Invalid email: batch 1 of 2 · 0/182 records · 0 failed");
  });

  it("ends with the counts the summary has: a held-back record is one of those requested", () => {
    const counts = { total: 182, pending: 0, accepted: 181, failed: 0, skipped: 1 };
    const last = resyncProgressMessage(invalidEmail, job(counts), { total: 2, settled: 2 }, en);
    expect(last.text).toBe(
      "Resyncing Invalid email: batch 2 of 2 · 182/182 records · 0 failed · 1 skipped",
    );
    const summary = resyncSummaryMessage(
      invalidEmail,
      job(counts, "done"),
      [],
      { failures: [] },
      en,
    );
    expect(JSON.stringify(summary.blocks)).toContain(
      "182 requested · 181 accepted · 0 failed again · 1 skipped",
    );
  });
});

describe("a resync offer's grammar", () => {
  it("says one record and one batch in the singular", () => {
    const message = resyncOfferMessage(offer({ errors: 1, records: 1, batches: 1 }), en);
    expect(message.text).toBe("1 open Invalid email error: 1 record to resync in 1 batch.");
    const confirm = translatedResyncButton(offer({ errors: 1, records: 1, batches: 1 }), 0, en)
      .confirm?.text.text;
    expect(confirm).toContain("Marks 1 record with");
    expect(confirm).toContain("or it will fail again.");
  });

  it("does not say error twice for a type whose name ends in error", () => {
    const message = resyncOfferMessage(offer({ errors: 42, records: 40, batches: 1 }, unknown), en);
    expect(message.text).toBe("42 open Unknown errors: 40 records to resync in 1 batch.");
    expect(JSON.stringify(message)).not.toContain("error errors");
  });

  it("asks to resync anyway one held-back record in the singular", () => {
    const summary = resyncSummaryMessage(
      invalidEmail,
      job({ total: 5, pending: 0, accepted: 4, failed: 0, skipped: 1 }, "done"),
      [],
      { failures: [], forceOffer: offer({ errors: 1, records: 1, batches: 1 }) },
      en,
    );
    const text = JSON.stringify(summary.blocks);
    expect(text).toContain(
      "Sends the record the check still finds broken (Invalid email). It will most likely fail again",
    );
    expect(text).not.toContain("the 1 record");
  });
});

import type { StaticSelect } from "@slack/types";
import { describe, expect, it } from "vitest";
import { createCatalog } from "../../catalog/catalog.js";
import type { CorrectionChance } from "../../corrections/correction-offers.js";
import { translator } from "../../i18n/translator.js";
import type { ImportSummary } from "../../import/summary.js";
import type { FailuresOfType } from "../../resync/failures-by-type.js";
import { rules } from "../../rules/index.js";
import type { ResyncJob } from "../../store/types.js";
import { validateBlocks } from "../blocks/index.js";
import { importSummaryMessage } from "./import-messages.js";
import { resyncSummaryMessage } from "./resync-messages.js";

// "Not this type?" over a summary's lines: one menu however many types it lists, within Slack's
// limits even when every one of the 28 types is there.

const catalog = createCatalog(rules);
const invalidEmail = catalog.rules.find((r) => r.id === "invalid-email") ?? rules[0];
if (!invalidEmail) throw new Error("no rules");
const chances: CorrectionChance[] = catalog.rules.map((shown, i) => ({
  key: `k${String(i).padStart(15, "0")}`,
  shown,
}));

const lineMenus = (message: { blocks: readonly unknown[] }) =>
  (message.blocks as Array<{ elements?: unknown[]; accessory?: unknown }>)
    .flatMap((b) => [...(b.elements ?? []), ...(b.accessory ? [b.accessory] : [])])
    .filter((e): e is StaticSelect => (e as StaticSelect).action_id === "correction_line");

const summary: ImportSummary = {
  file: "export.csv",
  unchanged: false,
  rows: 28_000,
  new: 28_000,
  stillOpen: 0,
  resolved: 0,
  rejected: [],
  rejectedCount: 0,
  columns: { hubspotId: "Record ID", message: "Error message" },
  byType: Object.fromEntries(catalog.rules.map((r) => [r.name, 1000])),
  importedAt: "2026-11-29T09:00:00.000Z",
  missing: null,
};

const job: ResyncJob = {
  id: 7,
  ruleId: "invalid-email",
  requestedBy: "U0ADMIN",
  requestedAt: new Date("2026-11-29T09:00:00Z"),
  triggerAt: new Date("2026-11-29T09:00:00Z"),
  status: "done",
  finishedAt: new Date("2026-11-29T09:01:00Z"),
  detail: null,
  counts: { total: 2800, pending: 0, accepted: 0, failed: 2800, skipped: 0 },
  progressMessage: null,
};

describe("an import summary's lines", () => {
  it("offers one menu listing every type, though the text lists 12 of them", () => {
    const message = importSummaryMessage(summary, chances);
    const [menu, ...more] = lineMenus(message);
    expect(more).toEqual([]);
    expect(menu?.options?.map((o) => [o.text.text, o.value])).toEqual(
      chances.map((c) => [c.shown.name, c.key]),
    );
    expect(JSON.stringify(message.blocks)).toContain("… and 16 more error types");
    expect(validateBlocks(message.blocks, "message")).toEqual([]);
  });

  it("offers nothing without chances: HubSpot's own types, or a bot without corrections", () => {
    expect(lineMenus(importSummaryMessage(summary))).toEqual([]);
  });
});

describe("a resync summary's failure lines", () => {
  const failures: FailuresOfType[] = catalog.rules.map((rule) => ({
    rule,
    count: 100,
    sample: `${rule.id}: sample`,
  }));

  it("offers one menu beside the Explain buttons, listing every type that failed", () => {
    const message = resyncSummaryMessage(
      invalidEmail,
      job,
      [],
      { failures, corrections: chances },
      translator("en"),
    );
    expect(lineMenus(message)[0]?.options).toHaveLength(28);
    expect(JSON.stringify(message.blocks).match(/digest_explain:/g)).toHaveLength(5);
    expect(validateBlocks(message.blocks, "message")).toEqual([]);
  });

  it("offers nothing when corrections are off", () => {
    const message = resyncSummaryMessage(invalidEmail, job, [], { failures }, translator("en"));
    expect(lineMenus(message)).toEqual([]);
  });
});

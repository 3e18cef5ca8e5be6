import type { KnownBlock } from "@slack/types";
import { describe, expect, it } from "vitest";
import { translator } from "../../i18n/translator.js";
import type { ResolutionSummary } from "../../resolution/resolution-summary.js";
import { rules } from "../../rules/index.js";
import { MAX_BLOCKS, validateBlocks } from "../blocks/index.js";
import { statusMessage } from "./status-message.js";

const HOUR = 3_600_000;

/** Every type of the catalog with a resolution, and 20 owners: the largest section there can be. */
const full: ResolutionSummary = {
  days: 30,
  byType: rules.map((rule, i) => ({
    ruleId: rule.id,
    name: rule.name,
    resolved: 1000 + i,
    medianMs: (rules.length - i) * HOUR,
    p90Ms: (rules.length - i) * 30 * HOUR,
  })),
  byOwner: Array.from({ length: 20 }, (_, i) => ({
    owner: `U0OWNER${i}`,
    resolved: 5,
    medianMs: 30 * 60_000,
    p90Ms: 50 * HOUR,
  })),
};

const summary = {
  open: rules.length,
  byCategory: { Picklists: rules.length },
  byType: Object.fromEntries(rules.map((rule) => [rule.name, 1])),
  lastImport: null,
};
const types = rules.map((rule) => ({ rule, count: 1 }));
const text = (blocks: readonly KnownBlock[]) => JSON.stringify(blocks);

describe("time to resolution in /syncerror status", () => {
  it("fits Slack's limits with every type listed and the longest names, in both languages", () => {
    for (const language of ["en", "da"] as const) {
      const message = statusMessage(
        summary,
        [],
        { allTypes: true, types, resolution: full },
        translator(language),
      );
      expect(validateBlocks(message.blocks, "message")).toEqual([]);
      expect(message.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS.message);
    }
  });

  it("lists the 8 slowest types and owners, then how many more", () => {
    const blocks = statusMessage(summary, [], { types, resolution: full }).blocks;
    const first = full.byType[0];
    expect(text(blocks)).toContain("*Time to resolution, last 30 days* (median · 90% within)");
    expect(text(blocks)).toContain(
      `• ${first?.name}: ${rules.length} hours · ${Math.round((rules.length * 30) / 24)} days`,
    );
    expect(text(blocks)).toContain(`… and ${rules.length - 8} more error types`);
    expect(text(blocks)).toContain("• <@U0OWNER0>: 30 minutes · 2.1 days (5 resolved)");
    expect(text(blocks)).toContain("… and 12 more owners");
  });

  it("says so when nothing was resolved, in Danish too", () => {
    const none = { days: 30, byType: [], byOwner: [] };
    expect(text(statusMessage(summary, [], { types, resolution: none }).blocks)).toContain(
      "No errors were resolved in the last 30 days.",
    );
    expect(
      text(statusMessage(summary, [], { types, resolution: none }, translator("da")).blocks),
    ).toContain("Ingen fejl blev løst de seneste 30 dage.");
  });
});

import type { KnownBlock, Overflow, SectionBlock } from "@slack/types";
import { describe, expect, it } from "vitest";
import type { Digest, DigestCategory } from "../../digest/collect-digest.js";
import { digestMessage } from "../../digest/digest-message.js";
import { translator } from "../../i18n/translator.js";
import type { Offer } from "../../resync/resync-offers.js";
import { rules } from "../../rules/index.js";
import type { Claim } from "../../store/types.js";
import { MAX_BLOCKS, validateBlocks } from "../blocks/index.js";
import { statusMessage } from "./status-message.js";
import { typeMenuChoice, withClaimsOnLines } from "./type-menu.js";

const en = translator("en");
const da = translator("da");
const SINCE = new Date("2026-12-04T10:02:00Z");

const offerOf = (i: number): Offer => ({
  key: `K${String(i).padStart(15, "0")}`,
  rule: rules[i] ?? (rules[0] as Offer["rule"]),
  size: { errors: 1_234, records: 1_200, batches: 12 },
});

/** Every type of the catalog with new errors, by category: the largest digest there can be. */
function fullDigest(): Digest {
  const byCategory = new Map<string, DigestCategory>();
  for (const rule of rules) {
    const category = byCategory.get(rule.category) ?? {
      id: rule.category,
      name: rule.category,
      owners: ["hubspot-admin", "salesforce-admin", "hubspot-support"],
      new: 0,
      trend: [1, 2, 3, 4, 5, 6, 7],
      types: [],
    };
    byCategory.set(rule.category, {
      ...category,
      new: category.new + 1_234,
      types: [...category.types, { rule, new: 1_234, records: 1_000, open: 99_999, byScan: 300 }],
    });
  }
  return {
    slot: new Date("2026-12-04T08:00:00Z"),
    timezone: "Europe/Copenhagen",
    since: new Date("2026-12-03T08:00:00Z"),
    sinceIsPreviousDigest: true,
    totals: { new: 99_999, resolved: 99_999, open: 99_999 },
    previous: { new: 1, resolved: 1, open: 1 },
    categories: [...byCategory.values()],
    late: true,
    lateReason: "not_running",
  };
}

const menusOf = (blocks: readonly KnownBlock[]) =>
  blocks.flatMap((block) =>
    block.type === "section" && block.accessory?.type === "overflow"
      ? [{ text: block.text?.text ?? "", menu: block.accessory as Overflow }]
      : [],
  );

describe("a type's ⋯ menu", () => {
  const digest = fullDigest();
  const offers = new Map(rules.map((rule, i) => [rule.id, offerOf(i)]));
  const claims = new Map<string, Claim>(
    rules.map((rule) => [rule.id, { ruleId: rule.id, owner: "U0123456789ABCDEF", since: SINCE }]),
  );

  it("is the one control on each line of a full digest, which stays inside Slack's limits", () => {
    for (const t of [en, da]) {
      for (const options of [{ offers }, { offers, claims }]) {
        const message = digestMessage(digest, { ...options, translator: t });
        if (!message) throw new Error("no digest");
        expect(validateBlocks(message.blocks, "message")).toEqual([]);
        expect(message.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS.message);
        // No rows of buttons: one menu per listed type, and nothing else to click.
        expect(message.blocks.filter((b) => b.type === "actions")).toEqual([]);
        const menus = menusOf(message.blocks);
        expect(menus).toHaveLength(20);
        expect(new Set(menus.map((m) => m.menu.action_id)).size).toBe(20);
        for (const { menu } of menus) {
          expect(menu.options.length).toBeGreaterThanOrEqual(2);
          expect(menu.options.length).toBeLessThanOrEqual(5);
          for (const option of menu.options) {
            expect(option.text.text.length).toBeLessThanOrEqual(75);
            expect(option.value?.length ?? 0).toBeLessThanOrEqual(75);
          }
        }
      }
    }
  });

  it("offers Explain, Resync N and Take it on a free line; the owner and takeover on a taken one", () => {
    const free = digestMessage(digest, { offers });
    const first = menusOf(free?.blocks ?? [])[0];
    const rule = digest.categories[0]?.types[0]?.rule;
    expect(first?.menu.options.map((o) => [o.text.text, o.value])).toEqual([
      ["Explain", `explain:${rule?.id}`],
      ["Resync 1,234 (12 batches)", `resync:${offers.get(rule?.id ?? "")?.key}`],
      ["Take it", `take:${rule?.id}`],
      ["Snooze…", `snooze:${rule?.id}`],
    ]);
    const taken = menusOf(
      digestMessage(digest, { offers, claims, translator: da })?.blocks ?? [],
    )[0];
    expect(taken?.text).toMatch(
      /^• .+ · <@U0123456789ABCDEF> har den siden <!date\^\d+\^\{date_short_pretty\} \{time\}\|4\. dec\. 2026 10:02 UTC>$/,
    );
    expect(taken?.menu.options.map((o) => o.text.text)).toEqual([
      "Forklar",
      "Synkroniser 1.234 igen (12 omgange)",
      "Overtag den",
      "Slip den",
      "Udsæt…",
    ]);
  });

  it("reads back what each option asks for, and nothing else", () => {
    expect(typeMenuChoice("explain:r-a")).toEqual({ kind: "explain", ruleId: "r-a" });
    expect(typeMenuChoice("resync:KEY")).toEqual({ kind: "resync", offerKey: "KEY" });
    expect(typeMenuChoice("take:r-a")).toEqual({ kind: "take", ruleId: "r-a" });
    expect(typeMenuChoice("snooze:r-a")).toEqual({ kind: "snooze", ruleId: "r-a" });
    expect(typeMenuChoice("unsnooze:r-a")).toEqual({ kind: "unsnooze", ruleId: "r-a" });
    expect(typeMenuChoice("release:r-a")).toEqual({ kind: "release", ruleId: "r-a" });
    expect(typeMenuChoice("delete:r-a")).toBeUndefined();
    expect(typeMenuChoice(undefined)).toBeUndefined();
  });

  it("brings a posted line up to date after a take and a release, keeping Explain and Resync", () => {
    const message = digestMessage(digest, { offers });
    const blocks = message?.blocks ?? [];
    const line = menusOf(blocks)[1];
    const rule = digest.categories[0]?.types[1]?.rule;
    if (!line || !rule) throw new Error("no line");
    const claim = { ruleId: rule.id, owner: "U-ANN", since: SINCE };
    const taken = withClaimsOnLines(
      blocks,
      new Map([[rule.id, claim]]),
      en,
      new Map(),
    ) as KnownBlock[];
    expect(validateBlocks(taken, "message")).toEqual([]);
    const after = menusOf(taken)[1];
    expect(after?.text).toMatch(/ · <@U-ANN> is on it since <!date\^/);
    expect(after?.menu.options.map((o) => o.text.text)).toEqual([
      "Explain",
      "Resync 1,234 (12 batches)",
      "Take it over",
      "Release",
      "Snooze…",
    ]);
    // Other lines are untouched.
    expect(menusOf(taken)[0]).toEqual(menusOf(blocks)[0]);
    const released = withClaimsOnLines(taken, new Map(), en, new Map()) as KnownBlock[];
    expect(menusOf(released)[1]).toEqual(line);
  });

  it("shows a snooze on a posted line with Unsnooze, within five options, and takes it off again", () => {
    const message = digestMessage(digest, { offers });
    const blocks = message?.blocks ?? [];
    const line = menusOf(blocks)[1];
    const rule = digest.categories[0]?.types[1]?.rule;
    if (!line || !rule) throw new Error("no line");
    const claim = { ruleId: rule.id, owner: "U-ANN", since: SINCE };
    const snooze = {
      ruleId: rule.id,
      by: "U-BOB",
      at: SINCE,
      reason: null,
      length: { kind: "until" as const, until: new Date(SINCE.getTime() + 86_400_000) },
    };
    const both = withClaimsOnLines(
      blocks,
      new Map([[rule.id, claim]]),
      en,
      new Map([[rule.id, snooze]]),
    ) as KnownBlock[];
    expect(validateBlocks(both, "message")).toEqual([]);
    const after = menusOf(both)[1];
    expect(after?.text).toMatch(
      / · :zzz: snoozed until <!date\^\d+\^[^|]+\|[^>]+> · <@U-ANN> is on it/,
    );
    expect(after?.menu.options.map((o) => o.text.text)).toEqual([
      "Explain",
      "Resync 1,234 (12 batches)",
      "Take it over",
      "Release",
      "Unsnooze",
    ]);
    const muted = withClaimsOnLines(
      both,
      new Map(),
      en,
      new Map([[rule.id, { ...snooze, length: { kind: "muted" as const } }]]),
    ) as KnownBlock[];
    expect(menusOf(muted)[1]?.text).toMatch(/ · :zzz: muted$/);
    expect(menusOf(muted)[1]?.menu.options.at(-1)?.text.text).toBe("Unmute");
    const lifted = withClaimsOnLines(muted, new Map(), en, new Map()) as KnownBlock[];
    expect(menusOf(lifted)[1]).toEqual(line);
  });
});

describe("the status's type lines", () => {
  const [a, b, c] = rules;
  if (!a || !b || !c) throw new Error("too few rules");
  const summary = {
    open: 60,
    byCategory: { Picklists: 60 },
    byType: { [a.name]: 30, [b.name]: 20, [c.name]: 10 },
    lastImport: null,
  };

  it("list the asker's own types first, with Release, and everyone else's with Take it over", () => {
    const message = statusMessage(summary, [offerOf(2)], {
      viewer: "U-ME",
      types: [
        { rule: a, count: 30 },
        { rule: b, count: 20, claim: { ruleId: b.id, owner: "U-ANN", since: SINCE } },
        { rule: c, count: 10, claim: { ruleId: c.id, owner: "U-ME", since: SINCE } },
      ],
    });
    expect(validateBlocks(message.blocks, "message")).toEqual([]);
    expect(message.blocks.filter((block) => block.type === "actions")).toEqual([]);
    const menus = menusOf(message.blocks);
    expect(menus.map((m) => m.menu.options.map((o) => o.text.text))).toEqual([
      ["Explain", "Resync 1,234 (12 batches)", "Release", "Snooze…"],
      ["Explain", "Take it", "Snooze…"],
      ["Explain", "Take it over", "Snooze…"],
    ]);
    expect(menus[0]?.text).toMatch(/: \*10\* · <@U-ME> is on it since/);
    expect(menus[2]?.text).toMatch(/<@U-ANN> is on it since/);
    expect((message.blocks[2] as SectionBlock).text?.text).toBe("*By error type*");
  });
});

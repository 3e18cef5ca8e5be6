import { describe, expect, it } from "vitest";
import { translator } from "../i18n/translator.js";
import { rules } from "../rules/index.js";
import { validateBlocks } from "../slack/blocks/index.js";
import type { Digest, DigestCategory } from "./collect-digest.js";
import { digestMessage, LISTED_TYPES } from "./digest-message.js";

const da = translator("da");
const en = translator("en");

// 26 types, each with new errors, in one category: the last six collapse into one line.
const types = rules.slice(0, LISTED_TYPES + 6).map((rule, i) => ({
  rule,
  new: i === 0 ? 1_234 : 1,
  records: i === 0 ? 1_000 : 1,
  open: i === 0 ? 2_345 : 1,
  byScan: i === 0 ? 234 : i === 1 ? 1 : 0,
}));
const category: DigestCategory = {
  id: "picklists",
  name: "Picklists",
  owners: ["salesforce-admin", "hubspot-admin"],
  new: 1_259,
  trend: [0, 1, 2, 3, 4, 5, 6],
  types,
};
const digest: Digest = {
  slot: new Date("2026-12-03T08:00:00Z"),
  timezone: "Europe/Copenhagen",
  since: new Date("2026-12-02T08:00:00Z"),
  sinceIsPreviousDigest: true,
  totals: { new: 1_259, resolved: 3, open: 2_370 },
  previous: { new: 1_000, resolved: 0, open: 1_111 },
  categories: [category],
  late: true,
  lateReason: "not_invited",
};

/** Every text of a message's blocks, in order. */
function textsOf(node: unknown, into: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) textsOf(item, into);
  else if (node && typeof node === "object")
    for (const [key, value] of Object.entries(node)) {
      if (key === "text" && typeof value === "string") into.push(value);
      else textsOf(value, into);
    }
  return into;
}

/** The text of each section, in order. */
function sectionTexts(blocks: readonly unknown[]): string[] {
  return blocks.flatMap((block) => {
    const b = block as { type: string; text?: { text: string } };
    return b.type === "section" && b.text ? [b.text.text] : [];
  });
}

describe("the digest message in Danish", () => {
  it("writes its totals, change, late note, type lines and the collapsed rest as Danish sentences", () => {
    const message = digestMessage(digest, { translator: da });
    if (!message) throw new Error("no message");
    expect(validateBlocks(message.blocks, "message")).toEqual([]);
    const texts = textsOf(message.blocks);
    expect(texts[0]).toBe("Synkroniseringsfejl · torsdag den 3. december 2026");
    expect(texts[1]).toBe(
      "*1.259 nye* siden oversigten onsdag den 2. december 2026 (▲ 259 i forhold til sidste oversigt) · *3 løst* · *2.370 åbne*",
    );
    expect(texts[2]).toBe("Sendt for sent: botten var ikke med i kanalen endnu kl. 09.00.");
    const lines = texts[3]?.split("\n") ?? [];
    expect(lines[0]).toBe(
      "*Picklister* · 1.259 nye · rettes som regel af Salesforce-administratoren og HubSpot-administratoren",
    );
    expect(lines[1]).toBe("`▁▂▃▅▆▇█` de seneste 7 dage");
    // Each type is its own line (a section with its ⋯ menu).
    const typeLines = sectionTexts(message.blocks).slice(2);
    expect(typeLines[0]).toMatch(
      /^• .+: \*1\.234 nye\* \(1\.000 poster\) · 2\.345 åbne · 234 fundet ved scanning, 1\.000 meldt af HubSpot$/,
    );
    expect(typeLines[1]).toMatch(/^• .+: \*1 ny\* \(1 post\) · 1 åben · fundet ved scanning$/);
    expect(texts.at(-1)).toBe("… og 6 fejltyper mere — `/syncerror status all` viser alle typer");
    expect(message.text).toBe(
      "Synkroniseringsfejl torsdag den 3. december 2026: 1259 nye, 3 løst, 2370 åbne",
    );
  });

  it("says a quiet day in one Danish line", () => {
    const quiet = {
      ...digest,
      totals: { new: 0, resolved: 1, open: 1 },
      categories: [],
      late: false,
    };
    expect(digestMessage(quiet, { translator: da })?.text).toBe(
      "Ingen nye synkroniseringsfejl siden oversigten onsdag den 2. december 2026. 1 løst, 1 åben.",
    );
  });

  it("is the English digest without a translator, and with the English one", () => {
    const message = digestMessage(digest);
    expect(digestMessage(digest, { translator: en })).toEqual(message);
    const texts = textsOf(message?.blocks);
    expect(texts[1]).toBe(
      "*1,259 new* since the digest of Wednesday, 2 December 2026 (▲ 259 against the previous digest) · *3 resolved* · *2,370 open*",
    );
    expect(texts[2]).toBe("Posted late: the bot was not in this channel yet at 09:00.");
    expect(texts[3]?.split("\n")[0]).toBe(
      "*Picklists* · 1,259 new · usually fixed by the Salesforce admin and HubSpot admin",
    );
    expect(texts.at(-1)).toBe(
      "… and 6 more error types — `/syncerror status all` lists every type",
    );
  });
});

describe("snoozed types in the digest", () => {
  const [first, second, third] = types;
  if (!first || !second || !third) throw new Error("too few types");
  const at = new Date("2026-12-02T09:00:00Z");
  const snoozes = new Map([
    [
      first.rule.id,
      {
        ruleId: first.rule.id,
        by: "U-ANN",
        at,
        reason: null,
        length: { kind: "until" as const, until: new Date("2026-12-04T09:00:00Z") },
      },
    ],
    [
      second.rule.id,
      {
        ruleId: second.rule.id,
        by: "U-BOB",
        at,
        reason: "noise",
        length: { kind: "muted" as const },
      },
    ],
  ]);
  const ends = [
    {
      rule: third.rule,
      end: {
        ruleId: third.rule.id,
        by: "U-ANN",
        at,
        reason: null,
        length: { kind: "doubled" as const, baseline: 12 },
        endedAt: new Date("2026-12-02T20:00:00Z"),
        endedBy: null,
        why: "doubled" as const,
      },
    },
  ];

  it.each([
    [
      en,
      ":zzz: 2 snoozed types · 1,235 new",
      "is back: its count doubled (12 open when <@U-ANN> snoozed it).",
    ],
    [
      da,
      ":zzz: 2 udsatte fejltyper · 1.235 nye",
      "er tilbage: antallet er fordoblet (12 åbne, da <@U-ANN> udsatte den).",
    ],
  ])(
    "folds them into one line, announces an end, and stays inside Slack's limits (%#)",
    (t, folded, end) => {
      const message = digestMessage(digest, { translator: t, snoozes, snoozeEnds: ends });
      if (!message) throw new Error("no digest");
      expect(validateBlocks(message.blocks, "message")).toEqual([]);
      const texts = textsOf(message.blocks).join("\n");
      expect(texts).toContain(folded);
      expect(texts).toContain(end);
      // Their lines are gone; the others keep theirs (the category's count less theirs).
      const lines = sectionTexts(message.blocks).join("\n");
      const typeLines = sectionTexts(message.blocks).filter((s) => s.startsWith("• "));
      expect(typeLines).toHaveLength(LISTED_TYPES);
      expect(typeLines.some((line) => line.startsWith(`• ${first.rule.name}:`))).toBe(false);
      expect(lines).toMatch(t.language === "da" ? /· 24 nye ·/ : /· 24 new ·/);
      // The totals still count them: only the noise goes.
      expect(lines).toMatch(t.language === "da" ? /1\.259/ : /1,259/);
    },
  );

  it("goes out with nothing new when a snooze ended, to say so once", () => {
    const quiet = { ...digest, totals: { new: 0, resolved: 0, open: 5 }, categories: [] };
    expect(digestMessage(quiet, { skipEmpty: true })).toBeNull();
    const told = digestMessage(quiet, { skipEmpty: true, snoozeEnds: ends });
    expect(textsOf(told?.blocks ?? []).join("\n")).toContain(":alarm_clock: *");
  });
});

import { describe, expect, it } from "vitest";
import { englishWordsIn as englishWordsOf } from "../../test/english-words.js";
import { rules } from "./index.js";

/**
 * Names that stay English in Danish text, removed before looking for English words:
 * - HubSpot's English type names where its Danish interface keeps them (`danishNameSource:
 *   "faithful"`), because the Sync Health card a Danish admin opens is titled in English;
 * - product and place names that have no Danish form ("Sync Health" is the tab's name in HubSpot's
 *   Danish interface too; "United States" is Salesforce's integration value for the country).
 * Text in double quotes is removed as well: it names Salesforce screens, buttons and settings
 * ("Setup → Object Manager", "Restrict picklist to the values defined in the value set") as
 * Salesforce shows them, since its Danish labels could not be confirmed.
 */
const KEPT_NAMES = [
  ...rules.filter((rule) => rule.danishNameSource === "faithful").map((rule) => rule.name),
  "Sync Health",
  "United States",
];

/** The English words left in `text` once quotes and kept names are removed. */
const englishWordsIn = (text: string) => englishWordsOf(text, KEPT_NAMES);

/** Each Danish text with the English text it translates, labelled for failure messages. */
const pairs = rules.flatMap((rule) => {
  const da = rule.translations.da;
  return [
    { label: `${rule.id} cause`, english: rule.cause, danish: da.cause },
    ...rule.fix.map((step, i) => ({
      label: `${rule.id} fix[${i}]`,
      english: step.text,
      danish: da.fix[i] ?? "",
    })),
  ];
});

describe("Danish translations of the rules", () => {
  it.each(rules.map((rule) => [rule.id, rule] as const))(
    "%s has a Danish cause and one Danish step for each English step",
    (_id, rule) => {
      const da = rule.translations.da;
      expect(da.cause.trim()).not.toBe("");
      expect(da.fix).toHaveLength(rule.fix.length);
      for (const step of da.fix) expect(step.trim()).not.toBe("");
    },
  );

  it("translates every text rather than copying the English", () => {
    const copied = pairs.filter((pair) => pair.danish.trim() === pair.english.trim());
    expect(copied.map((pair) => pair.label)).toEqual([]);
  });

  it("finds the English words in every English text, so the check below can fail", () => {
    const missed = pairs.filter((pair) => englishWordsIn(pair.english).length === 0);
    expect(missed.map((pair) => pair.label)).toEqual([]);
  });

  it("leaves no English words in the Danish texts outside quotes and kept names", () => {
    const leftovers = pairs
      .map((pair) => ({ label: pair.label, words: englishWordsIn(pair.danish) }))
      .filter((pair) => pair.words.length > 0);
    expect(leftovers).toEqual([]);
  });

  it("ends every Danish text with the punctuation its English text ends with", () => {
    const ending = (text: string) => text.trim().at(-1);
    for (const pair of pairs) {
      expect(ending(pair.english), pair.label).toMatch(/[.!?]/);
      expect(ending(pair.danish), pair.label).toBe(ending(pair.english));
    }
  });

  it("keeps every number the English text gives", () => {
    for (const pair of pairs) {
      for (const number of pair.english.match(/\d+/g) ?? []) {
        expect(pair.danish.match(/\d+/g) ?? [], pair.label).toContain(number);
      }
    }
  });

  it("names a Sync Health card as HubSpot's Danish interface titles it", () => {
    // The card's title is HubSpot's Danish name where it has one, else its English name.
    let cards = 0;
    for (const pair of pairs) {
      for (const rule of rules) {
        if (!pair.english.includes(`${rule.name} card`)) continue;
        cards += 1;
        const title = rule.danishNameSource === "hubspot" ? rule.danishName : rule.name;
        expect(pair.danish.toLowerCase(), pair.label).toContain(`kortet ${title.toLowerCase()}`);
      }
    }
    expect(cards).toBeGreaterThan(0);
  });
});

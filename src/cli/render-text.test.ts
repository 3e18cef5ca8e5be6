import { describe, expect, it } from "vitest";
import { englishWordsIn } from "../../test/english-words.js";
import { createCatalog } from "../catalog/catalog.js";
import {
  ACTOR_LABELS,
  DIRECTION_LABELS,
  RESYNC_LABELS,
  ruleWords,
  SYSTEM_LABELS,
  whoActs,
} from "../catalog/labels.js";
import { translator } from "../i18n/translator.js";
import { rules } from "../rules/index.js";
import { CATEGORIES, type SyncErrorRule } from "../rules/types.js";
import { renderExplain, renderList, renderRule } from "./render-text.js";

const catalog = createCatalog(rules);
const lookup = (id: string) => catalog.ruleById(id);
const da = translator("da");
const en = translator("en");

/** Every type's English name (printed beside the Danish one), product names. */
const KEPT_NAMES = [
  ...rules.map((rule) => rule.name),
  "Sync Health",
  "United States",
  "HubSpot",
  "Salesforce",
  "Apex",
  "Flow",
];

/** English words left once commands, links and status codes are removed. */
function englishIn(text: string): string[] {
  const bare = text
    .replace(/`[^`]*`/g, " ")
    .replace(/syncerror explain .*$/gm, " ")
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g, " ");
  return englishWordsIn(bare, KEPT_NAMES);
}

describe("the terminal's explanation in Danish", () => {
  it.each(rules.map((rule) => [rule.id, rule] as const))(
    "%s: headed by the Danish name, no English sentence",
    (_id, rule) => {
      const text = renderRule(rule, lookup, da);
      expect(text.split("\n")[0]?.toLowerCase()).toBe(rule.danishName.toLowerCase());
      expect(text).toContain(rule.translations.da.cause);
      expect(englishIn(text), rule.id).toEqual([]);
    },
  );

  it("reads a pasted message, a typo, a description and no match in Danish", () => {
    for (const query of [
      "CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY: LeadTrigger: execution of BeforeInsert caused by: System.DmlException: Insert failed. First exception on row 0; first error: INVALID_EMAIL_ADDRESS, Email: invalid email address: x@: [Email]",
      "Please fill in the region before saving this opportunity record",
      "tpye mismtch",
      "owner not found in hubspot",
      "typo mismtch",
      "zzqqxx",
    ]) {
      const text = renderExplain({ kind: "result", result: catalog.explain(query) }, lookup, da);
      expect(englishIn(text), query).toEqual([]);
    }
    const overview = renderExplain(
      { kind: "categories", categories: catalog.categories },
      lookup,
      da,
    );
    expect(overview).toContain("Egenskabsværdier (");
    expect(englishIn(overview)).toEqual([]);
  });

  it("prints Invalid email as a Danish admin writes it", () => {
    const lines = renderRule(lookup("invalid-email") as SyncErrorRule, lookup, da).split("\n");
    expect(lines.slice(0, 5)).toEqual([
      "Ugyldig e-mail",
      "Kategori: Egenskabsværdier · Retning: Salesforce → HubSpot",
      "Engelsk navn: Invalid email",
      "",
      "Årsag",
    ]);
    expect(lines).toContain(
      "  1. Åbn kortet Ugyldig e-mail på fanen Sync Health, og notér Salesforce-posten og adressen for hver fejl. (HubSpot-administrator i HubSpot)",
    );
    expect(lines).toContain("Udføres af: HubSpot-administrator, Salesforce-administrator");
    expect(lines).toContain(
      "Relaterede typer: E-mail allerede i brug, Ugyldig værdi, Brugerdefineret kode",
    );
    expect(lines).toContain("Statuskoder i Salesforce: INVALID_EMAIL_ADDRESS, INVALID_EMAIL");
  });

  it("finds English left in a text, so the checks above can fail", () => {
    expect(englishIn(renderRule(lookup("invalid-email") as SyncErrorRule, lookup, en))).not.toEqual(
      [],
    );
  });
});

describe("the labels in English", () => {
  it("are the English catalog's words, which other messages share", () => {
    const words = ruleWords(en);
    for (const [direction, label] of Object.entries(DIRECTION_LABELS))
      expect(words.direction(direction as keyof typeof DIRECTION_LABELS)).toBe(label);
    for (const [actor, label] of Object.entries(ACTOR_LABELS))
      expect(words.actor(actor as keyof typeof ACTOR_LABELS)).toBe(label);
    for (const [system, label] of Object.entries(SYSTEM_LABELS))
      expect(words.system(system as keyof typeof SYSTEM_LABELS)).toBe(label);
    for (const [advice, label] of Object.entries(RESYNC_LABELS))
      expect(words.resync(advice as keyof typeof RESYNC_LABELS)).toBe(label);
    for (const category of CATEGORIES) expect(words.category(category.id)).toBe(category.name);
    for (const rule of rules) expect(words.whoActs(rule)).toBe(whoActs(rule));
  });

  it("list the catalog as before when no translator is given", () => {
    expect(renderList(catalog.categories)).toBe(renderList(catalog.categories, en));
    expect(renderList(catalog.categories).split("\n")[0]).toBe("Associations (2)");
  });
});

import { describe, expect, it } from "vitest";
import { englishWordsIn } from "../../../test/english-words.js";
import { createCatalog } from "../../catalog/catalog.js";
import type { CorrectionChance } from "../../corrections/correction-offers.js";
import { translator } from "../../i18n/translator.js";
import type { Offer } from "../../resync/resync-offers.js";
import { rules } from "../../rules/index.js";
import type { SyncErrorRule } from "../../rules/types.js";
import { validateBlocks } from "../blocks/index.js";
import type { SlackMessage } from "../blocks/message.js";
import { catalogMessage } from "./catalog-list.js";
import { explainResultMessage, explanationMessage } from "./explanation.js";

const catalog = createCatalog(rules);
const da = translator("da");

/**
 * Names that stay English in a Danish explanation: every type's English name (shown beside the
 * Danish one so people find the card in an English HubSpot; that the heading is the Danish name is
 * checked on its own), product names, and Salesforce's status codes and links.
 */
const KEPT_NAMES = [
  ...rules.map((rule) => rule.name),
  "Sync Health",
  "United States",
  "HubSpot",
  "Salesforce",
  "Apex",
  "Flow",
];

/** Every text a person reads in a message: fallback, headings, sections, buttons, dialogs. */
function textsOf(value: unknown, into: string[] = []): string[] {
  if (typeof value === "string") return into;
  if (Array.isArray(value)) for (const item of value) textsOf(item, into);
  else if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      if (typeof inner === "string" && (key === "text" || key === "title")) into.push(inner);
      else textsOf(inner, into);
    }
  }
  return into;
}

/** The English words left in a Danish text once links, code, status codes and names are gone. */
function englishIn(text: string): string[] {
  const bare = text
    .replace(/<[^>|]*\|([^>]*)>/g, " $1 ")
    .replace(/`[^`]*`/g, " ")
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g, " ");
  return englishWordsIn(bare, KEPT_NAMES);
}

function offerFor(rule: SyncErrorRule): Offer {
  return { key: "offer-1", rule, size: { errors: 1234, records: 1200, batches: 13 } } as Offer;
}
const correction = { key: "correction-1" } as CorrectionChance;

function expectDanish(message: SlackMessage, label: string) {
  expect(validateBlocks(message.blocks, "message"), label).toEqual([]);
  const leftovers = textsOf(message)
    .map((text) => ({ text, words: englishIn(text) }))
    .filter((found) => found.words.length > 0);
  expect(leftovers, label).toEqual([]);
}

describe("the explanation in Danish", () => {
  it.each(rules.map((rule, i) => [rule.id, rule, i] as const))(
    "%s: every block valid, headed by the Danish name, no English sentence",
    (_id, rule, i) => {
      const inner = rules[(i + 1) % rules.length] as SyncErrorRule;
      const full = explanationMessage(rule, catalog, {
        classified: { statusCode: "FIELD_CUSTOM_VALIDATION_EXCEPTION", inner, confidence: 0.97 },
        shareable: true,
        sharedBy: "U0123",
        resyncOffer: offerFor(rule),
        correction,
        translator: da,
      });
      expect(full.blocks[0]).toMatchObject({ type: "header" });
      expect(textsOf(full.blocks[0])[0]?.toLowerCase()).toBe(rule.danishName.toLowerCase());
      expectDanish(full, rule.id);
      for (const variant of [
        { classified: { statusCode: null, inner: null, plainSentence: true }, shareable: false },
        { described: true, shareable: false },
        { similarity: 0.81, shareable: false },
      ]) {
        expectDanish(explanationMessage(rule, catalog, { ...variant, translator: da }), rule.id);
      }
    },
  );

  it("reads as a Danish admin writes (Invalid email)", () => {
    const rule = catalog.ruleById("invalid-email") as SyncErrorRule;
    const message = explanationMessage(rule, catalog, {
      shareable: true,
      resyncOffer: offerFor(rule),
      translator: da,
    });
    const texts = textsOf(message.blocks);
    expect(texts).toContain("Ugyldig e-mail");
    expect(texts).toContain("*Egenskabsværdier* · Salesforce → HubSpot");
    expect(texts).toContain("Engelsk navn: _Invalid email_");
    expect(texts).toContain(
      "*Synkroniser igen:* Først når fejlen er rettet. Synkroniserer du igen før, fejler posterne igen og bruger Salesforce-API-kald.",
    );
    expect(texts).toContain("Udføres af: HubSpot-administrator, Salesforce-administrator");
    expect(texts).toContain(
      "Relaterede typer: E-mail allerede i brug, Ugyldig værdi, Brugerdefineret kode",
    );
    expect(texts).toContain("1.234 åbne fejl lige nu.");
    expect(texts).toContain("Del i kanalen");
    expect(texts).toContain("Synkroniser 1.234 igen (13 omgange)");
    const fix = texts.find((text) => text.startsWith("*Løsning*\n")) ?? "";
    expect(fix.split("\n")[4]).toBe(
      "4. Synkroniser posterne igen fra fanen Sync Health, når deres e-mailadresser er rettet. _(HubSpot-administrator i HubSpot)_",
    );
  });

  it("writes the confidence as Danish writes numbers", () => {
    const rule = catalog.ruleById("invalid-email") as SyncErrorRule;
    const message = explanationMessage(rule, catalog, {
      classified: { statusCode: "INVALID_EMAIL_ADDRESS", inner: null, confidence: 0.97 },
      shareable: false,
      translator: da,
    });
    expect(textsOf(message.blocks)).toContain(
      "Jeg læser beskeden som *Ugyldig e-mail* (statuskode `INVALID_EMAIL_ADDRESS`), sikkerhed 0,97.",
    );
  });

  it("says HubSpot shows the English name where the Danish one is ours", () => {
    const rule = catalog.ruleById("type-mismatch") as SyncErrorRule;
    expect(rule.danishNameSource).toBe("faithful");
    const texts = textsOf(explanationMessage(rule, catalog, { shareable: false, translator: da }));
    expect(texts).toContain(
      "Engelsk navn: _Type mismatch_ (HubSpot viser typen med det engelske navn; det danske er vores oversættelse)",
    );
  });

  it("answers no match, suggestions and the list of types in Danish", () => {
    const typo = explainResultMessage(
      catalog.explain("tpye mismtch"),
      catalog,
      undefined,
      correction,
      da,
    );
    expectDanish(typo, "typo");
    const none = explainResultMessage(
      catalog.explain("zzqqxx"),
      catalog,
      undefined,
      correction,
      da,
    );
    expect(textsOf(none.blocks)[0]).toBe("Ingen fejltype passer til *zzqqxx*.");
    expectDanish(none, "no match");
    const list = catalogMessage(catalog.categories, {
      intro: da.t("explain.emptyQuery"),
      translator: da,
    });
    expect(textsOf(list.blocks)).toContain("Typer af synkroniseringsfejl (28)");
    expectDanish(list, "list");
  });

  it("finds English left in a text, so the checks above can fail", () => {
    const rule = catalog.ruleById("invalid-email") as SyncErrorRule;
    const english = explanationMessage(rule, catalog, { shareable: true });
    expect(textsOf(english).flatMap(englishIn).length).toBeGreaterThan(0);
  });
});

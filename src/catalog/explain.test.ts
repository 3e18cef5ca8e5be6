import { describe, expect, it } from "vitest";
import { rules } from "../rules/index.js";
import { createCatalog } from "./catalog.js";
import { MATCH_THRESHOLD } from "./explain.js";

const catalog = createCatalog(rules);
const matchOf = (query: string) => catalog.explain(query).match;

describe("explain", () => {
  it.each([
    ["Type mismatch", "type-mismatch"],
    ["type mismatch", "type-mismatch"],
    ["  TYPE   MISMATCH ", "type-mismatch"],
    ["string-too-long", "string-too-long"],
    ["Owner assignment", "owner-assignment"],
  ])("finds %j by its English name or id, in any case and spacing", (query, id) => {
    expect(matchOf(query)).toMatchObject({ rule: { id }, confidence: 1 });
  });

  it.each([
    ["Ugyldig e-mail", "invalid-email"],
    ["ugyldig email", "invalid-email"],
    ["UGYLDIG E MAIL", "invalid-email"],
    ["Ugyldig værdi", "invalid-value"],
    ["ugyldig vaerdi", "invalid-value"],
    ["ugyldig vardi", "invalid-value"],
    ["Utilstrækkelig adgang til Salesforce", "insufficient-salesforce-access"],
    ["utilstraekkelig adgang til salesforce", "insufficient-salesforce-access"],
    ["Salesforce-duplikatregel", "salesforce-duplicate-rule"],
    ["salesforce duplikatregel", "salesforce-duplicate-rule"],
    ["Ukendt fejl", "unknown-error"],
  ])("finds %j by its Danish name, with or without æ/ø/å and hyphens", (query, id) => {
    expect(matchOf(query)?.rule.id).toBe(id);
  });

  it.each(rules.map((rule) => [rule.danishName, rule.id]))(
    "finds %j, the Danish name, by name",
    (name, id) => {
      expect(matchOf(name)).toMatchObject({
        rule: { id },
        matchedBy: "danish-name",
        confidence: 1,
      });
      // Typed without æ/ø/å or capitals, as on an English keyboard.
      const plain = name.toLowerCase().replace(/æ/g, "ae").replace(/ø/g, "oe").replace(/å/g, "aa");
      expect(matchOf(plain)?.rule.id).toBe(id);
    },
  );

  it.each([
    ["Mismatched types", "type-mismatch"],
    ["field format mismatch", "type-mismatch"],
    ["Salesforce field permissions missing", "salesforce-field-permission"],
  ])("finds %j by an alias", (query, id) => {
    expect(matchOf(query)?.rule.id).toBe(id);
  });

  it.each([
    ["STRING_TOO_LONG", "string-too-long"],
    ["string_too_long", "string-too-long"],
    ["INVALID_EMAIL_ADDRESS", "invalid-email"],
    ["invalid_or_null_for_restricted_picklist", "restricted-picklist-value"],
    ["DUPLICATE_VALUE", "restricted-unique-value"],
    ["REQUIRED_FIELD_MISSING", "missing-required-value"],
    ["FIELD_INTEGRITY_EXCEPTION", "mismatched-state-or-country-value"],
  ])("finds %j by a bare Salesforce status code", (query, id) => {
    expect(matchOf(query)?.rule.id).toBe(id);
  });

  it.each([
    ["picklist restricted", "restricted-picklist-value"],
    ["mismatch type", "type-mismatch"],
    ["long string too", "string-too-long"],
  ])("finds %j with the words in another order", (query, id) => {
    expect(matchOf(query)).toMatchObject({ rule: { id }, matchedBy: "similar-name" });
  });

  it.each([
    ["tpye mismatch", "type-mismatch"],
    ["string to long", "string-too-long"],
    ["restriced picklist", "restricted-picklist-value"],
    ["invalid emial", "invalid-email"],
    ["inactve salesforce ownr", "inactive-salesforce-owner"],
    ["asociation limit reachd", "association-limit-reached"],
  ])("forgives the typos in %j", (query, id) => {
    const match = matchOf(query);
    expect(match?.rule.id).toBe(id);
    expect(match?.confidence).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(match?.confidence).toBeLessThan(1);
  });

  it("classifies a pasted raw message, and says what it classified", () => {
    const match = matchOf(
      "STRING_TOO_LONG: Last Name: data value too large: Ximenez-Ximenez (max length=80)",
    );
    expect(match).toMatchObject({ rule: { id: "string-too-long" }, matchedBy: "message" });
    expect(match?.classification?.statusCode).toBe("STRING_TOO_LONG");
  });

  it("reports the inner cause of a wrapped message", () => {
    const match = matchOf(
      "FIELD_CUSTOM_VALIDATION_EXCEPTION: caused by: first error: STRING_TOO_LONG: Title: data value too large",
    );
    expect(match?.rule.id).toBe("custom-code");
    expect(match?.classification?.inner?.id).toBe("string-too-long");
  });

  it("does not guess below the threshold: no match, ranked suggestions instead", () => {
    const result = catalog.explain("email");
    expect(result.match).toBeNull();
    const ids = result.suggestions.map((s) => s.rule.id);
    expect(ids).toContain("invalid-email");
    expect(ids).toContain("email-already-in-use");
    expect(result.suggestions.length).toBeLessThanOrEqual(3);
    const scores = result.suggestions.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("answers nonsense with no match and no suggestions", () => {
    expect(catalog.explain("qwxz plorb")).toMatchObject({ match: null, suggestions: [] });
  });

  it("returns no match for an empty query", () => {
    expect(catalog.explain("   ")).toMatchObject({ match: null, suggestions: [] });
  });

  it("offers runners-up beside a confident typo match", () => {
    const result = catalog.explain("mismatched optons");
    expect(result.match?.rule.id).toBe("mismatched-options");
    expect(result.suggestions.every((s) => s.rule.id !== "mismatched-options")).toBe(true);
  });

  it("finds every rule by each of its own names", () => {
    for (const rule of rules) {
      for (const name of [rule.name, rule.danishName, ...rule.aliases]) {
        if (name) expect(matchOf(name)?.rule.id, name).toBe(rule.id);
      }
    }
  });
});

describe("explain suggests only rules that share meaning with the query", () => {
  const suggested = (query: string) => catalog.explain(query).suggestions.map((s) => s.rule.id);

  it("does not offer a rule for a status code it owns when the query is a plain word", () => {
    // "invalid" is a word of INVALID_FIELD, which people never see as the rule's name.
    expect(suggested("invalid")).not.toContain("salesforce-field-permission");
    expect(suggested("invalid")).toEqual([
      "invalid-value",
      "invalid-email",
      "invalid-salesforce-id",
    ]);
  });

  it("does not offer a rule that shares one word of a longer Danish query", () => {
    const result = catalog.explain("Uoverensstemmende typer");
    expect(result.match?.rule.id).toBe("type-mismatch");
    const ids = result.suggestions.map((s) => s.rule.id);
    expect(ids).not.toContain("default-sales-process-unavailable");
    expect(ids).not.toContain("salesforce-owners-not-synced");
  });

  it.each([
    ["mismath", ["type-mismatch", "mismatched-options"]],
    ["tpye", ["type-mismatch"]],
    ["restrcted", ["restricted-picklist-value", "restricted-unique-value"]],
    ["emial", ["invalid-email", "email-already-in-use"]],
    ["ugyldig", ["invalid-email", "invalid-value", "invalid-salesforce-id"]],
    ["uoverensstemmelse", ["mismatched-options", "type-mismatch"]],
    ["duplicates", ["restricted-unique-value", "salesforce-duplicate-rule"]],
  ])("still suggests what a typo or a Danish word points at: %j", (query, ids) => {
    expect(suggested(query)).toEqual(expect.arrayContaining(ids));
  });

  it("still offers a rule by a status code the query is shaped like", () => {
    expect(matchOf("INVALID_FIELD_FOR_INSRT_UPDATE")?.rule.id).toBe("salesforce-field-permission");
  });
});

describe("explain reads what admins type", () => {
  it.each([
    ["what does Type mismatch mean?", "type-mismatch"],
    ["what is the String too long error", "string-too-long"],
    ["Invalid email what does it mean", "invalid-email"],
    ["restricted picklist value sync error", "restricted-picklist-value"],
    ["error: Missing required value on contact", "missing-required-value"],
    ["hvad betyder ugyldig e-mail?", "invalid-email"],
    ["hvad er Manglende Salesforce-id", "missing-salesforce-id"],
    ["fejl: ugyldigt salesforce-id på kontakt", "invalid-salesforce-id"],
    ["what does UNABLE_TO_LOCK_ROW mean", "unknown-error"],
  ])("strips the question around the name: %j", (query, id) => {
    expect(matchOf(query)?.rule.id).toBe(id);
  });

  it.each([
    ["SFDC dupe rule", "salesforce-duplicate-rule"],
    ["FLS error", "salesforce-field-permission"],
    ["assoc limit", "association-limit-reached"],
    ["HS owners not synced", "salesforce-owners-not-synced"],
  ])("spells out shorthand: %j", (query, id) => {
    expect(matchOf(query)?.rule.id).toBe(id);
  });

  it.each([
    ["ugyldige e-mails", "invalid-email"],
    ["Ugyldigt værdi", "invalid-value"],
    ["restricted picklist values", "restricted-picklist-value"],
  ])("takes inflected forms for the word: %j", (query, id) => {
    expect(matchOf(query)?.rule.id).toBe(id);
  });

  it.each([
    ["the integration user lacks permissions", "insufficient-salesforce-access"],
    ["email used by another contact", "email-already-in-use"],
    ["an Apex trigger in Salesforce is blocking the update", "custom-code"],
    ["ejeren er deaktiveret i Salesforce", "inactive-salesforce-owner"],
    ["for mange valgmuligheder i dropdown-egenskaben", "option-limit-exceeded"],
  ])("answers a description from the rules' whole text: %j", (query, id) => {
    expect(matchOf(query)).toMatchObject({ rule: { id }, matchedBy: "description" });
  });

  it("offers suggestions, not an answer, when a description fits two types alike", () => {
    const result = catalog.explain("duplicates");
    expect(result.match).toBeNull();
    expect(result.suggestions.map((s) => s.rule.id)).toEqual(
      expect.arrayContaining(["restricted-unique-value", "salesforce-duplicate-rule"]),
    );
  });

  it("does not guess at words that describe no error", () => {
    expect(catalog.explain("banana bread recipe")).toMatchObject({ match: null, suggestions: [] });
    expect(catalog.explain("nothing like it at all zzz").match).toBeNull();
  });

  it("reads a pasted validation rule's message as Custom code, at a low confidence", () => {
    const match = matchOf("Please enter a VAT number for Danish companies before saving.");
    expect(match?.rule.id).toBe("custom-code");
    expect(match?.confidence).toBeLessThan(0.5);
  });
});

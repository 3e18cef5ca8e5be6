import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rules } from "../rules/index.js";
import { languages } from "../rules/languages/index.js";
import { requiredLiteral } from "./required-literal.js";

describe("requiredLiteral", () => {
  it.each([
    [/\bexecution of (?:Before|After) ?(?:Insert|Update)\s+caused by\b/i, "execution of"],
    [/\bdata value too large\b/i, "data value too large"],
    [/\(max length=\d{1,6}\)/i, "(max length="],
    [/制限つき選択リスト項目の値が不適切/, "制限つき選択リスト項目の値が不適切"],
    [/campo\s+de\s+lista\s+de\s+seleção\s+restrit[ao]/i, "seleção"],
    [/\bemails?\b/i, "email"],
  ])("finds the text every match of %s contains", (pattern, literal) => {
    expect(requiredLiteral(pattern)).toBe(literal);
  });

  it.each([
    [/\bfoo\b|\bbar baz\b/i],
    [/(?:alpha|beta) (?:gamma|delta)/],
    [/\bid\b/],
    [/\u00e9t[ée]s?/u],
  ])("gives no text when no piece of %s is certain", (pattern) => {
    expect(requiredLiteral(pattern)).toBeNull();
  });

  // The classifier skips a pattern when its text is missing, so a wrong literal would silently
  // drop a match: every message any signal matches must contain that signal's literal.
  it("never names text a matching message lacks, over every rule, language and real message", () => {
    const corpus = readFileSync(
      new URL("../../test/fixtures/real-messages.jsonl", import.meta.url),
      "utf8",
    )
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => JSON.parse(line).input as string);
    const messages = [
      ...rules.flatMap((rule) => [...rule.examples.matches, ...rule.examples.nearMisses]),
      ...languages.flatMap((language) => language.examples.map((example) => example.message)),
      ...corpus,
    ];
    const patterns = [
      ...rules.flatMap((rule) => rule.signals.flatMap((signal) => signal.pattern ?? [])),
      ...languages.flatMap((language) => language.wordings.map((wording) => wording.pattern)),
    ];
    let checked = 0;
    for (const pattern of patterns) {
      const literal = requiredLiteral(pattern);
      if (literal === null) continue;
      for (const message of messages) {
        if (!pattern.test(message)) continue;
        checked++;
        expect(message.toLowerCase(), String(pattern)).toContain(literal);
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
});

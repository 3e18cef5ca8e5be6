import { describe, expect, it } from "vitest";
import { rules } from "../rules/index.js";
import { createNameIndex, wordSimilarity } from "./name-index.js";

describe("wordSimilarity", () => {
  it("is 1 for the same word", () => {
    expect(wordSimilarity("picklist", "picklist")).toBe(1);
  });

  it("counts a swap of neighbouring letters as one typo", () => {
    expect(wordSimilarity("tpye", "type")).toBe(0.75);
  });

  it("treats a word cut short as nearly the whole word", () => {
    expect(wordSimilarity("mismatch", "mismatched")).toBeGreaterThan(0.9);
  });

  it("gives short words a budget of one typo", () => {
    expect(wordSimilarity("to", "too")).toBeCloseTo(2 / 3);
    expect(wordSimilarity("id", "in")).toBe(0.5);
    expect(wordSimilarity("cat", "dog")).toBe(0);
  });

  it("is 0 for words of very different length", () => {
    expect(wordSimilarity("a", "association")).toBe(0);
  });
});

describe("rank's kept similarity rows", () => {
  it("ranks a query the same the first time, again, and after thousands of other words", () => {
    const index = createNameIndex(rules);
    const query = "restriced picklist valu";
    const first = index.rank(query).map((r) => [r.rule.id, r.score, r.kind]);
    expect(index.rank(query).map((r) => [r.rule.id, r.score, r.kind])).toEqual(first);
    // More distinct words than are kept: the query's rows are dropped and computed again.
    for (let i = 0; i < 3_000; i++) index.rank(`word${i} other${i}`);
    expect(index.rank(query).map((r) => [r.rule.id, r.score, r.kind])).toEqual(first);
    expect(
      createNameIndex(rules)
        .rank(query)
        .map((r) => [r.rule.id, r.score, r.kind]),
    ).toEqual(first);
    expect(first[0]?.[0]).toBe("restricted-picklist-value");
  });
});

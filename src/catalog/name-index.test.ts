import { describe, expect, it } from "vitest";
import { wordSimilarity } from "./name-index.js";

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

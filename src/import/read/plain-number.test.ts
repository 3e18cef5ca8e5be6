import { describe, expect, it } from "vitest";
import { plainNumber } from "./plain-number.js";

describe("plainNumber", () => {
  it.each([
    [12345678901, "12345678901"],
    [123456789012345680, "123456789012345680"],
    [1e21, "1000000000000000000000"],
    [-2.5e22, "-25000000000000000000000"],
    [1234.5, "1234.5"],
    [-0, "0"],
    [1.5e-7, "0.00000015"],
    [-1.25e-10, "-0.000000000125"],
    [0.1 + 0.2, "0.3"],
    [1 / 3, "0.333333333333333"],
    [1.2345678e25 + 0.5, "12345678000000000000000000"],
  ])("writes %d as %s", (value, text) => {
    expect(plainNumber(value)).toBe(text);
  });

  it("writes nothing for values that are not numbers", () => {
    expect(plainNumber(Number.NaN)).toBe("");
    expect(plainNumber(Number.POSITIVE_INFINITY)).toBe("");
  });
});

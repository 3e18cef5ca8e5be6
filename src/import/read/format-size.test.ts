import { describe, expect, it } from "vitest";
import { formatSize, formatSizes } from "./format-size.js";

const MB = 1024 * 1024;

describe("formatSize", () => {
  it.each([
    [0, "0 bytes"],
    [1, "1 byte"],
    [900, "900 bytes"],
    [1536, "2 KB"],
    [200 * MB, "200 MB"],
    [3 * 1024 * MB, "3 GB"],
  ])("writes %d bytes as %s", (bytes, text) => {
    expect(formatSize(bytes)).toBe(text);
  });

  it("drops trailing zeros of decimals but keeps those of whole amounts", () => {
    expect(formatSize(1536, 2)).toBe("1.5 KB");
    expect(formatSize(100 * 1024, 1)).toBe("100 KB");
  });
});

describe("formatSizes", () => {
  it("writes a size and the limit in their own units", () => {
    expect(formatSizes(250 * MB, 200 * MB)).toEqual(["250 MB", "200 MB"]);
  });

  it("adds decimals until the two differ", () => {
    expect(formatSizes(200.4 * MB, 200 * MB)).toEqual(["200.4 MB", "200 MB"]);
    expect(formatSizes(200 * MB + 1, 200 * MB)).toEqual(["209715201 bytes", "209715200 bytes"]);
  });
});

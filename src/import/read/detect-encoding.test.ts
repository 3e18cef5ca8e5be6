import { describe, expect, it } from "vitest";
import { detectEncoding } from "./detect-encoding.js";

describe("detectEncoding", () => {
  it("takes the byte-order mark first", () => {
    expect(detectEncoding(Buffer.from("\uFEFFa,b"), true)).toEqual({
      encoding: "utf-8",
      bomLength: 3,
    });
    expect(detectEncoding(Buffer.from([0xff, 0xfe, 0x61, 0]), true)).toEqual({
      encoding: "utf-16le",
      bomLength: 2,
    });
    expect(detectEncoding(Buffer.from([0xfe, 0xff, 0, 0x61]), true)).toEqual({
      encoding: "utf-16be",
      bomLength: 2,
    });
  });

  it("recognises UTF-16 without a mark by where its NUL bytes fall", () => {
    expect(detectEncoding(Buffer.from("Objekt,Ø", "utf16le"), true).encoding).toBe("utf-16le");
    expect(detectEncoding(Buffer.from("Objekt,Ø", "utf16le").swap16(), true).encoding).toBe(
      "utf-16be",
    );
  });

  it("takes valid UTF-8 as UTF-8 and anything else as Windows-1252", () => {
    expect(detectEncoding(Buffer.from("Beløb;æøå"), true).encoding).toBe("utf-8");
    expect(detectEncoding(Buffer.from("Bel\xf8b;\xe6\xf8\xe5", "latin1"), true).encoding).toBe(
      "windows-1252",
    );
  });

  it("forgives a character cut at the end of an incomplete head, not of a whole file", () => {
    const cut = Buffer.from("Beløb").subarray(0, 4);
    expect(detectEncoding(cut, false).encoding).toBe("utf-8");
    expect(detectEncoding(cut, true).encoding).toBe("windows-1252");
  });
});

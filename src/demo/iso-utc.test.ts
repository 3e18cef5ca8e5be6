import { describe, expect, it } from "vitest";
import { createIsoFormatter } from "./iso-utc.js";
import { mulberry32 } from "./random.js";

describe("createIsoFormatter", () => {
  it("formats like Date#toISOString, in and out of time order", () => {
    const iso = createIsoFormatter();
    const random = mulberry32(2);
    const times = [
      0,
      86_399_999,
      86_400_000,
      Date.UTC(2026, 2, 2, 9, 0, 0, 5),
      Date.UTC(2026, 1, 28, 23, 59, 59, 999),
      Date.UTC(2024, 1, 29, 0, 0, 0, 10),
      Date.UTC(9999, 11, 31, 23, 59, 59, 999),
      Date.UTC(1969, 11, 31, 23, 59, 59, 999),
      Date.UTC(10_000, 0, 1),
      ...Array.from({ length: 5000 }, () => Math.floor(random() * 2_000_000_000_000)),
    ];
    for (const ms of times) expect(iso(ms), String(ms)).toBe(new Date(ms).toISOString());
  });
});

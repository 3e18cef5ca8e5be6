import { describe, expect, it } from "vitest";
import { translator } from "../i18n/translator.js";
import { durationText } from "./duration-text.js";

const HOUR = 3_600_000;
const en = translator("en");
const da = translator("da");

describe("durationText", () => {
  it("writes minutes under an hour, hours under two days, then days", () => {
    expect(durationText(30 * 60_000, en)).toBe("30 minutes");
    expect(durationText(60_000, en)).toBe("1 minute");
    expect(durationText(HOUR, en)).toBe("1 hour");
    expect(durationText(25 * HOUR, en)).toBe("25 hours");
    expect(durationText(72 * HOUR, en)).toBe("3 days");
    expect(durationText(84 * HOUR, en)).toBe("3.5 days");
    expect(durationText(24 * 12.4 * HOUR, en)).toBe("12 days");
  });

  it("writes them in Danish", () => {
    expect(durationText(30 * 60_000, da)).toBe("30 minutter");
    expect(durationText(HOUR, da)).toBe("1 time");
    expect(durationText(25 * HOUR, da)).toBe("25 timer");
    expect(durationText(84 * HOUR, da)).toBe("3,5 dage");
  });
});

import { describe, expect, it } from "vitest";
import { slackDate, utcFallback } from "./slack-date.js";

const at = new Date("2026-12-03T20:50:51.525Z");

describe("a date in Slack", () => {
  it("uses Slack's date formatting, with a readable UTC fallback", () => {
    expect(slackDate(at)).toBe(
      "<!date^1796331051^{date_short_pretty} {time}|Dec 3, 2026 20:50 UTC>",
    );
    expect(slackDate(at, "{time}")).toBe("<!date^1796331051^{time}|Dec 3, 2026 20:50 UTC>");
    expect(utcFallback(at)).toBe("Dec 3, 2026 20:50 UTC");
  });
});
